map m0 @k: PerCPUHash key 8 value 8 entries 4096
map m1 @u: PerCPUHash key 24 value 8 entries 4096
map kstack127: StackTrace key 4 value 1016 entries 16384
map ustack3: StackTrace key 4 value 24 entries 131072
event 0 kind 1 size 16 from tracepoint:syscalls:sys_enter_getppid
program p0 tracepoint:syscalls:sys_enter_getppid (TracePoint):
  ; line 5:1
	   0: MovReg dst: r6 src: r1
  ; line 6:3
	   1: MovReg dst: r1 src: r6
	   2: LoadMapPtr dst: r2 fd: 0 <kstack127>
	   4: MovImm dst: r3 imm: 0
	   5: Call FnGetStackid
	   6: MovReg32 dst: r0 src: r0
	   7: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	   8: LoadMapPtr dst: r1 fd: 0 <m0>
	  10: MovReg dst: r2 src: rfp
	  11: AddImm dst: r2 imm: -8
	  12: Call FnMapLookupElem
	  13: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  14: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  15: AddImm dst: r1 imm: 1
	  16: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  17: Ja off: -1 <L4>
L2:
	  18: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  19: LoadMapPtr dst: r1 fd: 0 <m0>
	  21: MovReg dst: r2 src: rfp
	  22: AddImm dst: r2 imm: -8
	  23: MovReg dst: r3 src: rfp
	  24: AddImm dst: r3 imm: -16
	  25: MovImm dst: r4 imm: 1
	  26: Call FnMapUpdateElem
	  27: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  28: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	  29: LoadMapPtr dst: r1 fd: 0 <m0>
	  31: MovReg dst: r2 src: rfp
	  32: AddImm dst: r2 imm: -8
	  33: Call FnMapLookupElem
	  34: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  35: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	  36: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	  37: JEq32Imm dst: r0 off: -1 imm: -7 <L6>
	  38: JEq32Imm dst: r0 off: -1 imm: -12 <L6>
	  39: JEq32Imm dst: r0 off: -1 imm: -16 <L6>
	  40: StMemDW dst: rfp src: r0 off: -48 imm: 4
	  41: LoadMapPtr dst: r1 fd: 0 <full>
	  43: MovReg dst: r2 src: rfp
	  44: AddImm dst: r2 imm: -48
	  45: Call FnMapLookupElem
	  46: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  47: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	  48: NegImm32 dst: r1 imm: 0
	  49: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L6:
	  50: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	  51: StMemDW dst: rfp src: r0 off: -32 imm: 3
	  52: JNE32Imm dst: r0 off: -1 imm: -7 <L7>
	  53: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  54: Ja off: -1 <L9>
L7:
	  55: JNE32Imm dst: r0 off: -1 imm: -12 <L8>
	  56: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  57: Ja off: -1 <L9>
L8:
	  58: JNE32Imm dst: r0 off: -1 imm: -16 <L9>
	  59: StMemDW dst: rfp src: r0 off: -32 imm: 2
L9:
	  60: LoadMapPtr dst: r1 fd: 0 <full>
	  62: MovReg dst: r2 src: rfp
	  63: AddImm dst: r2 imm: -32
	  64: Call FnMapLookupElem
	  65: JNEImm dst: r0 off: -1 imm: 0 <L10>
	  66: Exit
L10:
	  67: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  68: AddImm dst: r1 imm: 1
	  69: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  70: Ja off: -1 <L4>
L3:
	  71: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  72: AddImm dst: r1 imm: 1
	  73: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 7:3
L4:
	  74: MovReg dst: r1 src: r6
	  75: LoadMapPtr dst: r2 fd: 0 <ustack3>
	  77: MovImm dst: r3 imm: 256
	  78: Call FnGetStackid
	  79: StXMemW dst: rfp src: r0 off: -24 imm: 0
	  80: Call FnGetCurrentPidTgid
	  81: RShImm dst: r0 imm: 32
	  82: StXMemW dst: rfp src: r0 off: -20 imm: 0
	  83: MovReg dst: r1 src: rfp
	  84: AddImm dst: r1 imm: -16
	  85: MovImm dst: r2 imm: 16
	  86: Call FnGetCurrentComm
	  87: LoadMapPtr dst: r1 fd: 0 <m1>
	  89: MovReg dst: r2 src: rfp
	  90: AddImm dst: r2 imm: -24
	  91: Call FnMapLookupElem
	  92: JEqImm dst: r0 off: -1 imm: 0 <L11>
	  93: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  94: AddImm dst: r1 imm: 1
	  95: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  96: Ja off: -1 <L13>
L11:
	  97: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  98: LoadMapPtr dst: r1 fd: 0 <m1>
	 100: MovReg dst: r2 src: rfp
	 101: AddImm dst: r2 imm: -24
	 102: MovReg dst: r3 src: rfp
	 103: AddImm dst: r3 imm: -32
	 104: MovImm dst: r4 imm: 1
	 105: Call FnMapUpdateElem
	 106: JEqImm dst: r0 off: -1 imm: 0 <L13>
	 107: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	 108: LoadMapPtr dst: r1 fd: 0 <m1>
	 110: MovReg dst: r2 src: rfp
	 111: AddImm dst: r2 imm: -24
	 112: Call FnMapLookupElem
	 113: JNEImm dst: r0 off: -1 imm: 0 <L12>
	 114: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	 115: StXMemDW dst: rfp src: r0 off: -56 imm: 0
	 116: JEq32Imm dst: r0 off: -1 imm: -7 <L15>
	 117: JEq32Imm dst: r0 off: -1 imm: -12 <L15>
	 118: JEq32Imm dst: r0 off: -1 imm: -16 <L15>
	 119: StMemDW dst: rfp src: r0 off: -64 imm: 9
	 120: LoadMapPtr dst: r1 fd: 0 <full>
	 122: MovReg dst: r2 src: rfp
	 123: AddImm dst: r2 imm: -64
	 124: Call FnMapLookupElem
	 125: JEqImm dst: r0 off: -1 imm: 0 <L15>
	 126: LdXMemDW dst: r1 src: rfp off: -56 imm: 0
	 127: NegImm32 dst: r1 imm: 0
	 128: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L15:
	 129: LdXMemDW dst: r0 src: rfp off: -56 imm: 0
	 130: StMemDW dst: rfp src: r0 off: -48 imm: 8
	 131: JNE32Imm dst: r0 off: -1 imm: -7 <L16>
	 132: StMemDW dst: rfp src: r0 off: -48 imm: 5
	 133: Ja off: -1 <L18>
L16:
	 134: JNE32Imm dst: r0 off: -1 imm: -12 <L17>
	 135: StMemDW dst: rfp src: r0 off: -48 imm: 6
	 136: Ja off: -1 <L18>
L17:
	 137: JNE32Imm dst: r0 off: -1 imm: -16 <L18>
	 138: StMemDW dst: rfp src: r0 off: -48 imm: 7
L18:
	 139: LoadMapPtr dst: r1 fd: 0 <full>
	 141: MovReg dst: r2 src: rfp
	 142: AddImm dst: r2 imm: -48
	 143: Call FnMapLookupElem
	 144: JNEImm dst: r0 off: -1 imm: 0 <L19>
	 145: Exit
L19:
	 146: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 147: AddImm dst: r1 imm: 1
	 148: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 149: Ja off: -1 <L13>
L12:
	 150: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 151: AddImm dst: r1 imm: 1
	 152: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 8:3
L13:
	 153: LoadMapPtr dst: r1 fd: 0 <events>
	 155: MovImm dst: r2 imm: 16
	 156: MovImm dst: r3 imm: 0
	 157: Call FnRingbufReserve
	 158: JEqImm dst: r0 off: -1 imm: 0 <L20>
	 159: MovReg dst: r7 src: r0
	 160: StMemDW dst: r7 src: r0 off: 0 imm: 0
	 161: MovReg dst: r1 src: r6
	 162: LoadMapPtr dst: r2 fd: 0 <ustack3>
	 164: MovImm dst: r3 imm: 256
	 165: Call FnGetStackid
	 166: StXMemW dst: r7 src: r0 off: 8 imm: 0
	 167: Call FnGetCurrentPidTgid
	 168: RShImm dst: r0 imm: 32
	 169: StXMemW dst: r7 src: r0 off: 12 imm: 0
	 170: Call FnKtimeGetNs
	 171: MovReg dst: r8 src: r0
	 172: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 173: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 175: MovReg dst: r2 src: rfp
	 176: AddImm dst: r2 imm: -8
	 177: Call FnMapLookupElem
	 178: MovImm dst: r2 imm: 1
	 179: JEqImm dst: r0 off: -1 imm: 0 <L22>
	 180: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 181: AddImm dst: r3 imm: 1000000
	 182: JGTReg dst: r3 off: -1 src: r8 <L22>
	 183: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 184: MovImm dst: r2 imm: 0
L22:
	 185: MovReg dst: r1 src: r7
	 186: Call FnRingbufSubmit
	 187: Ja off: -1 <L21>
L20:
	 188: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 189: LoadMapPtr dst: r1 fd: 0 <lost>
	 191: MovReg dst: r2 src: rfp
	 192: AddImm dst: r2 imm: -16
	 193: Call FnMapLookupElem
	 194: JNEImm dst: r0 off: -1 imm: 0 <L23>
	 195: Exit
L23:
	 196: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 197: AddImm dst: r1 imm: 1
	 198: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L21:
	 199: MovImm dst: r0 imm: 0
	 200: Exit

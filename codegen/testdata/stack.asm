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
	   6: StXMemW dst: rfp src: r0 off: -8 imm: 0
	   7: StMemW dst: rfp src: r0 off: -4 imm: -2147483648
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
	  82: OrImm32 dst: r0 imm: -2147483648
	  83: StXMemW dst: rfp src: r0 off: -20 imm: 0
	  84: MovReg dst: r1 src: rfp
	  85: AddImm dst: r1 imm: -16
	  86: MovImm dst: r2 imm: 16
	  87: Call FnGetCurrentComm
	  88: LoadMapPtr dst: r1 fd: 0 <m1>
	  90: MovReg dst: r2 src: rfp
	  91: AddImm dst: r2 imm: -24
	  92: Call FnMapLookupElem
	  93: JEqImm dst: r0 off: -1 imm: 0 <L11>
	  94: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  95: AddImm dst: r1 imm: 1
	  96: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  97: Ja off: -1 <L13>
L11:
	  98: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  99: LoadMapPtr dst: r1 fd: 0 <m1>
	 101: MovReg dst: r2 src: rfp
	 102: AddImm dst: r2 imm: -24
	 103: MovReg dst: r3 src: rfp
	 104: AddImm dst: r3 imm: -32
	 105: MovImm dst: r4 imm: 1
	 106: Call FnMapUpdateElem
	 107: JEqImm dst: r0 off: -1 imm: 0 <L13>
	 108: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	 109: LoadMapPtr dst: r1 fd: 0 <m1>
	 111: MovReg dst: r2 src: rfp
	 112: AddImm dst: r2 imm: -24
	 113: Call FnMapLookupElem
	 114: JNEImm dst: r0 off: -1 imm: 0 <L12>
	 115: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	 116: StXMemDW dst: rfp src: r0 off: -56 imm: 0
	 117: JEq32Imm dst: r0 off: -1 imm: -7 <L15>
	 118: JEq32Imm dst: r0 off: -1 imm: -12 <L15>
	 119: JEq32Imm dst: r0 off: -1 imm: -16 <L15>
	 120: StMemDW dst: rfp src: r0 off: -64 imm: 9
	 121: LoadMapPtr dst: r1 fd: 0 <full>
	 123: MovReg dst: r2 src: rfp
	 124: AddImm dst: r2 imm: -64
	 125: Call FnMapLookupElem
	 126: JEqImm dst: r0 off: -1 imm: 0 <L15>
	 127: LdXMemDW dst: r1 src: rfp off: -56 imm: 0
	 128: NegImm32 dst: r1 imm: 0
	 129: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L15:
	 130: LdXMemDW dst: r0 src: rfp off: -56 imm: 0
	 131: StMemDW dst: rfp src: r0 off: -48 imm: 8
	 132: JNE32Imm dst: r0 off: -1 imm: -7 <L16>
	 133: StMemDW dst: rfp src: r0 off: -48 imm: 5
	 134: Ja off: -1 <L18>
L16:
	 135: JNE32Imm dst: r0 off: -1 imm: -12 <L17>
	 136: StMemDW dst: rfp src: r0 off: -48 imm: 6
	 137: Ja off: -1 <L18>
L17:
	 138: JNE32Imm dst: r0 off: -1 imm: -16 <L18>
	 139: StMemDW dst: rfp src: r0 off: -48 imm: 7
L18:
	 140: LoadMapPtr dst: r1 fd: 0 <full>
	 142: MovReg dst: r2 src: rfp
	 143: AddImm dst: r2 imm: -48
	 144: Call FnMapLookupElem
	 145: JNEImm dst: r0 off: -1 imm: 0 <L19>
	 146: Exit
L19:
	 147: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 148: AddImm dst: r1 imm: 1
	 149: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 150: Ja off: -1 <L13>
L12:
	 151: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 152: AddImm dst: r1 imm: 1
	 153: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 8:3
L13:
	 154: LoadMapPtr dst: r1 fd: 0 <events>
	 156: MovImm dst: r2 imm: 16
	 157: MovImm dst: r3 imm: 0
	 158: Call FnRingbufReserve
	 159: JEqImm dst: r0 off: -1 imm: 0 <L20>
	 160: MovReg dst: r7 src: r0
	 161: StMemDW dst: r7 src: r0 off: 0 imm: 0
	 162: MovReg dst: r1 src: r6
	 163: LoadMapPtr dst: r2 fd: 0 <ustack3>
	 165: MovImm dst: r3 imm: 256
	 166: Call FnGetStackid
	 167: StXMemW dst: r7 src: r0 off: 8 imm: 0
	 168: Call FnGetCurrentPidTgid
	 169: RShImm dst: r0 imm: 32
	 170: OrImm32 dst: r0 imm: -2147483648
	 171: StXMemW dst: r7 src: r0 off: 12 imm: 0
	 172: Call FnKtimeGetNs
	 173: MovReg dst: r8 src: r0
	 174: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 175: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 177: MovReg dst: r2 src: rfp
	 178: AddImm dst: r2 imm: -8
	 179: Call FnMapLookupElem
	 180: MovImm dst: r2 imm: 1
	 181: JEqImm dst: r0 off: -1 imm: 0 <L22>
	 182: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 183: AddImm dst: r3 imm: 1000000
	 184: JGTReg dst: r3 off: -1 src: r8 <L22>
	 185: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 186: MovImm dst: r2 imm: 0
L22:
	 187: MovReg dst: r1 src: r7
	 188: Call FnRingbufSubmit
	 189: Ja off: -1 <L21>
L20:
	 190: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 191: LoadMapPtr dst: r1 fd: 0 <lost>
	 193: MovReg dst: r2 src: rfp
	 194: AddImm dst: r2 imm: -16
	 195: Call FnMapLookupElem
	 196: JNEImm dst: r0 off: -1 imm: 0 <L23>
	 197: Exit
L23:
	 198: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 199: AddImm dst: r1 imm: 1
	 200: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L21:
	 201: MovImm dst: r0 imm: 0
	 202: Exit

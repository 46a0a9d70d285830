map m0 @k: PerCPUHash key 8 value 8 entries 4096
map m1 @u: PerCPUHash key 24 value 8 entries 4096
map kstack127: StackTrace key 4 value 1016 entries 16384
map ustack3: StackTrace key 4 value 24 entries 131072
event 0 kind 1 size 16 from tracepoint:syscalls:sys_enter_getppid
program p0 tracepoint:syscalls:sys_enter_getppid (TracePoint):
  ; line 5:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L21>
  ; line 6:3
	   5: MovReg dst: r1 src: r6
	   6: LoadMapPtr dst: r2 fd: 0 <kstack127>
	   8: MovImm dst: r3 imm: 0
	   9: Call FnGetStackid
	  10: StXMemW dst: rfp src: r0 off: -8 imm: 0
	  11: StMemW dst: rfp src: r0 off: -4 imm: -2147483648
	  12: LoadMapPtr dst: r1 fd: 0 <m0>
	  14: MovReg dst: r2 src: rfp
	  15: AddImm dst: r2 imm: -8
	  16: Call FnMapLookupElem
	  17: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  18: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  19: AddImm dst: r1 imm: 1
	  20: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  21: Ja off: -1 <L4>
L2:
	  22: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  23: LoadMapPtr dst: r1 fd: 0 <m0>
	  25: MovReg dst: r2 src: rfp
	  26: AddImm dst: r2 imm: -8
	  27: MovReg dst: r3 src: rfp
	  28: AddImm dst: r3 imm: -16
	  29: MovImm dst: r4 imm: 1
	  30: Call FnMapUpdateElem
	  31: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  32: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	  33: LoadMapPtr dst: r1 fd: 0 <m0>
	  35: MovReg dst: r2 src: rfp
	  36: AddImm dst: r2 imm: -8
	  37: Call FnMapLookupElem
	  38: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  39: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	  40: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	  41: JEq32Imm dst: r0 off: -1 imm: -7 <L6>
	  42: JEq32Imm dst: r0 off: -1 imm: -12 <L6>
	  43: JEq32Imm dst: r0 off: -1 imm: -16 <L6>
	  44: StMemDW dst: rfp src: r0 off: -48 imm: 4
	  45: LoadMapPtr dst: r1 fd: 0 <full>
	  47: MovReg dst: r2 src: rfp
	  48: AddImm dst: r2 imm: -48
	  49: Call FnMapLookupElem
	  50: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  51: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	  52: NegImm32 dst: r1 imm: 0
	  53: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L6:
	  54: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	  55: StMemDW dst: rfp src: r0 off: -32 imm: 3
	  56: JNE32Imm dst: r0 off: -1 imm: -7 <L7>
	  57: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  58: Ja off: -1 <L9>
L7:
	  59: JNE32Imm dst: r0 off: -1 imm: -12 <L8>
	  60: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  61: Ja off: -1 <L9>
L8:
	  62: JNE32Imm dst: r0 off: -1 imm: -16 <L9>
	  63: StMemDW dst: rfp src: r0 off: -32 imm: 2
L9:
	  64: LoadMapPtr dst: r1 fd: 0 <full>
	  66: MovReg dst: r2 src: rfp
	  67: AddImm dst: r2 imm: -32
	  68: Call FnMapLookupElem
	  69: JNEImm dst: r0 off: -1 imm: 0 <L10>
	  70: Exit
L10:
	  71: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  72: AddImm dst: r1 imm: 1
	  73: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  74: Ja off: -1 <L4>
L3:
	  75: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  76: AddImm dst: r1 imm: 1
	  77: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 7:3
L4:
	  78: MovReg dst: r1 src: r6
	  79: LoadMapPtr dst: r2 fd: 0 <ustack3>
	  81: MovImm dst: r3 imm: 256
	  82: Call FnGetStackid
	  83: StXMemW dst: rfp src: r0 off: -24 imm: 0
	  84: Call FnGetCurrentPidTgid
	  85: RShImm dst: r0 imm: 32
	  86: OrImm32 dst: r0 imm: -2147483648
	  87: StXMemW dst: rfp src: r0 off: -20 imm: 0
	  88: MovReg dst: r1 src: rfp
	  89: AddImm dst: r1 imm: -16
	  90: MovImm dst: r2 imm: 16
	  91: Call FnGetCurrentComm
	  92: LoadMapPtr dst: r1 fd: 0 <m1>
	  94: MovReg dst: r2 src: rfp
	  95: AddImm dst: r2 imm: -24
	  96: Call FnMapLookupElem
	  97: JEqImm dst: r0 off: -1 imm: 0 <L11>
	  98: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  99: AddImm dst: r1 imm: 1
	 100: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 101: Ja off: -1 <L13>
L11:
	 102: StMemDW dst: rfp src: r0 off: -32 imm: 1
	 103: LoadMapPtr dst: r1 fd: 0 <m1>
	 105: MovReg dst: r2 src: rfp
	 106: AddImm dst: r2 imm: -24
	 107: MovReg dst: r3 src: rfp
	 108: AddImm dst: r3 imm: -32
	 109: MovImm dst: r4 imm: 1
	 110: Call FnMapUpdateElem
	 111: JEqImm dst: r0 off: -1 imm: 0 <L13>
	 112: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	 113: LoadMapPtr dst: r1 fd: 0 <m1>
	 115: MovReg dst: r2 src: rfp
	 116: AddImm dst: r2 imm: -24
	 117: Call FnMapLookupElem
	 118: JNEImm dst: r0 off: -1 imm: 0 <L12>
	 119: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	 120: StXMemDW dst: rfp src: r0 off: -56 imm: 0
	 121: JEq32Imm dst: r0 off: -1 imm: -7 <L15>
	 122: JEq32Imm dst: r0 off: -1 imm: -12 <L15>
	 123: JEq32Imm dst: r0 off: -1 imm: -16 <L15>
	 124: StMemDW dst: rfp src: r0 off: -64 imm: 9
	 125: LoadMapPtr dst: r1 fd: 0 <full>
	 127: MovReg dst: r2 src: rfp
	 128: AddImm dst: r2 imm: -64
	 129: Call FnMapLookupElem
	 130: JEqImm dst: r0 off: -1 imm: 0 <L15>
	 131: LdXMemDW dst: r1 src: rfp off: -56 imm: 0
	 132: NegImm32 dst: r1 imm: 0
	 133: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L15:
	 134: LdXMemDW dst: r0 src: rfp off: -56 imm: 0
	 135: StMemDW dst: rfp src: r0 off: -48 imm: 8
	 136: JNE32Imm dst: r0 off: -1 imm: -7 <L16>
	 137: StMemDW dst: rfp src: r0 off: -48 imm: 5
	 138: Ja off: -1 <L18>
L16:
	 139: JNE32Imm dst: r0 off: -1 imm: -12 <L17>
	 140: StMemDW dst: rfp src: r0 off: -48 imm: 6
	 141: Ja off: -1 <L18>
L17:
	 142: JNE32Imm dst: r0 off: -1 imm: -16 <L18>
	 143: StMemDW dst: rfp src: r0 off: -48 imm: 7
L18:
	 144: LoadMapPtr dst: r1 fd: 0 <full>
	 146: MovReg dst: r2 src: rfp
	 147: AddImm dst: r2 imm: -48
	 148: Call FnMapLookupElem
	 149: JNEImm dst: r0 off: -1 imm: 0 <L19>
	 150: Exit
L19:
	 151: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 152: AddImm dst: r1 imm: 1
	 153: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 154: Ja off: -1 <L13>
L12:
	 155: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 156: AddImm dst: r1 imm: 1
	 157: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 8:3
L13:
	 158: LoadMapPtr dst: r1 fd: 0 <events>
	 160: MovImm dst: r2 imm: 16
	 161: MovImm dst: r3 imm: 0
	 162: Call FnRingbufReserve
	 163: JEqImm dst: r0 off: -1 imm: 0 <L20>
	 164: MovReg dst: r7 src: r0
	 165: StMemDW dst: r7 src: r0 off: 0 imm: 0
	 166: MovReg dst: r1 src: r6
	 167: LoadMapPtr dst: r2 fd: 0 <ustack3>
	 169: MovImm dst: r3 imm: 256
	 170: Call FnGetStackid
	 171: StXMemW dst: r7 src: r0 off: 8 imm: 0
	 172: Call FnGetCurrentPidTgid
	 173: RShImm dst: r0 imm: 32
	 174: OrImm32 dst: r0 imm: -2147483648
	 175: StXMemW dst: r7 src: r0 off: 12 imm: 0
	 176: Call FnKtimeGetNs
	 177: MovReg dst: r8 src: r0
	 178: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 179: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 181: MovReg dst: r2 src: rfp
	 182: AddImm dst: r2 imm: -8
	 183: Call FnMapLookupElem
	 184: MovImm dst: r2 imm: 1
	 185: JEqImm dst: r0 off: -1 imm: 0 <L22>
	 186: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 187: AddImm dst: r3 imm: 1000000
	 188: JGTReg dst: r3 off: -1 src: r8 <L22>
	 189: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 190: MovImm dst: r2 imm: 0
L22:
	 191: MovReg dst: r1 src: r7
	 192: Call FnRingbufSubmit
	 193: Ja off: -1 <L21>
L20:
	 194: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 195: LoadMapPtr dst: r1 fd: 0 <lost>
	 197: MovReg dst: r2 src: rfp
	 198: AddImm dst: r2 imm: -16
	 199: Call FnMapLookupElem
	 200: JNEImm dst: r0 off: -1 imm: 0 <L23>
	 201: Exit
L23:
	 202: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 203: AddImm dst: r1 imm: 1
	 204: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L21:
	 205: MovImm dst: r0 imm: 0
	 206: Exit

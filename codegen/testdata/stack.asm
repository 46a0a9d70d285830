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
	  36: StMemDW dst: rfp src: r0 off: -32 imm: 3
	  37: JNEImm dst: r0 off: -1 imm: -7 <L6>
	  38: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  39: Ja off: -1 <L8>
L6:
	  40: JNEImm dst: r0 off: -1 imm: -12 <L7>
	  41: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  42: Ja off: -1 <L8>
L7:
	  43: JNEImm dst: r0 off: -1 imm: -16 <L8>
	  44: StMemDW dst: rfp src: r0 off: -32 imm: 2
L8:
	  45: LoadMapPtr dst: r1 fd: 0 <full>
	  47: MovReg dst: r2 src: rfp
	  48: AddImm dst: r2 imm: -32
	  49: Call FnMapLookupElem
	  50: JNEImm dst: r0 off: -1 imm: 0 <L9>
	  51: Exit
L9:
	  52: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  53: AddImm dst: r1 imm: 1
	  54: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  55: Ja off: -1 <L4>
L3:
	  56: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  57: AddImm dst: r1 imm: 1
	  58: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 7:3
L4:
	  59: MovReg dst: r1 src: r6
	  60: LoadMapPtr dst: r2 fd: 0 <ustack3>
	  62: MovImm dst: r3 imm: 256
	  63: Call FnGetStackid
	  64: StXMemW dst: rfp src: r0 off: -24 imm: 0
	  65: Call FnGetCurrentPidTgid
	  66: RShImm dst: r0 imm: 32
	  67: StXMemW dst: rfp src: r0 off: -20 imm: 0
	  68: MovReg dst: r1 src: rfp
	  69: AddImm dst: r1 imm: -16
	  70: MovImm dst: r2 imm: 16
	  71: Call FnGetCurrentComm
	  72: LoadMapPtr dst: r1 fd: 0 <m1>
	  74: MovReg dst: r2 src: rfp
	  75: AddImm dst: r2 imm: -24
	  76: Call FnMapLookupElem
	  77: JEqImm dst: r0 off: -1 imm: 0 <L10>
	  78: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  79: AddImm dst: r1 imm: 1
	  80: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  81: Ja off: -1 <L12>
L10:
	  82: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  83: LoadMapPtr dst: r1 fd: 0 <m1>
	  85: MovReg dst: r2 src: rfp
	  86: AddImm dst: r2 imm: -24
	  87: MovReg dst: r3 src: rfp
	  88: AddImm dst: r3 imm: -32
	  89: MovImm dst: r4 imm: 1
	  90: Call FnMapUpdateElem
	  91: JEqImm dst: r0 off: -1 imm: 0 <L12>
	  92: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	  93: LoadMapPtr dst: r1 fd: 0 <m1>
	  95: MovReg dst: r2 src: rfp
	  96: AddImm dst: r2 imm: -24
	  97: Call FnMapLookupElem
	  98: JNEImm dst: r0 off: -1 imm: 0 <L11>
	  99: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	 100: StMemDW dst: rfp src: r0 off: -48 imm: 7
	 101: JNEImm dst: r0 off: -1 imm: -7 <L14>
	 102: StMemDW dst: rfp src: r0 off: -48 imm: 4
	 103: Ja off: -1 <L16>
L14:
	 104: JNEImm dst: r0 off: -1 imm: -12 <L15>
	 105: StMemDW dst: rfp src: r0 off: -48 imm: 5
	 106: Ja off: -1 <L16>
L15:
	 107: JNEImm dst: r0 off: -1 imm: -16 <L16>
	 108: StMemDW dst: rfp src: r0 off: -48 imm: 6
L16:
	 109: LoadMapPtr dst: r1 fd: 0 <full>
	 111: MovReg dst: r2 src: rfp
	 112: AddImm dst: r2 imm: -48
	 113: Call FnMapLookupElem
	 114: JNEImm dst: r0 off: -1 imm: 0 <L17>
	 115: Exit
L17:
	 116: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 117: AddImm dst: r1 imm: 1
	 118: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 119: Ja off: -1 <L12>
L11:
	 120: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 121: AddImm dst: r1 imm: 1
	 122: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 8:3
L12:
	 123: LoadMapPtr dst: r1 fd: 0 <events>
	 125: MovImm dst: r2 imm: 16
	 126: MovImm dst: r3 imm: 0
	 127: Call FnRingbufReserve
	 128: JEqImm dst: r0 off: -1 imm: 0 <L18>
	 129: MovReg dst: r7 src: r0
	 130: StMemDW dst: r7 src: r0 off: 0 imm: 0
	 131: MovReg dst: r1 src: r6
	 132: LoadMapPtr dst: r2 fd: 0 <ustack3>
	 134: MovImm dst: r3 imm: 256
	 135: Call FnGetStackid
	 136: StXMemW dst: r7 src: r0 off: 8 imm: 0
	 137: Call FnGetCurrentPidTgid
	 138: RShImm dst: r0 imm: 32
	 139: StXMemW dst: r7 src: r0 off: 12 imm: 0
	 140: Call FnKtimeGetNs
	 141: MovReg dst: r8 src: r0
	 142: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 143: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 145: MovReg dst: r2 src: rfp
	 146: AddImm dst: r2 imm: -8
	 147: Call FnMapLookupElem
	 148: MovImm dst: r2 imm: 1
	 149: JEqImm dst: r0 off: -1 imm: 0 <L20>
	 150: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 151: AddImm dst: r3 imm: 1000000
	 152: JGTReg dst: r3 off: -1 src: r8 <L20>
	 153: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 154: MovImm dst: r2 imm: 0
L20:
	 155: MovReg dst: r1 src: r7
	 156: Call FnRingbufSubmit
	 157: Ja off: -1 <L19>
L18:
	 158: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 159: LoadMapPtr dst: r1 fd: 0 <lost>
	 161: MovReg dst: r2 src: rfp
	 162: AddImm dst: r2 imm: -16
	 163: Call FnMapLookupElem
	 164: JNEImm dst: r0 off: -1 imm: 0 <L21>
	 165: Exit
L21:
	 166: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 167: AddImm dst: r1 imm: 1
	 168: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L19:
	 169: MovImm dst: r0 imm: 0
	 170: Exit

map m0 @k: PerCPUHash key 8 value 8 entries 4096
map m1 @u: PerCPUHash key 24 value 8 entries 4096
map kstack127: StackTrace key 4 value 1016 entries 16384
map ustack3: StackTrace key 4 value 24 entries 131072
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
	  13: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  14: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  15: MovReg dst: r0 src: rfp
	  16: AddImm dst: r0 imm: -16
	  17: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  18: AddImm dst: r1 imm: 1
	  19: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  20: LoadMapPtr dst: r1 fd: 0 <m0>
	  22: MovReg dst: r2 src: rfp
	  23: AddImm dst: r2 imm: -8
	  24: MovReg dst: r3 src: rfp
	  25: AddImm dst: r3 imm: -16
	  26: MovImm dst: r4 imm: 1
	  27: Call FnMapUpdateElem
	  28: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  29: LoadMapPtr dst: r1 fd: 0 <m0>
	  31: MovReg dst: r2 src: rfp
	  32: AddImm dst: r2 imm: -8
	  33: Call FnMapLookupElem
	  34: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  35: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  36: LoadMapPtr dst: r1 fd: 0 <full>
	  38: MovReg dst: r2 src: rfp
	  39: AddImm dst: r2 imm: -24
	  40: Call FnMapLookupElem
	  41: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  42: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  43: AddImm dst: r1 imm: 1
	  44: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L4:
	  45: Ja off: -1 <L2>
L3:
	  46: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  47: AddImm dst: r1 imm: 1
	  48: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 7:3
L2:
	  49: MovReg dst: r1 src: r6
	  50: LoadMapPtr dst: r2 fd: 0 <ustack3>
	  52: MovImm dst: r3 imm: 256
	  53: Call FnGetStackid
	  54: StXMemW dst: rfp src: r0 off: -24 imm: 0
	  55: Call FnGetCurrentPidTgid
	  56: RShImm dst: r0 imm: 32
	  57: StXMemW dst: rfp src: r0 off: -20 imm: 0
	  58: MovReg dst: r1 src: rfp
	  59: AddImm dst: r1 imm: -16
	  60: MovImm dst: r2 imm: 16
	  61: Call FnGetCurrentComm
	  62: LoadMapPtr dst: r1 fd: 0 <m1>
	  64: MovReg dst: r2 src: rfp
	  65: AddImm dst: r2 imm: -24
	  66: Call FnMapLookupElem
	  67: JNEImm dst: r0 off: -1 imm: 0 <L6>
	  68: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  69: MovReg dst: r0 src: rfp
	  70: AddImm dst: r0 imm: -32
	  71: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  72: AddImm dst: r1 imm: 1
	  73: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  74: LoadMapPtr dst: r1 fd: 0 <m1>
	  76: MovReg dst: r2 src: rfp
	  77: AddImm dst: r2 imm: -24
	  78: MovReg dst: r3 src: rfp
	  79: AddImm dst: r3 imm: -32
	  80: MovImm dst: r4 imm: 1
	  81: Call FnMapUpdateElem
	  82: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  83: LoadMapPtr dst: r1 fd: 0 <m1>
	  85: MovReg dst: r2 src: rfp
	  86: AddImm dst: r2 imm: -24
	  87: Call FnMapLookupElem
	  88: JNEImm dst: r0 off: -1 imm: 0 <L6>
	  89: StMemDW dst: rfp src: r0 off: -40 imm: 1
	  90: LoadMapPtr dst: r1 fd: 0 <full>
	  92: MovReg dst: r2 src: rfp
	  93: AddImm dst: r2 imm: -40
	  94: Call FnMapLookupElem
	  95: JEqImm dst: r0 off: -1 imm: 0 <L7>
	  96: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  97: AddImm dst: r1 imm: 1
	  98: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L7:
	  99: Ja off: -1 <L5>
L6:
	 100: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 101: AddImm dst: r1 imm: 1
	 102: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 8:3
L5:
	 103: LoadMapPtr dst: r1 fd: 0 <events>
	 105: MovImm dst: r2 imm: 16
	 106: MovImm dst: r3 imm: 0
	 107: Call FnRingbufReserve
	 108: JEqImm dst: r0 off: -1 imm: 0 <L8>
	 109: MovReg dst: r7 src: r0
	 110: StMemDW dst: r7 src: r0 off: 0 imm: 0
	 111: MovReg dst: r1 src: r6
	 112: LoadMapPtr dst: r2 fd: 0 <ustack3>
	 114: MovImm dst: r3 imm: 256
	 115: Call FnGetStackid
	 116: StXMemW dst: r7 src: r0 off: 8 imm: 0
	 117: Call FnGetCurrentPidTgid
	 118: RShImm dst: r0 imm: 32
	 119: StXMemW dst: r7 src: r0 off: 12 imm: 0
	 120: Call FnKtimeGetNs
	 121: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	 122: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 123: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 125: MovReg dst: r2 src: rfp
	 126: AddImm dst: r2 imm: -16
	 127: Call FnMapLookupElem
	 128: JEqImm dst: r0 off: -1 imm: 0 <L10>
	 129: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	 130: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 131: MovReg dst: r4 src: r1
	 132: SubReg dst: r4 src: r3
	 133: JLTImm dst: r4 off: -1 imm: 1000000 <L10>
	 134: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 135: MovImm dst: r2 imm: 0
	 136: Ja off: -1 <L11>
L10:
	 137: MovImm dst: r2 imm: 1
L11:
	 138: MovReg dst: r1 src: r7
	 139: Call FnRingbufSubmit
	 140: Ja off: -1 <L12>
L8:
	 141: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 142: LoadMapPtr dst: r1 fd: 0 <lost>
	 144: MovReg dst: r2 src: rfp
	 145: AddImm dst: r2 imm: -24
	 146: Call FnMapLookupElem
	 147: JEqImm dst: r0 off: -1 imm: 0 <L12>
	 148: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 149: AddImm dst: r1 imm: 1
	 150: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L12:
	 151: MovImm dst: r0 imm: 0
	 152: Exit

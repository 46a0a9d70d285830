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
	   4: JNEImm dst: r0 off: -1 imm: 0 <L11>
  ; line 6:3
	   5: MovReg dst: r1 src: r6
	   6: LoadMapPtr dst: r2 fd: 0 <kstack127>
	   8: MovImm dst: r3 imm: 0
	   9: Call FnGetStackid
	  10: MovReg32 dst: r0 src: r0
	  11: StXMemDW dst: rfp src: r0 off: -8 imm: 0
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
	  32: LoadMapPtr dst: r1 fd: 0 <m0>
	  34: MovReg dst: r2 src: rfp
	  35: AddImm dst: r2 imm: -8
	  36: Call FnMapLookupElem
	  37: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  38: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  39: LoadMapPtr dst: r1 fd: 0 <full>
	  41: MovReg dst: r2 src: rfp
	  42: AddImm dst: r2 imm: -24
	  43: Call FnMapLookupElem
	  44: JNEImm dst: r0 off: -1 imm: 0 <L5>
	  45: Exit
L5:
	  46: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  47: AddImm dst: r1 imm: 1
	  48: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  49: Ja off: -1 <L4>
L3:
	  50: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  51: AddImm dst: r1 imm: 1
	  52: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 7:3
L4:
	  53: MovReg dst: r1 src: r6
	  54: LoadMapPtr dst: r2 fd: 0 <ustack3>
	  56: MovImm dst: r3 imm: 256
	  57: Call FnGetStackid
	  58: StXMemW dst: rfp src: r0 off: -24 imm: 0
	  59: Call FnGetCurrentPidTgid
	  60: RShImm dst: r0 imm: 32
	  61: StXMemW dst: rfp src: r0 off: -20 imm: 0
	  62: MovReg dst: r1 src: rfp
	  63: AddImm dst: r1 imm: -16
	  64: MovImm dst: r2 imm: 16
	  65: Call FnGetCurrentComm
	  66: LoadMapPtr dst: r1 fd: 0 <m1>
	  68: MovReg dst: r2 src: rfp
	  69: AddImm dst: r2 imm: -24
	  70: Call FnMapLookupElem
	  71: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  72: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  73: AddImm dst: r1 imm: 1
	  74: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  75: Ja off: -1 <L8>
L6:
	  76: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  77: LoadMapPtr dst: r1 fd: 0 <m1>
	  79: MovReg dst: r2 src: rfp
	  80: AddImm dst: r2 imm: -24
	  81: MovReg dst: r3 src: rfp
	  82: AddImm dst: r3 imm: -32
	  83: MovImm dst: r4 imm: 1
	  84: Call FnMapUpdateElem
	  85: JEqImm dst: r0 off: -1 imm: 0 <L8>
	  86: LoadMapPtr dst: r1 fd: 0 <m1>
	  88: MovReg dst: r2 src: rfp
	  89: AddImm dst: r2 imm: -24
	  90: Call FnMapLookupElem
	  91: JNEImm dst: r0 off: -1 imm: 0 <L7>
	  92: StMemDW dst: rfp src: r0 off: -40 imm: 1
	  93: LoadMapPtr dst: r1 fd: 0 <full>
	  95: MovReg dst: r2 src: rfp
	  96: AddImm dst: r2 imm: -40
	  97: Call FnMapLookupElem
	  98: JNEImm dst: r0 off: -1 imm: 0 <L9>
	  99: Exit
L9:
	 100: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 101: AddImm dst: r1 imm: 1
	 102: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 103: Ja off: -1 <L8>
L7:
	 104: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 105: AddImm dst: r1 imm: 1
	 106: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 8:3
L8:
	 107: LoadMapPtr dst: r1 fd: 0 <events>
	 109: MovImm dst: r2 imm: 16
	 110: MovImm dst: r3 imm: 0
	 111: Call FnRingbufReserve
	 112: JEqImm dst: r0 off: -1 imm: 0 <L10>
	 113: MovReg dst: r7 src: r0
	 114: StMemDW dst: r7 src: r0 off: 0 imm: 0
	 115: MovReg dst: r1 src: r6
	 116: LoadMapPtr dst: r2 fd: 0 <ustack3>
	 118: MovImm dst: r3 imm: 256
	 119: Call FnGetStackid
	 120: StXMemW dst: r7 src: r0 off: 8 imm: 0
	 121: Call FnGetCurrentPidTgid
	 122: RShImm dst: r0 imm: 32
	 123: StXMemW dst: r7 src: r0 off: 12 imm: 0
	 124: Call FnKtimeGetNs
	 125: MovReg dst: r8 src: r0
	 126: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 127: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 129: MovReg dst: r2 src: rfp
	 130: AddImm dst: r2 imm: -8
	 131: Call FnMapLookupElem
	 132: MovImm dst: r2 imm: 1
	 133: JEqImm dst: r0 off: -1 imm: 0 <L12>
	 134: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 135: AddImm dst: r3 imm: 1000000
	 136: JGTReg dst: r3 off: -1 src: r8 <L12>
	 137: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 138: MovImm dst: r2 imm: 0
L12:
	 139: MovReg dst: r1 src: r7
	 140: Call FnRingbufSubmit
	 141: Ja off: -1 <L11>
L10:
	 142: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 143: LoadMapPtr dst: r1 fd: 0 <lost>
	 145: MovReg dst: r2 src: rfp
	 146: AddImm dst: r2 imm: -16
	 147: Call FnMapLookupElem
	 148: JNEImm dst: r0 off: -1 imm: 0 <L13>
	 149: Exit
L13:
	 150: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 151: AddImm dst: r1 imm: 1
	 152: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L11:
	 153: MovImm dst: r0 imm: 0
	 154: Exit

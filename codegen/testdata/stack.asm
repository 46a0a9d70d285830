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
	  10: StXMemW dst: rfp src: r0 off: -8 imm: 0
	  11: StMemW dst: rfp src: r0 off: -4 imm: -2147483648
	  12: LoadMapPtr dst: r1 fd: 0 <m0>
	  14: MovReg dst: r2 src: rfp
	  15: AddImm dst: r2 imm: -8
	  16: Call FnMapLookupElem
	  17: JEqImm dst: r0 off: -1 imm: 0 <L2>
L3:
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
	  32: MovReg dst: r7 src: r0
	  33: LoadMapPtr dst: r1 fd: 0 <m0>
	  35: MovReg dst: r2 src: rfp
	  36: AddImm dst: r2 imm: -8
	  37: Call FnMapLookupElem
	  38: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  39: NegImm32 dst: r7 imm: 0
	  40: JLTImm dst: r7 off: -1 imm: 128 <L5>
	  41: MovImm dst: r7 imm: 127
L5:
	  42: LShImm dst: r7 imm: 3
	  43: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  45: AddReg dst: r1 src: r7
	  46: MovImm dst: r2 imm: 1
	  47: StXAtomicAddDW dst: r1 src: r2 off: 0
  ; line 7:3
L4:
	  48: MovReg dst: r1 src: r6
	  49: LoadMapPtr dst: r2 fd: 0 <ustack3>
	  51: MovImm dst: r3 imm: 256
	  52: Call FnGetStackid
	  53: StXMemW dst: rfp src: r0 off: -24 imm: 0
	  54: Call FnGetCurrentPidTgid
	  55: RShImm dst: r0 imm: 32
	  56: OrImm32 dst: r0 imm: -2147483648
	  57: StXMemW dst: rfp src: r0 off: -20 imm: 0
	  58: MovReg dst: r1 src: rfp
	  59: AddImm dst: r1 imm: -16
	  60: MovImm dst: r2 imm: 16
	  61: Call FnGetCurrentComm
	  62: LoadMapPtr dst: r1 fd: 0 <m1>
	  64: MovReg dst: r2 src: rfp
	  65: AddImm dst: r2 imm: -24
	  66: Call FnMapLookupElem
	  67: JEqImm dst: r0 off: -1 imm: 0 <L6>
L7:
	  68: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  69: AddImm dst: r1 imm: 1
	  70: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  71: Ja off: -1 <L8>
L6:
	  72: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  73: LoadMapPtr dst: r1 fd: 0 <m1>
	  75: MovReg dst: r2 src: rfp
	  76: AddImm dst: r2 imm: -24
	  77: MovReg dst: r3 src: rfp
	  78: AddImm dst: r3 imm: -32
	  79: MovImm dst: r4 imm: 1
	  80: Call FnMapUpdateElem
	  81: JEqImm dst: r0 off: -1 imm: 0 <L8>
	  82: MovReg dst: r7 src: r0
	  83: LoadMapPtr dst: r1 fd: 0 <m1>
	  85: MovReg dst: r2 src: rfp
	  86: AddImm dst: r2 imm: -24
	  87: Call FnMapLookupElem
	  88: JNEImm dst: r0 off: -1 imm: 0 <L7>
	  89: NegImm32 dst: r7 imm: 0
	  90: JLTImm dst: r7 off: -1 imm: 128 <L9>
	  91: MovImm dst: r7 imm: 127
L9:
	  92: LShImm dst: r7 imm: 3
	  93: LoadMapValue dst: r1, fd: 0 off: 1024 <full>
	  95: AddReg dst: r1 src: r7
	  96: MovImm dst: r2 imm: 1
	  97: StXAtomicAddDW dst: r1 src: r2 off: 0
  ; line 8:3
L8:
	  98: LoadMapPtr dst: r1 fd: 0 <events>
	 100: MovImm dst: r2 imm: 16
	 101: MovImm dst: r3 imm: 0
	 102: Call FnRingbufReserve
	 103: JEqImm dst: r0 off: -1 imm: 0 <L10>
	 104: MovReg dst: r7 src: r0
	 105: StMemDW dst: r7 src: r0 off: 0 imm: 0
	 106: MovReg dst: r1 src: r6
	 107: LoadMapPtr dst: r2 fd: 0 <ustack3>
	 109: MovImm dst: r3 imm: 256
	 110: Call FnGetStackid
	 111: StXMemW dst: r7 src: r0 off: 8 imm: 0
	 112: Call FnGetCurrentPidTgid
	 113: RShImm dst: r0 imm: 32
	 114: OrImm32 dst: r0 imm: -2147483648
	 115: StXMemW dst: r7 src: r0 off: 12 imm: 0
	 116: Call FnKtimeGetNs
	 117: MovReg dst: r8 src: r0
	 118: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 119: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 121: MovReg dst: r2 src: rfp
	 122: AddImm dst: r2 imm: -8
	 123: Call FnMapLookupElem
	 124: MovImm dst: r2 imm: 1
	 125: JEqImm dst: r0 off: -1 imm: 0 <L12>
	 126: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 127: AddImm dst: r3 imm: 1000000
	 128: JGTReg dst: r3 off: -1 src: r8 <L12>
	 129: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 130: MovImm dst: r2 imm: 0
L12:
	 131: MovReg dst: r1 src: r7
	 132: Call FnRingbufSubmit
	 133: Ja off: -1 <L11>
L10:
	 134: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 135: LoadMapPtr dst: r1 fd: 0 <lost>
	 137: MovReg dst: r2 src: rfp
	 138: AddImm dst: r2 imm: -16
	 139: Call FnMapLookupElem
	 140: JNEImm dst: r0 off: -1 imm: 0 <L13>
	 141: Exit
L13:
	 142: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 143: AddImm dst: r1 imm: 1
	 144: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L11:
	 145: MovImm dst: r0 imm: 0
	 146: Exit

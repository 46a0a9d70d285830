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
	   4: JNEImm dst: r0 off: -1 imm: 0 <L13>
  ; line 6:3
	   5: MovReg dst: r1 src: r6
	   6: LoadMapPtr dst: r2 fd: 0 <kstack127>
	   8: MovImm dst: r3 imm: 0
	   9: Call FnGetStackid
	  10: StXMemW dst: rfp src: r0 off: -8 imm: 0
	  11: StMemW dst: rfp src: r0 off: -4 imm: -2147483648
	  12: MovImm dst: r7 imm: 0
L2:
	  13: LoadMapPtr dst: r1 fd: 0 <m0>
	  15: MovReg dst: r2 src: rfp
	  16: AddImm dst: r2 imm: -8
	  17: Call FnMapLookupElem
	  18: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  19: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  20: AddImm dst: r1 imm: 1
	  21: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  22: Ja off: -1 <L5>
L3:
	  23: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  24: LoadMapPtr dst: r1 fd: 0 <m0>
	  26: MovReg dst: r2 src: rfp
	  27: AddImm dst: r2 imm: -8
	  28: MovReg dst: r3 src: rfp
	  29: AddImm dst: r3 imm: -16
	  30: MovImm dst: r4 imm: 1
	  31: Call FnMapUpdateElem
	  32: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  33: JNEImm dst: r7 off: -1 imm: 0 <L4>
	  34: MovImm dst: r7 imm: 1
	  35: Ja off: -1 <L2>
L4:
	  36: NegImm32 dst: r0 imm: 0
	  37: JLTImm dst: r0 off: -1 imm: 128 <L6>
	  38: MovImm dst: r0 imm: 127
L6:
	  39: LShImm dst: r0 imm: 3
	  40: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  42: AddReg dst: r1 src: r0
	  43: MovImm dst: r2 imm: 1
	  44: StXAtomicAddDW dst: r1 src: r2 off: 0
  ; line 7:3
L5:
	  45: MovReg dst: r1 src: r6
	  46: LoadMapPtr dst: r2 fd: 0 <ustack3>
	  48: MovImm dst: r3 imm: 256
	  49: Call FnGetStackid
	  50: StXMemW dst: rfp src: r0 off: -24 imm: 0
	  51: Call FnGetCurrentPidTgid
	  52: RShImm dst: r0 imm: 32
	  53: OrImm32 dst: r0 imm: -2147483648
	  54: StXMemW dst: rfp src: r0 off: -20 imm: 0
	  55: MovReg dst: r1 src: rfp
	  56: AddImm dst: r1 imm: -16
	  57: MovImm dst: r2 imm: 16
	  58: Call FnGetCurrentComm
	  59: MovImm dst: r7 imm: 0
L7:
	  60: LoadMapPtr dst: r1 fd: 0 <m1>
	  62: MovReg dst: r2 src: rfp
	  63: AddImm dst: r2 imm: -24
	  64: Call FnMapLookupElem
	  65: JEqImm dst: r0 off: -1 imm: 0 <L8>
	  66: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  67: AddImm dst: r1 imm: 1
	  68: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  69: Ja off: -1 <L10>
L8:
	  70: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  71: LoadMapPtr dst: r1 fd: 0 <m1>
	  73: MovReg dst: r2 src: rfp
	  74: AddImm dst: r2 imm: -24
	  75: MovReg dst: r3 src: rfp
	  76: AddImm dst: r3 imm: -32
	  77: MovImm dst: r4 imm: 1
	  78: Call FnMapUpdateElem
	  79: JEqImm dst: r0 off: -1 imm: 0 <L10>
	  80: JNEImm dst: r7 off: -1 imm: 0 <L9>
	  81: MovImm dst: r7 imm: 1
	  82: Ja off: -1 <L7>
L9:
	  83: NegImm32 dst: r0 imm: 0
	  84: JLTImm dst: r0 off: -1 imm: 128 <L11>
	  85: MovImm dst: r0 imm: 127
L11:
	  86: LShImm dst: r0 imm: 3
	  87: LoadMapValue dst: r1, fd: 0 off: 1024 <full>
	  89: AddReg dst: r1 src: r0
	  90: MovImm dst: r2 imm: 1
	  91: StXAtomicAddDW dst: r1 src: r2 off: 0
  ; line 8:3
L10:
	  92: LoadMapPtr dst: r1 fd: 0 <events>
	  94: MovImm dst: r2 imm: 16
	  95: MovImm dst: r3 imm: 0
	  96: Call FnRingbufReserve
	  97: JEqImm dst: r0 off: -1 imm: 0 <L12>
	  98: MovReg dst: r7 src: r0
	  99: StMemDW dst: r7 src: r0 off: 0 imm: 0
	 100: MovReg dst: r1 src: r6
	 101: LoadMapPtr dst: r2 fd: 0 <ustack3>
	 103: MovImm dst: r3 imm: 256
	 104: Call FnGetStackid
	 105: StXMemW dst: r7 src: r0 off: 8 imm: 0
	 106: Call FnGetCurrentPidTgid
	 107: RShImm dst: r0 imm: 32
	 108: OrImm32 dst: r0 imm: -2147483648
	 109: StXMemW dst: r7 src: r0 off: 12 imm: 0
	 110: Call FnKtimeGetNs
	 111: MovReg dst: r8 src: r0
	 112: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 113: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 115: MovReg dst: r2 src: rfp
	 116: AddImm dst: r2 imm: -8
	 117: Call FnMapLookupElem
	 118: MovImm dst: r2 imm: 1
	 119: JEqImm dst: r0 off: -1 imm: 0 <L14>
	 120: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 121: AddImm dst: r3 imm: 1000000
	 122: JGTReg dst: r3 off: -1 src: r8 <L14>
	 123: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 124: MovImm dst: r2 imm: 0
L14:
	 125: MovReg dst: r1 src: r7
	 126: Call FnRingbufSubmit
	 127: Ja off: -1 <L13>
L12:
	 128: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 129: LoadMapPtr dst: r1 fd: 0 <lost>
	 131: MovReg dst: r2 src: rfp
	 132: AddImm dst: r2 imm: -16
	 133: Call FnMapLookupElem
	 134: JNEImm dst: r0 off: -1 imm: 0 <L15>
	 135: Exit
L15:
	 136: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 137: AddImm dst: r1 imm: 1
	 138: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L13:
	 139: MovImm dst: r0 imm: 0
	 140: Exit

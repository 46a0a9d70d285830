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
	  23: JNEImm dst: r7 off: -1 imm: 0 <L4>
	  24: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  25: LoadMapPtr dst: r1 fd: 0 <m0>
	  27: MovReg dst: r2 src: rfp
	  28: AddImm dst: r2 imm: -8
	  29: MovReg dst: r3 src: rfp
	  30: AddImm dst: r3 imm: -16
	  31: MovImm dst: r4 imm: 1
	  32: Call FnMapUpdateElem
	  33: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  34: OrImm dst: r0 imm: -2147483648
	  35: MovReg dst: r7 src: r0
	  36: Ja off: -1 <L2>
L4:
	  37: NegImm32 dst: r7 imm: 0
	  38: JLTImm dst: r7 off: -1 imm: 128 <L6>
	  39: MovImm dst: r7 imm: 127
L6:
	  40: LShImm dst: r7 imm: 3
	  41: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  43: AddReg dst: r1 src: r7
	  44: MovImm dst: r2 imm: 1
	  45: StXAtomicAddDW dst: r1 src: r2 off: 0
  ; line 7:3
L5:
	  46: MovReg dst: r1 src: r6
	  47: LoadMapPtr dst: r2 fd: 0 <ustack3>
	  49: MovImm dst: r3 imm: 256
	  50: Call FnGetStackid
	  51: StXMemW dst: rfp src: r0 off: -24 imm: 0
	  52: Call FnGetCurrentPidTgid
	  53: RShImm dst: r0 imm: 32
	  54: OrImm32 dst: r0 imm: -2147483648
	  55: StXMemW dst: rfp src: r0 off: -20 imm: 0
	  56: MovReg dst: r1 src: rfp
	  57: AddImm dst: r1 imm: -16
	  58: MovImm dst: r2 imm: 16
	  59: Call FnGetCurrentComm
	  60: MovImm dst: r7 imm: 0
L7:
	  61: LoadMapPtr dst: r1 fd: 0 <m1>
	  63: MovReg dst: r2 src: rfp
	  64: AddImm dst: r2 imm: -24
	  65: Call FnMapLookupElem
	  66: JEqImm dst: r0 off: -1 imm: 0 <L8>
	  67: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  68: AddImm dst: r1 imm: 1
	  69: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  70: Ja off: -1 <L10>
L8:
	  71: JNEImm dst: r7 off: -1 imm: 0 <L9>
	  72: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  73: LoadMapPtr dst: r1 fd: 0 <m1>
	  75: MovReg dst: r2 src: rfp
	  76: AddImm dst: r2 imm: -24
	  77: MovReg dst: r3 src: rfp
	  78: AddImm dst: r3 imm: -32
	  79: MovImm dst: r4 imm: 1
	  80: Call FnMapUpdateElem
	  81: JEqImm dst: r0 off: -1 imm: 0 <L10>
	  82: OrImm dst: r0 imm: -2147483648
	  83: MovReg dst: r7 src: r0
	  84: Ja off: -1 <L7>
L9:
	  85: NegImm32 dst: r7 imm: 0
	  86: JLTImm dst: r7 off: -1 imm: 128 <L11>
	  87: MovImm dst: r7 imm: 127
L11:
	  88: LShImm dst: r7 imm: 3
	  89: LoadMapValue dst: r1, fd: 0 off: 1024 <full>
	  91: AddReg dst: r1 src: r7
	  92: MovImm dst: r2 imm: 1
	  93: StXAtomicAddDW dst: r1 src: r2 off: 0
  ; line 8:3
L10:
	  94: LoadMapPtr dst: r1 fd: 0 <events>
	  96: MovImm dst: r2 imm: 16
	  97: MovImm dst: r3 imm: 0
	  98: Call FnRingbufReserve
	  99: JEqImm dst: r0 off: -1 imm: 0 <L12>
	 100: MovReg dst: r7 src: r0
	 101: StMemDW dst: r7 src: r0 off: 0 imm: 0
	 102: MovReg dst: r1 src: r6
	 103: LoadMapPtr dst: r2 fd: 0 <ustack3>
	 105: MovImm dst: r3 imm: 256
	 106: Call FnGetStackid
	 107: StXMemW dst: r7 src: r0 off: 8 imm: 0
	 108: Call FnGetCurrentPidTgid
	 109: RShImm dst: r0 imm: 32
	 110: OrImm32 dst: r0 imm: -2147483648
	 111: StXMemW dst: r7 src: r0 off: 12 imm: 0
	 112: Call FnKtimeGetNs
	 113: MovReg dst: r8 src: r0
	 114: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 115: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 117: MovReg dst: r2 src: rfp
	 118: AddImm dst: r2 imm: -8
	 119: Call FnMapLookupElem
	 120: MovImm dst: r2 imm: 1
	 121: JEqImm dst: r0 off: -1 imm: 0 <L14>
	 122: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 123: AddImm dst: r3 imm: 1000000
	 124: JGTReg dst: r3 off: -1 src: r8 <L14>
	 125: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 126: MovImm dst: r2 imm: 0
L14:
	 127: MovReg dst: r1 src: r7
	 128: Call FnRingbufSubmit
	 129: Ja off: -1 <L13>
L12:
	 130: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 131: LoadMapPtr dst: r1 fd: 0 <lost>
	 133: MovReg dst: r2 src: rfp
	 134: AddImm dst: r2 imm: -16
	 135: Call FnMapLookupElem
	 136: JNEImm dst: r0 off: -1 imm: 0 <L15>
	 137: Exit
L15:
	 138: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 139: AddImm dst: r1 imm: 1
	 140: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L13:
	 141: MovImm dst: r0 imm: 0
	 142: Exit

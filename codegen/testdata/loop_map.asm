map m0 @c: PerCPUHash key 8 value 8 entries 4096
map scratch: PerCPUArray value 24
event 0 kind 1 size 24 from tracepoint:syscalls:sys_enter_close
event 1 kind 1 size 16 from tracepoint:syscalls:sys_enter_close
program p0 tracepoint:syscalls:sys_enter_getppid (TracePoint):
  ; line 3:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L5>
  ; line 3:41
	   4: Call FnGetCurrentPidTgid
	   5: MovReg32 dst: r0 src: r0
	   6: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	   7: MovImm dst: r7 imm: 0
L2:
	   8: LoadMapPtr dst: r1 fd: 0 <m0>
	  10: MovReg dst: r2 src: rfp
	  11: AddImm dst: r2 imm: -8
	  12: Call FnMapLookupElem
	  13: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  14: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  15: AddImm dst: r1 imm: 1
	  16: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  17: Ja off: -1 <L5>
L3:
	  18: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  19: LoadMapPtr dst: r1 fd: 0 <m0>
	  21: MovReg dst: r2 src: rfp
	  22: AddImm dst: r2 imm: -8
	  23: MovReg dst: r3 src: rfp
	  24: AddImm dst: r3 imm: -16
	  25: MovImm dst: r4 imm: 1
	  26: Call FnMapUpdateElem
	  27: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  28: JNEImm dst: r7 off: -1 imm: 0 <L4>
	  29: MovImm dst: r7 imm: 1
	  30: Ja off: -1 <L2>
L4:
	  31: NegImm32 dst: r0 imm: 0
	  32: JLTImm dst: r0 off: -1 imm: 128 <L6>
	  33: MovImm dst: r0 imm: 127
L6:
	  34: LShImm dst: r0 imm: 3
	  35: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  37: AddReg dst: r1 src: r0
	  38: MovImm dst: r2 imm: 1
	  39: StXAtomicAddDW dst: r1 src: r2 off: 0
L5:
	  40: MovImm dst: r0 imm: 0
	  41: Exit
program p1 tracepoint:syscalls:sys_enter_close (TracePoint):
  ; line 4:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L13>
	   5: StMemDW dst: rfp src: r0 off: -8 imm: 0
	   6: LoadMapPtr dst: r1 fd: 0 <scratch>
	   8: MovReg dst: r2 src: rfp
	   9: AddImm dst: r2 imm: -8
	  10: Call FnMapLookupElem
	  11: JEqImm dst: r0 off: -1 imm: 0 <L13>
	  12: MovReg dst: r9 src: r0
	  13: StMemDW dst: r9 src: r0 off: 0 imm: 0
	  14: StMemDW dst: r9 src: r0 off: 8 imm: 0
  ; line 5:3
	  15: StMemDW dst: r9 src: r0 off: 16 imm: 0
  ; line 5:20
	  16: LoadMapPtr dst: r1 fd: 0 <m0>
	  18: LdImmDW dst: r2 imm: -1 <cb1>
	  20: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	  21: StXMemDW dst: rfp src: r9 off: -8 imm: 0
	  22: MovReg dst: r3 src: rfp
	  23: AddImm dst: r3 imm: -16
	  24: MovImm dst: r4 imm: 0
	  25: Call FnForEachMapElem
	  26: LdXMemDW dst: r1 src: r9 off: 16 imm: 0
	  27: JNEImm dst: r1 off: -1 imm: 0 <L13>
  ; line 6:3
	  28: LoadMapPtr dst: r1 fd: 0 <events>
	  30: MovImm dst: r2 imm: 16
	  31: MovImm dst: r3 imm: 0
	  32: Call FnRingbufReserve
	  33: JEqImm dst: r0 off: -1 imm: 0 <L12>
	  34: MovReg dst: r7 src: r0
	  35: StMemDW dst: r7 src: r0 off: 0 imm: 1
	  36: LoadMapPtr dst: r1 fd: 0 <m0>
	  38: LdImmDW dst: r2 imm: -1 <nop>
	  40: MovImm dst: r3 imm: 0
	  41: MovImm dst: r4 imm: 0
	  42: Call FnForEachMapElem
	  43: StXMemDW dst: r7 src: r0 off: 8 imm: 0
	  44: Call FnKtimeGetNs
	  45: MovReg dst: r8 src: r0
	  46: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  47: LoadMapPtr dst: r1 fd: 0 <wakeup>
	  49: MovReg dst: r2 src: rfp
	  50: AddImm dst: r2 imm: -8
	  51: Call FnMapLookupElem
	  52: MovImm dst: r2 imm: 1
	  53: JEqImm dst: r0 off: -1 imm: 0 <L14>
	  54: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	  55: AddImm dst: r3 imm: 1000000
	  56: JGTReg dst: r3 off: -1 src: r8 <L14>
	  57: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	  58: MovImm dst: r2 imm: 0
L14:
	  59: MovReg dst: r1 src: r7
	  60: Call FnRingbufSubmit
	  61: Ja off: -1 <L13>
L12:
	  62: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  63: LoadMapPtr dst: r1 fd: 0 <lost>
	  65: MovReg dst: r2 src: rfp
	  66: AddImm dst: r2 imm: -16
	  67: Call FnMapLookupElem
	  68: JNEImm dst: r0 off: -1 imm: 0 <L15>
	  69: Exit
L15:
	  70: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  71: AddImm dst: r1 imm: 1
	  72: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L13:
	  73: MovImm dst: r0 imm: 0
	  74: Exit
  ; line 5:3
cb1:
	  75: LdXMemDW dst: r6 src: r4 off: 0 imm: 0
	  76: LdXMemDW dst: r9 src: r4 off: 8 imm: 0
	  77: MovReg dst: r7 src: r2
	  78: MovReg dst: r8 src: r3
	  79: StMemDW dst: r9 src: r0 off: 0 imm: 0
	  80: StMemDW dst: r9 src: r0 off: 8 imm: 0
	  81: LdXMemDW dst: r0 src: r7 off: 0 imm: 0
	  82: StXMemDW dst: r9 src: r0 off: 0 imm: 0
	  83: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  84: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  85: StMemDW dst: rfp src: r0 off: -24 imm: 0
L5:
	  86: LdXMemDW dst: r3 src: rfp off: -24 imm: 0
	  87: JGEImm dst: r3 off: -1 imm: 1 <L7>
	  88: LoadMapPtr dst: r1 fd: 0 <m0>
	  90: MovReg dst: r2 src: r7
	  91: Call FnMapLookupPercpuElem
	  92: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  93: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  94: LdXMemDW dst: r2 src: rfp off: -16 imm: 0
	  95: AddReg dst: r2 src: r1
	  96: StXMemDW dst: rfp src: r2 off: -16 imm: 0
L6:
	  97: LdXMemDW dst: r3 src: rfp off: -24 imm: 0
	  98: AddImm dst: r3 imm: 1
	  99: StXMemDW dst: rfp src: r3 off: -24 imm: 0
	 100: Ja off: -1 <L5>
L7:
	 101: LdXMemDW dst: r1 src: rfp off: -32 imm: 0
	 102: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	 103: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	 104: LdXMemDW dst: r0 src: rfp off: -32 imm: 0
	 105: StXMemDW dst: r9 src: r0 off: 8 imm: 0
  ; line 5:20
	 106: LoadMapPtr dst: r1 fd: 0 <events>
	 108: MovImm dst: r2 imm: 24
	 109: MovImm dst: r3 imm: 0
	 110: Call FnRingbufReserve
	 111: JEqImm dst: r0 off: -1 imm: 0 <L8>
	 112: MovReg dst: r7 src: r0
	 113: StMemDW dst: r7 src: r0 off: 0 imm: 0
	 114: LdXMemDW dst: r8 src: r9 off: 0 imm: 0
	 115: StXMemDW dst: r7 src: r8 off: 8 imm: 0
	 116: LdXMemDW dst: r8 src: r9 off: 8 imm: 0
	 117: StXMemDW dst: r7 src: r8 off: 16 imm: 0
	 118: Call FnKtimeGetNs
	 119: MovReg dst: r8 src: r0
	 120: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 121: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 123: MovReg dst: r2 src: rfp
	 124: AddImm dst: r2 imm: -40
	 125: Call FnMapLookupElem
	 126: MovImm dst: r2 imm: 1
	 127: JEqImm dst: r0 off: -1 imm: 0 <L10>
	 128: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 129: AddImm dst: r3 imm: 1000000
	 130: JGTReg dst: r3 off: -1 src: r8 <L10>
	 131: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 132: MovImm dst: r2 imm: 0
L10:
	 133: MovReg dst: r1 src: r7
	 134: Call FnRingbufSubmit
	 135: Ja off: -1 <L9>
L8:
	 136: StMemDW dst: rfp src: r0 off: -48 imm: 1
	 137: LoadMapPtr dst: r1 fd: 0 <lost>
	 139: MovReg dst: r2 src: rfp
	 140: AddImm dst: r2 imm: -48
	 141: Call FnMapLookupElem
	 142: JNEImm dst: r0 off: -1 imm: 0 <L11>
	 143: Exit
L11:
	 144: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 145: AddImm dst: r1 imm: 1
	 146: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L9:
	 147: MovImm dst: r0 imm: 0
	 148: Exit
  ; line 6:3
nop:
	 149: MovImm dst: r0 imm: 0
	 150: Exit

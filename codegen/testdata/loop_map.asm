map m0 @c: PerCPUHash key 8 value 8 entries 4096
map scratch: PerCPUArray value 56
event 0 kind 1 size 24 from tracepoint:syscalls:sys_enter_close
event 1 kind 1 size 16 from tracepoint:syscalls:sys_enter_close
program p0 tracepoint:syscalls:sys_enter_getppid (TracePoint):
  ; line 3:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L4>
  ; line 3:41
	   4: Call FnGetCurrentPidTgid
	   5: MovReg32 dst: r0 src: r0
	   6: MovReg dst: r7 src: r0
	   7: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	   8: LoadMapPtr dst: r1 fd: 0 <m0>
	  10: MovReg dst: r2 src: rfp
	  11: AddImm dst: r2 imm: -8
	  12: Call FnMapLookupElem
	  13: JEqImm dst: r0 off: -1 imm: 0 <L2>
L3:
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
	  36: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  38: MovImm dst: r2 imm: 1
	  39: JNE32Imm dst: r0 off: -1 imm: -7 <L5>
	  40: StXAtomicAddDW dst: r1 src: r2 off: 0
	  41: Ja off: -1 <L4>
L5:
	  42: JNE32Imm dst: r0 off: -1 imm: -12 <L6>
	  43: StXAtomicAddDW dst: r1 src: r2 off: 8
	  44: Ja off: -1 <L4>
L6:
	  45: JNE32Imm dst: r0 off: -1 imm: -16 <L7>
	  46: StXAtomicAddDW dst: r1 src: r2 off: 16
	  47: Ja off: -1 <L4>
L7:
	  48: StXAtomicAddDW dst: r1 src: r2 off: 24
	  49: NegImm32 dst: r0 imm: 0
	  50: StXMemDW dst: r1 src: r0 off: 32 imm: 0
L4:
	  51: MovImm dst: r0 imm: 0
	  52: Exit
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
	  43: MovReg dst: r8 src: r0
	  44: StXMemDW dst: r7 src: r8 off: 8 imm: 0
	  45: Call FnKtimeGetNs
	  46: MovReg dst: r8 src: r0
	  47: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  48: LoadMapPtr dst: r1 fd: 0 <wakeup>
	  50: MovReg dst: r2 src: rfp
	  51: AddImm dst: r2 imm: -8
	  52: Call FnMapLookupElem
	  53: MovImm dst: r2 imm: 1
	  54: JEqImm dst: r0 off: -1 imm: 0 <L14>
	  55: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	  56: AddImm dst: r3 imm: 1000000
	  57: JGTReg dst: r3 off: -1 src: r8 <L14>
	  58: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	  59: MovImm dst: r2 imm: 0
L14:
	  60: MovReg dst: r1 src: r7
	  61: Call FnRingbufSubmit
	  62: Ja off: -1 <L13>
L12:
	  63: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  64: LoadMapPtr dst: r1 fd: 0 <lost>
	  66: MovReg dst: r2 src: rfp
	  67: AddImm dst: r2 imm: -16
	  68: Call FnMapLookupElem
	  69: JNEImm dst: r0 off: -1 imm: 0 <L15>
	  70: Exit
L15:
	  71: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  72: AddImm dst: r1 imm: 1
	  73: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L13:
	  74: MovImm dst: r0 imm: 0
	  75: Exit
  ; line 5:3
cb1:
	  76: LdXMemDW dst: r6 src: r4 off: 0 imm: 0
	  77: LdXMemDW dst: r9 src: r4 off: 8 imm: 0
	  78: MovReg dst: r7 src: r2
	  79: MovReg dst: r8 src: r3
	  80: StMemDW dst: r9 src: r0 off: 0 imm: 0
	  81: StMemDW dst: r9 src: r0 off: 8 imm: 0
	  82: LdXMemDW dst: r0 src: r7 off: 0 imm: 0
	  83: StXMemDW dst: r9 src: r0 off: 0 imm: 0
	  84: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  85: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  86: StMemDW dst: rfp src: r0 off: -24 imm: 0
L5:
	  87: LdXMemDW dst: r3 src: rfp off: -24 imm: 0
	  88: JGEImm dst: r3 off: -1 imm: 1 <L7>
	  89: LoadMapPtr dst: r1 fd: 0 <m0>
	  91: MovReg dst: r2 src: r7
	  92: Call FnMapLookupPercpuElem
	  93: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  94: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  95: LdXMemDW dst: r2 src: rfp off: -16 imm: 0
	  96: AddReg dst: r2 src: r1
	  97: StXMemDW dst: rfp src: r2 off: -16 imm: 0
L6:
	  98: LdXMemDW dst: r3 src: rfp off: -24 imm: 0
	  99: AddImm dst: r3 imm: 1
	 100: StXMemDW dst: rfp src: r3 off: -24 imm: 0
	 101: Ja off: -1 <L5>
L7:
	 102: LdXMemDW dst: r1 src: rfp off: -32 imm: 0
	 103: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	 104: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	 105: LdXMemDW dst: r0 src: rfp off: -32 imm: 0
	 106: StXMemDW dst: r9 src: r0 off: 8 imm: 0
  ; line 5:20
	 107: LoadMapPtr dst: r1 fd: 0 <events>
	 109: MovImm dst: r2 imm: 24
	 110: MovImm dst: r3 imm: 0
	 111: Call FnRingbufReserve
	 112: JEqImm dst: r0 off: -1 imm: 0 <L8>
	 113: MovReg dst: r7 src: r0
	 114: StMemDW dst: r7 src: r0 off: 0 imm: 0
	 115: LdXMemDW dst: r0 src: r9 off: 0 imm: 0
	 116: StXMemDW dst: r9 src: r0 off: 24 imm: 0
	 117: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	 118: StXMemDW dst: r9 src: r0 off: 32 imm: 0
	 119: LdXMemDW dst: r8 src: r9 off: 24 imm: 0
	 120: StXMemDW dst: r7 src: r8 off: 8 imm: 0
	 121: LdXMemDW dst: r0 src: r9 off: 0 imm: 0
	 122: StXMemDW dst: r9 src: r0 off: 40 imm: 0
	 123: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	 124: StXMemDW dst: r9 src: r0 off: 48 imm: 0
	 125: LdXMemDW dst: r8 src: r9 off: 48 imm: 0
	 126: StXMemDW dst: r7 src: r8 off: 16 imm: 0
	 127: Call FnKtimeGetNs
	 128: MovReg dst: r8 src: r0
	 129: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 130: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 132: MovReg dst: r2 src: rfp
	 133: AddImm dst: r2 imm: -40
	 134: Call FnMapLookupElem
	 135: MovImm dst: r2 imm: 1
	 136: JEqImm dst: r0 off: -1 imm: 0 <L10>
	 137: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 138: AddImm dst: r3 imm: 1000000
	 139: JGTReg dst: r3 off: -1 src: r8 <L10>
	 140: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 141: MovImm dst: r2 imm: 0
L10:
	 142: MovReg dst: r1 src: r7
	 143: Call FnRingbufSubmit
	 144: Ja off: -1 <L9>
L8:
	 145: StMemDW dst: rfp src: r0 off: -48 imm: 1
	 146: LoadMapPtr dst: r1 fd: 0 <lost>
	 148: MovReg dst: r2 src: rfp
	 149: AddImm dst: r2 imm: -48
	 150: Call FnMapLookupElem
	 151: JNEImm dst: r0 off: -1 imm: 0 <L11>
	 152: Exit
L11:
	 153: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 154: AddImm dst: r1 imm: 1
	 155: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L9:
	 156: MovImm dst: r0 imm: 0
	 157: Exit
  ; line 6:3
nop:
	 158: MovImm dst: r0 imm: 0
	 159: Exit

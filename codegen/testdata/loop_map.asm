map m0 @c: PerCPUHash key 8 value 8 entries 4096
map scratch: PerCPUArray value 56
event 0 kind 1 size 24 from tracepoint:syscalls:sys_enter_close
event 1 kind 1 size 16 from tracepoint:syscalls:sys_enter_close
program p0 tracepoint:syscalls:sys_enter_getppid (TracePoint):
  ; line 3:1
	   0: MovReg dst: r6 src: r1
  ; line 3:41
	   1: Call FnGetCurrentPidTgid
	   2: MovReg32 dst: r0 src: r0
	   3: MovReg dst: r7 src: r0
	   4: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	   5: LoadMapPtr dst: r1 fd: 0 <m0>
	   7: MovReg dst: r2 src: rfp
	   8: AddImm dst: r2 imm: -8
	   9: Call FnMapLookupElem
	  10: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  11: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  12: AddImm dst: r1 imm: 1
	  13: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  14: Ja off: -1 <L4>
L2:
	  15: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  16: LoadMapPtr dst: r1 fd: 0 <m0>
	  18: MovReg dst: r2 src: rfp
	  19: AddImm dst: r2 imm: -8
	  20: MovReg dst: r3 src: rfp
	  21: AddImm dst: r3 imm: -16
	  22: MovImm dst: r4 imm: 1
	  23: Call FnMapUpdateElem
	  24: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  25: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	  26: LoadMapPtr dst: r1 fd: 0 <m0>
	  28: MovReg dst: r2 src: rfp
	  29: AddImm dst: r2 imm: -8
	  30: Call FnMapLookupElem
	  31: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  32: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	  33: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	  34: JEq32Imm dst: r0 off: -1 imm: -7 <L6>
	  35: JEq32Imm dst: r0 off: -1 imm: -12 <L6>
	  36: JEq32Imm dst: r0 off: -1 imm: -16 <L6>
	  37: StMemDW dst: rfp src: r0 off: -48 imm: 4
	  38: LoadMapPtr dst: r1 fd: 0 <full>
	  40: MovReg dst: r2 src: rfp
	  41: AddImm dst: r2 imm: -48
	  42: Call FnMapLookupElem
	  43: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  44: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	  45: NegImm32 dst: r1 imm: 0
	  46: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L6:
	  47: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	  48: StMemDW dst: rfp src: r0 off: -32 imm: 3
	  49: JNE32Imm dst: r0 off: -1 imm: -7 <L7>
	  50: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  51: Ja off: -1 <L9>
L7:
	  52: JNE32Imm dst: r0 off: -1 imm: -12 <L8>
	  53: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  54: Ja off: -1 <L9>
L8:
	  55: JNE32Imm dst: r0 off: -1 imm: -16 <L9>
	  56: StMemDW dst: rfp src: r0 off: -32 imm: 2
L9:
	  57: LoadMapPtr dst: r1 fd: 0 <full>
	  59: MovReg dst: r2 src: rfp
	  60: AddImm dst: r2 imm: -32
	  61: Call FnMapLookupElem
	  62: JNEImm dst: r0 off: -1 imm: 0 <L10>
	  63: Exit
L10:
	  64: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  65: AddImm dst: r1 imm: 1
	  66: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  67: Ja off: -1 <L4>
L3:
	  68: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  69: AddImm dst: r1 imm: 1
	  70: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L4:
	  71: MovImm dst: r0 imm: 0
	  72: Exit
program p1 tracepoint:syscalls:sys_enter_close (TracePoint):
  ; line 4:1
	   0: MovReg dst: r6 src: r1
	   1: StMemDW dst: rfp src: r0 off: -8 imm: 0
	   2: LoadMapPtr dst: r1 fd: 0 <scratch>
	   4: MovReg dst: r2 src: rfp
	   5: AddImm dst: r2 imm: -8
	   6: Call FnMapLookupElem
	   7: JEqImm dst: r0 off: -1 imm: 0 <L13>
	   8: MovReg dst: r9 src: r0
	   9: StMemDW dst: r9 src: r0 off: 0 imm: 0
	  10: StMemDW dst: r9 src: r0 off: 8 imm: 0
  ; line 5:3
	  11: StMemDW dst: r9 src: r0 off: 16 imm: 0
  ; line 5:20
	  12: LoadMapPtr dst: r1 fd: 0 <m0>
	  14: LdImmDW dst: r2 imm: -1 <cb1>
	  16: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	  17: StXMemDW dst: rfp src: r9 off: -8 imm: 0
	  18: MovReg dst: r3 src: rfp
	  19: AddImm dst: r3 imm: -16
	  20: MovImm dst: r4 imm: 0
	  21: Call FnForEachMapElem
	  22: LdXMemDW dst: r1 src: r9 off: 16 imm: 0
	  23: JNEImm dst: r1 off: -1 imm: 0 <L13>
  ; line 6:3
	  24: LoadMapPtr dst: r1 fd: 0 <events>
	  26: MovImm dst: r2 imm: 16
	  27: MovImm dst: r3 imm: 0
	  28: Call FnRingbufReserve
	  29: JEqImm dst: r0 off: -1 imm: 0 <L12>
	  30: MovReg dst: r7 src: r0
	  31: StMemDW dst: r7 src: r0 off: 0 imm: 1
	  32: LoadMapPtr dst: r1 fd: 0 <m0>
	  34: LdImmDW dst: r2 imm: -1 <nop>
	  36: MovImm dst: r3 imm: 0
	  37: MovImm dst: r4 imm: 0
	  38: Call FnForEachMapElem
	  39: MovReg dst: r8 src: r0
	  40: StXMemDW dst: r7 src: r8 off: 8 imm: 0
	  41: Call FnKtimeGetNs
	  42: MovReg dst: r8 src: r0
	  43: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  44: LoadMapPtr dst: r1 fd: 0 <wakeup>
	  46: MovReg dst: r2 src: rfp
	  47: AddImm dst: r2 imm: -8
	  48: Call FnMapLookupElem
	  49: MovImm dst: r2 imm: 1
	  50: JEqImm dst: r0 off: -1 imm: 0 <L14>
	  51: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	  52: AddImm dst: r3 imm: 1000000
	  53: JGTReg dst: r3 off: -1 src: r8 <L14>
	  54: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	  55: MovImm dst: r2 imm: 0
L14:
	  56: MovReg dst: r1 src: r7
	  57: Call FnRingbufSubmit
	  58: Ja off: -1 <L13>
L12:
	  59: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  60: LoadMapPtr dst: r1 fd: 0 <lost>
	  62: MovReg dst: r2 src: rfp
	  63: AddImm dst: r2 imm: -16
	  64: Call FnMapLookupElem
	  65: JNEImm dst: r0 off: -1 imm: 0 <L15>
	  66: Exit
L15:
	  67: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  68: AddImm dst: r1 imm: 1
	  69: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L13:
	  70: MovImm dst: r0 imm: 0
	  71: Exit
  ; line 5:3
cb1:
	  72: LdXMemDW dst: r6 src: r4 off: 0 imm: 0
	  73: LdXMemDW dst: r9 src: r4 off: 8 imm: 0
	  74: MovReg dst: r7 src: r2
	  75: MovReg dst: r8 src: r3
	  76: StMemDW dst: r9 src: r0 off: 0 imm: 0
	  77: StMemDW dst: r9 src: r0 off: 8 imm: 0
	  78: LdXMemDW dst: r0 src: r7 off: 0 imm: 0
	  79: StXMemDW dst: r9 src: r0 off: 0 imm: 0
	  80: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  81: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  82: StMemDW dst: rfp src: r0 off: -24 imm: 0
L5:
	  83: LdXMemDW dst: r3 src: rfp off: -24 imm: 0
	  84: JGEImm dst: r3 off: -1 imm: 1 <L7>
	  85: LoadMapPtr dst: r1 fd: 0 <m0>
	  87: MovReg dst: r2 src: r7
	  88: Call FnMapLookupPercpuElem
	  89: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  90: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  91: LdXMemDW dst: r2 src: rfp off: -16 imm: 0
	  92: AddReg dst: r2 src: r1
	  93: StXMemDW dst: rfp src: r2 off: -16 imm: 0
L6:
	  94: LdXMemDW dst: r3 src: rfp off: -24 imm: 0
	  95: AddImm dst: r3 imm: 1
	  96: StXMemDW dst: rfp src: r3 off: -24 imm: 0
	  97: Ja off: -1 <L5>
L7:
	  98: LdXMemDW dst: r1 src: rfp off: -32 imm: 0
	  99: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	 100: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	 101: LdXMemDW dst: r0 src: rfp off: -32 imm: 0
	 102: StXMemDW dst: r9 src: r0 off: 8 imm: 0
  ; line 5:20
	 103: LoadMapPtr dst: r1 fd: 0 <events>
	 105: MovImm dst: r2 imm: 24
	 106: MovImm dst: r3 imm: 0
	 107: Call FnRingbufReserve
	 108: JEqImm dst: r0 off: -1 imm: 0 <L8>
	 109: MovReg dst: r7 src: r0
	 110: StMemDW dst: r7 src: r0 off: 0 imm: 0
	 111: LdXMemDW dst: r0 src: r9 off: 0 imm: 0
	 112: StXMemDW dst: r9 src: r0 off: 24 imm: 0
	 113: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	 114: StXMemDW dst: r9 src: r0 off: 32 imm: 0
	 115: LdXMemDW dst: r8 src: r9 off: 24 imm: 0
	 116: StXMemDW dst: r7 src: r8 off: 8 imm: 0
	 117: LdXMemDW dst: r0 src: r9 off: 0 imm: 0
	 118: StXMemDW dst: r9 src: r0 off: 40 imm: 0
	 119: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	 120: StXMemDW dst: r9 src: r0 off: 48 imm: 0
	 121: LdXMemDW dst: r8 src: r9 off: 48 imm: 0
	 122: StXMemDW dst: r7 src: r8 off: 16 imm: 0
	 123: Call FnKtimeGetNs
	 124: MovReg dst: r8 src: r0
	 125: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 126: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 128: MovReg dst: r2 src: rfp
	 129: AddImm dst: r2 imm: -40
	 130: Call FnMapLookupElem
	 131: MovImm dst: r2 imm: 1
	 132: JEqImm dst: r0 off: -1 imm: 0 <L10>
	 133: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 134: AddImm dst: r3 imm: 1000000
	 135: JGTReg dst: r3 off: -1 src: r8 <L10>
	 136: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 137: MovImm dst: r2 imm: 0
L10:
	 138: MovReg dst: r1 src: r7
	 139: Call FnRingbufSubmit
	 140: Ja off: -1 <L9>
L8:
	 141: StMemDW dst: rfp src: r0 off: -48 imm: 1
	 142: LoadMapPtr dst: r1 fd: 0 <lost>
	 144: MovReg dst: r2 src: rfp
	 145: AddImm dst: r2 imm: -48
	 146: Call FnMapLookupElem
	 147: JNEImm dst: r0 off: -1 imm: 0 <L11>
	 148: Exit
L11:
	 149: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 150: AddImm dst: r1 imm: 1
	 151: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L9:
	 152: MovImm dst: r0 imm: 0
	 153: Exit
  ; line 6:3
nop:
	 154: MovImm dst: r0 imm: 0
	 155: Exit

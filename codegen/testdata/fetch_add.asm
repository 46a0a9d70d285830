map m0 @claims: Hash key 8 value 8 entries 4096
map m1 @first: PerCPUArray key 4 value 8 entries 1
program p0 tracepoint:syscalls:sys_enter_getppid (TracePoint):
  ; line 3:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L11>
	   5: StMemDW dst: rfp src: r0 off: -8 imm: 0
  ; line 5:3
	   6: Call FnGetCurrentPidTgid
	   7: MovReg32 dst: r0 src: r0
	   8: MovReg dst: r7 src: r0
	   9: StXMemDW dst: rfp src: r7 off: -16 imm: 0
	  10: LoadMapPtr dst: r1 fd: 0 <m0>
	  12: MovReg dst: r2 src: rfp
	  13: AddImm dst: r2 imm: -16
	  14: Call FnMapLookupElem
	  15: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  16: MovImm dst: r1 imm: 1
	  17: StXAtomicFetchAddDW dst: r0 src: r1 off: 0
	  18: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	  19: Ja off: -1 <L4>
L2:
	  20: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  21: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  22: LoadMapPtr dst: r1 fd: 0 <m0>
	  24: MovReg dst: r2 src: rfp
	  25: AddImm dst: r2 imm: -16
	  26: MovReg dst: r3 src: rfp
	  27: AddImm dst: r3 imm: -32
	  28: MovImm dst: r4 imm: 1
	  29: Call FnMapUpdateElem
	  30: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  31: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	  32: LoadMapPtr dst: r1 fd: 0 <m0>
	  34: MovReg dst: r2 src: rfp
	  35: AddImm dst: r2 imm: -16
	  36: Call FnMapLookupElem
	  37: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  38: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	  39: StXMemDW dst: rfp src: r0 off: -56 imm: 0
	  40: JEq32Imm dst: r0 off: -1 imm: -7 <L6>
	  41: JEq32Imm dst: r0 off: -1 imm: -12 <L6>
	  42: JEq32Imm dst: r0 off: -1 imm: -16 <L6>
	  43: StMemDW dst: rfp src: r0 off: -64 imm: 4
	  44: LoadMapPtr dst: r1 fd: 0 <full>
	  46: MovReg dst: r2 src: rfp
	  47: AddImm dst: r2 imm: -64
	  48: Call FnMapLookupElem
	  49: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  50: LdXMemDW dst: r1 src: rfp off: -56 imm: 0
	  51: NegImm32 dst: r1 imm: 0
	  52: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L6:
	  53: LdXMemDW dst: r0 src: rfp off: -56 imm: 0
	  54: StMemDW dst: rfp src: r0 off: -48 imm: 3
	  55: JNE32Imm dst: r0 off: -1 imm: -7 <L7>
	  56: StMemDW dst: rfp src: r0 off: -48 imm: 0
	  57: Ja off: -1 <L9>
L7:
	  58: JNE32Imm dst: r0 off: -1 imm: -12 <L8>
	  59: StMemDW dst: rfp src: r0 off: -48 imm: 1
	  60: Ja off: -1 <L9>
L8:
	  61: JNE32Imm dst: r0 off: -1 imm: -16 <L9>
	  62: StMemDW dst: rfp src: r0 off: -48 imm: 2
L9:
	  63: LoadMapPtr dst: r1 fd: 0 <full>
	  65: MovReg dst: r2 src: rfp
	  66: AddImm dst: r2 imm: -48
	  67: Call FnMapLookupElem
	  68: JNEImm dst: r0 off: -1 imm: 0 <L10>
	  69: Exit
L10:
	  70: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  71: AddImm dst: r1 imm: 1
	  72: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  73: Ja off: -1 <L4>
L3:
	  74: MovImm dst: r1 imm: 1
	  75: StXAtomicFetchAddDW dst: r0 src: r1 off: 0
	  76: StXMemDW dst: rfp src: r1 off: -24 imm: 0
L4:
	  77: LdXMemDW dst: r7 src: rfp off: -24 imm: 0
	  78: StXMemDW dst: rfp src: r7 off: -8 imm: 0
  ; line 6:3
	  79: LdXMemDW dst: r7 src: rfp off: -8 imm: 0
	  80: JNEImm dst: r7 off: -1 imm: 0 <L11>
  ; line 7:5
	  81: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  82: LoadMapPtr dst: r1 fd: 0 <m1>
	  84: MovReg dst: r2 src: rfp
	  85: AddImm dst: r2 imm: -16
	  86: Call FnMapLookupElem
	  87: JNEImm dst: r0 off: -1 imm: 0 <L13>
	  88: Exit
L13:
	  89: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  90: AddImm dst: r1 imm: 1
	  91: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L11:
	  92: MovImm dst: r0 imm: 0
	  93: Exit

map m0 @bytes: PerCPUHash key 16 value 16 entries 4096
program p0 tracepoint:sock:sock_recv_length (TracePoint):
  ; line 2:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L4>
  ; line 2:35
	   5: LdXMemW dst: r7 src: r6 off: 20 imm: 0
	   6: LShImm dst: r7 imm: 32
	   7: ArShImm dst: r7 imm: 32
	   8: JSLEImm dst: r7 off: -1 imm: 0 <L4>
  ; line 2:52
	   9: LdXMemW dst: r7 src: r6 off: 20 imm: 0
	  10: LShImm dst: r7 imm: 32
	  11: ArShImm dst: r7 imm: 32
	  12: MovReg dst: r1 src: rfp
	  13: AddImm dst: r1 imm: -16
	  14: MovImm dst: r2 imm: 16
	  15: Call FnGetCurrentComm
	  16: LoadMapPtr dst: r1 fd: 0 <m0>
	  18: MovReg dst: r2 src: rfp
	  19: AddImm dst: r2 imm: -16
	  20: Call FnMapLookupElem
	  21: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  22: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  23: AddReg dst: r1 src: r7
	  24: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  25: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  26: AddImm dst: r1 imm: 1
	  27: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	  28: Ja off: -1 <L4>
L2:
	  29: StXMemDW dst: rfp src: r7 off: -32 imm: 0
	  30: StMemDW dst: rfp src: r0 off: -24 imm: 1
	  31: LoadMapPtr dst: r1 fd: 0 <m0>
	  33: MovReg dst: r2 src: rfp
	  34: AddImm dst: r2 imm: -16
	  35: MovReg dst: r3 src: rfp
	  36: AddImm dst: r3 imm: -32
	  37: MovImm dst: r4 imm: 1
	  38: Call FnMapUpdateElem
	  39: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  40: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	  41: LoadMapPtr dst: r1 fd: 0 <m0>
	  43: MovReg dst: r2 src: rfp
	  44: AddImm dst: r2 imm: -16
	  45: Call FnMapLookupElem
	  46: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  47: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	  48: StXMemDW dst: rfp src: r0 off: -56 imm: 0
	  49: JEq32Imm dst: r0 off: -1 imm: -7 <L6>
	  50: JEq32Imm dst: r0 off: -1 imm: -12 <L6>
	  51: JEq32Imm dst: r0 off: -1 imm: -16 <L6>
	  52: StMemDW dst: rfp src: r0 off: -64 imm: 4
	  53: LoadMapPtr dst: r1 fd: 0 <full>
	  55: MovReg dst: r2 src: rfp
	  56: AddImm dst: r2 imm: -64
	  57: Call FnMapLookupElem
	  58: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  59: LdXMemDW dst: r1 src: rfp off: -56 imm: 0
	  60: NegImm32 dst: r1 imm: 0
	  61: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L6:
	  62: LdXMemDW dst: r0 src: rfp off: -56 imm: 0
	  63: StMemDW dst: rfp src: r0 off: -48 imm: 3
	  64: JNE32Imm dst: r0 off: -1 imm: -7 <L7>
	  65: StMemDW dst: rfp src: r0 off: -48 imm: 0
	  66: Ja off: -1 <L9>
L7:
	  67: JNE32Imm dst: r0 off: -1 imm: -12 <L8>
	  68: StMemDW dst: rfp src: r0 off: -48 imm: 1
	  69: Ja off: -1 <L9>
L8:
	  70: JNE32Imm dst: r0 off: -1 imm: -16 <L9>
	  71: StMemDW dst: rfp src: r0 off: -48 imm: 2
L9:
	  72: LoadMapPtr dst: r1 fd: 0 <full>
	  74: MovReg dst: r2 src: rfp
	  75: AddImm dst: r2 imm: -48
	  76: Call FnMapLookupElem
	  77: JNEImm dst: r0 off: -1 imm: 0 <L10>
	  78: Exit
L10:
	  79: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  80: AddImm dst: r1 imm: 1
	  81: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  82: Ja off: -1 <L4>
L3:
	  83: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  84: AddReg dst: r1 src: r7
	  85: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  86: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  87: AddImm dst: r1 imm: 1
	  88: StXMemDW dst: r0 src: r1 off: 8 imm: 0
L4:
	  89: MovImm dst: r0 imm: 0
	  90: Exit

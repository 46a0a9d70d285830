map m0 @bytes: PerCPUHash key 16 value 16 entries 4096
program p0 tracepoint:sock:sock_recv_length (TracePoint):
  ; line 2:1
	   0: MovReg dst: r6 src: r1
  ; line 2:35
	   1: LdXMemW dst: r7 src: r6 off: 20 imm: 0
	   2: LShImm dst: r7 imm: 32
	   3: ArShImm dst: r7 imm: 32
	   4: JSLEImm dst: r7 off: -1 imm: 0 <L4>
  ; line 2:52
	   5: LdXMemW dst: r7 src: r6 off: 20 imm: 0
	   6: LShImm dst: r7 imm: 32
	   7: ArShImm dst: r7 imm: 32
	   8: MovReg dst: r1 src: rfp
	   9: AddImm dst: r1 imm: -16
	  10: MovImm dst: r2 imm: 16
	  11: Call FnGetCurrentComm
	  12: LoadMapPtr dst: r1 fd: 0 <m0>
	  14: MovReg dst: r2 src: rfp
	  15: AddImm dst: r2 imm: -16
	  16: Call FnMapLookupElem
	  17: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  18: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  19: AddReg dst: r1 src: r7
	  20: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  21: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  22: AddImm dst: r1 imm: 1
	  23: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	  24: Ja off: -1 <L4>
L2:
	  25: StXMemDW dst: rfp src: r7 off: -32 imm: 0
	  26: StMemDW dst: rfp src: r0 off: -24 imm: 1
	  27: LoadMapPtr dst: r1 fd: 0 <m0>
	  29: MovReg dst: r2 src: rfp
	  30: AddImm dst: r2 imm: -16
	  31: MovReg dst: r3 src: rfp
	  32: AddImm dst: r3 imm: -32
	  33: MovImm dst: r4 imm: 1
	  34: Call FnMapUpdateElem
	  35: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  36: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	  37: LoadMapPtr dst: r1 fd: 0 <m0>
	  39: MovReg dst: r2 src: rfp
	  40: AddImm dst: r2 imm: -16
	  41: Call FnMapLookupElem
	  42: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  43: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	  44: StXMemDW dst: rfp src: r0 off: -56 imm: 0
	  45: JEq32Imm dst: r0 off: -1 imm: -7 <L6>
	  46: JEq32Imm dst: r0 off: -1 imm: -12 <L6>
	  47: JEq32Imm dst: r0 off: -1 imm: -16 <L6>
	  48: StMemDW dst: rfp src: r0 off: -64 imm: 4
	  49: LoadMapPtr dst: r1 fd: 0 <full>
	  51: MovReg dst: r2 src: rfp
	  52: AddImm dst: r2 imm: -64
	  53: Call FnMapLookupElem
	  54: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  55: LdXMemDW dst: r1 src: rfp off: -56 imm: 0
	  56: NegImm32 dst: r1 imm: 0
	  57: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L6:
	  58: LdXMemDW dst: r0 src: rfp off: -56 imm: 0
	  59: StMemDW dst: rfp src: r0 off: -48 imm: 3
	  60: JNE32Imm dst: r0 off: -1 imm: -7 <L7>
	  61: StMemDW dst: rfp src: r0 off: -48 imm: 0
	  62: Ja off: -1 <L9>
L7:
	  63: JNE32Imm dst: r0 off: -1 imm: -12 <L8>
	  64: StMemDW dst: rfp src: r0 off: -48 imm: 1
	  65: Ja off: -1 <L9>
L8:
	  66: JNE32Imm dst: r0 off: -1 imm: -16 <L9>
	  67: StMemDW dst: rfp src: r0 off: -48 imm: 2
L9:
	  68: LoadMapPtr dst: r1 fd: 0 <full>
	  70: MovReg dst: r2 src: rfp
	  71: AddImm dst: r2 imm: -48
	  72: Call FnMapLookupElem
	  73: JNEImm dst: r0 off: -1 imm: 0 <L10>
	  74: Exit
L10:
	  75: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  76: AddImm dst: r1 imm: 1
	  77: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  78: Ja off: -1 <L4>
L3:
	  79: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  80: AddReg dst: r1 src: r7
	  81: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  82: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  83: AddImm dst: r1 imm: 1
	  84: StXMemDW dst: r0 src: r1 off: 8 imm: 0
L4:
	  85: MovImm dst: r0 imm: 0
	  86: Exit

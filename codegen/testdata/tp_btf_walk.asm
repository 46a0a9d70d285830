map m0 @: PerCPUHash key 24 value 8 entries 4096
program p0 rawtracepoint:net_dev_queue (Tracing):
  ; line 4:1
	   0: MovReg dst: r6 src: r1
  ; line 4:31
	   1: LdXMemDW dst: r7 src: r6 off: 0 imm: 0
	   2: JEqImm dst: r7 off: -1 imm: 0 <L2>
	   3: LdXMemW dst: r7 src: r7 off: 112 imm: 0
	   4: MovReg32 dst: r7 src: r7
L2:
	   5: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	   6: LdXMemDW dst: r7 src: r6 off: 0 imm: 0
	   7: MovReg dst: r3 src: r7
	   8: AddImm dst: r3 imm: 16
	   9: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  10: MovReg dst: r1 src: rfp
	  11: AddImm dst: r1 imm: -32
	  12: MovImm dst: r2 imm: 8
	  13: Call FnProbeReadKernel
	  14: LdXMemDW dst: r7 src: rfp off: -32 imm: 0
	  15: MovReg dst: r3 src: r7
	  16: AddImm dst: r3 imm: 224
	  17: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  18: MovReg dst: r1 src: rfp
	  19: AddImm dst: r1 imm: -40
	  20: MovImm dst: r2 imm: 4
	  21: Call FnProbeReadKernel
	  22: LdXMemDW dst: r7 src: rfp off: -40 imm: 0
	  23: LShImm dst: r7 imm: 32
	  24: ArShImm dst: r7 imm: 32
	  25: StXMemDW dst: rfp src: r7 off: -16 imm: 0
	  26: LdXMemDW dst: r7 src: r6 off: 0 imm: 0
	  27: MovReg dst: r3 src: r7
	  28: AddImm dst: r3 imm: 24
	  29: StMemDW dst: rfp src: r0 off: -48 imm: 0
	  30: MovReg dst: r1 src: rfp
	  31: AddImm dst: r1 imm: -48
	  32: MovImm dst: r2 imm: 8
	  33: Call FnProbeReadKernel
	  34: LdXMemDW dst: r7 src: rfp off: -48 imm: 0
	  35: MovReg dst: r3 src: r7
	  36: AddImm dst: r3 imm: 14
	  37: StMemDW dst: rfp src: r0 off: -56 imm: 0
	  38: MovReg dst: r1 src: rfp
	  39: AddImm dst: r1 imm: -56
	  40: MovImm dst: r2 imm: 2
	  41: Call FnProbeReadKernel
	  42: LdXMemDW dst: r7 src: rfp off: -56 imm: 0
	  43: AndImm dst: r7 imm: 65535
	  44: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	  45: LoadMapPtr dst: r1 fd: 0 <m0>
	  47: MovReg dst: r2 src: rfp
	  48: AddImm dst: r2 imm: -24
	  49: Call FnMapLookupElem
	  50: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  51: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  52: AddImm dst: r1 imm: 1
	  53: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  54: Ja off: -1 <L5>
L3:
	  55: StMemDW dst: rfp src: r0 off: -64 imm: 1
	  56: LoadMapPtr dst: r1 fd: 0 <m0>
	  58: MovReg dst: r2 src: rfp
	  59: AddImm dst: r2 imm: -24
	  60: MovReg dst: r3 src: rfp
	  61: AddImm dst: r3 imm: -64
	  62: MovImm dst: r4 imm: 1
	  63: Call FnMapUpdateElem
	  64: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  65: StXMemDW dst: rfp src: r0 off: -72 imm: 0
	  66: LoadMapPtr dst: r1 fd: 0 <m0>
	  68: MovReg dst: r2 src: rfp
	  69: AddImm dst: r2 imm: -24
	  70: Call FnMapLookupElem
	  71: JNEImm dst: r0 off: -1 imm: 0 <L4>
	  72: LdXMemDW dst: r0 src: rfp off: -72 imm: 0
	  73: StXMemDW dst: rfp src: r0 off: -88 imm: 0
	  74: JEq32Imm dst: r0 off: -1 imm: -7 <L7>
	  75: JEq32Imm dst: r0 off: -1 imm: -12 <L7>
	  76: JEq32Imm dst: r0 off: -1 imm: -16 <L7>
	  77: StMemDW dst: rfp src: r0 off: -96 imm: 4
	  78: LoadMapPtr dst: r1 fd: 0 <full>
	  80: MovReg dst: r2 src: rfp
	  81: AddImm dst: r2 imm: -96
	  82: Call FnMapLookupElem
	  83: JEqImm dst: r0 off: -1 imm: 0 <L7>
	  84: LdXMemDW dst: r1 src: rfp off: -88 imm: 0
	  85: NegImm32 dst: r1 imm: 0
	  86: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L7:
	  87: LdXMemDW dst: r0 src: rfp off: -88 imm: 0
	  88: StMemDW dst: rfp src: r0 off: -80 imm: 3
	  89: JNE32Imm dst: r0 off: -1 imm: -7 <L8>
	  90: StMemDW dst: rfp src: r0 off: -80 imm: 0
	  91: Ja off: -1 <L10>
L8:
	  92: JNE32Imm dst: r0 off: -1 imm: -12 <L9>
	  93: StMemDW dst: rfp src: r0 off: -80 imm: 1
	  94: Ja off: -1 <L10>
L9:
	  95: JNE32Imm dst: r0 off: -1 imm: -16 <L10>
	  96: StMemDW dst: rfp src: r0 off: -80 imm: 2
L10:
	  97: LoadMapPtr dst: r1 fd: 0 <full>
	  99: MovReg dst: r2 src: rfp
	 100: AddImm dst: r2 imm: -80
	 101: Call FnMapLookupElem
	 102: JNEImm dst: r0 off: -1 imm: 0 <L11>
	 103: Exit
L11:
	 104: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 105: AddImm dst: r1 imm: 1
	 106: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 107: Ja off: -1 <L5>
L4:
	 108: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 109: AddImm dst: r1 imm: 1
	 110: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L5:
	 111: MovImm dst: r0 imm: 0
	 112: Exit

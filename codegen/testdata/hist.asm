map m0 @len: PerCPUHash key 8 value 8 entries 4096
program p0 tracepoint:net:netif_receive_skb (TracePoint):
  ; line 2:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L13>
  ; line 2:36
	   5: LdXMemW dst: r7 src: r6 off: 16 imm: 0
	   6: MovReg dst: r1 src: r7
	   7: JEqImm dst: r1 off: -1 imm: 0 <L3>
	   8: MovImm dst: r2 imm: 2
	   9: MovReg dst: r3 src: r1
	  10: RShImm dst: r3 imm: 32
	  11: JEqImm dst: r3 off: -1 imm: 0 <L5>
	  12: MovReg dst: r1 src: r3
	  13: AddImm dst: r2 imm: 32
L5:
	  14: MovReg dst: r3 src: r1
	  15: RShImm dst: r3 imm: 16
	  16: JEqImm dst: r3 off: -1 imm: 0 <L6>
	  17: MovReg dst: r1 src: r3
	  18: AddImm dst: r2 imm: 16
L6:
	  19: MovReg dst: r3 src: r1
	  20: RShImm dst: r3 imm: 8
	  21: JEqImm dst: r3 off: -1 imm: 0 <L7>
	  22: MovReg dst: r1 src: r3
	  23: AddImm dst: r2 imm: 8
L7:
	  24: MovReg dst: r3 src: r1
	  25: RShImm dst: r3 imm: 4
	  26: JEqImm dst: r3 off: -1 imm: 0 <L8>
	  27: MovReg dst: r1 src: r3
	  28: AddImm dst: r2 imm: 4
L8:
	  29: MovReg dst: r3 src: r1
	  30: RShImm dst: r3 imm: 2
	  31: JEqImm dst: r3 off: -1 imm: 0 <L9>
	  32: MovReg dst: r1 src: r3
	  33: AddImm dst: r2 imm: 2
L9:
	  34: MovReg dst: r3 src: r1
	  35: RShImm dst: r3 imm: 1
	  36: JEqImm dst: r3 off: -1 imm: 0 <L10>
	  37: MovReg dst: r1 src: r3
	  38: AddImm dst: r2 imm: 1
L10:
	  39: Ja off: -1 <L4>
L3:
	  40: MovImm dst: r2 imm: 1
L4:
	  41: StXMemDW dst: rfp src: r2 off: -8 imm: 0
	  42: LoadMapPtr dst: r1 fd: 0 <m0>
	  44: MovReg dst: r2 src: rfp
	  45: AddImm dst: r2 imm: -8
	  46: Call FnMapLookupElem
	  47: JEqImm dst: r0 off: -1 imm: 0 <L11>
	  48: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  49: AddImm dst: r1 imm: 1
	  50: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  51: Ja off: -1 <L13>
L11:
	  52: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  53: LoadMapPtr dst: r1 fd: 0 <m0>
	  55: MovReg dst: r2 src: rfp
	  56: AddImm dst: r2 imm: -8
	  57: MovReg dst: r3 src: rfp
	  58: AddImm dst: r3 imm: -16
	  59: MovImm dst: r4 imm: 1
	  60: Call FnMapUpdateElem
	  61: JEqImm dst: r0 off: -1 imm: 0 <L13>
	  62: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	  63: LoadMapPtr dst: r1 fd: 0 <m0>
	  65: MovReg dst: r2 src: rfp
	  66: AddImm dst: r2 imm: -8
	  67: Call FnMapLookupElem
	  68: JNEImm dst: r0 off: -1 imm: 0 <L12>
	  69: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	  70: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	  71: JEq32Imm dst: r0 off: -1 imm: -7 <L15>
	  72: JEq32Imm dst: r0 off: -1 imm: -12 <L15>
	  73: JEq32Imm dst: r0 off: -1 imm: -16 <L15>
	  74: StMemDW dst: rfp src: r0 off: -48 imm: 4
	  75: LoadMapPtr dst: r1 fd: 0 <full>
	  77: MovReg dst: r2 src: rfp
	  78: AddImm dst: r2 imm: -48
	  79: Call FnMapLookupElem
	  80: JEqImm dst: r0 off: -1 imm: 0 <L15>
	  81: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	  82: NegImm32 dst: r1 imm: 0
	  83: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L15:
	  84: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	  85: StMemDW dst: rfp src: r0 off: -32 imm: 3
	  86: JNE32Imm dst: r0 off: -1 imm: -7 <L16>
	  87: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  88: Ja off: -1 <L18>
L16:
	  89: JNE32Imm dst: r0 off: -1 imm: -12 <L17>
	  90: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  91: Ja off: -1 <L18>
L17:
	  92: JNE32Imm dst: r0 off: -1 imm: -16 <L18>
	  93: StMemDW dst: rfp src: r0 off: -32 imm: 2
L18:
	  94: LoadMapPtr dst: r1 fd: 0 <full>
	  96: MovReg dst: r2 src: rfp
	  97: AddImm dst: r2 imm: -32
	  98: Call FnMapLookupElem
	  99: JNEImm dst: r0 off: -1 imm: 0 <L19>
	 100: Exit
L19:
	 101: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 102: AddImm dst: r1 imm: 1
	 103: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 104: Ja off: -1 <L13>
L12:
	 105: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 106: AddImm dst: r1 imm: 1
	 107: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L13:
	 108: MovImm dst: r0 imm: 0
	 109: Exit

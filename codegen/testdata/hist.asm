map m0 @len: PerCPUHash key 8 value 8 entries 4096
program p0 tracepoint:net:netif_receive_skb (TracePoint):
  ; line 2:1
	   0: MovReg dst: r6 src: r1
  ; line 2:36
	   1: LdXMemW dst: r7 src: r6 off: 16 imm: 0
	   2: MovReg dst: r1 src: r7
	   3: JEqImm dst: r1 off: -1 imm: 0 <L3>
	   4: MovImm dst: r2 imm: 2
	   5: MovReg dst: r3 src: r1
	   6: RShImm dst: r3 imm: 32
	   7: JEqImm dst: r3 off: -1 imm: 0 <L5>
	   8: MovReg dst: r1 src: r3
	   9: AddImm dst: r2 imm: 32
L5:
	  10: MovReg dst: r3 src: r1
	  11: RShImm dst: r3 imm: 16
	  12: JEqImm dst: r3 off: -1 imm: 0 <L6>
	  13: MovReg dst: r1 src: r3
	  14: AddImm dst: r2 imm: 16
L6:
	  15: MovReg dst: r3 src: r1
	  16: RShImm dst: r3 imm: 8
	  17: JEqImm dst: r3 off: -1 imm: 0 <L7>
	  18: MovReg dst: r1 src: r3
	  19: AddImm dst: r2 imm: 8
L7:
	  20: MovReg dst: r3 src: r1
	  21: RShImm dst: r3 imm: 4
	  22: JEqImm dst: r3 off: -1 imm: 0 <L8>
	  23: MovReg dst: r1 src: r3
	  24: AddImm dst: r2 imm: 4
L8:
	  25: MovReg dst: r3 src: r1
	  26: RShImm dst: r3 imm: 2
	  27: JEqImm dst: r3 off: -1 imm: 0 <L9>
	  28: MovReg dst: r1 src: r3
	  29: AddImm dst: r2 imm: 2
L9:
	  30: MovReg dst: r3 src: r1
	  31: RShImm dst: r3 imm: 1
	  32: JEqImm dst: r3 off: -1 imm: 0 <L10>
	  33: MovReg dst: r1 src: r3
	  34: AddImm dst: r2 imm: 1
L10:
	  35: Ja off: -1 <L4>
L3:
	  36: MovImm dst: r2 imm: 1
L4:
	  37: StXMemDW dst: rfp src: r2 off: -8 imm: 0
	  38: LoadMapPtr dst: r1 fd: 0 <m0>
	  40: MovReg dst: r2 src: rfp
	  41: AddImm dst: r2 imm: -8
	  42: Call FnMapLookupElem
	  43: JEqImm dst: r0 off: -1 imm: 0 <L11>
	  44: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  45: AddImm dst: r1 imm: 1
	  46: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  47: Ja off: -1 <L13>
L11:
	  48: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  49: LoadMapPtr dst: r1 fd: 0 <m0>
	  51: MovReg dst: r2 src: rfp
	  52: AddImm dst: r2 imm: -8
	  53: MovReg dst: r3 src: rfp
	  54: AddImm dst: r3 imm: -16
	  55: MovImm dst: r4 imm: 1
	  56: Call FnMapUpdateElem
	  57: JEqImm dst: r0 off: -1 imm: 0 <L13>
	  58: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	  59: LoadMapPtr dst: r1 fd: 0 <m0>
	  61: MovReg dst: r2 src: rfp
	  62: AddImm dst: r2 imm: -8
	  63: Call FnMapLookupElem
	  64: JNEImm dst: r0 off: -1 imm: 0 <L12>
	  65: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	  66: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	  67: JEq32Imm dst: r0 off: -1 imm: -7 <L15>
	  68: JEq32Imm dst: r0 off: -1 imm: -12 <L15>
	  69: JEq32Imm dst: r0 off: -1 imm: -16 <L15>
	  70: StMemDW dst: rfp src: r0 off: -48 imm: 4
	  71: LoadMapPtr dst: r1 fd: 0 <full>
	  73: MovReg dst: r2 src: rfp
	  74: AddImm dst: r2 imm: -48
	  75: Call FnMapLookupElem
	  76: JEqImm dst: r0 off: -1 imm: 0 <L15>
	  77: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	  78: NegImm32 dst: r1 imm: 0
	  79: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L15:
	  80: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	  81: StMemDW dst: rfp src: r0 off: -32 imm: 3
	  82: JNE32Imm dst: r0 off: -1 imm: -7 <L16>
	  83: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  84: Ja off: -1 <L18>
L16:
	  85: JNE32Imm dst: r0 off: -1 imm: -12 <L17>
	  86: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  87: Ja off: -1 <L18>
L17:
	  88: JNE32Imm dst: r0 off: -1 imm: -16 <L18>
	  89: StMemDW dst: rfp src: r0 off: -32 imm: 2
L18:
	  90: LoadMapPtr dst: r1 fd: 0 <full>
	  92: MovReg dst: r2 src: rfp
	  93: AddImm dst: r2 imm: -32
	  94: Call FnMapLookupElem
	  95: JNEImm dst: r0 off: -1 imm: 0 <L19>
	  96: Exit
L19:
	  97: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  98: AddImm dst: r1 imm: 1
	  99: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 100: Ja off: -1 <L13>
L12:
	 101: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 102: AddImm dst: r1 imm: 1
	 103: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L13:
	 104: MovImm dst: r0 imm: 0
	 105: Exit

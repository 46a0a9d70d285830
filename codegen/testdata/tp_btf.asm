map m0 @reasons: PerCPUHash key 8 value 8 entries 4096
program p0 rawtracepoint:kfree_skb (Tracing):
  ; line 2:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L4>
  ; line 2:27
	   5: LdXMemDW dst: r7 src: r6 off: 16 imm: 0
	   6: MovReg32 dst: r7 src: r7
	   7: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	   8: LoadMapPtr dst: r1 fd: 0 <m0>
	  10: MovReg dst: r2 src: rfp
	  11: AddImm dst: r2 imm: -8
	  12: Call FnMapLookupElem
	  13: JEqImm dst: r0 off: -1 imm: 0 <L2>
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
	  36: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	  37: JEq32Imm dst: r0 off: -1 imm: -7 <L6>
	  38: JEq32Imm dst: r0 off: -1 imm: -12 <L6>
	  39: JEq32Imm dst: r0 off: -1 imm: -16 <L6>
	  40: StMemDW dst: rfp src: r0 off: -48 imm: 4
	  41: LoadMapPtr dst: r1 fd: 0 <full>
	  43: MovReg dst: r2 src: rfp
	  44: AddImm dst: r2 imm: -48
	  45: Call FnMapLookupElem
	  46: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  47: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	  48: NegImm32 dst: r1 imm: 0
	  49: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L6:
	  50: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	  51: StMemDW dst: rfp src: r0 off: -32 imm: 3
	  52: JNE32Imm dst: r0 off: -1 imm: -7 <L7>
	  53: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  54: Ja off: -1 <L9>
L7:
	  55: JNE32Imm dst: r0 off: -1 imm: -12 <L8>
	  56: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  57: Ja off: -1 <L9>
L8:
	  58: JNE32Imm dst: r0 off: -1 imm: -16 <L9>
	  59: StMemDW dst: rfp src: r0 off: -32 imm: 2
L9:
	  60: LoadMapPtr dst: r1 fd: 0 <full>
	  62: MovReg dst: r2 src: rfp
	  63: AddImm dst: r2 imm: -32
	  64: Call FnMapLookupElem
	  65: JNEImm dst: r0 off: -1 imm: 0 <L10>
	  66: Exit
L10:
	  67: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  68: AddImm dst: r1 imm: 1
	  69: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  70: Ja off: -1 <L4>
L3:
	  71: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  72: AddImm dst: r1 imm: 1
	  73: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L4:
	  74: MovImm dst: r0 imm: 0
	  75: Exit

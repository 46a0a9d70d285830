map m0 @reasons: PerCPUHash key 8 value 8 entries 4096
program p0 rawtracepoint:kfree_skb (Tracing):
  ; line 2:1
	   0: MovReg dst: r6 src: r1
  ; line 2:27
	   1: LdXMemDW dst: r7 src: r6 off: 16 imm: 0
	   2: MovReg32 dst: r7 src: r7
	   3: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	   4: LoadMapPtr dst: r1 fd: 0 <m0>
	   6: MovReg dst: r2 src: rfp
	   7: AddImm dst: r2 imm: -8
	   8: Call FnMapLookupElem
	   9: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  10: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  11: AddImm dst: r1 imm: 1
	  12: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  13: Ja off: -1 <L4>
L2:
	  14: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  15: LoadMapPtr dst: r1 fd: 0 <m0>
	  17: MovReg dst: r2 src: rfp
	  18: AddImm dst: r2 imm: -8
	  19: MovReg dst: r3 src: rfp
	  20: AddImm dst: r3 imm: -16
	  21: MovImm dst: r4 imm: 1
	  22: Call FnMapUpdateElem
	  23: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  24: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	  25: LoadMapPtr dst: r1 fd: 0 <m0>
	  27: MovReg dst: r2 src: rfp
	  28: AddImm dst: r2 imm: -8
	  29: Call FnMapLookupElem
	  30: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  31: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	  32: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	  33: JEq32Imm dst: r0 off: -1 imm: -7 <L6>
	  34: JEq32Imm dst: r0 off: -1 imm: -12 <L6>
	  35: JEq32Imm dst: r0 off: -1 imm: -16 <L6>
	  36: StMemDW dst: rfp src: r0 off: -48 imm: 4
	  37: LoadMapPtr dst: r1 fd: 0 <full>
	  39: MovReg dst: r2 src: rfp
	  40: AddImm dst: r2 imm: -48
	  41: Call FnMapLookupElem
	  42: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  43: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	  44: NegImm32 dst: r1 imm: 0
	  45: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L6:
	  46: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	  47: StMemDW dst: rfp src: r0 off: -32 imm: 3
	  48: JNE32Imm dst: r0 off: -1 imm: -7 <L7>
	  49: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  50: Ja off: -1 <L9>
L7:
	  51: JNE32Imm dst: r0 off: -1 imm: -12 <L8>
	  52: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  53: Ja off: -1 <L9>
L8:
	  54: JNE32Imm dst: r0 off: -1 imm: -16 <L9>
	  55: StMemDW dst: rfp src: r0 off: -32 imm: 2
L9:
	  56: LoadMapPtr dst: r1 fd: 0 <full>
	  58: MovReg dst: r2 src: rfp
	  59: AddImm dst: r2 imm: -32
	  60: Call FnMapLookupElem
	  61: JNEImm dst: r0 off: -1 imm: 0 <L10>
	  62: Exit
L10:
	  63: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  64: AddImm dst: r1 imm: 1
	  65: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  66: Ja off: -1 <L4>
L3:
	  67: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  68: AddImm dst: r1 imm: 1
	  69: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L4:
	  70: MovImm dst: r0 imm: 0
	  71: Exit

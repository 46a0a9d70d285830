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
	  32: StMemDW dst: rfp src: r0 off: -32 imm: 3
	  33: JNEImm dst: r0 off: -1 imm: -7 <L6>
	  34: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  35: Ja off: -1 <L8>
L6:
	  36: JNEImm dst: r0 off: -1 imm: -12 <L7>
	  37: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  38: Ja off: -1 <L8>
L7:
	  39: JNEImm dst: r0 off: -1 imm: -16 <L8>
	  40: StMemDW dst: rfp src: r0 off: -32 imm: 2
L8:
	  41: LoadMapPtr dst: r1 fd: 0 <full>
	  43: MovReg dst: r2 src: rfp
	  44: AddImm dst: r2 imm: -32
	  45: Call FnMapLookupElem
	  46: JNEImm dst: r0 off: -1 imm: 0 <L9>
	  47: Exit
L9:
	  48: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  49: AddImm dst: r1 imm: 1
	  50: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  51: Ja off: -1 <L4>
L3:
	  52: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  53: AddImm dst: r1 imm: 1
	  54: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L4:
	  55: MovImm dst: r0 imm: 0
	  56: Exit

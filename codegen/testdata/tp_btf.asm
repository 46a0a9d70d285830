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
	  24: LoadMapPtr dst: r1 fd: 0 <m0>
	  26: MovReg dst: r2 src: rfp
	  27: AddImm dst: r2 imm: -8
	  28: Call FnMapLookupElem
	  29: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  30: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  31: LoadMapPtr dst: r1 fd: 0 <full>
	  33: MovReg dst: r2 src: rfp
	  34: AddImm dst: r2 imm: -24
	  35: Call FnMapLookupElem
	  36: JNEImm dst: r0 off: -1 imm: 0 <L5>
	  37: Exit
L5:
	  38: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  39: AddImm dst: r1 imm: 1
	  40: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  41: Ja off: -1 <L4>
L3:
	  42: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  43: AddImm dst: r1 imm: 1
	  44: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L4:
	  45: MovImm dst: r0 imm: 0
	  46: Exit

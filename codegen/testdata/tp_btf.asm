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
	   9: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  10: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  11: MovReg dst: r0 src: rfp
	  12: AddImm dst: r0 imm: -16
	  13: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  14: AddImm dst: r1 imm: 1
	  15: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  16: LoadMapPtr dst: r1 fd: 0 <m0>
	  18: MovReg dst: r2 src: rfp
	  19: AddImm dst: r2 imm: -8
	  20: MovReg dst: r3 src: rfp
	  21: AddImm dst: r3 imm: -16
	  22: MovImm dst: r4 imm: 1
	  23: Call FnMapUpdateElem
	  24: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  25: LoadMapPtr dst: r1 fd: 0 <m0>
	  27: MovReg dst: r2 src: rfp
	  28: AddImm dst: r2 imm: -8
	  29: Call FnMapLookupElem
	  30: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  31: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  32: LoadMapPtr dst: r1 fd: 0 <full>
	  34: MovReg dst: r2 src: rfp
	  35: AddImm dst: r2 imm: -24
	  36: Call FnMapLookupElem
	  37: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  38: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  39: AddImm dst: r1 imm: 1
	  40: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L4:
	  41: Ja off: -1 <L2>
L3:
	  42: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  43: AddImm dst: r1 imm: 1
	  44: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L2:
	  45: MovImm dst: r0 imm: 0
	  46: Exit

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
	  14: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  15: MovReg dst: r0 src: rfp
	  16: AddImm dst: r0 imm: -16
	  17: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  18: AddImm dst: r1 imm: 1
	  19: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  20: LoadMapPtr dst: r1 fd: 0 <m0>
	  22: MovReg dst: r2 src: rfp
	  23: AddImm dst: r2 imm: -8
	  24: MovReg dst: r3 src: rfp
	  25: AddImm dst: r3 imm: -16
	  26: MovImm dst: r4 imm: 1
	  27: Call FnMapUpdateElem
	  28: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  29: LoadMapPtr dst: r1 fd: 0 <m0>
	  31: MovReg dst: r2 src: rfp
	  32: AddImm dst: r2 imm: -8
	  33: Call FnMapLookupElem
	  34: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  35: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  36: LoadMapPtr dst: r1 fd: 0 <full>
	  38: MovReg dst: r2 src: rfp
	  39: AddImm dst: r2 imm: -24
	  40: Call FnMapLookupElem
	  41: JNEImm dst: r0 off: -1 imm: 0 <L5>
	  42: Exit
L5:
	  43: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  44: AddImm dst: r1 imm: 1
	  45: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  46: Ja off: -1 <L4>
L3:
	  47: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  48: AddImm dst: r1 imm: 1
	  49: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L4:
	  50: MovImm dst: r0 imm: 0
	  51: Exit

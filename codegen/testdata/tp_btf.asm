map m0 @reasons: PerCPUHash key 8 value 8 entries 4096
program p0 rawtracepoint:kfree_skb (Tracing):
  ; line 2:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L4>
  ; line 2:27
	   4: LdXMemDW dst: r7 src: r1 off: 16 imm: 0
	   5: MovReg32 dst: r7 src: r7
	   6: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	   7: LoadMapPtr dst: r1 fd: 0 <m0>
	   9: MovReg dst: r2 src: rfp
	  10: AddImm dst: r2 imm: -8
	  11: Call FnMapLookupElem
	  12: JEqImm dst: r0 off: -1 imm: 0 <L2>
L3:
	  13: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  14: AddImm dst: r1 imm: 1
	  15: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  16: Ja off: -1 <L4>
L2:
	  17: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  18: LoadMapPtr dst: r1 fd: 0 <m0>
	  20: MovReg dst: r2 src: rfp
	  21: AddImm dst: r2 imm: -8
	  22: MovReg dst: r3 src: rfp
	  23: AddImm dst: r3 imm: -16
	  24: MovImm dst: r4 imm: 1
	  25: Call FnMapUpdateElem
	  26: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  27: MovReg dst: r7 src: r0
	  28: LoadMapPtr dst: r1 fd: 0 <m0>
	  30: MovReg dst: r2 src: rfp
	  31: AddImm dst: r2 imm: -8
	  32: Call FnMapLookupElem
	  33: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  34: NegImm32 dst: r7 imm: 0
	  35: JLTImm dst: r7 off: -1 imm: 128 <L5>
	  36: MovImm dst: r7 imm: 127
L5:
	  37: LShImm dst: r7 imm: 3
	  38: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  40: AddReg dst: r1 src: r7
	  41: MovImm dst: r2 imm: 1
	  42: StXAtomicAddDW dst: r1 src: r2 off: 0
L4:
	  43: MovImm dst: r0 imm: 0
	  44: Exit

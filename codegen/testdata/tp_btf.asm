map m0 @reasons: PerCPUHash key 8 value 8 entries 4096
program p0 rawtracepoint:kfree_skb (RawTracepoint):
  ; line 2:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L5>
  ; line 2:27
	   4: LdXMemDW dst: r7 src: r1 off: 16 imm: 0
	   5: MovReg32 dst: r7 src: r7
	   6: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	   7: MovImm dst: r7 imm: 0
L2:
	   8: LoadMapPtr dst: r1 fd: 0 <m0>
	  10: MovReg dst: r2 src: rfp
	  11: AddImm dst: r2 imm: -8
	  12: Call FnMapLookupElem
	  13: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  14: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  15: AddImm dst: r1 imm: 1
	  16: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  17: Ja off: -1 <L5>
L3:
	  18: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  19: LoadMapPtr dst: r1 fd: 0 <m0>
	  21: MovReg dst: r2 src: rfp
	  22: AddImm dst: r2 imm: -8
	  23: MovReg dst: r3 src: rfp
	  24: AddImm dst: r3 imm: -16
	  25: MovImm dst: r4 imm: 1
	  26: Call FnMapUpdateElem
	  27: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  28: JNEImm dst: r7 off: -1 imm: 0 <L4>
	  29: MovImm dst: r7 imm: 1
	  30: Ja off: -1 <L2>
L4:
	  31: NegImm32 dst: r0 imm: 0
	  32: JLTImm dst: r0 off: -1 imm: 128 <L6>
	  33: MovImm dst: r0 imm: 127
L6:
	  34: LShImm dst: r0 imm: 3
	  35: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  37: AddReg dst: r1 src: r0
	  38: MovImm dst: r2 imm: 1
	  39: StXAtomicAddDW dst: r1 src: r2 off: 0
L5:
	  40: MovImm dst: r0 imm: 0
	  41: Exit

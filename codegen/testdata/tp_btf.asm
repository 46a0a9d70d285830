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
L3:
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
	  36: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  38: MovImm dst: r2 imm: 1
	  39: JNE32Imm dst: r0 off: -1 imm: -7 <L5>
	  40: StXAtomicAddDW dst: r1 src: r2 off: 0
	  41: Ja off: -1 <L4>
L5:
	  42: JNE32Imm dst: r0 off: -1 imm: -12 <L6>
	  43: StXAtomicAddDW dst: r1 src: r2 off: 8
	  44: Ja off: -1 <L4>
L6:
	  45: JNE32Imm dst: r0 off: -1 imm: -16 <L7>
	  46: StXAtomicAddDW dst: r1 src: r2 off: 16
	  47: Ja off: -1 <L4>
L7:
	  48: StXAtomicAddDW dst: r1 src: r2 off: 24
	  49: NegImm32 dst: r0 imm: 0
	  50: StXMemDW dst: r1 src: r0 off: 32 imm: 0
L4:
	  51: MovImm dst: r0 imm: 0
	  52: Exit

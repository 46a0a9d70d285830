map m0 @: PerCPUHash key 16 value 8 entries 4096
program p0 software:page-faults:100 (PerfEvent):
  ; line 3:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L4>
  ; line 3:28
	   5: MovReg dst: r1 src: rfp
	   6: AddImm dst: r1 imm: -16
	   7: MovImm dst: r2 imm: 16
	   8: Call FnGetCurrentComm
	   9: LoadMapPtr dst: r1 fd: 0 <m0>
	  11: MovReg dst: r2 src: rfp
	  12: AddImm dst: r2 imm: -16
	  13: Call FnMapLookupElem
	  14: JEqImm dst: r0 off: -1 imm: 0 <L2>
L3:
	  15: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  16: AddImm dst: r1 imm: 1
	  17: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  18: Ja off: -1 <L4>
L2:
	  19: StMemDW dst: rfp src: r0 off: -24 imm: 1
	  20: LoadMapPtr dst: r1 fd: 0 <m0>
	  22: MovReg dst: r2 src: rfp
	  23: AddImm dst: r2 imm: -16
	  24: MovReg dst: r3 src: rfp
	  25: AddImm dst: r3 imm: -24
	  26: MovImm dst: r4 imm: 1
	  27: Call FnMapUpdateElem
	  28: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  29: StXMemDW dst: rfp src: r0 off: -32 imm: 0
	  30: LoadMapPtr dst: r1 fd: 0 <m0>
	  32: MovReg dst: r2 src: rfp
	  33: AddImm dst: r2 imm: -16
	  34: Call FnMapLookupElem
	  35: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  36: LdXMemDW dst: r0 src: rfp off: -32 imm: 0
	  37: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  39: MovImm dst: r2 imm: 1
	  40: JNE32Imm dst: r0 off: -1 imm: -7 <L5>
	  41: StXAtomicAddDW dst: r1 src: r2 off: 0
	  42: Ja off: -1 <L4>
L5:
	  43: JNE32Imm dst: r0 off: -1 imm: -12 <L6>
	  44: StXAtomicAddDW dst: r1 src: r2 off: 8
	  45: Ja off: -1 <L4>
L6:
	  46: JNE32Imm dst: r0 off: -1 imm: -16 <L7>
	  47: StXAtomicAddDW dst: r1 src: r2 off: 16
	  48: Ja off: -1 <L4>
L7:
	  49: StXAtomicAddDW dst: r1 src: r2 off: 24
	  50: NegImm32 dst: r0 imm: 0
	  51: StXMemDW dst: r1 src: r0 off: 32 imm: 0
L4:
	  52: MovImm dst: r0 imm: 0
	  53: Exit

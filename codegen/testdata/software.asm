map m0 @: PerCPUHash key 16 value 8 entries 4096
program p0 software:page-faults:100 (PerfEvent):
  ; line 3:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L5>
  ; line 3:28
	   4: MovReg dst: r1 src: rfp
	   5: AddImm dst: r1 imm: -16
	   6: MovImm dst: r2 imm: 16
	   7: Call FnGetCurrentComm
	   8: MovImm dst: r7 imm: 0
L2:
	   9: LoadMapPtr dst: r1 fd: 0 <m0>
	  11: MovReg dst: r2 src: rfp
	  12: AddImm dst: r2 imm: -16
	  13: Call FnMapLookupElem
	  14: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  15: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  16: AddImm dst: r1 imm: 1
	  17: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  18: Ja off: -1 <L5>
L3:
	  19: StMemDW dst: rfp src: r0 off: -24 imm: 1
	  20: LoadMapPtr dst: r1 fd: 0 <m0>
	  22: MovReg dst: r2 src: rfp
	  23: AddImm dst: r2 imm: -16
	  24: MovReg dst: r3 src: rfp
	  25: AddImm dst: r3 imm: -24
	  26: MovImm dst: r4 imm: 1
	  27: Call FnMapUpdateElem
	  28: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  29: JNEImm dst: r7 off: -1 imm: 0 <L4>
	  30: MovImm dst: r7 imm: 1
	  31: Ja off: -1 <L2>
L4:
	  32: NegImm32 dst: r0 imm: 0
	  33: JLTImm dst: r0 off: -1 imm: 128 <L6>
	  34: MovImm dst: r0 imm: 127
L6:
	  35: LShImm dst: r0 imm: 3
	  36: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  38: AddReg dst: r1 src: r0
	  39: MovImm dst: r2 imm: 1
	  40: StXAtomicAddDW dst: r1 src: r2 off: 0
L5:
	  41: MovImm dst: r0 imm: 0
	  42: Exit

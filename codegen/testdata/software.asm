map m0 @: PerCPUHash key 16 value 8 entries 4096
program p0 software:page-faults:100 (PerfEvent):
  ; line 3:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L4>
  ; line 3:28
	   4: MovReg dst: r1 src: rfp
	   5: AddImm dst: r1 imm: -16
	   6: MovImm dst: r2 imm: 16
	   7: Call FnGetCurrentComm
	   8: LoadMapPtr dst: r1 fd: 0 <m0>
	  10: MovReg dst: r2 src: rfp
	  11: AddImm dst: r2 imm: -16
	  12: Call FnMapLookupElem
	  13: JEqImm dst: r0 off: -1 imm: 0 <L2>
L3:
	  14: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  15: AddImm dst: r1 imm: 1
	  16: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  17: Ja off: -1 <L4>
L2:
	  18: StMemDW dst: rfp src: r0 off: -24 imm: 1
	  19: LoadMapPtr dst: r1 fd: 0 <m0>
	  21: MovReg dst: r2 src: rfp
	  22: AddImm dst: r2 imm: -16
	  23: MovReg dst: r3 src: rfp
	  24: AddImm dst: r3 imm: -24
	  25: MovImm dst: r4 imm: 1
	  26: Call FnMapUpdateElem
	  27: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  28: MovReg dst: r7 src: r0
	  29: LoadMapPtr dst: r1 fd: 0 <m0>
	  31: MovReg dst: r2 src: rfp
	  32: AddImm dst: r2 imm: -16
	  33: Call FnMapLookupElem
	  34: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  35: NegImm32 dst: r7 imm: 0
	  36: JLTImm dst: r7 off: -1 imm: 128 <L5>
	  37: MovImm dst: r7 imm: 127
L5:
	  38: LShImm dst: r7 imm: 3
	  39: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  41: AddReg dst: r1 src: r7
	  42: MovImm dst: r2 imm: 1
	  43: StXAtomicAddDW dst: r1 src: r2 off: 0
L4:
	  44: MovImm dst: r0 imm: 0
	  45: Exit

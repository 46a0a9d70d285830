map m0 @bytes: PerCPUHash key 16 value 16 entries 4096
program p0 tracepoint:sock:sock_recv_length (TracePoint):
	  0: MovReg dst: r6 src: r1
	  1: LdXMemW dst: r7 src: r6 off: 20 imm: 0
	  2: LShImm dst: r7 imm: 32
	  3: ArShImm dst: r7 imm: 32
	  4: MovImm dst: r8 imm: 0
	  5: JSGTReg dst: r7 off: -1 src: r8 <L2>
	  6: MovImm dst: r0 imm: 0
	  7: Ja off: -1 <L3>
L2:
	  8: MovImm dst: r0 imm: 1
L3:
	  9: MovReg dst: r7 src: r0
	 10: JEqImm dst: r7 off: -1 imm: 0 <L4>
	 11: LdXMemW dst: r7 src: r6 off: 20 imm: 0
	 12: LShImm dst: r7 imm: 32
	 13: ArShImm dst: r7 imm: 32
	 14: MovReg dst: r1 src: rfp
	 15: AddImm dst: r1 imm: -16
	 16: MovImm dst: r2 imm: 16
	 17: Call FnGetCurrentComm
	 18: LoadMapPtr dst: r1 fd: 0 <m0>
	 20: MovReg dst: r2 src: rfp
	 21: AddImm dst: r2 imm: -16
	 22: Call FnMapLookupElem
	 23: JNEImm dst: r0 off: -1 imm: 0 <L5>
	 24: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 25: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 26: MovReg dst: r0 src: rfp
	 27: AddImm dst: r0 imm: -32
	 28: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 29: AddReg dst: r1 src: r7
	 30: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 31: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	 32: AddImm dst: r1 imm: 1
	 33: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	 34: LoadMapPtr dst: r1 fd: 0 <m0>
	 36: MovReg dst: r2 src: rfp
	 37: AddImm dst: r2 imm: -16
	 38: MovReg dst: r3 src: rfp
	 39: AddImm dst: r3 imm: -32
	 40: MovImm dst: r4 imm: 1
	 41: Call FnMapUpdateElem
	 42: JEqImm dst: r0 off: -1 imm: 0 <L4>
	 43: LoadMapPtr dst: r1 fd: 0 <m0>
	 45: MovReg dst: r2 src: rfp
	 46: AddImm dst: r2 imm: -16
	 47: Call FnMapLookupElem
	 48: JEqImm dst: r0 off: -1 imm: 0 <L4>
L5:
	 49: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 50: AddReg dst: r1 src: r7
	 51: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 52: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	 53: AddImm dst: r1 imm: 1
	 54: StXMemDW dst: r0 src: r1 off: 8 imm: 0
L4:
	 55: MovImm dst: r0 imm: 0
	 56: Exit

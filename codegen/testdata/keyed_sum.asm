map m0 @bytes: PerCPUHash key 16 value 16 entries 4096
program p0 tracepoint:sock:sock_recv_length (TracePoint):
  ; line 2:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L5>
  ; line 2:35
	   4: LdXMemW dst: r7 src: r1 off: 20 imm: 0
	   5: LShImm dst: r7 imm: 32
	   6: ArShImm dst: r7 imm: 32
	   7: JSLEImm dst: r7 off: -1 imm: 0 <L5>
  ; line 2:52
	   8: LdXMemW dst: r7 src: r1 off: 20 imm: 0
	   9: LShImm dst: r7 imm: 32
	  10: ArShImm dst: r7 imm: 32
	  11: MovReg dst: r1 src: rfp
	  12: AddImm dst: r1 imm: -16
	  13: MovImm dst: r2 imm: 16
	  14: Call FnGetCurrentComm
	  15: MovImm dst: r8 imm: 0
L2:
	  16: LoadMapPtr dst: r1 fd: 0 <m0>
	  18: MovReg dst: r2 src: rfp
	  19: AddImm dst: r2 imm: -16
	  20: Call FnMapLookupElem
	  21: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  22: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  23: AddReg dst: r1 src: r7
	  24: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  25: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  26: AddImm dst: r1 imm: 1
	  27: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	  28: Ja off: -1 <L5>
L3:
	  29: StXMemDW dst: rfp src: r7 off: -32 imm: 0
	  30: StMemDW dst: rfp src: r0 off: -24 imm: 1
	  31: LoadMapPtr dst: r1 fd: 0 <m0>
	  33: MovReg dst: r2 src: rfp
	  34: AddImm dst: r2 imm: -16
	  35: MovReg dst: r3 src: rfp
	  36: AddImm dst: r3 imm: -32
	  37: MovImm dst: r4 imm: 1
	  38: Call FnMapUpdateElem
	  39: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  40: JNEImm dst: r8 off: -1 imm: 0 <L4>
	  41: MovImm dst: r8 imm: 1
	  42: Ja off: -1 <L2>
L4:
	  43: NegImm32 dst: r0 imm: 0
	  44: JLTImm dst: r0 off: -1 imm: 128 <L6>
	  45: MovImm dst: r0 imm: 127
L6:
	  46: LShImm dst: r0 imm: 3
	  47: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  49: AddReg dst: r1 src: r0
	  50: MovImm dst: r2 imm: 1
	  51: StXAtomicAddDW dst: r1 src: r2 off: 0
L5:
	  52: MovImm dst: r0 imm: 0
	  53: Exit

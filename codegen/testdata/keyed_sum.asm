map m0 @bytes: PerCPUHash key 16 value 16 entries 4096
program p0 tracepoint:sock:sock_recv_length (TracePoint):
  ; line 2:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L4>
  ; line 2:35
	   4: LdXMemW dst: r7 src: r1 off: 20 imm: 0
	   5: LShImm dst: r7 imm: 32
	   6: ArShImm dst: r7 imm: 32
	   7: JSLEImm dst: r7 off: -1 imm: 0 <L4>
  ; line 2:52
	   8: LdXMemW dst: r7 src: r1 off: 20 imm: 0
	   9: LShImm dst: r7 imm: 32
	  10: ArShImm dst: r7 imm: 32
	  11: MovReg dst: r1 src: rfp
	  12: AddImm dst: r1 imm: -16
	  13: MovImm dst: r2 imm: 16
	  14: Call FnGetCurrentComm
	  15: LoadMapPtr dst: r1 fd: 0 <m0>
	  17: MovReg dst: r2 src: rfp
	  18: AddImm dst: r2 imm: -16
	  19: Call FnMapLookupElem
	  20: JEqImm dst: r0 off: -1 imm: 0 <L2>
L3:
	  21: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  22: AddReg dst: r1 src: r7
	  23: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  24: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  25: AddImm dst: r1 imm: 1
	  26: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	  27: Ja off: -1 <L4>
L2:
	  28: StXMemDW dst: rfp src: r7 off: -32 imm: 0
	  29: StMemDW dst: rfp src: r0 off: -24 imm: 1
	  30: LoadMapPtr dst: r1 fd: 0 <m0>
	  32: MovReg dst: r2 src: rfp
	  33: AddImm dst: r2 imm: -16
	  34: MovReg dst: r3 src: rfp
	  35: AddImm dst: r3 imm: -32
	  36: MovImm dst: r4 imm: 1
	  37: Call FnMapUpdateElem
	  38: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  39: MovReg dst: r8 src: r0
	  40: LoadMapPtr dst: r1 fd: 0 <m0>
	  42: MovReg dst: r2 src: rfp
	  43: AddImm dst: r2 imm: -16
	  44: Call FnMapLookupElem
	  45: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  46: NegImm32 dst: r8 imm: 0
	  47: JLTImm dst: r8 off: -1 imm: 128 <L5>
	  48: MovImm dst: r8 imm: 127
L5:
	  49: LShImm dst: r8 imm: 3
	  50: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  52: AddReg dst: r1 src: r8
	  53: MovImm dst: r2 imm: 1
	  54: StXAtomicAddDW dst: r1 src: r2 off: 0
L4:
	  55: MovImm dst: r0 imm: 0
	  56: Exit

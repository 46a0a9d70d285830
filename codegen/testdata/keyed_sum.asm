map m0 @bytes: PerCPUHash key 16 value 16 entries 4096
program p0 tracepoint:sock:sock_recv_length (TracePoint):
  ; line 2:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L5>
  ; line 2:35
	   5: LdXMemW dst: r7 src: r6 off: 20 imm: 0
	   6: LShImm dst: r7 imm: 32
	   7: ArShImm dst: r7 imm: 32
	   8: JSLEImm dst: r7 off: -1 imm: 0 <L5>
  ; line 2:52
	   9: LdXMemW dst: r7 src: r6 off: 20 imm: 0
	  10: LShImm dst: r7 imm: 32
	  11: ArShImm dst: r7 imm: 32
	  12: MovReg dst: r1 src: rfp
	  13: AddImm dst: r1 imm: -16
	  14: MovImm dst: r2 imm: 16
	  15: Call FnGetCurrentComm
	  16: MovImm dst: r8 imm: 0
L2:
	  17: LoadMapPtr dst: r1 fd: 0 <m0>
	  19: MovReg dst: r2 src: rfp
	  20: AddImm dst: r2 imm: -16
	  21: Call FnMapLookupElem
	  22: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  23: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  24: AddReg dst: r1 src: r7
	  25: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  26: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  27: AddImm dst: r1 imm: 1
	  28: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	  29: Ja off: -1 <L5>
L3:
	  30: JNEImm dst: r8 off: -1 imm: 0 <L4>
	  31: StXMemDW dst: rfp src: r7 off: -32 imm: 0
	  32: StMemDW dst: rfp src: r0 off: -24 imm: 1
	  33: LoadMapPtr dst: r1 fd: 0 <m0>
	  35: MovReg dst: r2 src: rfp
	  36: AddImm dst: r2 imm: -16
	  37: MovReg dst: r3 src: rfp
	  38: AddImm dst: r3 imm: -32
	  39: MovImm dst: r4 imm: 1
	  40: Call FnMapUpdateElem
	  41: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  42: OrImm dst: r0 imm: -2147483648
	  43: MovReg dst: r8 src: r0
	  44: Ja off: -1 <L2>
L4:
	  45: NegImm32 dst: r8 imm: 0
	  46: JLTImm dst: r8 off: -1 imm: 128 <L6>
	  47: MovImm dst: r8 imm: 127
L6:
	  48: LShImm dst: r8 imm: 3
	  49: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  51: AddReg dst: r1 src: r8
	  52: MovImm dst: r2 imm: 1
	  53: StXAtomicAddDW dst: r1 src: r2 off: 0
L5:
	  54: MovImm dst: r0 imm: 0
	  55: Exit

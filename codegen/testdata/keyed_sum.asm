map m0 @bytes: PerCPUHash key 16 value 16 entries 4096
program p0 tracepoint:sock:sock_recv_length (TracePoint):
  ; line 2:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L4>
  ; line 2:35
	   5: LdXMemW dst: r7 src: r6 off: 20 imm: 0
	   6: LShImm dst: r7 imm: 32
	   7: ArShImm dst: r7 imm: 32
	   8: JSLEImm dst: r7 off: -1 imm: 0 <L4>
  ; line 2:52
	   9: LdXMemW dst: r7 src: r6 off: 20 imm: 0
	  10: LShImm dst: r7 imm: 32
	  11: ArShImm dst: r7 imm: 32
	  12: MovReg dst: r1 src: rfp
	  13: AddImm dst: r1 imm: -16
	  14: MovImm dst: r2 imm: 16
	  15: Call FnGetCurrentComm
	  16: LoadMapPtr dst: r1 fd: 0 <m0>
	  18: MovReg dst: r2 src: rfp
	  19: AddImm dst: r2 imm: -16
	  20: Call FnMapLookupElem
	  21: JEqImm dst: r0 off: -1 imm: 0 <L2>
L3:
	  22: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  23: AddReg dst: r1 src: r7
	  24: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  25: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  26: AddImm dst: r1 imm: 1
	  27: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	  28: Ja off: -1 <L4>
L2:
	  29: StXMemDW dst: rfp src: r7 off: -32 imm: 0
	  30: StMemDW dst: rfp src: r0 off: -24 imm: 1
	  31: LoadMapPtr dst: r1 fd: 0 <m0>
	  33: MovReg dst: r2 src: rfp
	  34: AddImm dst: r2 imm: -16
	  35: MovReg dst: r3 src: rfp
	  36: AddImm dst: r3 imm: -32
	  37: MovImm dst: r4 imm: 1
	  38: Call FnMapUpdateElem
	  39: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  40: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	  41: LoadMapPtr dst: r1 fd: 0 <m0>
	  43: MovReg dst: r2 src: rfp
	  44: AddImm dst: r2 imm: -16
	  45: Call FnMapLookupElem
	  46: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  47: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	  48: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  50: MovImm dst: r2 imm: 1
	  51: JNE32Imm dst: r0 off: -1 imm: -7 <L5>
	  52: StXAtomicAddDW dst: r1 src: r2 off: 0
	  53: Ja off: -1 <L4>
L5:
	  54: JNE32Imm dst: r0 off: -1 imm: -12 <L6>
	  55: StXAtomicAddDW dst: r1 src: r2 off: 8
	  56: Ja off: -1 <L4>
L6:
	  57: JNE32Imm dst: r0 off: -1 imm: -16 <L7>
	  58: StXAtomicAddDW dst: r1 src: r2 off: 16
	  59: Ja off: -1 <L4>
L7:
	  60: StXAtomicAddDW dst: r1 src: r2 off: 24
	  61: NegImm32 dst: r0 imm: 0
	  62: StXMemDW dst: r1 src: r0 off: 32 imm: 0
L4:
	  63: MovImm dst: r0 imm: 0
	  64: Exit

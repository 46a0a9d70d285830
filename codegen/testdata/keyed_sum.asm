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
	  40: LoadMapPtr dst: r1 fd: 0 <m0>
	  42: MovReg dst: r2 src: rfp
	  43: AddImm dst: r2 imm: -16
	  44: Call FnMapLookupElem
	  45: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  46: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  47: LoadMapPtr dst: r1 fd: 0 <full>
	  49: MovReg dst: r2 src: rfp
	  50: AddImm dst: r2 imm: -40
	  51: Call FnMapLookupElem
	  52: JNEImm dst: r0 off: -1 imm: 0 <L5>
	  53: Exit
L5:
	  54: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  55: AddImm dst: r1 imm: 1
	  56: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  57: Ja off: -1 <L4>
L3:
	  58: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  59: AddReg dst: r1 src: r7
	  60: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  61: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  62: AddImm dst: r1 imm: 1
	  63: StXMemDW dst: r0 src: r1 off: 8 imm: 0
L4:
	  64: MovImm dst: r0 imm: 0
	  65: Exit

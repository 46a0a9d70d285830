map m0 @bytes: PerCPUHash key 16 value 16 entries 4096
program p0 tracepoint:sock:sock_recv_length (TracePoint):
  ; line 2:1
	   0: MovReg dst: r6 src: r1
  ; line 2:35
	   1: LdXMemW dst: r7 src: r6 off: 20 imm: 0
	   2: LShImm dst: r7 imm: 32
	   3: ArShImm dst: r7 imm: 32
	   4: JSLEImm dst: r7 off: -1 imm: 0 <L4>
  ; line 2:52
	   5: LdXMemW dst: r7 src: r6 off: 20 imm: 0
	   6: LShImm dst: r7 imm: 32
	   7: ArShImm dst: r7 imm: 32
	   8: MovReg dst: r1 src: rfp
	   9: AddImm dst: r1 imm: -16
	  10: MovImm dst: r2 imm: 16
	  11: Call FnGetCurrentComm
	  12: LoadMapPtr dst: r1 fd: 0 <m0>
	  14: MovReg dst: r2 src: rfp
	  15: AddImm dst: r2 imm: -16
	  16: Call FnMapLookupElem
	  17: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  18: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  19: AddReg dst: r1 src: r7
	  20: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  21: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  22: AddImm dst: r1 imm: 1
	  23: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	  24: Ja off: -1 <L4>
L2:
	  25: StXMemDW dst: rfp src: r7 off: -32 imm: 0
	  26: StMemDW dst: rfp src: r0 off: -24 imm: 1
	  27: LoadMapPtr dst: r1 fd: 0 <m0>
	  29: MovReg dst: r2 src: rfp
	  30: AddImm dst: r2 imm: -16
	  31: MovReg dst: r3 src: rfp
	  32: AddImm dst: r3 imm: -32
	  33: MovImm dst: r4 imm: 1
	  34: Call FnMapUpdateElem
	  35: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  36: LoadMapPtr dst: r1 fd: 0 <m0>
	  38: MovReg dst: r2 src: rfp
	  39: AddImm dst: r2 imm: -16
	  40: Call FnMapLookupElem
	  41: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  42: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  43: LoadMapPtr dst: r1 fd: 0 <full>
	  45: MovReg dst: r2 src: rfp
	  46: AddImm dst: r2 imm: -40
	  47: Call FnMapLookupElem
	  48: JNEImm dst: r0 off: -1 imm: 0 <L5>
	  49: Exit
L5:
	  50: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  51: AddImm dst: r1 imm: 1
	  52: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  53: Ja off: -1 <L4>
L3:
	  54: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  55: AddReg dst: r1 src: r7
	  56: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  57: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  58: AddImm dst: r1 imm: 1
	  59: StXMemDW dst: r0 src: r1 off: 8 imm: 0
L4:
	  60: MovImm dst: r0 imm: 0
	  61: Exit

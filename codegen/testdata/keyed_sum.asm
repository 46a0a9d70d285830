map m0 @bytes: PerCPUHash key 16 value 16 entries 4096
program p0 tracepoint:sock:sock_recv_length (TracePoint):
  ; line 2:1
	   0: MovReg dst: r6 src: r1
  ; line 2:35
	   1: LdXMemW dst: r7 src: r6 off: 20 imm: 0
	   2: LShImm dst: r7 imm: 32
	   3: ArShImm dst: r7 imm: 32
	   4: JSLEImm dst: r7 off: -1 imm: 0 <L2>
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
	  17: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  18: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  19: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  20: MovReg dst: r0 src: rfp
	  21: AddImm dst: r0 imm: -32
	  22: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  23: AddReg dst: r1 src: r7
	  24: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  25: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  26: AddImm dst: r1 imm: 1
	  27: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	  28: LoadMapPtr dst: r1 fd: 0 <m0>
	  30: MovReg dst: r2 src: rfp
	  31: AddImm dst: r2 imm: -16
	  32: MovReg dst: r3 src: rfp
	  33: AddImm dst: r3 imm: -32
	  34: MovImm dst: r4 imm: 1
	  35: Call FnMapUpdateElem
	  36: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  37: LoadMapPtr dst: r1 fd: 0 <m0>
	  39: MovReg dst: r2 src: rfp
	  40: AddImm dst: r2 imm: -16
	  41: Call FnMapLookupElem
	  42: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  43: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  44: LoadMapPtr dst: r1 fd: 0 <full>
	  46: MovReg dst: r2 src: rfp
	  47: AddImm dst: r2 imm: -40
	  48: Call FnMapLookupElem
	  49: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  50: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  51: AddImm dst: r1 imm: 1
	  52: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L4:
	  53: Ja off: -1 <L2>
L3:
	  54: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  55: AddReg dst: r1 src: r7
	  56: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  57: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  58: AddImm dst: r1 imm: 1
	  59: StXMemDW dst: r0 src: r1 off: 8 imm: 0
L2:
	  60: MovImm dst: r0 imm: 0
	  61: Exit

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
	  25: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  26: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  27: MovReg dst: r0 src: rfp
	  28: AddImm dst: r0 imm: -32
	  29: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  30: AddReg dst: r1 src: r7
	  31: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  32: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  33: AddImm dst: r1 imm: 1
	  34: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	  35: LoadMapPtr dst: r1 fd: 0 <m0>
	  37: MovReg dst: r2 src: rfp
	  38: AddImm dst: r2 imm: -16
	  39: MovReg dst: r3 src: rfp
	  40: AddImm dst: r3 imm: -32
	  41: MovImm dst: r4 imm: 1
	  42: Call FnMapUpdateElem
	  43: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  44: LoadMapPtr dst: r1 fd: 0 <m0>
	  46: MovReg dst: r2 src: rfp
	  47: AddImm dst: r2 imm: -16
	  48: Call FnMapLookupElem
	  49: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  50: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  51: LoadMapPtr dst: r1 fd: 0 <full>
	  53: MovReg dst: r2 src: rfp
	  54: AddImm dst: r2 imm: -40
	  55: Call FnMapLookupElem
	  56: JNEImm dst: r0 off: -1 imm: 0 <L5>
	  57: Exit
L5:
	  58: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  59: AddImm dst: r1 imm: 1
	  60: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  61: Ja off: -1 <L4>
L3:
	  62: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  63: AddReg dst: r1 src: r7
	  64: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  65: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  66: AddImm dst: r1 imm: 1
	  67: StXMemDW dst: r0 src: r1 off: 8 imm: 0
L4:
	  68: MovImm dst: r0 imm: 0
	  69: Exit

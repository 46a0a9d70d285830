map m0 @claims: Hash key 8 value 8 entries 4096
map m1 @first: PerCPUArray key 4 value 8 entries 1
program p0 tracepoint:syscalls:sys_enter_getppid (TracePoint):
  ; line 3:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L6>
	   4: StMemDW dst: rfp src: r0 off: -8 imm: 0
  ; line 5:3
	   5: Call FnGetCurrentPidTgid
	   6: MovReg32 dst: r0 src: r0
	   7: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	   8: LoadMapPtr dst: r1 fd: 0 <m0>
	  10: MovReg dst: r2 src: rfp
	  11: AddImm dst: r2 imm: -16
	  12: Call FnMapLookupElem
	  13: JEqImm dst: r0 off: -1 imm: 0 <L2>
L3:
	  14: MovImm dst: r1 imm: 1
	  15: StXAtomicFetchAddDW dst: r0 src: r1 off: 0
	  16: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	  17: Ja off: -1 <L4>
L2:
	  18: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  19: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  20: LoadMapPtr dst: r1 fd: 0 <m0>
	  22: MovReg dst: r2 src: rfp
	  23: AddImm dst: r2 imm: -16
	  24: MovReg dst: r3 src: rfp
	  25: AddImm dst: r3 imm: -32
	  26: MovImm dst: r4 imm: 1
	  27: Call FnMapUpdateElem
	  28: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  29: MovReg dst: r7 src: r0
	  30: LoadMapPtr dst: r1 fd: 0 <m0>
	  32: MovReg dst: r2 src: rfp
	  33: AddImm dst: r2 imm: -16
	  34: Call FnMapLookupElem
	  35: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  36: NegImm32 dst: r7 imm: 0
	  37: JLTImm dst: r7 off: -1 imm: 128 <L5>
	  38: MovImm dst: r7 imm: 127
L5:
	  39: LShImm dst: r7 imm: 3
	  40: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  42: AddReg dst: r1 src: r7
	  43: MovImm dst: r2 imm: 1
	  44: StXAtomicAddDW dst: r1 src: r2 off: 0
L4:
	  45: LdXMemDW dst: r7 src: rfp off: -24 imm: 0
	  46: StXMemDW dst: rfp src: r7 off: -8 imm: 0
  ; line 6:3
	  47: JNEImm dst: r7 off: -1 imm: 0 <L6>
  ; line 7:5
	  48: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  49: LoadMapPtr dst: r1 fd: 0 <m1>
	  51: MovReg dst: r2 src: rfp
	  52: AddImm dst: r2 imm: -16
	  53: Call FnMapLookupElem
	  54: JNEImm dst: r0 off: -1 imm: 0 <L8>
	  55: Exit
L8:
	  56: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  57: AddImm dst: r1 imm: 1
	  58: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L6:
	  59: MovImm dst: r0 imm: 0
	  60: Exit

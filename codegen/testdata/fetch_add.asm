map m0 @claims: Hash key 8 value 8 entries 4096
map m1 @first: PerCPUArray key 4 value 8 entries 1
program p0 tracepoint:syscalls:sys_enter_getppid (TracePoint):
  ; line 3:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L7>
	   4: StMemDW dst: rfp src: r0 off: -8 imm: 0
  ; line 5:3
	   5: Call FnGetCurrentPidTgid
	   6: MovReg32 dst: r0 src: r0
	   7: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	   8: MovImm dst: r7 imm: 0
L2:
	   9: LoadMapPtr dst: r1 fd: 0 <m0>
	  11: MovReg dst: r2 src: rfp
	  12: AddImm dst: r2 imm: -16
	  13: Call FnMapLookupElem
	  14: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  15: MovImm dst: r1 imm: 1
	  16: StXAtomicFetchAddDW dst: r0 src: r1 off: 0
	  17: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	  18: Ja off: -1 <L5>
L3:
	  19: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  20: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  21: LoadMapPtr dst: r1 fd: 0 <m0>
	  23: MovReg dst: r2 src: rfp
	  24: AddImm dst: r2 imm: -16
	  25: MovReg dst: r3 src: rfp
	  26: AddImm dst: r3 imm: -32
	  27: MovImm dst: r4 imm: 1
	  28: Call FnMapUpdateElem
	  29: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  30: JNEImm dst: r7 off: -1 imm: 0 <L4>
	  31: MovImm dst: r7 imm: 1
	  32: Ja off: -1 <L2>
L4:
	  33: NegImm32 dst: r0 imm: 0
	  34: JLTImm dst: r0 off: -1 imm: 128 <L6>
	  35: MovImm dst: r0 imm: 127
L6:
	  36: LShImm dst: r0 imm: 3
	  37: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  39: AddReg dst: r1 src: r0
	  40: MovImm dst: r2 imm: 1
	  41: StXAtomicAddDW dst: r1 src: r2 off: 0
L5:
	  42: LdXMemDW dst: r7 src: rfp off: -24 imm: 0
	  43: StXMemDW dst: rfp src: r7 off: -8 imm: 0
  ; line 6:3
	  44: JNEImm dst: r7 off: -1 imm: 0 <L7>
  ; line 7:5
	  45: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  46: LoadMapPtr dst: r1 fd: 0 <m1>
	  48: MovReg dst: r2 src: rfp
	  49: AddImm dst: r2 imm: -16
	  50: Call FnMapLookupElem
	  51: JNEImm dst: r0 off: -1 imm: 0 <L9>
	  52: Exit
L9:
	  53: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  54: AddImm dst: r1 imm: 1
	  55: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L7:
	  56: MovImm dst: r0 imm: 0
	  57: Exit

map m0 @claims: Hash key 8 value 8 entries 4096
map m1 @first: PerCPUArray key 4 value 8 entries 1
program p0 tracepoint:syscalls:sys_enter_getppid (TracePoint):
  ; line 3:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L7>
  ; line 5:3
	   4: Call FnGetCurrentPidTgid
	   5: MovReg32 dst: r0 src: r0
	   6: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	   7: MovImm dst: r7 imm: 0
L2:
	   8: LoadMapPtr dst: r1 fd: 0 <m0>
	  10: MovReg dst: r2 src: rfp
	  11: AddImm dst: r2 imm: -16
	  12: Call FnMapLookupElem
	  13: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  14: MovImm dst: r1 imm: 1
	  15: StXAtomicFetchAddDW dst: r0 src: r1 off: 0
	  16: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	  17: Ja off: -1 <L5>
L3:
	  18: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  19: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  20: LoadMapPtr dst: r1 fd: 0 <m0>
	  22: MovReg dst: r2 src: rfp
	  23: AddImm dst: r2 imm: -16
	  24: MovReg dst: r3 src: rfp
	  25: AddImm dst: r3 imm: -32
	  26: MovImm dst: r4 imm: 1
	  27: Call FnMapUpdateElem
	  28: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  29: JNEImm dst: r7 off: -1 imm: 0 <L4>
	  30: MovImm dst: r7 imm: 1
	  31: Ja off: -1 <L2>
L4:
	  32: NegImm32 dst: r0 imm: 0
	  33: JLTImm dst: r0 off: -1 imm: 128 <L6>
	  34: MovImm dst: r0 imm: 127
L6:
	  35: LShImm dst: r0 imm: 3
	  36: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  38: AddReg dst: r1 src: r0
	  39: MovImm dst: r2 imm: 1
	  40: StXAtomicAddDW dst: r1 src: r2 off: 0
L5:
	  41: LdXMemDW dst: r7 src: rfp off: -24 imm: 0
	  42: StXMemDW dst: rfp src: r7 off: -8 imm: 0
  ; line 6:3
	  43: JNEImm dst: r7 off: -1 imm: 0 <L7>
  ; line 7:5
	  44: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  45: LoadMapPtr dst: r1 fd: 0 <m1>
	  47: MovReg dst: r2 src: rfp
	  48: AddImm dst: r2 imm: -16
	  49: Call FnMapLookupElem
	  50: JNEImm dst: r0 off: -1 imm: 0 <L9>
	  51: Exit
L9:
	  52: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  53: AddImm dst: r1 imm: 1
	  54: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L7:
	  55: MovImm dst: r0 imm: 0
	  56: Exit

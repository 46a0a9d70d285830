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
	  19: JNEImm dst: r7 off: -1 imm: 0 <L4>
	  20: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  21: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  22: LoadMapPtr dst: r1 fd: 0 <m0>
	  24: MovReg dst: r2 src: rfp
	  25: AddImm dst: r2 imm: -16
	  26: MovReg dst: r3 src: rfp
	  27: AddImm dst: r3 imm: -32
	  28: MovImm dst: r4 imm: 1
	  29: Call FnMapUpdateElem
	  30: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  31: OrImm dst: r0 imm: -2147483648
	  32: MovReg dst: r7 src: r0
	  33: Ja off: -1 <L2>
L4:
	  34: NegImm32 dst: r7 imm: 0
	  35: JLTImm dst: r7 off: -1 imm: 128 <L6>
	  36: MovImm dst: r7 imm: 127
L6:
	  37: LShImm dst: r7 imm: 3
	  38: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  40: AddReg dst: r1 src: r7
	  41: MovImm dst: r2 imm: 1
	  42: StXAtomicAddDW dst: r1 src: r2 off: 0
L5:
	  43: LdXMemDW dst: r7 src: rfp off: -24 imm: 0
	  44: StXMemDW dst: rfp src: r7 off: -8 imm: 0
  ; line 6:3
	  45: JNEImm dst: r7 off: -1 imm: 0 <L7>
  ; line 7:5
	  46: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  47: LoadMapPtr dst: r1 fd: 0 <m1>
	  49: MovReg dst: r2 src: rfp
	  50: AddImm dst: r2 imm: -16
	  51: Call FnMapLookupElem
	  52: JNEImm dst: r0 off: -1 imm: 0 <L9>
	  53: Exit
L9:
	  54: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  55: AddImm dst: r1 imm: 1
	  56: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L7:
	  57: MovImm dst: r0 imm: 0
	  58: Exit

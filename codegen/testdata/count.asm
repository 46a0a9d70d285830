map m0 @: PerCPUArray key 4 value 8 entries 1
program p0 tracepoint:syscalls:sys_enter_getppid (TracePoint):
  ; line 2:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L1>
  ; line 2:41
	   4: StMemDW dst: rfp src: r0 off: -8 imm: 0
	   5: LoadMapPtr dst: r1 fd: 0 <m0>
	   7: MovReg dst: r2 src: rfp
	   8: AddImm dst: r2 imm: -8
	   9: Call FnMapLookupElem
	  10: JNEImm dst: r0 off: -1 imm: 0 <L2>
	  11: Exit
L2:
	  12: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  13: AddImm dst: r1 imm: 1
	  14: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L1:
	  15: MovImm dst: r0 imm: 0
	  16: Exit

map m0 @hits: PerCPUArray key 4 value 8 entries 1
program p0 watchpoint:0xffffffff82a3c4c0:8:w (PerfEvent):
  ; line 3:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L1>
  ; line 3:37
	   5: StMemDW dst: rfp src: r0 off: -8 imm: 0
	   6: LoadMapPtr dst: r1 fd: 0 <m0>
	   8: MovReg dst: r2 src: rfp
	   9: AddImm dst: r2 imm: -8
	  10: Call FnMapLookupElem
	  11: JNEImm dst: r0 off: -1 imm: 0 <L2>
	  12: Exit
L2:
	  13: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  14: AddImm dst: r1 imm: 1
	  15: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L1:
	  16: MovImm dst: r0 imm: 0
	  17: Exit

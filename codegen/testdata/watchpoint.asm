map m0 @hits: PerCPUArray key 4 value 8 entries 1
program p0 watchpoint:0xffffffff82a3c4c0:8:w (PerfEvent):
  ; line 3:1
	   0: MovReg dst: r6 src: r1
  ; line 3:37
	   1: StMemDW dst: rfp src: r0 off: -8 imm: 0
	   2: LoadMapPtr dst: r1 fd: 0 <m0>
	   4: MovReg dst: r2 src: rfp
	   5: AddImm dst: r2 imm: -8
	   6: Call FnMapLookupElem
	   7: JNEImm dst: r0 off: -1 imm: 0 <L2>
	   8: Exit
L2:
	   9: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  10: AddImm dst: r1 imm: 1
	  11: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L1:
	  12: MovImm dst: r0 imm: 0
	  13: Exit

map m0 @len: PerCPUArray key 4 value 8 entries 66
program p0 tracepoint:net:netif_receive_skb (TracePoint):
  ; line 4:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L1>
  ; line 4:36
	   4: LdXMemW dst: r7 src: r1 off: 16 imm: 0
	   5: MovReg dst: r1 src: r7
	   6: JEqImm dst: r1 off: -1 imm: 0 <L3>
	   7: MovImm dst: r2 imm: 2
	   8: JLTImm dst: r1 off: -1 imm: 65536 <L5>
	   9: RShImm dst: r1 imm: 16
	  10: AddImm dst: r2 imm: 16
L5:
	  11: JLTImm dst: r1 off: -1 imm: 256 <L6>
	  12: RShImm dst: r1 imm: 8
	  13: AddImm dst: r2 imm: 8
L6:
	  14: JLTImm dst: r1 off: -1 imm: 16 <L7>
	  15: RShImm dst: r1 imm: 4
	  16: AddImm dst: r2 imm: 4
L7:
	  17: JLTImm dst: r1 off: -1 imm: 4 <L8>
	  18: RShImm dst: r1 imm: 2
	  19: AddImm dst: r2 imm: 2
L8:
	  20: JLTImm dst: r1 off: -1 imm: 2 <L9>
	  21: AddImm dst: r2 imm: 1
L9:
	  22: Ja off: -1 <L4>
L3:
	  23: MovImm dst: r2 imm: 1
L4:
	  24: StXMemW dst: rfp src: r2 off: -8 imm: 0
	  25: LoadMapPtr dst: r1 fd: 0 <m0>
	  27: MovReg dst: r2 src: rfp
	  28: AddImm dst: r2 imm: -8
	  29: Call FnMapLookupElem
	  30: JNEImm dst: r0 off: -1 imm: 0 <L10>
	  31: Exit
L10:
	  32: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  33: AddImm dst: r1 imm: 1
	  34: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L1:
	  35: MovImm dst: r0 imm: 0
	  36: Exit

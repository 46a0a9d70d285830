map m0 @len: PerCPUArray key 4 value 8 entries 66
program p0 tracepoint:net:netif_receive_skb (TracePoint):
  ; line 4:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L1>
  ; line 4:36
	   5: LdXMemW dst: r7 src: r6 off: 16 imm: 0
	   6: MovReg dst: r1 src: r7
	   7: JEqImm dst: r1 off: -1 imm: 0 <L3>
	   8: MovImm dst: r2 imm: 2
	   9: JLTImm dst: r1 off: -1 imm: 65536 <L5>
	  10: RShImm dst: r1 imm: 16
	  11: AddImm dst: r2 imm: 16
L5:
	  12: JLTImm dst: r1 off: -1 imm: 256 <L6>
	  13: RShImm dst: r1 imm: 8
	  14: AddImm dst: r2 imm: 8
L6:
	  15: JLTImm dst: r1 off: -1 imm: 16 <L7>
	  16: RShImm dst: r1 imm: 4
	  17: AddImm dst: r2 imm: 4
L7:
	  18: JLTImm dst: r1 off: -1 imm: 4 <L8>
	  19: RShImm dst: r1 imm: 2
	  20: AddImm dst: r2 imm: 2
L8:
	  21: JLTImm dst: r1 off: -1 imm: 2 <L9>
	  22: AddImm dst: r2 imm: 1
L9:
	  23: Ja off: -1 <L4>
L3:
	  24: MovImm dst: r2 imm: 1
L4:
	  25: StXMemW dst: rfp src: r2 off: -8 imm: 0
	  26: LoadMapPtr dst: r1 fd: 0 <m0>
	  28: MovReg dst: r2 src: rfp
	  29: AddImm dst: r2 imm: -8
	  30: Call FnMapLookupElem
	  31: JNEImm dst: r0 off: -1 imm: 0 <L10>
	  32: Exit
L10:
	  33: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  34: AddImm dst: r1 imm: 1
	  35: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L1:
	  36: MovImm dst: r0 imm: 0
	  37: Exit

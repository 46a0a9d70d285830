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
	   9: MovReg dst: r3 src: r1
	  10: RShImm dst: r3 imm: 32
	  11: JEqImm dst: r3 off: -1 imm: 0 <L5>
	  12: MovReg dst: r1 src: r3
	  13: AddImm dst: r2 imm: 32
L5:
	  14: MovReg dst: r3 src: r1
	  15: RShImm dst: r3 imm: 16
	  16: JEqImm dst: r3 off: -1 imm: 0 <L6>
	  17: MovReg dst: r1 src: r3
	  18: AddImm dst: r2 imm: 16
L6:
	  19: MovReg dst: r3 src: r1
	  20: RShImm dst: r3 imm: 8
	  21: JEqImm dst: r3 off: -1 imm: 0 <L7>
	  22: MovReg dst: r1 src: r3
	  23: AddImm dst: r2 imm: 8
L7:
	  24: MovReg dst: r3 src: r1
	  25: RShImm dst: r3 imm: 4
	  26: JEqImm dst: r3 off: -1 imm: 0 <L8>
	  27: MovReg dst: r1 src: r3
	  28: AddImm dst: r2 imm: 4
L8:
	  29: MovReg dst: r3 src: r1
	  30: RShImm dst: r3 imm: 2
	  31: JEqImm dst: r3 off: -1 imm: 0 <L9>
	  32: MovReg dst: r1 src: r3
	  33: AddImm dst: r2 imm: 2
L9:
	  34: MovReg dst: r3 src: r1
	  35: RShImm dst: r3 imm: 1
	  36: JEqImm dst: r3 off: -1 imm: 0 <L10>
	  37: MovReg dst: r1 src: r3
	  38: AddImm dst: r2 imm: 1
L10:
	  39: Ja off: -1 <L4>
L3:
	  40: MovImm dst: r2 imm: 1
L4:
	  41: StXMemW dst: rfp src: r2 off: -8 imm: 0
	  42: LoadMapPtr dst: r1 fd: 0 <m0>
	  44: MovReg dst: r2 src: rfp
	  45: AddImm dst: r2 imm: -8
	  46: Call FnMapLookupElem
	  47: JNEImm dst: r0 off: -1 imm: 0 <L11>
	  48: Exit
L11:
	  49: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  50: AddImm dst: r1 imm: 1
	  51: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L1:
	  52: MovImm dst: r0 imm: 0
	  53: Exit

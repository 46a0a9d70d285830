map m0 @len: PerCPUHash key 8 value 8 entries 4096
program p0 tracepoint:net:netif_receive_skb (TracePoint):
  ; line 2:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L13>
  ; line 2:36
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
	  41: StXMemDW dst: rfp src: r2 off: -8 imm: 0
	  42: LoadMapPtr dst: r1 fd: 0 <m0>
	  44: MovReg dst: r2 src: rfp
	  45: AddImm dst: r2 imm: -8
	  46: Call FnMapLookupElem
	  47: JEqImm dst: r0 off: -1 imm: 0 <L11>
	  48: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  49: AddImm dst: r1 imm: 1
	  50: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  51: Ja off: -1 <L13>
L11:
	  52: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  53: LoadMapPtr dst: r1 fd: 0 <m0>
	  55: MovReg dst: r2 src: rfp
	  56: AddImm dst: r2 imm: -8
	  57: MovReg dst: r3 src: rfp
	  58: AddImm dst: r3 imm: -16
	  59: MovImm dst: r4 imm: 1
	  60: Call FnMapUpdateElem
	  61: JEqImm dst: r0 off: -1 imm: 0 <L13>
	  62: LoadMapPtr dst: r1 fd: 0 <m0>
	  64: MovReg dst: r2 src: rfp
	  65: AddImm dst: r2 imm: -8
	  66: Call FnMapLookupElem
	  67: JNEImm dst: r0 off: -1 imm: 0 <L12>
	  68: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  69: LoadMapPtr dst: r1 fd: 0 <full>
	  71: MovReg dst: r2 src: rfp
	  72: AddImm dst: r2 imm: -24
	  73: Call FnMapLookupElem
	  74: JNEImm dst: r0 off: -1 imm: 0 <L14>
	  75: Exit
L14:
	  76: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  77: AddImm dst: r1 imm: 1
	  78: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  79: Ja off: -1 <L13>
L12:
	  80: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  81: AddImm dst: r1 imm: 1
	  82: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L13:
	  83: MovImm dst: r0 imm: 0
	  84: Exit

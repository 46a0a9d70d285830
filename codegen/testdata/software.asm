map m0 @: PerCPUHash key 16 value 8 entries 4096
program p0 software:page-faults:100 (PerfEvent):
  ; line 3:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L4>
  ; line 3:28
	   5: MovReg dst: r1 src: rfp
	   6: AddImm dst: r1 imm: -16
	   7: MovImm dst: r2 imm: 16
	   8: Call FnGetCurrentComm
	   9: LoadMapPtr dst: r1 fd: 0 <m0>
	  11: MovReg dst: r2 src: rfp
	  12: AddImm dst: r2 imm: -16
	  13: Call FnMapLookupElem
	  14: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  15: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  16: AddImm dst: r1 imm: 1
	  17: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  18: Ja off: -1 <L4>
L2:
	  19: StMemDW dst: rfp src: r0 off: -24 imm: 1
	  20: LoadMapPtr dst: r1 fd: 0 <m0>
	  22: MovReg dst: r2 src: rfp
	  23: AddImm dst: r2 imm: -16
	  24: MovReg dst: r3 src: rfp
	  25: AddImm dst: r3 imm: -24
	  26: MovImm dst: r4 imm: 1
	  27: Call FnMapUpdateElem
	  28: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  29: StXMemDW dst: rfp src: r0 off: -32 imm: 0
	  30: LoadMapPtr dst: r1 fd: 0 <m0>
	  32: MovReg dst: r2 src: rfp
	  33: AddImm dst: r2 imm: -16
	  34: Call FnMapLookupElem
	  35: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  36: LdXMemDW dst: r0 src: rfp off: -32 imm: 0
	  37: StXMemDW dst: rfp src: r0 off: -48 imm: 0
	  38: JEq32Imm dst: r0 off: -1 imm: -7 <L6>
	  39: JEq32Imm dst: r0 off: -1 imm: -12 <L6>
	  40: JEq32Imm dst: r0 off: -1 imm: -16 <L6>
	  41: StMemDW dst: rfp src: r0 off: -56 imm: 4
	  42: LoadMapPtr dst: r1 fd: 0 <full>
	  44: MovReg dst: r2 src: rfp
	  45: AddImm dst: r2 imm: -56
	  46: Call FnMapLookupElem
	  47: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  48: LdXMemDW dst: r1 src: rfp off: -48 imm: 0
	  49: NegImm32 dst: r1 imm: 0
	  50: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L6:
	  51: LdXMemDW dst: r0 src: rfp off: -48 imm: 0
	  52: StMemDW dst: rfp src: r0 off: -40 imm: 3
	  53: JNE32Imm dst: r0 off: -1 imm: -7 <L7>
	  54: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  55: Ja off: -1 <L9>
L7:
	  56: JNE32Imm dst: r0 off: -1 imm: -12 <L8>
	  57: StMemDW dst: rfp src: r0 off: -40 imm: 1
	  58: Ja off: -1 <L9>
L8:
	  59: JNE32Imm dst: r0 off: -1 imm: -16 <L9>
	  60: StMemDW dst: rfp src: r0 off: -40 imm: 2
L9:
	  61: LoadMapPtr dst: r1 fd: 0 <full>
	  63: MovReg dst: r2 src: rfp
	  64: AddImm dst: r2 imm: -40
	  65: Call FnMapLookupElem
	  66: JNEImm dst: r0 off: -1 imm: 0 <L10>
	  67: Exit
L10:
	  68: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  69: AddImm dst: r1 imm: 1
	  70: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  71: Ja off: -1 <L4>
L3:
	  72: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  73: AddImm dst: r1 imm: 1
	  74: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L4:
	  75: MovImm dst: r0 imm: 0
	  76: Exit

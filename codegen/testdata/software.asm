map m0 @: PerCPUHash key 16 value 8 entries 4096
program p0 software:page-faults:100 (PerfEvent):
  ; line 3:1
	   0: MovReg dst: r6 src: r1
  ; line 3:28
	   1: MovReg dst: r1 src: rfp
	   2: AddImm dst: r1 imm: -16
	   3: MovImm dst: r2 imm: 16
	   4: Call FnGetCurrentComm
	   5: LoadMapPtr dst: r1 fd: 0 <m0>
	   7: MovReg dst: r2 src: rfp
	   8: AddImm dst: r2 imm: -16
	   9: Call FnMapLookupElem
	  10: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  11: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  12: AddImm dst: r1 imm: 1
	  13: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  14: Ja off: -1 <L4>
L2:
	  15: StMemDW dst: rfp src: r0 off: -24 imm: 1
	  16: LoadMapPtr dst: r1 fd: 0 <m0>
	  18: MovReg dst: r2 src: rfp
	  19: AddImm dst: r2 imm: -16
	  20: MovReg dst: r3 src: rfp
	  21: AddImm dst: r3 imm: -24
	  22: MovImm dst: r4 imm: 1
	  23: Call FnMapUpdateElem
	  24: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  25: StXMemDW dst: rfp src: r0 off: -32 imm: 0
	  26: LoadMapPtr dst: r1 fd: 0 <m0>
	  28: MovReg dst: r2 src: rfp
	  29: AddImm dst: r2 imm: -16
	  30: Call FnMapLookupElem
	  31: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  32: LdXMemDW dst: r0 src: rfp off: -32 imm: 0
	  33: StXMemDW dst: rfp src: r0 off: -48 imm: 0
	  34: JEq32Imm dst: r0 off: -1 imm: -7 <L6>
	  35: JEq32Imm dst: r0 off: -1 imm: -12 <L6>
	  36: JEq32Imm dst: r0 off: -1 imm: -16 <L6>
	  37: StMemDW dst: rfp src: r0 off: -56 imm: 4
	  38: LoadMapPtr dst: r1 fd: 0 <full>
	  40: MovReg dst: r2 src: rfp
	  41: AddImm dst: r2 imm: -56
	  42: Call FnMapLookupElem
	  43: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  44: LdXMemDW dst: r1 src: rfp off: -48 imm: 0
	  45: NegImm32 dst: r1 imm: 0
	  46: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L6:
	  47: LdXMemDW dst: r0 src: rfp off: -48 imm: 0
	  48: StMemDW dst: rfp src: r0 off: -40 imm: 3
	  49: JNE32Imm dst: r0 off: -1 imm: -7 <L7>
	  50: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  51: Ja off: -1 <L9>
L7:
	  52: JNE32Imm dst: r0 off: -1 imm: -12 <L8>
	  53: StMemDW dst: rfp src: r0 off: -40 imm: 1
	  54: Ja off: -1 <L9>
L8:
	  55: JNE32Imm dst: r0 off: -1 imm: -16 <L9>
	  56: StMemDW dst: rfp src: r0 off: -40 imm: 2
L9:
	  57: LoadMapPtr dst: r1 fd: 0 <full>
	  59: MovReg dst: r2 src: rfp
	  60: AddImm dst: r2 imm: -40
	  61: Call FnMapLookupElem
	  62: JNEImm dst: r0 off: -1 imm: 0 <L10>
	  63: Exit
L10:
	  64: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  65: AddImm dst: r1 imm: 1
	  66: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  67: Ja off: -1 <L4>
L3:
	  68: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  69: AddImm dst: r1 imm: 1
	  70: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L4:
	  71: MovImm dst: r0 imm: 0
	  72: Exit

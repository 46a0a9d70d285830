map m0 @: PerCPUHash key 8 value 8 entries 4096
program p0 kprobe:udp_sendmsg+16 (Kprobe):
  ; line 3:1
	   0: MovReg dst: r6 src: r1
  ; line 3:25
	   1: LdXMemDW dst: r7 src: r6 off: 112 imm: 0
	   2: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	   3: LoadMapPtr dst: r1 fd: 0 <m0>
	   5: MovReg dst: r2 src: rfp
	   6: AddImm dst: r2 imm: -8
	   7: Call FnMapLookupElem
	   8: JEqImm dst: r0 off: -1 imm: 0 <L2>
	   9: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  10: AddImm dst: r1 imm: 1
	  11: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  12: Ja off: -1 <L4>
L2:
	  13: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  14: LoadMapPtr dst: r1 fd: 0 <m0>
	  16: MovReg dst: r2 src: rfp
	  17: AddImm dst: r2 imm: -8
	  18: MovReg dst: r3 src: rfp
	  19: AddImm dst: r3 imm: -16
	  20: MovImm dst: r4 imm: 1
	  21: Call FnMapUpdateElem
	  22: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  23: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	  24: LoadMapPtr dst: r1 fd: 0 <m0>
	  26: MovReg dst: r2 src: rfp
	  27: AddImm dst: r2 imm: -8
	  28: Call FnMapLookupElem
	  29: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  30: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	  31: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	  32: JEq32Imm dst: r0 off: -1 imm: -7 <L6>
	  33: JEq32Imm dst: r0 off: -1 imm: -12 <L6>
	  34: JEq32Imm dst: r0 off: -1 imm: -16 <L6>
	  35: StMemDW dst: rfp src: r0 off: -48 imm: 4
	  36: LoadMapPtr dst: r1 fd: 0 <full>
	  38: MovReg dst: r2 src: rfp
	  39: AddImm dst: r2 imm: -48
	  40: Call FnMapLookupElem
	  41: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  42: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	  43: NegImm32 dst: r1 imm: 0
	  44: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L6:
	  45: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	  46: StMemDW dst: rfp src: r0 off: -32 imm: 3
	  47: JNE32Imm dst: r0 off: -1 imm: -7 <L7>
	  48: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  49: Ja off: -1 <L9>
L7:
	  50: JNE32Imm dst: r0 off: -1 imm: -12 <L8>
	  51: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  52: Ja off: -1 <L9>
L8:
	  53: JNE32Imm dst: r0 off: -1 imm: -16 <L9>
	  54: StMemDW dst: rfp src: r0 off: -32 imm: 2
L9:
	  55: LoadMapPtr dst: r1 fd: 0 <full>
	  57: MovReg dst: r2 src: rfp
	  58: AddImm dst: r2 imm: -32
	  59: Call FnMapLookupElem
	  60: JNEImm dst: r0 off: -1 imm: 0 <L10>
	  61: Exit
L10:
	  62: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  63: AddImm dst: r1 imm: 1
	  64: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  65: Ja off: -1 <L4>
L3:
	  66: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  67: AddImm dst: r1 imm: 1
	  68: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L4:
	  69: MovImm dst: r0 imm: 0
	  70: Exit

map m0 @: PerCPUHash key 24 value 16 entries 4096
map m1 @port: PerCPUHash key 8 value 8 entries 4096
program p0 kprobe:udp_sendmsg (Kprobe):
  ; line 4:1
	   0: MovReg dst: r6 src: r1
  ; line 4:22
	   1: LdXMemDW dst: r7 src: r6 off: 112 imm: 0
	   2: MovImm dst: r8 imm: 0
	   3: JNEReg dst: r7 off: -1 src: r8 <L2>
	   4: MovImm dst: r0 imm: 0
	   5: Ja off: -1 <L3>
L2:
	   6: MovImm dst: r0 imm: 1
L3:
	   7: MovReg dst: r7 src: r0
	   8: LdImmDW dst: r0 imm: 7236833197427811445
	  10: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	  11: StMemDW dst: rfp src: r0 off: -16 imm: 6779757
	  12: LdXMemDW dst: r8 src: r6 off: 96 imm: 0
	  13: StXMemDW dst: rfp src: r8 off: -8 imm: 0
	  14: LoadMapPtr dst: r1 fd: 0 <m0>
	  16: MovReg dst: r2 src: rfp
	  17: AddImm dst: r2 imm: -24
	  18: Call FnMapLookupElem
	  19: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  20: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  21: AddReg dst: r1 src: r7
	  22: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  23: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  24: AddImm dst: r1 imm: 1
	  25: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	  26: Ja off: -1 <L6>
L4:
	  27: StXMemDW dst: rfp src: r7 off: -40 imm: 0
	  28: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  29: LoadMapPtr dst: r1 fd: 0 <m0>
	  31: MovReg dst: r2 src: rfp
	  32: AddImm dst: r2 imm: -24
	  33: MovReg dst: r3 src: rfp
	  34: AddImm dst: r3 imm: -40
	  35: MovImm dst: r4 imm: 1
	  36: Call FnMapUpdateElem
	  37: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  38: StXMemDW dst: rfp src: r0 off: -48 imm: 0
	  39: LoadMapPtr dst: r1 fd: 0 <m0>
	  41: MovReg dst: r2 src: rfp
	  42: AddImm dst: r2 imm: -24
	  43: Call FnMapLookupElem
	  44: JNEImm dst: r0 off: -1 imm: 0 <L5>
	  45: LdXMemDW dst: r0 src: rfp off: -48 imm: 0
	  46: StXMemDW dst: rfp src: r0 off: -64 imm: 0
	  47: JEq32Imm dst: r0 off: -1 imm: -7 <L8>
	  48: JEq32Imm dst: r0 off: -1 imm: -12 <L8>
	  49: JEq32Imm dst: r0 off: -1 imm: -16 <L8>
	  50: StMemDW dst: rfp src: r0 off: -72 imm: 4
	  51: LoadMapPtr dst: r1 fd: 0 <full>
	  53: MovReg dst: r2 src: rfp
	  54: AddImm dst: r2 imm: -72
	  55: Call FnMapLookupElem
	  56: JEqImm dst: r0 off: -1 imm: 0 <L8>
	  57: LdXMemDW dst: r1 src: rfp off: -64 imm: 0
	  58: NegImm32 dst: r1 imm: 0
	  59: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L8:
	  60: LdXMemDW dst: r0 src: rfp off: -64 imm: 0
	  61: StMemDW dst: rfp src: r0 off: -56 imm: 3
	  62: JNE32Imm dst: r0 off: -1 imm: -7 <L9>
	  63: StMemDW dst: rfp src: r0 off: -56 imm: 0
	  64: Ja off: -1 <L11>
L9:
	  65: JNE32Imm dst: r0 off: -1 imm: -12 <L10>
	  66: StMemDW dst: rfp src: r0 off: -56 imm: 1
	  67: Ja off: -1 <L11>
L10:
	  68: JNE32Imm dst: r0 off: -1 imm: -16 <L11>
	  69: StMemDW dst: rfp src: r0 off: -56 imm: 2
L11:
	  70: LoadMapPtr dst: r1 fd: 0 <full>
	  72: MovReg dst: r2 src: rfp
	  73: AddImm dst: r2 imm: -56
	  74: Call FnMapLookupElem
	  75: JNEImm dst: r0 off: -1 imm: 0 <L12>
	  76: Exit
L12:
	  77: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  78: AddImm dst: r1 imm: 1
	  79: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  80: Ja off: -1 <L6>
L5:
	  81: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  82: AddReg dst: r1 src: r7
	  83: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  84: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  85: AddImm dst: r1 imm: 1
	  86: StXMemDW dst: r0 src: r1 off: 8 imm: 0
L6:
	  87: MovImm dst: r0 imm: 0
	  88: Exit
program p1 kretprobe:inet_csk_accept (Kprobe):
  ; line 5:1
	   0: MovReg dst: r6 src: r1
  ; line 5:29
	   1: LdXMemDW dst: r7 src: r6 off: 80 imm: 0
	   2: MovReg dst: r3 src: r7
	   3: AddImm dst: r3 imm: 14
	   4: StMemDW dst: rfp src: r0 off: -16 imm: 0
	   5: MovReg dst: r1 src: rfp
	   6: AddImm dst: r1 imm: -16
	   7: MovImm dst: r2 imm: 2
	   8: Call FnProbeReadKernel
	   9: LdXMemDW dst: r7 src: rfp off: -16 imm: 0
	  10: AndImm dst: r7 imm: 65535
	  11: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	  12: LoadMapPtr dst: r1 fd: 0 <m1>
	  14: MovReg dst: r2 src: rfp
	  15: AddImm dst: r2 imm: -8
	  16: Call FnMapLookupElem
	  17: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  18: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  19: AddImm dst: r1 imm: 1
	  20: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  21: Ja off: -1 <L4>
L2:
	  22: StMemDW dst: rfp src: r0 off: -24 imm: 1
	  23: LoadMapPtr dst: r1 fd: 0 <m1>
	  25: MovReg dst: r2 src: rfp
	  26: AddImm dst: r2 imm: -8
	  27: MovReg dst: r3 src: rfp
	  28: AddImm dst: r3 imm: -24
	  29: MovImm dst: r4 imm: 1
	  30: Call FnMapUpdateElem
	  31: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  32: StXMemDW dst: rfp src: r0 off: -32 imm: 0
	  33: LoadMapPtr dst: r1 fd: 0 <m1>
	  35: MovReg dst: r2 src: rfp
	  36: AddImm dst: r2 imm: -8
	  37: Call FnMapLookupElem
	  38: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  39: LdXMemDW dst: r0 src: rfp off: -32 imm: 0
	  40: StXMemDW dst: rfp src: r0 off: -48 imm: 0
	  41: JEq32Imm dst: r0 off: -1 imm: -7 <L6>
	  42: JEq32Imm dst: r0 off: -1 imm: -12 <L6>
	  43: JEq32Imm dst: r0 off: -1 imm: -16 <L6>
	  44: StMemDW dst: rfp src: r0 off: -56 imm: 9
	  45: LoadMapPtr dst: r1 fd: 0 <full>
	  47: MovReg dst: r2 src: rfp
	  48: AddImm dst: r2 imm: -56
	  49: Call FnMapLookupElem
	  50: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  51: LdXMemDW dst: r1 src: rfp off: -48 imm: 0
	  52: NegImm32 dst: r1 imm: 0
	  53: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L6:
	  54: LdXMemDW dst: r0 src: rfp off: -48 imm: 0
	  55: StMemDW dst: rfp src: r0 off: -40 imm: 8
	  56: JNE32Imm dst: r0 off: -1 imm: -7 <L7>
	  57: StMemDW dst: rfp src: r0 off: -40 imm: 5
	  58: Ja off: -1 <L9>
L7:
	  59: JNE32Imm dst: r0 off: -1 imm: -12 <L8>
	  60: StMemDW dst: rfp src: r0 off: -40 imm: 6
	  61: Ja off: -1 <L9>
L8:
	  62: JNE32Imm dst: r0 off: -1 imm: -16 <L9>
	  63: StMemDW dst: rfp src: r0 off: -40 imm: 7
L9:
	  64: LoadMapPtr dst: r1 fd: 0 <full>
	  66: MovReg dst: r2 src: rfp
	  67: AddImm dst: r2 imm: -40
	  68: Call FnMapLookupElem
	  69: JNEImm dst: r0 off: -1 imm: 0 <L10>
	  70: Exit
L10:
	  71: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  72: AddImm dst: r1 imm: 1
	  73: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  74: Ja off: -1 <L4>
L3:
	  75: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  76: AddImm dst: r1 imm: 1
	  77: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L4:
	  78: MovImm dst: r0 imm: 0
	  79: Exit

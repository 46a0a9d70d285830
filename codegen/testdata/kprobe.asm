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
	  46: StMemDW dst: rfp src: r0 off: -56 imm: 3
	  47: JNEImm dst: r0 off: -1 imm: -7 <L8>
	  48: StMemDW dst: rfp src: r0 off: -56 imm: 0
	  49: Ja off: -1 <L10>
L8:
	  50: JNEImm dst: r0 off: -1 imm: -12 <L9>
	  51: StMemDW dst: rfp src: r0 off: -56 imm: 1
	  52: Ja off: -1 <L10>
L9:
	  53: JNEImm dst: r0 off: -1 imm: -16 <L10>
	  54: StMemDW dst: rfp src: r0 off: -56 imm: 2
L10:
	  55: LoadMapPtr dst: r1 fd: 0 <full>
	  57: MovReg dst: r2 src: rfp
	  58: AddImm dst: r2 imm: -56
	  59: Call FnMapLookupElem
	  60: JNEImm dst: r0 off: -1 imm: 0 <L11>
	  61: Exit
L11:
	  62: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  63: AddImm dst: r1 imm: 1
	  64: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  65: Ja off: -1 <L6>
L5:
	  66: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  67: AddReg dst: r1 src: r7
	  68: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  69: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  70: AddImm dst: r1 imm: 1
	  71: StXMemDW dst: r0 src: r1 off: 8 imm: 0
L6:
	  72: MovImm dst: r0 imm: 0
	  73: Exit
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
	  40: StMemDW dst: rfp src: r0 off: -40 imm: 7
	  41: JNEImm dst: r0 off: -1 imm: -7 <L6>
	  42: StMemDW dst: rfp src: r0 off: -40 imm: 4
	  43: Ja off: -1 <L8>
L6:
	  44: JNEImm dst: r0 off: -1 imm: -12 <L7>
	  45: StMemDW dst: rfp src: r0 off: -40 imm: 5
	  46: Ja off: -1 <L8>
L7:
	  47: JNEImm dst: r0 off: -1 imm: -16 <L8>
	  48: StMemDW dst: rfp src: r0 off: -40 imm: 6
L8:
	  49: LoadMapPtr dst: r1 fd: 0 <full>
	  51: MovReg dst: r2 src: rfp
	  52: AddImm dst: r2 imm: -40
	  53: Call FnMapLookupElem
	  54: JNEImm dst: r0 off: -1 imm: 0 <L9>
	  55: Exit
L9:
	  56: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  57: AddImm dst: r1 imm: 1
	  58: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  59: Ja off: -1 <L4>
L3:
	  60: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  61: AddImm dst: r1 imm: 1
	  62: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L4:
	  63: MovImm dst: r0 imm: 0
	  64: Exit

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
	  27: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  28: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  29: MovReg dst: r0 src: rfp
	  30: AddImm dst: r0 imm: -40
	  31: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  32: AddReg dst: r1 src: r7
	  33: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  34: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  35: AddImm dst: r1 imm: 1
	  36: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	  37: LoadMapPtr dst: r1 fd: 0 <m0>
	  39: MovReg dst: r2 src: rfp
	  40: AddImm dst: r2 imm: -24
	  41: MovReg dst: r3 src: rfp
	  42: AddImm dst: r3 imm: -40
	  43: MovImm dst: r4 imm: 1
	  44: Call FnMapUpdateElem
	  45: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  46: LoadMapPtr dst: r1 fd: 0 <m0>
	  48: MovReg dst: r2 src: rfp
	  49: AddImm dst: r2 imm: -24
	  50: Call FnMapLookupElem
	  51: JNEImm dst: r0 off: -1 imm: 0 <L5>
	  52: StMemDW dst: rfp src: r0 off: -48 imm: 0
	  53: LoadMapPtr dst: r1 fd: 0 <full>
	  55: MovReg dst: r2 src: rfp
	  56: AddImm dst: r2 imm: -48
	  57: Call FnMapLookupElem
	  58: JNEImm dst: r0 off: -1 imm: 0 <L7>
	  59: Exit
L7:
	  60: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  61: AddImm dst: r1 imm: 1
	  62: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  63: Ja off: -1 <L6>
L5:
	  64: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  65: AddReg dst: r1 src: r7
	  66: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  67: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  68: AddImm dst: r1 imm: 1
	  69: StXMemDW dst: r0 src: r1 off: 8 imm: 0
L6:
	  70: MovImm dst: r0 imm: 0
	  71: Exit
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
	  22: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  23: MovReg dst: r0 src: rfp
	  24: AddImm dst: r0 imm: -24
	  25: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  26: AddImm dst: r1 imm: 1
	  27: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  28: LoadMapPtr dst: r1 fd: 0 <m1>
	  30: MovReg dst: r2 src: rfp
	  31: AddImm dst: r2 imm: -8
	  32: MovReg dst: r3 src: rfp
	  33: AddImm dst: r3 imm: -24
	  34: MovImm dst: r4 imm: 1
	  35: Call FnMapUpdateElem
	  36: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  37: LoadMapPtr dst: r1 fd: 0 <m1>
	  39: MovReg dst: r2 src: rfp
	  40: AddImm dst: r2 imm: -8
	  41: Call FnMapLookupElem
	  42: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  43: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  44: LoadMapPtr dst: r1 fd: 0 <full>
	  46: MovReg dst: r2 src: rfp
	  47: AddImm dst: r2 imm: -32
	  48: Call FnMapLookupElem
	  49: JNEImm dst: r0 off: -1 imm: 0 <L5>
	  50: Exit
L5:
	  51: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  52: AddImm dst: r1 imm: 1
	  53: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  54: Ja off: -1 <L4>
L3:
	  55: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  56: AddImm dst: r1 imm: 1
	  57: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L4:
	  58: MovImm dst: r0 imm: 0
	  59: Exit

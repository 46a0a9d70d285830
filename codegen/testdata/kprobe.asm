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
	  38: LoadMapPtr dst: r1 fd: 0 <m0>
	  40: MovReg dst: r2 src: rfp
	  41: AddImm dst: r2 imm: -24
	  42: Call FnMapLookupElem
	  43: JNEImm dst: r0 off: -1 imm: 0 <L5>
	  44: StMemDW dst: rfp src: r0 off: -48 imm: 0
	  45: LoadMapPtr dst: r1 fd: 0 <full>
	  47: MovReg dst: r2 src: rfp
	  48: AddImm dst: r2 imm: -48
	  49: Call FnMapLookupElem
	  50: JNEImm dst: r0 off: -1 imm: 0 <L7>
	  51: Exit
L7:
	  52: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  53: AddImm dst: r1 imm: 1
	  54: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  55: Ja off: -1 <L6>
L5:
	  56: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  57: AddReg dst: r1 src: r7
	  58: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  59: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  60: AddImm dst: r1 imm: 1
	  61: StXMemDW dst: r0 src: r1 off: 8 imm: 0
L6:
	  62: MovImm dst: r0 imm: 0
	  63: Exit
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
	  32: LoadMapPtr dst: r1 fd: 0 <m1>
	  34: MovReg dst: r2 src: rfp
	  35: AddImm dst: r2 imm: -8
	  36: Call FnMapLookupElem
	  37: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  38: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  39: LoadMapPtr dst: r1 fd: 0 <full>
	  41: MovReg dst: r2 src: rfp
	  42: AddImm dst: r2 imm: -32
	  43: Call FnMapLookupElem
	  44: JNEImm dst: r0 off: -1 imm: 0 <L5>
	  45: Exit
L5:
	  46: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  47: AddImm dst: r1 imm: 1
	  48: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  49: Ja off: -1 <L4>
L3:
	  50: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  51: AddImm dst: r1 imm: 1
	  52: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L4:
	  53: MovImm dst: r0 imm: 0
	  54: Exit

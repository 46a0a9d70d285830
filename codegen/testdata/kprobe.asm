map m0 @: PerCPUHash key 24 value 16 entries 4096
map m1 @port: PerCPUHash key 8 value 8 entries 4096
program p0 kprobe:udp_sendmsg (Kprobe):
  ; line 4:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L6>
  ; line 4:22
	   5: LdXMemDW dst: r7 src: r6 off: 112 imm: 0
	   6: MovImm dst: r8 imm: 0
	   7: JNEReg dst: r7 off: -1 src: r8 <L2>
	   8: MovImm dst: r0 imm: 0
	   9: Ja off: -1 <L3>
L2:
	  10: MovImm dst: r0 imm: 1
L3:
	  11: MovReg dst: r7 src: r0
	  12: LdImmDW dst: r0 imm: 7236833197427811445
	  14: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	  15: StMemDW dst: rfp src: r0 off: -16 imm: 6779757
	  16: LdXMemDW dst: r8 src: r6 off: 96 imm: 0
	  17: StXMemDW dst: rfp src: r8 off: -8 imm: 0
	  18: LoadMapPtr dst: r1 fd: 0 <m0>
	  20: MovReg dst: r2 src: rfp
	  21: AddImm dst: r2 imm: -24
	  22: Call FnMapLookupElem
	  23: JEqImm dst: r0 off: -1 imm: 0 <L4>
L5:
	  24: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  25: AddReg dst: r1 src: r7
	  26: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  27: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  28: AddImm dst: r1 imm: 1
	  29: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	  30: Ja off: -1 <L6>
L4:
	  31: StXMemDW dst: rfp src: r7 off: -40 imm: 0
	  32: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  33: LoadMapPtr dst: r1 fd: 0 <m0>
	  35: MovReg dst: r2 src: rfp
	  36: AddImm dst: r2 imm: -24
	  37: MovReg dst: r3 src: rfp
	  38: AddImm dst: r3 imm: -40
	  39: MovImm dst: r4 imm: 1
	  40: Call FnMapUpdateElem
	  41: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  42: StXMemDW dst: rfp src: r0 off: -48 imm: 0
	  43: LoadMapPtr dst: r1 fd: 0 <m0>
	  45: MovReg dst: r2 src: rfp
	  46: AddImm dst: r2 imm: -24
	  47: Call FnMapLookupElem
	  48: JNEImm dst: r0 off: -1 imm: 0 <L5>
	  49: LdXMemDW dst: r0 src: rfp off: -48 imm: 0
	  50: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  52: MovImm dst: r2 imm: 1
	  53: JNE32Imm dst: r0 off: -1 imm: -7 <L7>
	  54: StXAtomicAddDW dst: r1 src: r2 off: 0
	  55: Ja off: -1 <L6>
L7:
	  56: JNE32Imm dst: r0 off: -1 imm: -12 <L8>
	  57: StXAtomicAddDW dst: r1 src: r2 off: 8
	  58: Ja off: -1 <L6>
L8:
	  59: JNE32Imm dst: r0 off: -1 imm: -16 <L9>
	  60: StXAtomicAddDW dst: r1 src: r2 off: 16
	  61: Ja off: -1 <L6>
L9:
	  62: StXAtomicAddDW dst: r1 src: r2 off: 24
	  63: NegImm32 dst: r0 imm: 0
	  64: StXMemDW dst: r1 src: r0 off: 32 imm: 0
L6:
	  65: MovImm dst: r0 imm: 0
	  66: Exit
program p1 kretprobe:inet_csk_accept (Kprobe):
  ; line 5:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L4>
  ; line 5:29
	   5: LdXMemDW dst: r7 src: r6 off: 80 imm: 0
	   6: MovReg dst: r3 src: r7
	   7: AddImm dst: r3 imm: 14
	   8: StMemDW dst: rfp src: r0 off: -16 imm: 0
	   9: MovReg dst: r1 src: rfp
	  10: AddImm dst: r1 imm: -16
	  11: MovImm dst: r2 imm: 2
	  12: Call FnProbeReadKernel
	  13: LdXMemDW dst: r7 src: rfp off: -16 imm: 0
	  14: AndImm dst: r7 imm: 65535
	  15: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	  16: LoadMapPtr dst: r1 fd: 0 <m1>
	  18: MovReg dst: r2 src: rfp
	  19: AddImm dst: r2 imm: -8
	  20: Call FnMapLookupElem
	  21: JEqImm dst: r0 off: -1 imm: 0 <L2>
L3:
	  22: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  23: AddImm dst: r1 imm: 1
	  24: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  25: Ja off: -1 <L4>
L2:
	  26: StMemDW dst: rfp src: r0 off: -24 imm: 1
	  27: LoadMapPtr dst: r1 fd: 0 <m1>
	  29: MovReg dst: r2 src: rfp
	  30: AddImm dst: r2 imm: -8
	  31: MovReg dst: r3 src: rfp
	  32: AddImm dst: r3 imm: -24
	  33: MovImm dst: r4 imm: 1
	  34: Call FnMapUpdateElem
	  35: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  36: StXMemDW dst: rfp src: r0 off: -32 imm: 0
	  37: LoadMapPtr dst: r1 fd: 0 <m1>
	  39: MovReg dst: r2 src: rfp
	  40: AddImm dst: r2 imm: -8
	  41: Call FnMapLookupElem
	  42: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  43: LdXMemDW dst: r0 src: rfp off: -32 imm: 0
	  44: LoadMapValue dst: r1, fd: 0 off: 40 <full>
	  46: MovImm dst: r2 imm: 1
	  47: JNE32Imm dst: r0 off: -1 imm: -7 <L5>
	  48: StXAtomicAddDW dst: r1 src: r2 off: 0
	  49: Ja off: -1 <L4>
L5:
	  50: JNE32Imm dst: r0 off: -1 imm: -12 <L6>
	  51: StXAtomicAddDW dst: r1 src: r2 off: 8
	  52: Ja off: -1 <L4>
L6:
	  53: JNE32Imm dst: r0 off: -1 imm: -16 <L7>
	  54: StXAtomicAddDW dst: r1 src: r2 off: 16
	  55: Ja off: -1 <L4>
L7:
	  56: StXAtomicAddDW dst: r1 src: r2 off: 24
	  57: NegImm32 dst: r0 imm: 0
	  58: StXMemDW dst: r1 src: r0 off: 32 imm: 0
L4:
	  59: MovImm dst: r0 imm: 0
	  60: Exit

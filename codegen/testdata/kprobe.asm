map m0 @: PerCPUHash key 24 value 16 entries 4096
map m1 @port: PerCPUHash key 8 value 8 entries 4096
program p0 kprobe:udp_sendmsg (Kprobe):
  ; line 4:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L7>
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
	  18: MovImm dst: r8 imm: 0
L4:
	  19: LoadMapPtr dst: r1 fd: 0 <m0>
	  21: MovReg dst: r2 src: rfp
	  22: AddImm dst: r2 imm: -24
	  23: Call FnMapLookupElem
	  24: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  25: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  26: AddReg dst: r1 src: r7
	  27: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  28: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  29: AddImm dst: r1 imm: 1
	  30: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	  31: Ja off: -1 <L7>
L5:
	  32: JNEImm dst: r8 off: -1 imm: 0 <L6>
	  33: StXMemDW dst: rfp src: r7 off: -40 imm: 0
	  34: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  35: LoadMapPtr dst: r1 fd: 0 <m0>
	  37: MovReg dst: r2 src: rfp
	  38: AddImm dst: r2 imm: -24
	  39: MovReg dst: r3 src: rfp
	  40: AddImm dst: r3 imm: -40
	  41: MovImm dst: r4 imm: 1
	  42: Call FnMapUpdateElem
	  43: JEqImm dst: r0 off: -1 imm: 0 <L7>
	  44: OrImm dst: r0 imm: -2147483648
	  45: MovReg dst: r8 src: r0
	  46: Ja off: -1 <L4>
L6:
	  47: NegImm32 dst: r8 imm: 0
	  48: JLTImm dst: r8 off: -1 imm: 128 <L8>
	  49: MovImm dst: r8 imm: 127
L8:
	  50: LShImm dst: r8 imm: 3
	  51: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  53: AddReg dst: r1 src: r8
	  54: MovImm dst: r2 imm: 1
	  55: StXAtomicAddDW dst: r1 src: r2 off: 0
L7:
	  56: MovImm dst: r0 imm: 0
	  57: Exit
program p1 kretprobe:inet_csk_accept (Kprobe):
  ; line 5:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L5>
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
	  16: MovImm dst: r7 imm: 0
L2:
	  17: LoadMapPtr dst: r1 fd: 0 <m1>
	  19: MovReg dst: r2 src: rfp
	  20: AddImm dst: r2 imm: -8
	  21: Call FnMapLookupElem
	  22: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  23: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  24: AddImm dst: r1 imm: 1
	  25: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  26: Ja off: -1 <L5>
L3:
	  27: JNEImm dst: r7 off: -1 imm: 0 <L4>
	  28: StMemDW dst: rfp src: r0 off: -24 imm: 1
	  29: LoadMapPtr dst: r1 fd: 0 <m1>
	  31: MovReg dst: r2 src: rfp
	  32: AddImm dst: r2 imm: -8
	  33: MovReg dst: r3 src: rfp
	  34: AddImm dst: r3 imm: -24
	  35: MovImm dst: r4 imm: 1
	  36: Call FnMapUpdateElem
	  37: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  38: OrImm dst: r0 imm: -2147483648
	  39: MovReg dst: r7 src: r0
	  40: Ja off: -1 <L2>
L4:
	  41: NegImm32 dst: r7 imm: 0
	  42: JLTImm dst: r7 off: -1 imm: 128 <L6>
	  43: MovImm dst: r7 imm: 127
L6:
	  44: LShImm dst: r7 imm: 3
	  45: LoadMapValue dst: r1, fd: 0 off: 1024 <full>
	  47: AddReg dst: r1 src: r7
	  48: MovImm dst: r2 imm: 1
	  49: StXAtomicAddDW dst: r1 src: r2 off: 0
L5:
	  50: MovImm dst: r0 imm: 0
	  51: Exit

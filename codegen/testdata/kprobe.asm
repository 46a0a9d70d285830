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
	  32: StXMemDW dst: rfp src: r7 off: -40 imm: 0
	  33: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  34: LoadMapPtr dst: r1 fd: 0 <m0>
	  36: MovReg dst: r2 src: rfp
	  37: AddImm dst: r2 imm: -24
	  38: MovReg dst: r3 src: rfp
	  39: AddImm dst: r3 imm: -40
	  40: MovImm dst: r4 imm: 1
	  41: Call FnMapUpdateElem
	  42: JEqImm dst: r0 off: -1 imm: 0 <L7>
	  43: JNEImm dst: r8 off: -1 imm: 0 <L6>
	  44: MovImm dst: r8 imm: 1
	  45: Ja off: -1 <L4>
L6:
	  46: NegImm32 dst: r0 imm: 0
	  47: JLTImm dst: r0 off: -1 imm: 128 <L8>
	  48: MovImm dst: r0 imm: 127
L8:
	  49: LShImm dst: r0 imm: 3
	  50: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  52: AddReg dst: r1 src: r0
	  53: MovImm dst: r2 imm: 1
	  54: StXAtomicAddDW dst: r1 src: r2 off: 0
L7:
	  55: MovImm dst: r0 imm: 0
	  56: Exit
program p1 kretprobe:inet_csk_accept (Kprobe):
  ; line 5:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L5>
  ; line 5:29
	   4: LdXMemDW dst: r7 src: r1 off: 80 imm: 0
	   5: MovReg dst: r3 src: r7
	   6: AddImm dst: r3 imm: 14
	   7: StMemDW dst: rfp src: r0 off: -16 imm: 0
	   8: MovReg dst: r1 src: rfp
	   9: AddImm dst: r1 imm: -16
	  10: MovImm dst: r2 imm: 2
	  11: Call FnProbeReadKernel
	  12: LdXMemH dst: r7 src: rfp off: -16 imm: 0
	  13: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	  14: MovImm dst: r7 imm: 0
L2:
	  15: LoadMapPtr dst: r1 fd: 0 <m1>
	  17: MovReg dst: r2 src: rfp
	  18: AddImm dst: r2 imm: -8
	  19: Call FnMapLookupElem
	  20: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  21: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  22: AddImm dst: r1 imm: 1
	  23: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  24: Ja off: -1 <L5>
L3:
	  25: StMemDW dst: rfp src: r0 off: -24 imm: 1
	  26: LoadMapPtr dst: r1 fd: 0 <m1>
	  28: MovReg dst: r2 src: rfp
	  29: AddImm dst: r2 imm: -8
	  30: MovReg dst: r3 src: rfp
	  31: AddImm dst: r3 imm: -24
	  32: MovImm dst: r4 imm: 1
	  33: Call FnMapUpdateElem
	  34: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  35: JNEImm dst: r7 off: -1 imm: 0 <L4>
	  36: MovImm dst: r7 imm: 1
	  37: Ja off: -1 <L2>
L4:
	  38: NegImm32 dst: r0 imm: 0
	  39: JLTImm dst: r0 off: -1 imm: 128 <L6>
	  40: MovImm dst: r0 imm: 127
L6:
	  41: LShImm dst: r0 imm: 3
	  42: LoadMapValue dst: r1, fd: 0 off: 1024 <full>
	  44: AddReg dst: r1 src: r0
	  45: MovImm dst: r2 imm: 1
	  46: StXAtomicAddDW dst: r1 src: r2 off: 0
L5:
	  47: MovImm dst: r0 imm: 0
	  48: Exit

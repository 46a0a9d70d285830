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
	  42: MovReg dst: r8 src: r0
	  43: LoadMapPtr dst: r1 fd: 0 <m0>
	  45: MovReg dst: r2 src: rfp
	  46: AddImm dst: r2 imm: -24
	  47: Call FnMapLookupElem
	  48: JNEImm dst: r0 off: -1 imm: 0 <L5>
	  49: NegImm32 dst: r8 imm: 0
	  50: JLTImm dst: r8 off: -1 imm: 128 <L7>
	  51: MovImm dst: r8 imm: 127
L7:
	  52: LShImm dst: r8 imm: 3
	  53: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  55: AddReg dst: r1 src: r8
	  56: MovImm dst: r2 imm: 1
	  57: StXAtomicAddDW dst: r1 src: r2 off: 0
L6:
	  58: MovImm dst: r0 imm: 0
	  59: Exit
program p1 kretprobe:inet_csk_accept (Kprobe):
  ; line 5:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L4>
  ; line 5:29
	   4: LdXMemDW dst: r7 src: r1 off: 80 imm: 0
	   5: MovReg dst: r3 src: r7
	   6: AddImm dst: r3 imm: 14
	   7: StMemDW dst: rfp src: r0 off: -16 imm: 0
	   8: MovReg dst: r1 src: rfp
	   9: AddImm dst: r1 imm: -16
	  10: MovImm dst: r2 imm: 2
	  11: Call FnProbeReadKernel
	  12: LdXMemDW dst: r7 src: rfp off: -16 imm: 0
	  13: AndImm dst: r7 imm: 65535
	  14: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	  15: LoadMapPtr dst: r1 fd: 0 <m1>
	  17: MovReg dst: r2 src: rfp
	  18: AddImm dst: r2 imm: -8
	  19: Call FnMapLookupElem
	  20: JEqImm dst: r0 off: -1 imm: 0 <L2>
L3:
	  21: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  22: AddImm dst: r1 imm: 1
	  23: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  24: Ja off: -1 <L4>
L2:
	  25: StMemDW dst: rfp src: r0 off: -24 imm: 1
	  26: LoadMapPtr dst: r1 fd: 0 <m1>
	  28: MovReg dst: r2 src: rfp
	  29: AddImm dst: r2 imm: -8
	  30: MovReg dst: r3 src: rfp
	  31: AddImm dst: r3 imm: -24
	  32: MovImm dst: r4 imm: 1
	  33: Call FnMapUpdateElem
	  34: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  35: MovReg dst: r7 src: r0
	  36: LoadMapPtr dst: r1 fd: 0 <m1>
	  38: MovReg dst: r2 src: rfp
	  39: AddImm dst: r2 imm: -8
	  40: Call FnMapLookupElem
	  41: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  42: NegImm32 dst: r7 imm: 0
	  43: JLTImm dst: r7 off: -1 imm: 128 <L5>
	  44: MovImm dst: r7 imm: 127
L5:
	  45: LShImm dst: r7 imm: 3
	  46: LoadMapValue dst: r1, fd: 0 off: 1024 <full>
	  48: AddReg dst: r1 src: r7
	  49: MovImm dst: r2 imm: 1
	  50: StXAtomicAddDW dst: r1 src: r2 off: 0
L4:
	  51: MovImm dst: r0 imm: 0
	  52: Exit

map m0 @lat: PerCPUArray key 4 value 8 entries 66
map m1 @start: Hash key 8 value 8 entries 4096
program p0 tracepoint:syscalls:sys_enter_read (TracePoint):
  ; line 5:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L2>
  ; line 5:38
	   4: Call FnKtimeGetNs
	   5: MovReg dst: r7 src: r0
	   6: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	   7: Call FnGetCurrentPidTgid
	   8: MovReg32 dst: r0 src: r0
	   9: MovReg dst: r7 src: r0
	  10: StXMemDW dst: rfp src: r7 off: -16 imm: 0
	  11: LoadMapPtr dst: r1 fd: 0 <m1>
	  13: MovReg dst: r2 src: rfp
	  14: AddImm dst: r2 imm: -16
	  15: MovReg dst: r3 src: rfp
	  16: AddImm dst: r3 imm: -8
	  17: MovImm dst: r4 imm: 0
	  18: Call FnMapUpdateElem
	  19: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  20: LoadMapValue dst: r1, fd: 0 off: 40 <full>
	  22: MovImm dst: r2 imm: 1
	  23: JNE32Imm dst: r0 off: -1 imm: -7 <L3>
	  24: StXAtomicAddDW dst: r1 src: r2 off: 0
	  25: Ja off: -1 <L2>
L3:
	  26: JNE32Imm dst: r0 off: -1 imm: -12 <L4>
	  27: StXAtomicAddDW dst: r1 src: r2 off: 8
	  28: Ja off: -1 <L2>
L4:
	  29: JNE32Imm dst: r0 off: -1 imm: -16 <L5>
	  30: StXAtomicAddDW dst: r1 src: r2 off: 16
	  31: Ja off: -1 <L2>
L5:
	  32: StXAtomicAddDW dst: r1 src: r2 off: 24
	  33: NegImm32 dst: r0 imm: 0
	  34: StXMemDW dst: r1 src: r0 off: 32 imm: 0
L2:
	  35: MovImm dst: r0 imm: 0
	  36: Exit
program p1 tracepoint:syscalls:sys_exit_read (TracePoint):
  ; line 6:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L3>
	   4: StMemDW dst: rfp src: r0 off: -8 imm: 0
  ; line 6:37
	   5: Call FnGetCurrentPidTgid
	   6: MovReg32 dst: r0 src: r0
	   7: MovReg dst: r7 src: r0
	   8: StXMemDW dst: rfp src: r7 off: -16 imm: 0
	   9: LoadMapPtr dst: r1 fd: 0 <m1>
	  11: MovReg dst: r2 src: rfp
	  12: AddImm dst: r2 imm: -16
	  13: Call FnMapLookupElem
	  14: MovImm dst: r7 imm: 0
	  15: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  16: LdXMemDW dst: r7 src: r0 off: 0 imm: 0
L2:
	  17: StXMemDW dst: rfp src: r7 off: -8 imm: 0
  ; line 6:55
	  18: JEqImm dst: r7 off: -1 imm: 0 <L3>
  ; line 6:65
	  19: Call FnKtimeGetNs
	  20: MovReg dst: r7 src: r0
	  21: LdXMemDW dst: r8 src: rfp off: -8 imm: 0
	  22: SubReg dst: r7 src: r8
	  23: MovReg dst: r1 src: r7
	  24: JEqImm dst: r1 off: -1 imm: 0 <L6>
	  25: MovImm dst: r2 imm: 2
	  26: MovReg dst: r3 src: r1
	  27: RShImm dst: r3 imm: 32
	  28: JEqImm dst: r3 off: -1 imm: 0 <L8>
	  29: MovReg dst: r1 src: r3
	  30: AddImm dst: r2 imm: 32
L8:
	  31: JLTImm dst: r1 off: -1 imm: 65536 <L9>
	  32: RShImm dst: r1 imm: 16
	  33: AddImm dst: r2 imm: 16
L9:
	  34: JLTImm dst: r1 off: -1 imm: 256 <L10>
	  35: RShImm dst: r1 imm: 8
	  36: AddImm dst: r2 imm: 8
L10:
	  37: JLTImm dst: r1 off: -1 imm: 16 <L11>
	  38: RShImm dst: r1 imm: 4
	  39: AddImm dst: r2 imm: 4
L11:
	  40: JLTImm dst: r1 off: -1 imm: 4 <L12>
	  41: RShImm dst: r1 imm: 2
	  42: AddImm dst: r2 imm: 2
L12:
	  43: JLTImm dst: r1 off: -1 imm: 2 <L13>
	  44: AddImm dst: r2 imm: 1
L13:
	  45: Ja off: -1 <L7>
L6:
	  46: MovImm dst: r2 imm: 1
L7:
	  47: StXMemW dst: rfp src: r2 off: -16 imm: 0
	  48: LoadMapPtr dst: r1 fd: 0 <m0>
	  50: MovReg dst: r2 src: rfp
	  51: AddImm dst: r2 imm: -16
	  52: Call FnMapLookupElem
	  53: JNEImm dst: r0 off: -1 imm: 0 <L14>
	  54: Exit
L14:
	  55: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  56: AddImm dst: r1 imm: 1
	  57: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 6:90
	  58: Call FnGetCurrentPidTgid
	  59: MovReg32 dst: r0 src: r0
	  60: MovReg dst: r7 src: r0
	  61: StXMemDW dst: rfp src: r7 off: -16 imm: 0
	  62: LoadMapPtr dst: r1 fd: 0 <m1>
	  64: MovReg dst: r2 src: rfp
	  65: AddImm dst: r2 imm: -16
	  66: Call FnMapDeleteElem
L3:
	  67: MovImm dst: r0 imm: 0
	  68: Exit

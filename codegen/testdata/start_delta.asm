map m0 @lat: PerCPUArray key 4 value 8 entries 66
map m1 @start: Hash key 8 value 8 entries 4096
program p0 tracepoint:syscalls:sys_enter_read (TracePoint):
  ; line 5:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L2>
  ; line 5:38
	   4: Call FnKtimeGetNs
	   5: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	   6: Call FnGetCurrentPidTgid
	   7: MovReg32 dst: r0 src: r0
	   8: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	   9: LoadMapPtr dst: r1 fd: 0 <m1>
	  11: MovReg dst: r2 src: rfp
	  12: AddImm dst: r2 imm: -16
	  13: MovReg dst: r3 src: rfp
	  14: AddImm dst: r3 imm: -8
	  15: MovImm dst: r4 imm: 0
	  16: Call FnMapUpdateElem
	  17: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  18: NegImm32 dst: r0 imm: 0
	  19: JLTImm dst: r0 off: -1 imm: 128 <L3>
	  20: MovImm dst: r0 imm: 127
L3:
	  21: LShImm dst: r0 imm: 3
	  22: LoadMapValue dst: r1, fd: 0 off: 1024 <full>
	  24: AddReg dst: r1 src: r0
	  25: MovImm dst: r2 imm: 1
	  26: StXAtomicAddDW dst: r1 src: r2 off: 0
L2:
	  27: MovImm dst: r0 imm: 0
	  28: Exit
program p1 tracepoint:syscalls:sys_exit_read (TracePoint):
  ; line 6:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L3>
  ; line 6:37
	   4: Call FnGetCurrentPidTgid
	   5: MovReg32 dst: r0 src: r0
	   6: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	   7: LoadMapPtr dst: r1 fd: 0 <m1>
	   9: MovReg dst: r2 src: rfp
	  10: AddImm dst: r2 imm: -16
	  11: Call FnMapLookupElem
	  12: MovImm dst: r7 imm: 0
	  13: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  14: LdXMemDW dst: r7 src: r0 off: 0 imm: 0
L2:
	  15: StXMemDW dst: rfp src: r7 off: -8 imm: 0
  ; line 6:55
	  16: JEqImm dst: r7 off: -1 imm: 0 <L3>
  ; line 6:65
	  17: Call FnKtimeGetNs
	  18: MovReg dst: r7 src: r0
	  19: LdXMemDW dst: r8 src: rfp off: -8 imm: 0
	  20: SubReg dst: r7 src: r8
	  21: MovReg dst: r1 src: r7
	  22: JEqImm dst: r1 off: -1 imm: 0 <L6>
	  23: MovImm dst: r2 imm: 2
	  24: MovReg dst: r3 src: r1
	  25: RShImm dst: r3 imm: 32
	  26: JEqImm dst: r3 off: -1 imm: 0 <L8>
	  27: MovReg dst: r1 src: r3
	  28: AddImm dst: r2 imm: 32
L8:
	  29: JLTImm dst: r1 off: -1 imm: 65536 <L9>
	  30: RShImm dst: r1 imm: 16
	  31: AddImm dst: r2 imm: 16
L9:
	  32: JLTImm dst: r1 off: -1 imm: 256 <L10>
	  33: RShImm dst: r1 imm: 8
	  34: AddImm dst: r2 imm: 8
L10:
	  35: JLTImm dst: r1 off: -1 imm: 16 <L11>
	  36: RShImm dst: r1 imm: 4
	  37: AddImm dst: r2 imm: 4
L11:
	  38: JLTImm dst: r1 off: -1 imm: 4 <L12>
	  39: RShImm dst: r1 imm: 2
	  40: AddImm dst: r2 imm: 2
L12:
	  41: JLTImm dst: r1 off: -1 imm: 2 <L13>
	  42: AddImm dst: r2 imm: 1
L13:
	  43: Ja off: -1 <L7>
L6:
	  44: MovImm dst: r2 imm: 1
L7:
	  45: StXMemW dst: rfp src: r2 off: -16 imm: 0
	  46: LoadMapPtr dst: r1 fd: 0 <m0>
	  48: MovReg dst: r2 src: rfp
	  49: AddImm dst: r2 imm: -16
	  50: Call FnMapLookupElem
	  51: JNEImm dst: r0 off: -1 imm: 0 <L14>
	  52: Exit
L14:
	  53: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  54: AddImm dst: r1 imm: 1
	  55: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 6:90
	  56: Call FnGetCurrentPidTgid
	  57: MovReg32 dst: r0 src: r0
	  58: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	  59: LoadMapPtr dst: r1 fd: 0 <m1>
	  61: MovReg dst: r2 src: rfp
	  62: AddImm dst: r2 imm: -16
	  63: Call FnMapDeleteElem
L3:
	  64: MovImm dst: r0 imm: 0
	  65: Exit

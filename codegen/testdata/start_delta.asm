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
	   4: StMemDW dst: rfp src: r0 off: -8 imm: 0
  ; line 6:37
	   5: Call FnGetCurrentPidTgid
	   6: MovReg32 dst: r0 src: r0
	   7: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	   8: LoadMapPtr dst: r1 fd: 0 <m1>
	  10: MovReg dst: r2 src: rfp
	  11: AddImm dst: r2 imm: -16
	  12: Call FnMapLookupElem
	  13: MovImm dst: r7 imm: 0
	  14: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  15: LdXMemDW dst: r7 src: r0 off: 0 imm: 0
L2:
	  16: StXMemDW dst: rfp src: r7 off: -8 imm: 0
  ; line 6:55
	  17: JEqImm dst: r7 off: -1 imm: 0 <L3>
  ; line 6:65
	  18: Call FnKtimeGetNs
	  19: MovReg dst: r7 src: r0
	  20: LdXMemDW dst: r8 src: rfp off: -8 imm: 0
	  21: SubReg dst: r7 src: r8
	  22: MovReg dst: r1 src: r7
	  23: JEqImm dst: r1 off: -1 imm: 0 <L6>
	  24: MovImm dst: r2 imm: 2
	  25: MovReg dst: r3 src: r1
	  26: RShImm dst: r3 imm: 32
	  27: JEqImm dst: r3 off: -1 imm: 0 <L8>
	  28: MovReg dst: r1 src: r3
	  29: AddImm dst: r2 imm: 32
L8:
	  30: JLTImm dst: r1 off: -1 imm: 65536 <L9>
	  31: RShImm dst: r1 imm: 16
	  32: AddImm dst: r2 imm: 16
L9:
	  33: JLTImm dst: r1 off: -1 imm: 256 <L10>
	  34: RShImm dst: r1 imm: 8
	  35: AddImm dst: r2 imm: 8
L10:
	  36: JLTImm dst: r1 off: -1 imm: 16 <L11>
	  37: RShImm dst: r1 imm: 4
	  38: AddImm dst: r2 imm: 4
L11:
	  39: JLTImm dst: r1 off: -1 imm: 4 <L12>
	  40: RShImm dst: r1 imm: 2
	  41: AddImm dst: r2 imm: 2
L12:
	  42: JLTImm dst: r1 off: -1 imm: 2 <L13>
	  43: AddImm dst: r2 imm: 1
L13:
	  44: Ja off: -1 <L7>
L6:
	  45: MovImm dst: r2 imm: 1
L7:
	  46: StXMemW dst: rfp src: r2 off: -16 imm: 0
	  47: LoadMapPtr dst: r1 fd: 0 <m0>
	  49: MovReg dst: r2 src: rfp
	  50: AddImm dst: r2 imm: -16
	  51: Call FnMapLookupElem
	  52: JNEImm dst: r0 off: -1 imm: 0 <L14>
	  53: Exit
L14:
	  54: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  55: AddImm dst: r1 imm: 1
	  56: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 6:90
	  57: Call FnGetCurrentPidTgid
	  58: MovReg32 dst: r0 src: r0
	  59: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	  60: LoadMapPtr dst: r1 fd: 0 <m1>
	  62: MovReg dst: r2 src: rfp
	  63: AddImm dst: r2 imm: -16
	  64: Call FnMapDeleteElem
L3:
	  65: MovImm dst: r0 imm: 0
	  66: Exit

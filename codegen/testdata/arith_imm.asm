map m0 @a: PerCPUArray key 4 value 16 entries 1
map m1 @b: PerCPUArray key 4 value 16 entries 1
program p0 tracepoint:syscalls:sys_enter_getppid (TracePoint):
  ; line 5:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L1>
  ; line 6:3
	   4: Call FnKtimeGetNs
	   5: StXMemDW dst: rfp src: r0 off: -8 imm: 0
  ; line 7:3
	   6: LdXMemDW dst: r7 src: rfp off: -8 imm: 0
	   7: DivImm dst: r7 imm: 1000
	   8: LdXMemDW dst: r8 src: rfp off: -8 imm: 0
	   9: ModImm dst: r8 imm: 7
	  10: AddReg dst: r7 src: r8
	  11: LdXMemDW dst: r8 src: rfp off: -8 imm: 0
	  12: LShImm dst: r8 imm: 3
	  13: MulImm dst: r8 imm: 5
	  14: SubReg dst: r7 src: r8
	  15: LdXMemDW dst: r8 src: rfp off: -8 imm: 0
	  16: RShImm dst: r8 imm: 4
	  17: AndImm dst: r8 imm: 255
	  18: OrImm dst: r8 imm: 3
	  19: AddReg dst: r7 src: r8
	  20: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  21: LoadMapPtr dst: r1 fd: 0 <m0>
	  23: MovReg dst: r2 src: rfp
	  24: AddImm dst: r2 imm: -16
	  25: Call FnMapLookupElem
	  26: JNEImm dst: r0 off: -1 imm: 0 <L2>
	  27: Exit
L2:
	  28: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  29: AddReg dst: r1 src: r7
	  30: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  31: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  32: AddImm dst: r1 imm: 1
	  33: StXMemDW dst: r0 src: r1 off: 8 imm: 0
  ; line 8:3
	  34: LdXMemDW dst: r7 src: rfp off: -8 imm: 0
	  35: MovImm dst: r8 imm: 64
	  36: LShReg dst: r7 src: r8
	  37: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  38: LoadMapPtr dst: r1 fd: 0 <m1>
	  40: MovReg dst: r2 src: rfp
	  41: AddImm dst: r2 imm: -16
	  42: Call FnMapLookupElem
	  43: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  44: Exit
L3:
	  45: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  46: AddReg dst: r1 src: r7
	  47: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  48: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	  49: AddImm dst: r1 imm: 1
	  50: StXMemDW dst: r0 src: r1 off: 8 imm: 0
L1:
	  51: MovImm dst: r0 imm: 0
	  52: Exit

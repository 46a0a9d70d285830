map m0 @n: PerCPUArray key 4 value 8 entries 1
map m1 @seen: LRUHash key 8 value 8 entries 16
event 0 kind 7 size 8 from tracepoint:syscalls:sys_enter_getppid
program p0 tracepoint:syscalls:sys_enter_getppid (TracePoint):
  ; line 4:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L5>
  ; line 5:3
	   4: StMemDW dst: rfp src: r0 off: -8 imm: 0
	   5: LoadMapPtr dst: r1 fd: 0 <m0>
	   7: MovReg dst: r2 src: rfp
	   8: AddImm dst: r2 imm: -8
	   9: Call FnMapLookupElem
	  10: JNEImm dst: r0 off: -1 imm: 0 <L2>
	  11: Exit
L2:
	  12: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  13: AddImm dst: r1 imm: 1
	  14: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 6:3
	  15: MovImm dst: r7 imm: 1
	  16: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	  17: Call FnGetCurrentPidTgid
	  18: RShImm dst: r0 imm: 32
	  19: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	  20: LoadMapPtr dst: r1 fd: 0 <m1>
	  22: MovReg dst: r2 src: rfp
	  23: AddImm dst: r2 imm: -16
	  24: MovReg dst: r3 src: rfp
	  25: AddImm dst: r3 imm: -8
	  26: MovImm dst: r4 imm: 0
	  27: Call FnMapUpdateElem
	  28: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  29: NegImm32 dst: r0 imm: 0
	  30: JLTImm dst: r0 off: -1 imm: 128 <L4>
	  31: MovImm dst: r0 imm: 127
L4:
	  32: LShImm dst: r0 imm: 3
	  33: LoadMapValue dst: r1, fd: 0 off: 1024 <full>
	  35: AddReg dst: r1 src: r0
	  36: MovImm dst: r2 imm: 1
	  37: StXAtomicAddDW dst: r1 src: r2 off: 0
  ; line 7:3
L3:
	  38: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  39: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  40: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  41: StMemDW dst: rfp src: r0 off: -32 imm: 0
L7:
	  42: LdXMemDW dst: r3 src: rfp off: -32 imm: 0
	  43: JGEImm dst: r3 off: -1 imm: 1 <L9>
	  44: LoadMapPtr dst: r1 fd: 0 <m0>
	  46: MovReg dst: r2 src: rfp
	  47: AddImm dst: r2 imm: -8
	  48: Call FnMapLookupPercpuElem
	  49: JEqImm dst: r0 off: -1 imm: 0 <L8>
	  50: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  51: LdXMemDW dst: r2 src: rfp off: -24 imm: 0
	  52: AddReg dst: r2 src: r1
	  53: StXMemDW dst: rfp src: r2 off: -24 imm: 0
L8:
	  54: LdXMemDW dst: r3 src: rfp off: -32 imm: 0
	  55: AddImm dst: r3 imm: 1
	  56: StXMemDW dst: rfp src: r3 off: -32 imm: 0
	  57: Ja off: -1 <L7>
L9:
	  58: LdXMemDW dst: r7 src: rfp off: -24 imm: 0
	  59: JLEImm dst: r7 off: -1 imm: 10 <L5>
  ; line 7:18
	  60: LoadMapPtr dst: r1 fd: 0 <events>
	  62: MovImm dst: r2 imm: 8
	  63: MovImm dst: r3 imm: 0
	  64: Call FnRingbufReserve
	  65: JEqImm dst: r0 off: -1 imm: 0 <L10>
	  66: MovReg dst: r7 src: r0
	  67: StMemDW dst: r7 src: r0 off: 0 imm: 0
	  68: MovImm dst: r2 imm: 2
	  69: MovReg dst: r1 src: r7
	  70: Call FnRingbufSubmit
	  71: Ja off: -1 <L11>
L10:
	  72: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  73: LoadMapPtr dst: r1 fd: 0 <lost>
	  75: MovReg dst: r2 src: rfp
	  76: AddImm dst: r2 imm: -40
	  77: Call FnMapLookupElem
	  78: JNEImm dst: r0 off: -1 imm: 0 <L12>
	  79: Exit
L12:
	  80: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  81: AddImm dst: r1 imm: 1
	  82: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L11:
	  83: Ja off: -1 <L5>
L5:
	  84: MovImm dst: r0 imm: 0
	  85: Exit

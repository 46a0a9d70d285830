map m0 @n: PerCPUArray key 4 value 8 entries 1
map m1 @seen: LRUHash key 8 value 8 entries 16
event 0 kind 7 size 8 from tracepoint:syscalls:sys_enter_getppid
program p0 tracepoint:syscalls:sys_enter_getppid (TracePoint):
  ; line 4:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L7>
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
	  19: MovReg dst: r7 src: r0
	  20: StXMemDW dst: rfp src: r7 off: -16 imm: 0
	  21: LoadMapPtr dst: r1 fd: 0 <m1>
	  23: MovReg dst: r2 src: rfp
	  24: AddImm dst: r2 imm: -16
	  25: MovReg dst: r3 src: rfp
	  26: AddImm dst: r3 imm: -8
	  27: MovImm dst: r4 imm: 0
	  28: Call FnMapUpdateElem
	  29: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  30: LoadMapValue dst: r1, fd: 0 off: 40 <full>
	  32: MovImm dst: r2 imm: 1
	  33: JNE32Imm dst: r0 off: -1 imm: -7 <L4>
	  34: StXAtomicAddDW dst: r1 src: r2 off: 0
	  35: Ja off: -1 <L3>
L4:
	  36: JNE32Imm dst: r0 off: -1 imm: -12 <L5>
	  37: StXAtomicAddDW dst: r1 src: r2 off: 8
	  38: Ja off: -1 <L3>
L5:
	  39: JNE32Imm dst: r0 off: -1 imm: -16 <L6>
	  40: StXAtomicAddDW dst: r1 src: r2 off: 16
	  41: Ja off: -1 <L3>
L6:
	  42: StXAtomicAddDW dst: r1 src: r2 off: 24
	  43: NegImm32 dst: r0 imm: 0
	  44: StXMemDW dst: r1 src: r0 off: 32 imm: 0
  ; line 7:3
L3:
	  45: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  46: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  47: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  48: StMemDW dst: rfp src: r0 off: -32 imm: 0
L9:
	  49: LdXMemDW dst: r3 src: rfp off: -32 imm: 0
	  50: JGEImm dst: r3 off: -1 imm: 1 <L11>
	  51: LoadMapPtr dst: r1 fd: 0 <m0>
	  53: MovReg dst: r2 src: rfp
	  54: AddImm dst: r2 imm: -8
	  55: Call FnMapLookupPercpuElem
	  56: JEqImm dst: r0 off: -1 imm: 0 <L10>
	  57: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  58: LdXMemDW dst: r2 src: rfp off: -24 imm: 0
	  59: AddReg dst: r2 src: r1
	  60: StXMemDW dst: rfp src: r2 off: -24 imm: 0
L10:
	  61: LdXMemDW dst: r3 src: rfp off: -32 imm: 0
	  62: AddImm dst: r3 imm: 1
	  63: StXMemDW dst: rfp src: r3 off: -32 imm: 0
	  64: Ja off: -1 <L9>
L11:
	  65: LdXMemDW dst: r7 src: rfp off: -24 imm: 0
	  66: JLEImm dst: r7 off: -1 imm: 10 <L7>
  ; line 7:18
	  67: LoadMapPtr dst: r1 fd: 0 <events>
	  69: MovImm dst: r2 imm: 8
	  70: MovImm dst: r3 imm: 0
	  71: Call FnRingbufReserve
	  72: JEqImm dst: r0 off: -1 imm: 0 <L12>
	  73: MovReg dst: r7 src: r0
	  74: StMemDW dst: r7 src: r0 off: 0 imm: 0
	  75: MovImm dst: r2 imm: 2
	  76: MovReg dst: r1 src: r7
	  77: Call FnRingbufSubmit
	  78: Ja off: -1 <L13>
L12:
	  79: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  80: LoadMapPtr dst: r1 fd: 0 <lost>
	  82: MovReg dst: r2 src: rfp
	  83: AddImm dst: r2 imm: -40
	  84: Call FnMapLookupElem
	  85: JNEImm dst: r0 off: -1 imm: 0 <L14>
	  86: Exit
L14:
	  87: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  88: AddImm dst: r1 imm: 1
	  89: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L13:
	  90: Ja off: -1 <L7>
L7:
	  91: MovImm dst: r0 imm: 0
	  92: Exit

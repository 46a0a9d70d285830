map m0 @n: PerCPUArray key 4 value 8 entries 1
map m1 @seen: LRUHash key 8 value 8 entries 16
event 0 kind 7 size 8 from tracepoint:syscalls:sys_enter_getppid
program p0 tracepoint:syscalls:sys_enter_getppid (TracePoint):
  ; line 4:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L7>
  ; line 5:3
	   5: StMemDW dst: rfp src: r0 off: -8 imm: 0
	   6: LoadMapPtr dst: r1 fd: 0 <m0>
	   8: MovReg dst: r2 src: rfp
	   9: AddImm dst: r2 imm: -8
	  10: Call FnMapLookupElem
	  11: JNEImm dst: r0 off: -1 imm: 0 <L2>
	  12: Exit
L2:
	  13: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  14: AddImm dst: r1 imm: 1
	  15: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 6:3
	  16: MovImm dst: r7 imm: 1
	  17: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	  18: Call FnGetCurrentPidTgid
	  19: RShImm dst: r0 imm: 32
	  20: MovReg dst: r7 src: r0
	  21: StXMemDW dst: rfp src: r7 off: -16 imm: 0
	  22: LoadMapPtr dst: r1 fd: 0 <m1>
	  24: MovReg dst: r2 src: rfp
	  25: AddImm dst: r2 imm: -16
	  26: MovReg dst: r3 src: rfp
	  27: AddImm dst: r3 imm: -8
	  28: MovImm dst: r4 imm: 0
	  29: Call FnMapUpdateElem
	  30: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  31: LoadMapValue dst: r1, fd: 0 off: 40 <full>
	  33: MovImm dst: r2 imm: 1
	  34: JNE32Imm dst: r0 off: -1 imm: -7 <L4>
	  35: StXAtomicAddDW dst: r1 src: r2 off: 0
	  36: Ja off: -1 <L3>
L4:
	  37: JNE32Imm dst: r0 off: -1 imm: -12 <L5>
	  38: StXAtomicAddDW dst: r1 src: r2 off: 8
	  39: Ja off: -1 <L3>
L5:
	  40: JNE32Imm dst: r0 off: -1 imm: -16 <L6>
	  41: StXAtomicAddDW dst: r1 src: r2 off: 16
	  42: Ja off: -1 <L3>
L6:
	  43: StXAtomicAddDW dst: r1 src: r2 off: 24
	  44: NegImm32 dst: r0 imm: 0
	  45: StXMemDW dst: r1 src: r0 off: 32 imm: 0
  ; line 7:3
L3:
	  46: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  47: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  48: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  49: StMemDW dst: rfp src: r0 off: -32 imm: 0
L9:
	  50: LdXMemDW dst: r3 src: rfp off: -32 imm: 0
	  51: JGEImm dst: r3 off: -1 imm: 1 <L11>
	  52: LoadMapPtr dst: r1 fd: 0 <m0>
	  54: MovReg dst: r2 src: rfp
	  55: AddImm dst: r2 imm: -8
	  56: Call FnMapLookupPercpuElem
	  57: JEqImm dst: r0 off: -1 imm: 0 <L10>
	  58: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  59: LdXMemDW dst: r2 src: rfp off: -24 imm: 0
	  60: AddReg dst: r2 src: r1
	  61: StXMemDW dst: rfp src: r2 off: -24 imm: 0
L10:
	  62: LdXMemDW dst: r3 src: rfp off: -32 imm: 0
	  63: AddImm dst: r3 imm: 1
	  64: StXMemDW dst: rfp src: r3 off: -32 imm: 0
	  65: Ja off: -1 <L9>
L11:
	  66: LdXMemDW dst: r7 src: rfp off: -24 imm: 0
	  67: JLEImm dst: r7 off: -1 imm: 10 <L7>
  ; line 7:18
	  68: LoadMapPtr dst: r1 fd: 0 <events>
	  70: MovImm dst: r2 imm: 8
	  71: MovImm dst: r3 imm: 0
	  72: Call FnRingbufReserve
	  73: JEqImm dst: r0 off: -1 imm: 0 <L12>
	  74: MovReg dst: r7 src: r0
	  75: StMemDW dst: r7 src: r0 off: 0 imm: 0
	  76: MovImm dst: r2 imm: 2
	  77: MovReg dst: r1 src: r7
	  78: Call FnRingbufSubmit
	  79: Ja off: -1 <L13>
L12:
	  80: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  81: LoadMapPtr dst: r1 fd: 0 <lost>
	  83: MovReg dst: r2 src: rfp
	  84: AddImm dst: r2 imm: -40
	  85: Call FnMapLookupElem
	  86: JNEImm dst: r0 off: -1 imm: 0 <L14>
	  87: Exit
L14:
	  88: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  89: AddImm dst: r1 imm: 1
	  90: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L13:
	  91: Ja off: -1 <L7>
L7:
	  92: MovImm dst: r0 imm: 0
	  93: Exit

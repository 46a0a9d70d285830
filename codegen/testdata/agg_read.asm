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
	  19: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	  20: LoadMapPtr dst: r1 fd: 0 <m1>
	  22: MovReg dst: r2 src: rfp
	  23: AddImm dst: r2 imm: -16
	  24: MovReg dst: r3 src: rfp
	  25: AddImm dst: r3 imm: -8
	  26: MovImm dst: r4 imm: 0
	  27: Call FnMapUpdateElem
	  28: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  29: LoadMapValue dst: r1, fd: 0 off: 40 <full>
	  31: MovImm dst: r2 imm: 1
	  32: JNE32Imm dst: r0 off: -1 imm: -7 <L4>
	  33: StXAtomicAddDW dst: r1 src: r2 off: 0
	  34: Ja off: -1 <L3>
L4:
	  35: JNE32Imm dst: r0 off: -1 imm: -12 <L5>
	  36: StXAtomicAddDW dst: r1 src: r2 off: 8
	  37: Ja off: -1 <L3>
L5:
	  38: JNE32Imm dst: r0 off: -1 imm: -16 <L6>
	  39: StXAtomicAddDW dst: r1 src: r2 off: 16
	  40: Ja off: -1 <L3>
L6:
	  41: StXAtomicAddDW dst: r1 src: r2 off: 24
	  42: NegImm32 dst: r0 imm: 0
	  43: StXMemDW dst: r1 src: r0 off: 32 imm: 0
  ; line 7:3
L3:
	  44: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  45: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  46: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  47: StMemDW dst: rfp src: r0 off: -32 imm: 0
L9:
	  48: LdXMemDW dst: r3 src: rfp off: -32 imm: 0
	  49: JGEImm dst: r3 off: -1 imm: 1 <L11>
	  50: LoadMapPtr dst: r1 fd: 0 <m0>
	  52: MovReg dst: r2 src: rfp
	  53: AddImm dst: r2 imm: -8
	  54: Call FnMapLookupPercpuElem
	  55: JEqImm dst: r0 off: -1 imm: 0 <L10>
	  56: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  57: LdXMemDW dst: r2 src: rfp off: -24 imm: 0
	  58: AddReg dst: r2 src: r1
	  59: StXMemDW dst: rfp src: r2 off: -24 imm: 0
L10:
	  60: LdXMemDW dst: r3 src: rfp off: -32 imm: 0
	  61: AddImm dst: r3 imm: 1
	  62: StXMemDW dst: rfp src: r3 off: -32 imm: 0
	  63: Ja off: -1 <L9>
L11:
	  64: LdXMemDW dst: r7 src: rfp off: -24 imm: 0
	  65: JLEImm dst: r7 off: -1 imm: 10 <L7>
  ; line 7:18
	  66: LoadMapPtr dst: r1 fd: 0 <events>
	  68: MovImm dst: r2 imm: 8
	  69: MovImm dst: r3 imm: 0
	  70: Call FnRingbufReserve
	  71: JEqImm dst: r0 off: -1 imm: 0 <L12>
	  72: MovReg dst: r7 src: r0
	  73: StMemDW dst: r7 src: r0 off: 0 imm: 0
	  74: MovImm dst: r2 imm: 2
	  75: MovReg dst: r1 src: r7
	  76: Call FnRingbufSubmit
	  77: Ja off: -1 <L13>
L12:
	  78: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  79: LoadMapPtr dst: r1 fd: 0 <lost>
	  81: MovReg dst: r2 src: rfp
	  82: AddImm dst: r2 imm: -40
	  83: Call FnMapLookupElem
	  84: JNEImm dst: r0 off: -1 imm: 0 <L14>
	  85: Exit
L14:
	  86: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  87: AddImm dst: r1 imm: 1
	  88: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L13:
	  89: Ja off: -1 <L7>
L7:
	  90: MovImm dst: r0 imm: 0
	  91: Exit

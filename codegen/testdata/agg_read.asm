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
	  15: StMemDW dst: rfp src: r0 off: -8 imm: 1
	  16: Call FnGetCurrentPidTgid
	  17: RShImm dst: r0 imm: 32
	  18: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	  19: LoadMapPtr dst: r1 fd: 0 <m1>
	  21: MovReg dst: r2 src: rfp
	  22: AddImm dst: r2 imm: -16
	  23: MovReg dst: r3 src: rfp
	  24: AddImm dst: r3 imm: -8
	  25: MovImm dst: r4 imm: 0
	  26: Call FnMapUpdateElem
	  27: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  28: NegImm32 dst: r0 imm: 0
	  29: JLTImm dst: r0 off: -1 imm: 128 <L4>
	  30: MovImm dst: r0 imm: 127
L4:
	  31: LShImm dst: r0 imm: 3
	  32: LoadMapValue dst: r1, fd: 0 off: 1024 <full>
	  34: AddReg dst: r1 src: r0
	  35: MovImm dst: r2 imm: 1
	  36: StXAtomicAddDW dst: r1 src: r2 off: 0
  ; line 7:3
L3:
	  37: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  38: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  39: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  40: StMemDW dst: rfp src: r0 off: -32 imm: 0
L7:
	  41: LdXMemDW dst: r3 src: rfp off: -32 imm: 0
	  42: JGEImm dst: r3 off: -1 imm: 1 <L9>
	  43: LoadMapPtr dst: r1 fd: 0 <m0>
	  45: MovReg dst: r2 src: rfp
	  46: AddImm dst: r2 imm: -8
	  47: Call FnMapLookupPercpuElem
	  48: JEqImm dst: r0 off: -1 imm: 0 <L8>
	  49: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  50: LdXMemDW dst: r2 src: rfp off: -24 imm: 0
	  51: AddReg dst: r2 src: r1
	  52: StXMemDW dst: rfp src: r2 off: -24 imm: 0
L8:
	  53: LdXMemDW dst: r3 src: rfp off: -32 imm: 0
	  54: AddImm dst: r3 imm: 1
	  55: StXMemDW dst: rfp src: r3 off: -32 imm: 0
	  56: Ja off: -1 <L7>
L9:
	  57: LdXMemDW dst: r7 src: rfp off: -24 imm: 0
	  58: JLEImm dst: r7 off: -1 imm: 10 <L5>
  ; line 7:18
	  59: LoadMapValue dst: r1, fd: 0 off: 0 <exit>
	  61: StMemDW dst: r1 src: r0 off: 0 imm: 256
	  62: LoadMapValue dst: r1, fd: 0 off: 0 <stop>
	  64: StMemDW dst: r1 src: r0 off: 0 imm: 1
	  65: LoadMapPtr dst: r1 fd: 0 <events>
	  67: MovImm dst: r2 imm: 8
	  68: MovImm dst: r3 imm: 0
	  69: Call FnRingbufReserve
	  70: JEqImm dst: r0 off: -1 imm: 0 <L10>
	  71: MovReg dst: r7 src: r0
	  72: StMemDW dst: r7 src: r0 off: 0 imm: 0
	  73: MovImm dst: r2 imm: 2
	  74: MovReg dst: r1 src: r7
	  75: Call FnRingbufSubmit
	  76: Ja off: -1 <L11>
L10:
	  77: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  78: LoadMapPtr dst: r1 fd: 0 <lost>
	  80: MovReg dst: r2 src: rfp
	  81: AddImm dst: r2 imm: -40
	  82: Call FnMapLookupElem
	  83: JNEImm dst: r0 off: -1 imm: 0 <L12>
	  84: Exit
L12:
	  85: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  86: AddImm dst: r1 imm: 1
	  87: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L11:
	  88: Ja off: -1 <L5>
L5:
	  89: MovImm dst: r0 imm: 0
	  90: Exit

map m0 @n: PerCPUArray key 4 value 8 entries 1
map m1 @seen: LRUHash key 8 value 8 entries 16
event 0 kind 7 size 8 from tracepoint:syscalls:sys_enter_getppid
program p0 tracepoint:syscalls:sys_enter_getppid (TracePoint):
  ; line 4:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L10>
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
	  31: StXMemDW dst: rfp src: r0 off: -32 imm: 0
	  32: JEq32Imm dst: r0 off: -1 imm: -7 <L5>
	  33: JEq32Imm dst: r0 off: -1 imm: -12 <L5>
	  34: JEq32Imm dst: r0 off: -1 imm: -16 <L5>
	  35: StMemDW dst: rfp src: r0 off: -40 imm: 9
	  36: LoadMapPtr dst: r1 fd: 0 <full>
	  38: MovReg dst: r2 src: rfp
	  39: AddImm dst: r2 imm: -40
	  40: Call FnMapLookupElem
	  41: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  42: LdXMemDW dst: r1 src: rfp off: -32 imm: 0
	  43: NegImm32 dst: r1 imm: 0
	  44: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L5:
	  45: LdXMemDW dst: r0 src: rfp off: -32 imm: 0
	  46: StMemDW dst: rfp src: r0 off: -24 imm: 8
	  47: JNE32Imm dst: r0 off: -1 imm: -7 <L6>
	  48: StMemDW dst: rfp src: r0 off: -24 imm: 5
	  49: Ja off: -1 <L8>
L6:
	  50: JNE32Imm dst: r0 off: -1 imm: -12 <L7>
	  51: StMemDW dst: rfp src: r0 off: -24 imm: 6
	  52: Ja off: -1 <L8>
L7:
	  53: JNE32Imm dst: r0 off: -1 imm: -16 <L8>
	  54: StMemDW dst: rfp src: r0 off: -24 imm: 7
L8:
	  55: LoadMapPtr dst: r1 fd: 0 <full>
	  57: MovReg dst: r2 src: rfp
	  58: AddImm dst: r2 imm: -24
	  59: Call FnMapLookupElem
	  60: JNEImm dst: r0 off: -1 imm: 0 <L9>
	  61: Exit
L9:
	  62: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  63: AddImm dst: r1 imm: 1
	  64: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 7:3
L3:
	  65: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  66: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  67: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  68: StMemDW dst: rfp src: r0 off: -32 imm: 0
L12:
	  69: LdXMemDW dst: r3 src: rfp off: -32 imm: 0
	  70: JGEImm dst: r3 off: -1 imm: 1 <L14>
	  71: LoadMapPtr dst: r1 fd: 0 <m0>
	  73: MovReg dst: r2 src: rfp
	  74: AddImm dst: r2 imm: -8
	  75: Call FnMapLookupPercpuElem
	  76: JEqImm dst: r0 off: -1 imm: 0 <L13>
	  77: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  78: LdXMemDW dst: r2 src: rfp off: -24 imm: 0
	  79: AddReg dst: r2 src: r1
	  80: StXMemDW dst: rfp src: r2 off: -24 imm: 0
L13:
	  81: LdXMemDW dst: r3 src: rfp off: -32 imm: 0
	  82: AddImm dst: r3 imm: 1
	  83: StXMemDW dst: rfp src: r3 off: -32 imm: 0
	  84: Ja off: -1 <L12>
L14:
	  85: LdXMemDW dst: r7 src: rfp off: -24 imm: 0
	  86: JLEImm dst: r7 off: -1 imm: 10 <L10>
  ; line 7:18
	  87: LoadMapPtr dst: r1 fd: 0 <events>
	  89: MovImm dst: r2 imm: 8
	  90: MovImm dst: r3 imm: 0
	  91: Call FnRingbufReserve
	  92: JEqImm dst: r0 off: -1 imm: 0 <L15>
	  93: MovReg dst: r7 src: r0
	  94: StMemDW dst: r7 src: r0 off: 0 imm: 0
	  95: MovImm dst: r2 imm: 2
	  96: MovReg dst: r1 src: r7
	  97: Call FnRingbufSubmit
	  98: Ja off: -1 <L16>
L15:
	  99: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 100: LoadMapPtr dst: r1 fd: 0 <lost>
	 102: MovReg dst: r2 src: rfp
	 103: AddImm dst: r2 imm: -40
	 104: Call FnMapLookupElem
	 105: JNEImm dst: r0 off: -1 imm: 0 <L17>
	 106: Exit
L17:
	 107: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 108: AddImm dst: r1 imm: 1
	 109: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L16:
	 110: Ja off: -1 <L10>
L10:
	 111: MovImm dst: r0 imm: 0
	 112: Exit

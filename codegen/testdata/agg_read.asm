map m0 @n: PerCPUArray key 4 value 8 entries 1
map m1 @seen: LRUHash key 8 value 8 entries 16
event 0 kind 7 size 8 from tracepoint:syscalls:sys_enter_getppid
program p0 tracepoint:syscalls:sys_enter_getppid (TracePoint):
  ; line 4:1
	   0: MovReg dst: r6 src: r1
  ; line 5:3
	   1: StMemDW dst: rfp src: r0 off: -8 imm: 0
	   2: LoadMapPtr dst: r1 fd: 0 <m0>
	   4: MovReg dst: r2 src: rfp
	   5: AddImm dst: r2 imm: -8
	   6: Call FnMapLookupElem
	   7: JNEImm dst: r0 off: -1 imm: 0 <L2>
	   8: Exit
L2:
	   9: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  10: AddImm dst: r1 imm: 1
	  11: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 6:3
	  12: MovImm dst: r7 imm: 1
	  13: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	  14: Call FnGetCurrentPidTgid
	  15: RShImm dst: r0 imm: 32
	  16: MovReg dst: r7 src: r0
	  17: StXMemDW dst: rfp src: r7 off: -16 imm: 0
	  18: LoadMapPtr dst: r1 fd: 0 <m1>
	  20: MovReg dst: r2 src: rfp
	  21: AddImm dst: r2 imm: -16
	  22: MovReg dst: r3 src: rfp
	  23: AddImm dst: r3 imm: -8
	  24: MovImm dst: r4 imm: 0
	  25: Call FnMapUpdateElem
	  26: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  27: StXMemDW dst: rfp src: r0 off: -32 imm: 0
	  28: JEq32Imm dst: r0 off: -1 imm: -7 <L5>
	  29: JEq32Imm dst: r0 off: -1 imm: -12 <L5>
	  30: JEq32Imm dst: r0 off: -1 imm: -16 <L5>
	  31: StMemDW dst: rfp src: r0 off: -40 imm: 9
	  32: LoadMapPtr dst: r1 fd: 0 <full>
	  34: MovReg dst: r2 src: rfp
	  35: AddImm dst: r2 imm: -40
	  36: Call FnMapLookupElem
	  37: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  38: LdXMemDW dst: r1 src: rfp off: -32 imm: 0
	  39: NegImm32 dst: r1 imm: 0
	  40: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L5:
	  41: LdXMemDW dst: r0 src: rfp off: -32 imm: 0
	  42: StMemDW dst: rfp src: r0 off: -24 imm: 8
	  43: JNE32Imm dst: r0 off: -1 imm: -7 <L6>
	  44: StMemDW dst: rfp src: r0 off: -24 imm: 5
	  45: Ja off: -1 <L8>
L6:
	  46: JNE32Imm dst: r0 off: -1 imm: -12 <L7>
	  47: StMemDW dst: rfp src: r0 off: -24 imm: 6
	  48: Ja off: -1 <L8>
L7:
	  49: JNE32Imm dst: r0 off: -1 imm: -16 <L8>
	  50: StMemDW dst: rfp src: r0 off: -24 imm: 7
L8:
	  51: LoadMapPtr dst: r1 fd: 0 <full>
	  53: MovReg dst: r2 src: rfp
	  54: AddImm dst: r2 imm: -24
	  55: Call FnMapLookupElem
	  56: JNEImm dst: r0 off: -1 imm: 0 <L9>
	  57: Exit
L9:
	  58: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  59: AddImm dst: r1 imm: 1
	  60: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 7:3
L3:
	  61: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  62: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  63: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  64: StMemDW dst: rfp src: r0 off: -32 imm: 0
L12:
	  65: LdXMemDW dst: r3 src: rfp off: -32 imm: 0
	  66: JGEImm dst: r3 off: -1 imm: 1 <L14>
	  67: LoadMapPtr dst: r1 fd: 0 <m0>
	  69: MovReg dst: r2 src: rfp
	  70: AddImm dst: r2 imm: -8
	  71: Call FnMapLookupPercpuElem
	  72: JEqImm dst: r0 off: -1 imm: 0 <L13>
	  73: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  74: LdXMemDW dst: r2 src: rfp off: -24 imm: 0
	  75: AddReg dst: r2 src: r1
	  76: StXMemDW dst: rfp src: r2 off: -24 imm: 0
L13:
	  77: LdXMemDW dst: r3 src: rfp off: -32 imm: 0
	  78: AddImm dst: r3 imm: 1
	  79: StXMemDW dst: rfp src: r3 off: -32 imm: 0
	  80: Ja off: -1 <L12>
L14:
	  81: LdXMemDW dst: r7 src: rfp off: -24 imm: 0
	  82: JLEImm dst: r7 off: -1 imm: 10 <L10>
  ; line 7:18
	  83: LoadMapPtr dst: r1 fd: 0 <events>
	  85: MovImm dst: r2 imm: 8
	  86: MovImm dst: r3 imm: 0
	  87: Call FnRingbufReserve
	  88: JEqImm dst: r0 off: -1 imm: 0 <L15>
	  89: MovReg dst: r7 src: r0
	  90: StMemDW dst: r7 src: r0 off: 0 imm: 0
	  91: MovImm dst: r2 imm: 2
	  92: MovReg dst: r1 src: r7
	  93: Call FnRingbufSubmit
	  94: Ja off: -1 <L16>
L15:
	  95: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  96: LoadMapPtr dst: r1 fd: 0 <lost>
	  98: MovReg dst: r2 src: rfp
	  99: AddImm dst: r2 imm: -40
	 100: Call FnMapLookupElem
	 101: JNEImm dst: r0 off: -1 imm: 0 <L17>
	 102: Exit
L17:
	 103: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 104: AddImm dst: r1 imm: 1
	 105: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L16:
	 106: Ja off: -1 <L10>
L10:
	 107: MovImm dst: r0 imm: 0
	 108: Exit

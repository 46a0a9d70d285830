map m0 @k: PerCPUHash key 8 value 8 entries 4096
map m1 @u: PerCPUHash key 24 value 8 entries 4096
map kstack127: StackTrace key 4 value 1016 entries 16384
map ustack3: StackTrace key 4 value 24 entries 131072
program p0 tracepoint:syscalls:sys_enter_getppid (TracePoint):
  ; line 5:1
	   0: MovReg dst: r6 src: r1
  ; line 6:3
	   1: MovReg dst: r1 src: r6
	   2: LoadMapPtr dst: r2 fd: 0 <kstack127>
	   4: MovImm dst: r3 imm: 0
	   5: Call FnGetStackid
	   6: MovReg32 dst: r0 src: r0
	   7: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	   8: LoadMapPtr dst: r1 fd: 0 <m0>
	  10: MovReg dst: r2 src: rfp
	  11: AddImm dst: r2 imm: -8
	  12: Call FnMapLookupElem
	  13: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  14: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  15: MovReg dst: r0 src: rfp
	  16: AddImm dst: r0 imm: -16
	  17: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  18: AddImm dst: r1 imm: 1
	  19: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  20: LoadMapPtr dst: r1 fd: 0 <m0>
	  22: MovReg dst: r2 src: rfp
	  23: AddImm dst: r2 imm: -8
	  24: MovReg dst: r3 src: rfp
	  25: AddImm dst: r3 imm: -16
	  26: MovImm dst: r4 imm: 1
	  27: Call FnMapUpdateElem
	  28: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  29: LoadMapPtr dst: r1 fd: 0 <m0>
	  31: MovReg dst: r2 src: rfp
	  32: AddImm dst: r2 imm: -8
	  33: Call FnMapLookupElem
	  34: JEqImm dst: r0 off: -1 imm: 0 <L2>
L3:
	  35: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  36: AddImm dst: r1 imm: 1
	  37: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 7:3
L2:
	  38: MovReg dst: r1 src: r6
	  39: LoadMapPtr dst: r2 fd: 0 <ustack3>
	  41: MovImm dst: r3 imm: 256
	  42: Call FnGetStackid
	  43: StXMemW dst: rfp src: r0 off: -24 imm: 0
	  44: Call FnGetCurrentPidTgid
	  45: RShImm dst: r0 imm: 32
	  46: StXMemW dst: rfp src: r0 off: -20 imm: 0
	  47: MovReg dst: r1 src: rfp
	  48: AddImm dst: r1 imm: -16
	  49: MovImm dst: r2 imm: 16
	  50: Call FnGetCurrentComm
	  51: LoadMapPtr dst: r1 fd: 0 <m1>
	  53: MovReg dst: r2 src: rfp
	  54: AddImm dst: r2 imm: -24
	  55: Call FnMapLookupElem
	  56: JNEImm dst: r0 off: -1 imm: 0 <L5>
	  57: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  58: MovReg dst: r0 src: rfp
	  59: AddImm dst: r0 imm: -32
	  60: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  61: AddImm dst: r1 imm: 1
	  62: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  63: LoadMapPtr dst: r1 fd: 0 <m1>
	  65: MovReg dst: r2 src: rfp
	  66: AddImm dst: r2 imm: -24
	  67: MovReg dst: r3 src: rfp
	  68: AddImm dst: r3 imm: -32
	  69: MovImm dst: r4 imm: 1
	  70: Call FnMapUpdateElem
	  71: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  72: LoadMapPtr dst: r1 fd: 0 <m1>
	  74: MovReg dst: r2 src: rfp
	  75: AddImm dst: r2 imm: -24
	  76: Call FnMapLookupElem
	  77: JEqImm dst: r0 off: -1 imm: 0 <L4>
L5:
	  78: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  79: AddImm dst: r1 imm: 1
	  80: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 8:3
L4:
	  81: LoadMapPtr dst: r1 fd: 0 <events>
	  83: MovImm dst: r2 imm: 16
	  84: MovImm dst: r3 imm: 0
	  85: Call FnRingbufReserve
	  86: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  87: MovReg dst: r7 src: r0
	  88: StMemDW dst: r7 src: r0 off: 0 imm: 0
	  89: MovReg dst: r1 src: r6
	  90: LoadMapPtr dst: r2 fd: 0 <ustack3>
	  92: MovImm dst: r3 imm: 256
	  93: Call FnGetStackid
	  94: StXMemW dst: r7 src: r0 off: 8 imm: 0
	  95: Call FnGetCurrentPidTgid
	  96: RShImm dst: r0 imm: 32
	  97: StXMemW dst: r7 src: r0 off: 12 imm: 0
	  98: Call FnKtimeGetNs
	  99: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	 100: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 101: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 103: MovReg dst: r2 src: rfp
	 104: AddImm dst: r2 imm: -16
	 105: Call FnMapLookupElem
	 106: JEqImm dst: r0 off: -1 imm: 0 <L8>
	 107: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	 108: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 109: MovReg dst: r4 src: r1
	 110: SubReg dst: r4 src: r3
	 111: JLTImm dst: r4 off: -1 imm: 1000000 <L8>
	 112: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 113: MovImm dst: r2 imm: 0
	 114: Ja off: -1 <L9>
L8:
	 115: MovImm dst: r2 imm: 1
L9:
	 116: MovReg dst: r1 src: r7
	 117: Call FnRingbufSubmit
	 118: Ja off: -1 <L10>
L6:
	 119: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 120: LoadMapPtr dst: r1 fd: 0 <lost>
	 122: MovReg dst: r2 src: rfp
	 123: AddImm dst: r2 imm: -24
	 124: Call FnMapLookupElem
	 125: JEqImm dst: r0 off: -1 imm: 0 <L10>
	 126: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 127: AddImm dst: r1 imm: 1
	 128: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L10:
	 129: MovImm dst: r0 imm: 0
	 130: Exit

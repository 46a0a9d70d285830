map m0 @k: PerCPUHash key 8 value 8 entries 4096
map m1 @u: PerCPUHash key 24 value 8 entries 4096
map kstack127: StackTrace key 4 value 1016 entries 16384
map ustack3: StackTrace key 4 value 24 entries 131072
event 0 kind 1 size 16 from tracepoint:syscalls:sys_enter_getppid
program p0 tracepoint:syscalls:sys_enter_getppid (TracePoint):
  ; line 5:1
	   0: MovReg dst: r6 src: r1
  ; line 6:3
	   1: MovReg dst: r1 src: r6
	   2: LoadMapPtr dst: r2 fd: 0 <kstack127>
	   4: MovImm dst: r3 imm: 0
	   5: Call FnGetStackid
	   6: StXMemW dst: rfp src: r0 off: -8 imm: 0
	   7: StMemW dst: rfp src: r0 off: -4 imm: -2147483648
	   8: LoadMapPtr dst: r1 fd: 0 <m0>
	  10: MovReg dst: r2 src: rfp
	  11: AddImm dst: r2 imm: -8
	  12: Call FnMapLookupElem
	  13: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  14: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  15: AddImm dst: r1 imm: 1
	  16: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  17: Ja off: -1 <L4>
L2:
	  18: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  19: LoadMapPtr dst: r1 fd: 0 <m0>
	  21: MovReg dst: r2 src: rfp
	  22: AddImm dst: r2 imm: -8
	  23: MovReg dst: r3 src: rfp
	  24: AddImm dst: r3 imm: -16
	  25: MovImm dst: r4 imm: 1
	  26: Call FnMapUpdateElem
	  27: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  28: LoadMapPtr dst: r1 fd: 0 <m0>
	  30: MovReg dst: r2 src: rfp
	  31: AddImm dst: r2 imm: -8
	  32: Call FnMapLookupElem
	  33: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  34: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  35: LoadMapPtr dst: r1 fd: 0 <full>
	  37: MovReg dst: r2 src: rfp
	  38: AddImm dst: r2 imm: -24
	  39: Call FnMapLookupElem
	  40: JNEImm dst: r0 off: -1 imm: 0 <L5>
	  41: Exit
L5:
	  42: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  43: AddImm dst: r1 imm: 1
	  44: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  45: Ja off: -1 <L4>
L3:
	  46: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  47: AddImm dst: r1 imm: 1
	  48: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 7:3
L4:
	  49: MovReg dst: r1 src: r6
	  50: LoadMapPtr dst: r2 fd: 0 <ustack3>
	  52: MovImm dst: r3 imm: 256
	  53: Call FnGetStackid
	  54: StXMemW dst: rfp src: r0 off: -24 imm: 0
	  55: Call FnGetCurrentPidTgid
	  56: RShImm dst: r0 imm: 32
	  57: OrImm32 dst: r0 imm: -2147483648
	  58: StXMemW dst: rfp src: r0 off: -20 imm: 0
	  59: MovReg dst: r1 src: rfp
	  60: AddImm dst: r1 imm: -16
	  61: MovImm dst: r2 imm: 16
	  62: Call FnGetCurrentComm
	  63: LoadMapPtr dst: r1 fd: 0 <m1>
	  65: MovReg dst: r2 src: rfp
	  66: AddImm dst: r2 imm: -24
	  67: Call FnMapLookupElem
	  68: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  69: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  70: AddImm dst: r1 imm: 1
	  71: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  72: Ja off: -1 <L8>
L6:
	  73: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  74: LoadMapPtr dst: r1 fd: 0 <m1>
	  76: MovReg dst: r2 src: rfp
	  77: AddImm dst: r2 imm: -24
	  78: MovReg dst: r3 src: rfp
	  79: AddImm dst: r3 imm: -32
	  80: MovImm dst: r4 imm: 1
	  81: Call FnMapUpdateElem
	  82: JEqImm dst: r0 off: -1 imm: 0 <L8>
	  83: LoadMapPtr dst: r1 fd: 0 <m1>
	  85: MovReg dst: r2 src: rfp
	  86: AddImm dst: r2 imm: -24
	  87: Call FnMapLookupElem
	  88: JNEImm dst: r0 off: -1 imm: 0 <L7>
	  89: StMemDW dst: rfp src: r0 off: -40 imm: 1
	  90: LoadMapPtr dst: r1 fd: 0 <full>
	  92: MovReg dst: r2 src: rfp
	  93: AddImm dst: r2 imm: -40
	  94: Call FnMapLookupElem
	  95: JNEImm dst: r0 off: -1 imm: 0 <L9>
	  96: Exit
L9:
	  97: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  98: AddImm dst: r1 imm: 1
	  99: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 100: Ja off: -1 <L8>
L7:
	 101: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 102: AddImm dst: r1 imm: 1
	 103: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 8:3
L8:
	 104: LoadMapPtr dst: r1 fd: 0 <events>
	 106: MovImm dst: r2 imm: 16
	 107: MovImm dst: r3 imm: 0
	 108: Call FnRingbufReserve
	 109: JEqImm dst: r0 off: -1 imm: 0 <L10>
	 110: MovReg dst: r7 src: r0
	 111: StMemDW dst: r7 src: r0 off: 0 imm: 0
	 112: MovReg dst: r1 src: r6
	 113: LoadMapPtr dst: r2 fd: 0 <ustack3>
	 115: MovImm dst: r3 imm: 256
	 116: Call FnGetStackid
	 117: StXMemW dst: r7 src: r0 off: 8 imm: 0
	 118: Call FnGetCurrentPidTgid
	 119: RShImm dst: r0 imm: 32
	 120: OrImm32 dst: r0 imm: -2147483648
	 121: StXMemW dst: r7 src: r0 off: 12 imm: 0
	 122: Call FnKtimeGetNs
	 123: MovReg dst: r8 src: r0
	 124: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 125: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 127: MovReg dst: r2 src: rfp
	 128: AddImm dst: r2 imm: -8
	 129: Call FnMapLookupElem
	 130: MovImm dst: r2 imm: 1
	 131: JEqImm dst: r0 off: -1 imm: 0 <L12>
	 132: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 133: AddImm dst: r3 imm: 1000000
	 134: JGTReg dst: r3 off: -1 src: r8 <L12>
	 135: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 136: MovImm dst: r2 imm: 0
L12:
	 137: MovReg dst: r1 src: r7
	 138: Call FnRingbufSubmit
	 139: Ja off: -1 <L11>
L10:
	 140: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 141: LoadMapPtr dst: r1 fd: 0 <lost>
	 143: MovReg dst: r2 src: rfp
	 144: AddImm dst: r2 imm: -16
	 145: Call FnMapLookupElem
	 146: JNEImm dst: r0 off: -1 imm: 0 <L13>
	 147: Exit
L13:
	 148: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 149: AddImm dst: r1 imm: 1
	 150: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L11:
	 151: MovImm dst: r0 imm: 0
	 152: Exit

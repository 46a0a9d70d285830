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
	   6: MovReg32 dst: r0 src: r0
	   7: StXMemDW dst: rfp src: r0 off: -8 imm: 0
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
	  57: StXMemW dst: rfp src: r0 off: -20 imm: 0
	  58: MovReg dst: r1 src: rfp
	  59: AddImm dst: r1 imm: -16
	  60: MovImm dst: r2 imm: 16
	  61: Call FnGetCurrentComm
	  62: LoadMapPtr dst: r1 fd: 0 <m1>
	  64: MovReg dst: r2 src: rfp
	  65: AddImm dst: r2 imm: -24
	  66: Call FnMapLookupElem
	  67: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  68: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  69: AddImm dst: r1 imm: 1
	  70: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  71: Ja off: -1 <L8>
L6:
	  72: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  73: LoadMapPtr dst: r1 fd: 0 <m1>
	  75: MovReg dst: r2 src: rfp
	  76: AddImm dst: r2 imm: -24
	  77: MovReg dst: r3 src: rfp
	  78: AddImm dst: r3 imm: -32
	  79: MovImm dst: r4 imm: 1
	  80: Call FnMapUpdateElem
	  81: JEqImm dst: r0 off: -1 imm: 0 <L8>
	  82: LoadMapPtr dst: r1 fd: 0 <m1>
	  84: MovReg dst: r2 src: rfp
	  85: AddImm dst: r2 imm: -24
	  86: Call FnMapLookupElem
	  87: JNEImm dst: r0 off: -1 imm: 0 <L7>
	  88: StMemDW dst: rfp src: r0 off: -40 imm: 1
	  89: LoadMapPtr dst: r1 fd: 0 <full>
	  91: MovReg dst: r2 src: rfp
	  92: AddImm dst: r2 imm: -40
	  93: Call FnMapLookupElem
	  94: JNEImm dst: r0 off: -1 imm: 0 <L9>
	  95: Exit
L9:
	  96: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  97: AddImm dst: r1 imm: 1
	  98: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  99: Ja off: -1 <L8>
L7:
	 100: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 101: AddImm dst: r1 imm: 1
	 102: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 8:3
L8:
	 103: LoadMapPtr dst: r1 fd: 0 <events>
	 105: MovImm dst: r2 imm: 16
	 106: MovImm dst: r3 imm: 0
	 107: Call FnRingbufReserve
	 108: JEqImm dst: r0 off: -1 imm: 0 <L10>
	 109: MovReg dst: r7 src: r0
	 110: StMemDW dst: r7 src: r0 off: 0 imm: 0
	 111: MovReg dst: r1 src: r6
	 112: LoadMapPtr dst: r2 fd: 0 <ustack3>
	 114: MovImm dst: r3 imm: 256
	 115: Call FnGetStackid
	 116: StXMemW dst: r7 src: r0 off: 8 imm: 0
	 117: Call FnGetCurrentPidTgid
	 118: RShImm dst: r0 imm: 32
	 119: StXMemW dst: r7 src: r0 off: 12 imm: 0
	 120: Call FnKtimeGetNs
	 121: MovReg dst: r8 src: r0
	 122: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 123: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 125: MovReg dst: r2 src: rfp
	 126: AddImm dst: r2 imm: -8
	 127: Call FnMapLookupElem
	 128: MovImm dst: r2 imm: 1
	 129: JEqImm dst: r0 off: -1 imm: 0 <L12>
	 130: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 131: AddImm dst: r3 imm: 1000000
	 132: JGTReg dst: r3 off: -1 src: r8 <L12>
	 133: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 134: MovImm dst: r2 imm: 0
L12:
	 135: MovReg dst: r1 src: r7
	 136: Call FnRingbufSubmit
	 137: Ja off: -1 <L11>
L10:
	 138: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 139: LoadMapPtr dst: r1 fd: 0 <lost>
	 141: MovReg dst: r2 src: rfp
	 142: AddImm dst: r2 imm: -16
	 143: Call FnMapLookupElem
	 144: JNEImm dst: r0 off: -1 imm: 0 <L13>
	 145: Exit
L13:
	 146: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 147: AddImm dst: r1 imm: 1
	 148: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L11:
	 149: MovImm dst: r0 imm: 0
	 150: Exit

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
	  18: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  19: MovReg dst: r0 src: rfp
	  20: AddImm dst: r0 imm: -16
	  21: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  22: AddImm dst: r1 imm: 1
	  23: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  24: LoadMapPtr dst: r1 fd: 0 <m0>
	  26: MovReg dst: r2 src: rfp
	  27: AddImm dst: r2 imm: -8
	  28: MovReg dst: r3 src: rfp
	  29: AddImm dst: r3 imm: -16
	  30: MovImm dst: r4 imm: 1
	  31: Call FnMapUpdateElem
	  32: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  33: LoadMapPtr dst: r1 fd: 0 <m0>
	  35: MovReg dst: r2 src: rfp
	  36: AddImm dst: r2 imm: -8
	  37: Call FnMapLookupElem
	  38: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  39: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  40: LoadMapPtr dst: r1 fd: 0 <full>
	  42: MovReg dst: r2 src: rfp
	  43: AddImm dst: r2 imm: -24
	  44: Call FnMapLookupElem
	  45: JNEImm dst: r0 off: -1 imm: 0 <L5>
	  46: Exit
L5:
	  47: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  48: AddImm dst: r1 imm: 1
	  49: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  50: Ja off: -1 <L4>
L3:
	  51: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  52: AddImm dst: r1 imm: 1
	  53: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 7:3
L4:
	  54: MovReg dst: r1 src: r6
	  55: LoadMapPtr dst: r2 fd: 0 <ustack3>
	  57: MovImm dst: r3 imm: 256
	  58: Call FnGetStackid
	  59: StXMemW dst: rfp src: r0 off: -24 imm: 0
	  60: Call FnGetCurrentPidTgid
	  61: RShImm dst: r0 imm: 32
	  62: StXMemW dst: rfp src: r0 off: -20 imm: 0
	  63: MovReg dst: r1 src: rfp
	  64: AddImm dst: r1 imm: -16
	  65: MovImm dst: r2 imm: 16
	  66: Call FnGetCurrentComm
	  67: LoadMapPtr dst: r1 fd: 0 <m1>
	  69: MovReg dst: r2 src: rfp
	  70: AddImm dst: r2 imm: -24
	  71: Call FnMapLookupElem
	  72: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  73: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  74: AddImm dst: r1 imm: 1
	  75: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  76: Ja off: -1 <L8>
L6:
	  77: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  78: MovReg dst: r0 src: rfp
	  79: AddImm dst: r0 imm: -32
	  80: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  81: AddImm dst: r1 imm: 1
	  82: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  83: LoadMapPtr dst: r1 fd: 0 <m1>
	  85: MovReg dst: r2 src: rfp
	  86: AddImm dst: r2 imm: -24
	  87: MovReg dst: r3 src: rfp
	  88: AddImm dst: r3 imm: -32
	  89: MovImm dst: r4 imm: 1
	  90: Call FnMapUpdateElem
	  91: JEqImm dst: r0 off: -1 imm: 0 <L8>
	  92: LoadMapPtr dst: r1 fd: 0 <m1>
	  94: MovReg dst: r2 src: rfp
	  95: AddImm dst: r2 imm: -24
	  96: Call FnMapLookupElem
	  97: JNEImm dst: r0 off: -1 imm: 0 <L7>
	  98: StMemDW dst: rfp src: r0 off: -40 imm: 1
	  99: LoadMapPtr dst: r1 fd: 0 <full>
	 101: MovReg dst: r2 src: rfp
	 102: AddImm dst: r2 imm: -40
	 103: Call FnMapLookupElem
	 104: JNEImm dst: r0 off: -1 imm: 0 <L9>
	 105: Exit
L9:
	 106: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 107: AddImm dst: r1 imm: 1
	 108: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 109: Ja off: -1 <L8>
L7:
	 110: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 111: AddImm dst: r1 imm: 1
	 112: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 8:3
L8:
	 113: LoadMapPtr dst: r1 fd: 0 <events>
	 115: MovImm dst: r2 imm: 16
	 116: MovImm dst: r3 imm: 0
	 117: Call FnRingbufReserve
	 118: JEqImm dst: r0 off: -1 imm: 0 <L10>
	 119: MovReg dst: r7 src: r0
	 120: StMemDW dst: r7 src: r0 off: 0 imm: 0
	 121: MovReg dst: r1 src: r6
	 122: LoadMapPtr dst: r2 fd: 0 <ustack3>
	 124: MovImm dst: r3 imm: 256
	 125: Call FnGetStackid
	 126: StXMemW dst: r7 src: r0 off: 8 imm: 0
	 127: Call FnGetCurrentPidTgid
	 128: RShImm dst: r0 imm: 32
	 129: StXMemW dst: r7 src: r0 off: 12 imm: 0
	 130: Call FnKtimeGetNs
	 131: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	 132: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 133: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 135: MovReg dst: r2 src: rfp
	 136: AddImm dst: r2 imm: -16
	 137: Call FnMapLookupElem
	 138: JEqImm dst: r0 off: -1 imm: 0 <L12>
	 139: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	 140: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 141: MovReg dst: r4 src: r1
	 142: SubReg dst: r4 src: r3
	 143: JLTImm dst: r4 off: -1 imm: 1000000 <L12>
	 144: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 145: MovImm dst: r2 imm: 0
	 146: Ja off: -1 <L13>
L12:
	 147: MovImm dst: r2 imm: 1
L13:
	 148: MovReg dst: r1 src: r7
	 149: Call FnRingbufSubmit
	 150: Ja off: -1 <L11>
L10:
	 151: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 152: LoadMapPtr dst: r1 fd: 0 <lost>
	 154: MovReg dst: r2 src: rfp
	 155: AddImm dst: r2 imm: -24
	 156: Call FnMapLookupElem
	 157: JNEImm dst: r0 off: -1 imm: 0 <L14>
	 158: Exit
L14:
	 159: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 160: AddImm dst: r1 imm: 1
	 161: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L11:
	 162: MovImm dst: r0 imm: 0
	 163: Exit

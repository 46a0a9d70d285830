map m0 @k: PerCPUHash key 8 value 8 entries 4096
map m1 @u: PerCPUHash key 24 value 8 entries 4096
map kstack127: StackTrace key 4 value 1016 entries 16384
map ustack3: StackTrace key 4 value 24 entries 131072
event 0 kind 1 size 16 from tracepoint:syscalls:sys_enter_getppid
program p0 tracepoint:syscalls:sys_enter_getppid (TracePoint):
  ; line 5:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L15>
  ; line 6:3
	   5: MovReg dst: r1 src: r6
	   6: LoadMapPtr dst: r2 fd: 0 <kstack127>
	   8: MovImm dst: r3 imm: 0
	   9: Call FnGetStackid
	  10: StXMemW dst: rfp src: r0 off: -8 imm: 0
	  11: StMemW dst: rfp src: r0 off: -4 imm: -2147483648
	  12: LoadMapPtr dst: r1 fd: 0 <m0>
	  14: MovReg dst: r2 src: rfp
	  15: AddImm dst: r2 imm: -8
	  16: Call FnMapLookupElem
	  17: JEqImm dst: r0 off: -1 imm: 0 <L2>
L3:
	  18: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  19: AddImm dst: r1 imm: 1
	  20: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  21: Ja off: -1 <L4>
L2:
	  22: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  23: LoadMapPtr dst: r1 fd: 0 <m0>
	  25: MovReg dst: r2 src: rfp
	  26: AddImm dst: r2 imm: -8
	  27: MovReg dst: r3 src: rfp
	  28: AddImm dst: r3 imm: -16
	  29: MovImm dst: r4 imm: 1
	  30: Call FnMapUpdateElem
	  31: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  32: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	  33: LoadMapPtr dst: r1 fd: 0 <m0>
	  35: MovReg dst: r2 src: rfp
	  36: AddImm dst: r2 imm: -8
	  37: Call FnMapLookupElem
	  38: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  39: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	  40: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  42: MovImm dst: r2 imm: 1
	  43: JNE32Imm dst: r0 off: -1 imm: -7 <L5>
	  44: StXAtomicAddDW dst: r1 src: r2 off: 0
	  45: Ja off: -1 <L4>
L5:
	  46: JNE32Imm dst: r0 off: -1 imm: -12 <L6>
	  47: StXAtomicAddDW dst: r1 src: r2 off: 8
	  48: Ja off: -1 <L4>
L6:
	  49: JNE32Imm dst: r0 off: -1 imm: -16 <L7>
	  50: StXAtomicAddDW dst: r1 src: r2 off: 16
	  51: Ja off: -1 <L4>
L7:
	  52: StXAtomicAddDW dst: r1 src: r2 off: 24
	  53: NegImm32 dst: r0 imm: 0
	  54: StXMemDW dst: r1 src: r0 off: 32 imm: 0
  ; line 7:3
L4:
	  55: MovReg dst: r1 src: r6
	  56: LoadMapPtr dst: r2 fd: 0 <ustack3>
	  58: MovImm dst: r3 imm: 256
	  59: Call FnGetStackid
	  60: StXMemW dst: rfp src: r0 off: -24 imm: 0
	  61: Call FnGetCurrentPidTgid
	  62: RShImm dst: r0 imm: 32
	  63: OrImm32 dst: r0 imm: -2147483648
	  64: StXMemW dst: rfp src: r0 off: -20 imm: 0
	  65: MovReg dst: r1 src: rfp
	  66: AddImm dst: r1 imm: -16
	  67: MovImm dst: r2 imm: 16
	  68: Call FnGetCurrentComm
	  69: LoadMapPtr dst: r1 fd: 0 <m1>
	  71: MovReg dst: r2 src: rfp
	  72: AddImm dst: r2 imm: -24
	  73: Call FnMapLookupElem
	  74: JEqImm dst: r0 off: -1 imm: 0 <L8>
L9:
	  75: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  76: AddImm dst: r1 imm: 1
	  77: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  78: Ja off: -1 <L10>
L8:
	  79: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  80: LoadMapPtr dst: r1 fd: 0 <m1>
	  82: MovReg dst: r2 src: rfp
	  83: AddImm dst: r2 imm: -24
	  84: MovReg dst: r3 src: rfp
	  85: AddImm dst: r3 imm: -32
	  86: MovImm dst: r4 imm: 1
	  87: Call FnMapUpdateElem
	  88: JEqImm dst: r0 off: -1 imm: 0 <L10>
	  89: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	  90: LoadMapPtr dst: r1 fd: 0 <m1>
	  92: MovReg dst: r2 src: rfp
	  93: AddImm dst: r2 imm: -24
	  94: Call FnMapLookupElem
	  95: JNEImm dst: r0 off: -1 imm: 0 <L9>
	  96: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	  97: LoadMapValue dst: r1, fd: 0 off: 40 <full>
	  99: MovImm dst: r2 imm: 1
	 100: JNE32Imm dst: r0 off: -1 imm: -7 <L11>
	 101: StXAtomicAddDW dst: r1 src: r2 off: 0
	 102: Ja off: -1 <L10>
L11:
	 103: JNE32Imm dst: r0 off: -1 imm: -12 <L12>
	 104: StXAtomicAddDW dst: r1 src: r2 off: 8
	 105: Ja off: -1 <L10>
L12:
	 106: JNE32Imm dst: r0 off: -1 imm: -16 <L13>
	 107: StXAtomicAddDW dst: r1 src: r2 off: 16
	 108: Ja off: -1 <L10>
L13:
	 109: StXAtomicAddDW dst: r1 src: r2 off: 24
	 110: NegImm32 dst: r0 imm: 0
	 111: StXMemDW dst: r1 src: r0 off: 32 imm: 0
  ; line 8:3
L10:
	 112: LoadMapPtr dst: r1 fd: 0 <events>
	 114: MovImm dst: r2 imm: 16
	 115: MovImm dst: r3 imm: 0
	 116: Call FnRingbufReserve
	 117: JEqImm dst: r0 off: -1 imm: 0 <L14>
	 118: MovReg dst: r7 src: r0
	 119: StMemDW dst: r7 src: r0 off: 0 imm: 0
	 120: MovReg dst: r1 src: r6
	 121: LoadMapPtr dst: r2 fd: 0 <ustack3>
	 123: MovImm dst: r3 imm: 256
	 124: Call FnGetStackid
	 125: StXMemW dst: r7 src: r0 off: 8 imm: 0
	 126: Call FnGetCurrentPidTgid
	 127: RShImm dst: r0 imm: 32
	 128: OrImm32 dst: r0 imm: -2147483648
	 129: StXMemW dst: r7 src: r0 off: 12 imm: 0
	 130: Call FnKtimeGetNs
	 131: MovReg dst: r8 src: r0
	 132: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 133: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 135: MovReg dst: r2 src: rfp
	 136: AddImm dst: r2 imm: -8
	 137: Call FnMapLookupElem
	 138: MovImm dst: r2 imm: 1
	 139: JEqImm dst: r0 off: -1 imm: 0 <L16>
	 140: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 141: AddImm dst: r3 imm: 1000000
	 142: JGTReg dst: r3 off: -1 src: r8 <L16>
	 143: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 144: MovImm dst: r2 imm: 0
L16:
	 145: MovReg dst: r1 src: r7
	 146: Call FnRingbufSubmit
	 147: Ja off: -1 <L15>
L14:
	 148: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 149: LoadMapPtr dst: r1 fd: 0 <lost>
	 151: MovReg dst: r2 src: rfp
	 152: AddImm dst: r2 imm: -16
	 153: Call FnMapLookupElem
	 154: JNEImm dst: r0 off: -1 imm: 0 <L17>
	 155: Exit
L17:
	 156: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 157: AddImm dst: r1 imm: 1
	 158: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L15:
	 159: MovImm dst: r0 imm: 0
	 160: Exit

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
	  55: Ja off: -1 <L4>
L3:
	  56: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  57: AddImm dst: r1 imm: 1
	  58: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 7:3
L4:
	  59: MovReg dst: r1 src: r6
	  60: LoadMapPtr dst: r2 fd: 0 <ustack3>
	  62: MovImm dst: r3 imm: 256
	  63: Call FnGetStackid
	  64: StXMemW dst: rfp src: r0 off: -24 imm: 0
	  65: Call FnGetCurrentPidTgid
	  66: RShImm dst: r0 imm: 32
	  67: OrImm32 dst: r0 imm: -2147483648
	  68: StXMemW dst: rfp src: r0 off: -20 imm: 0
	  69: MovReg dst: r1 src: rfp
	  70: AddImm dst: r1 imm: -16
	  71: MovImm dst: r2 imm: 16
	  72: Call FnGetCurrentComm
	  73: LoadMapPtr dst: r1 fd: 0 <m1>
	  75: MovReg dst: r2 src: rfp
	  76: AddImm dst: r2 imm: -24
	  77: Call FnMapLookupElem
	  78: JEqImm dst: r0 off: -1 imm: 0 <L8>
	  79: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  80: AddImm dst: r1 imm: 1
	  81: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  82: Ja off: -1 <L10>
L8:
	  83: StMemDW dst: rfp src: r0 off: -32 imm: 1
	  84: LoadMapPtr dst: r1 fd: 0 <m1>
	  86: MovReg dst: r2 src: rfp
	  87: AddImm dst: r2 imm: -24
	  88: MovReg dst: r3 src: rfp
	  89: AddImm dst: r3 imm: -32
	  90: MovImm dst: r4 imm: 1
	  91: Call FnMapUpdateElem
	  92: JEqImm dst: r0 off: -1 imm: 0 <L10>
	  93: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	  94: LoadMapPtr dst: r1 fd: 0 <m1>
	  96: MovReg dst: r2 src: rfp
	  97: AddImm dst: r2 imm: -24
	  98: Call FnMapLookupElem
	  99: JNEImm dst: r0 off: -1 imm: 0 <L9>
	 100: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	 101: LoadMapValue dst: r1, fd: 0 off: 40 <full>
	 103: MovImm dst: r2 imm: 1
	 104: JNE32Imm dst: r0 off: -1 imm: -7 <L11>
	 105: StXAtomicAddDW dst: r1 src: r2 off: 0
	 106: Ja off: -1 <L10>
L11:
	 107: JNE32Imm dst: r0 off: -1 imm: -12 <L12>
	 108: StXAtomicAddDW dst: r1 src: r2 off: 8
	 109: Ja off: -1 <L10>
L12:
	 110: JNE32Imm dst: r0 off: -1 imm: -16 <L13>
	 111: StXAtomicAddDW dst: r1 src: r2 off: 16
	 112: Ja off: -1 <L10>
L13:
	 113: StXAtomicAddDW dst: r1 src: r2 off: 24
	 114: NegImm32 dst: r0 imm: 0
	 115: StXMemDW dst: r1 src: r0 off: 32 imm: 0
	 116: Ja off: -1 <L10>
L9:
	 117: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 118: AddImm dst: r1 imm: 1
	 119: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 8:3
L10:
	 120: LoadMapPtr dst: r1 fd: 0 <events>
	 122: MovImm dst: r2 imm: 16
	 123: MovImm dst: r3 imm: 0
	 124: Call FnRingbufReserve
	 125: JEqImm dst: r0 off: -1 imm: 0 <L14>
	 126: MovReg dst: r7 src: r0
	 127: StMemDW dst: r7 src: r0 off: 0 imm: 0
	 128: MovReg dst: r1 src: r6
	 129: LoadMapPtr dst: r2 fd: 0 <ustack3>
	 131: MovImm dst: r3 imm: 256
	 132: Call FnGetStackid
	 133: StXMemW dst: r7 src: r0 off: 8 imm: 0
	 134: Call FnGetCurrentPidTgid
	 135: RShImm dst: r0 imm: 32
	 136: OrImm32 dst: r0 imm: -2147483648
	 137: StXMemW dst: r7 src: r0 off: 12 imm: 0
	 138: Call FnKtimeGetNs
	 139: MovReg dst: r8 src: r0
	 140: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 141: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 143: MovReg dst: r2 src: rfp
	 144: AddImm dst: r2 imm: -8
	 145: Call FnMapLookupElem
	 146: MovImm dst: r2 imm: 1
	 147: JEqImm dst: r0 off: -1 imm: 0 <L16>
	 148: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 149: AddImm dst: r3 imm: 1000000
	 150: JGTReg dst: r3 off: -1 src: r8 <L16>
	 151: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 152: MovImm dst: r2 imm: 0
L16:
	 153: MovReg dst: r1 src: r7
	 154: Call FnRingbufSubmit
	 155: Ja off: -1 <L15>
L14:
	 156: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 157: LoadMapPtr dst: r1 fd: 0 <lost>
	 159: MovReg dst: r2 src: rfp
	 160: AddImm dst: r2 imm: -16
	 161: Call FnMapLookupElem
	 162: JNEImm dst: r0 off: -1 imm: 0 <L17>
	 163: Exit
L17:
	 164: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 165: AddImm dst: r1 imm: 1
	 166: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L15:
	 167: MovImm dst: r0 imm: 0
	 168: Exit

map m0 @a: Hash key 8 value 16 entries 4096
map m1 @b: Hash key 8 value 16 entries 4096
map m2 @c: Hash key 8 value 8 entries 4096
map m3 @d: Hash key 8 value 16 entries 4096
map m4 @e: Hash key 16 value 8 entries 4096
map scratch: PerCPUArray value 64
program p0 tracepoint:syscalls:sys_exit_read (TracePoint):
  ; line 9:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L2>
  ; line 9:37
	   5: Call FnKtimeGetNs
	   6: MovReg dst: r7 src: r0
	   7: StXMemDW dst: rfp src: r7 off: -16 imm: 0
	   8: Call FnGetCurrentPidTgid
	   9: MovReg32 dst: r0 src: r0
	  10: MovReg dst: r7 src: r0
	  11: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	  12: LdXMemDW dst: r7 src: r6 off: 16 imm: 0
	  13: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	  14: LoadMapPtr dst: r1 fd: 0 <m0>
	  16: MovReg dst: r2 src: rfp
	  17: AddImm dst: r2 imm: -24
	  18: MovReg dst: r3 src: rfp
	  19: AddImm dst: r3 imm: -16
	  20: MovImm dst: r4 imm: 0
	  21: Call FnMapUpdateElem
	  22: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  23: NegImm32 dst: r0 imm: 0
	  24: JLTImm dst: r0 off: -1 imm: 128 <L3>
	  25: MovImm dst: r0 imm: 127
L3:
	  26: LShImm dst: r0 imm: 3
	  27: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  29: AddReg dst: r1 src: r0
	  30: MovImm dst: r2 imm: 1
	  31: StXAtomicAddDW dst: r1 src: r2 off: 0
L2:
	  32: MovImm dst: r0 imm: 0
	  33: Exit
program p1 tracepoint:syscalls:sys_enter_read (TracePoint):
  ; line 10:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L1>
	   5: StMemDW dst: rfp src: r0 off: -8 imm: 0
	   6: LoadMapPtr dst: r1 fd: 0 <scratch>
	   8: MovReg dst: r2 src: rfp
	   9: AddImm dst: r2 imm: -8
	  10: Call FnMapLookupElem
	  11: JEqImm dst: r0 off: -1 imm: 0 <L1>
	  12: MovReg dst: r9 src: r0
	  13: StMemDW dst: r9 src: r0 off: 32 imm: 0
  ; line 11:3
	  14: LdXMemDW dst: r7 src: r6 off: 16 imm: 0
	  15: StXMemDW dst: r9 src: r7 off: 0 imm: 0
  ; line 12:3
	  16: LoadMapPtr dst: r1 fd: 0 <m0>
	  18: MovReg dst: r2 src: r9
	  19: Call FnMapLookupElem
	  20: MovImm dst: r7 imm: 0
	  21: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  22: LdXMemDW dst: r7 src: r0 off: 8 imm: 0
L2:
	  23: StXMemDW dst: r9 src: r7 off: 8 imm: 0
  ; line 13:3
	  24: LoadMapPtr dst: r1 fd: 0 <m0>
	  26: MovReg dst: r2 src: r9
	  27: Call FnMapLookupElem
	  28: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  29: StMemDW dst: r9 src: r0 off: 16 imm: 0
	  30: StMemDW dst: r9 src: r0 off: 24 imm: 0
	  31: Ja off: -1 <L4>
L3:
	  32: MovReg dst: r5 src: r0
	  33: LdXMemDW dst: r0 src: r5 off: 0 imm: 0
	  34: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	  35: LdXMemDW dst: r0 src: r5 off: 8 imm: 0
	  36: StXMemDW dst: r9 src: r0 off: 24 imm: 0
  ; line 14:3
L4:
	  37: LdXMemDW dst: r7 src: r9 off: 16 imm: 0
	  38: JEqImm dst: r7 off: -1 imm: 0 <L15>
	  39: LdXMemDW dst: r7 src: r9 off: 8 imm: 0
	  40: JEqImm dst: r7 off: -1 imm: 0 <L15>
  ; line 15:5
	  41: LoadMapPtr dst: r1 fd: 0 <m1>
	  43: MovReg dst: r2 src: r9
	  44: MovReg dst: r3 src: r9
	  45: AddImm dst: r3 imm: 16
	  46: MovImm dst: r4 imm: 0
	  47: Call FnMapUpdateElem
	  48: JEqImm dst: r0 off: -1 imm: 0 <L7>
	  49: NegImm32 dst: r0 imm: 0
	  50: JLTImm dst: r0 off: -1 imm: 128 <L8>
	  51: MovImm dst: r0 imm: 127
L8:
	  52: LShImm dst: r0 imm: 3
	  53: LoadMapValue dst: r1, fd: 0 off: 1024 <full>
	  55: AddReg dst: r1 src: r0
	  56: MovImm dst: r2 imm: 1
	  57: StXAtomicAddDW dst: r1 src: r2 off: 0
  ; line 16:5
L7:
	  58: LoadMapPtr dst: r1 fd: 0 <m2>
	  60: MovReg dst: r2 src: r9
	  61: AddImm dst: r2 imm: 24
	  62: MovReg dst: r3 src: r9
	  63: MovImm dst: r4 imm: 0
	  64: Call FnMapUpdateElem
	  65: JEqImm dst: r0 off: -1 imm: 0 <L9>
	  66: NegImm32 dst: r0 imm: 0
	  67: JLTImm dst: r0 off: -1 imm: 128 <L10>
	  68: MovImm dst: r0 imm: 127
L10:
	  69: LShImm dst: r0 imm: 3
	  70: LoadMapValue dst: r1, fd: 0 off: 2048 <full>
	  72: AddReg dst: r1 src: r0
	  73: MovImm dst: r2 imm: 1
	  74: StXAtomicAddDW dst: r1 src: r2 off: 0
  ; line 17:5
L9:
	  75: LoadMapPtr dst: r1 fd: 0 <m0>
	  77: MovReg dst: r2 src: r9
	  78: Call FnMapDeleteElem
  ; line 18:5
	  79: StMemDW dst: r9 src: r0 off: 40 imm: 1
	  80: LoadMapPtr dst: r1 fd: 0 <m4>
	  82: MovReg dst: r2 src: r9
	  83: AddImm dst: r2 imm: 16
	  84: MovReg dst: r3 src: r9
	  85: AddImm dst: r3 imm: 40
	  86: MovImm dst: r4 imm: 0
	  87: Call FnMapUpdateElem
	  88: JEqImm dst: r0 off: -1 imm: 0 <L11>
	  89: NegImm32 dst: r0 imm: 0
	  90: JLTImm dst: r0 off: -1 imm: 128 <L12>
	  91: MovImm dst: r0 imm: 127
L12:
	  92: LShImm dst: r0 imm: 3
	  93: LoadMapValue dst: r1, fd: 0 off: 4096 <full>
	  95: AddReg dst: r1 src: r0
	  96: MovImm dst: r2 imm: 1
	  97: StXAtomicAddDW dst: r1 src: r2 off: 0
  ; line 19:5
L11:
	  98: StMemDW dst: r9 src: r0 off: 40 imm: 2
	  99: LoadMapPtr dst: r1 fd: 0 <m4>
	 101: MovReg dst: r2 src: r9
	 102: MovReg dst: r3 src: r9
	 103: AddImm dst: r3 imm: 40
	 104: MovImm dst: r4 imm: 0
	 105: Call FnMapUpdateElem
	 106: JEqImm dst: r0 off: -1 imm: 0 <L13>
	 107: NegImm32 dst: r0 imm: 0
	 108: JLTImm dst: r0 off: -1 imm: 128 <L14>
	 109: MovImm dst: r0 imm: 127
L14:
	 110: LShImm dst: r0 imm: 3
	 111: LoadMapValue dst: r1, fd: 0 off: 4096 <full>
	 113: AddReg dst: r1 src: r0
	 114: MovImm dst: r2 imm: 1
	 115: StXAtomicAddDW dst: r1 src: r2 off: 0
  ; line 20:5
L13:
	 116: StMemDW dst: r9 src: r0 off: 40 imm: 3
	 117: LdXMemDW dst: r7 src: r9 off: 8 imm: 0
	 118: StXMemDW dst: r9 src: r7 off: 48 imm: 0
	 119: LdXMemDW dst: r7 src: r9 off: 0 imm: 0
	 120: StXMemDW dst: r9 src: r7 off: 56 imm: 0
	 121: LoadMapPtr dst: r1 fd: 0 <m4>
	 123: MovReg dst: r2 src: r9
	 124: AddImm dst: r2 imm: 48
	 125: MovReg dst: r3 src: r9
	 126: AddImm dst: r3 imm: 40
	 127: MovImm dst: r4 imm: 0
	 128: Call FnMapUpdateElem
	 129: JEqImm dst: r0 off: -1 imm: 0 <L15>
	 130: NegImm32 dst: r0 imm: 0
	 131: JLTImm dst: r0 off: -1 imm: 128 <L16>
	 132: MovImm dst: r0 imm: 127
L16:
	 133: LShImm dst: r0 imm: 3
	 134: LoadMapValue dst: r1, fd: 0 off: 4096 <full>
	 136: AddReg dst: r1 src: r0
	 137: MovImm dst: r2 imm: 1
	 138: StXAtomicAddDW dst: r1 src: r2 off: 0
  ; line 22:3
L15:
	 139: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	 140: StXMemDW dst: r9 src: r0 off: 40 imm: 0
	 141: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	 142: StXMemDW dst: r9 src: r0 off: 48 imm: 0
	 143: LdXMemDW dst: r7 src: r9 off: 0 imm: 0
	 144: LdXMemDW dst: r8 src: r9 off: 0 imm: 0
	 145: LdXMemDW dst: r0 src: rfp off: -8 imm: 0
	 146: MovImm dst: r0 imm: 1
	 147: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	 148: LdXMemDW dst: r2 src: rfp off: -8 imm: 0
	 149: AddReg dst: r8 src: r2
	 150: StXMemDW dst: r9 src: r8 off: 0 imm: 0
	 151: StXMemDW dst: r9 src: r7 off: 56 imm: 0
	 152: LoadMapPtr dst: r1 fd: 0 <m3>
	 154: MovReg dst: r2 src: r9
	 155: AddImm dst: r2 imm: 56
	 156: MovReg dst: r3 src: r9
	 157: AddImm dst: r3 imm: 40
	 158: MovImm dst: r4 imm: 0
	 159: Call FnMapUpdateElem
	 160: JEqImm dst: r0 off: -1 imm: 0 <L17>
	 161: NegImm32 dst: r0 imm: 0
	 162: JLTImm dst: r0 off: -1 imm: 128 <L18>
	 163: MovImm dst: r0 imm: 127
L18:
	 164: LShImm dst: r0 imm: 3
	 165: LoadMapValue dst: r1, fd: 0 off: 3072 <full>
	 167: AddReg dst: r1 src: r0
	 168: MovImm dst: r2 imm: 1
	 169: StXAtomicAddDW dst: r1 src: r2 off: 0
  ; line 23:3
L17:
	 170: StMemDW dst: r9 src: r0 off: 40 imm: 0
	 171: StMemDW dst: r9 src: r0 off: 48 imm: 0
  ; line 23:21
	 172: MovImm dst: r1 imm: 2
	 173: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	 174: StXMemDW dst: rfp src: r9 off: -8 imm: 0
	 175: MovReg dst: r3 src: rfp
	 176: AddImm dst: r3 imm: -16
	 177: LdImmDW dst: r2 imm: -1 <cb1>
	 179: MovImm dst: r4 imm: 0
	 180: Call FnLoop
	 181: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	 182: JNEImm dst: r1 off: -1 imm: 0 <L1>
L1:
	 183: MovImm dst: r0 imm: 0
	 184: Exit
  ; line 23:3
cb1:
	 185: LdXMemDW dst: r6 src: r2 off: 0 imm: 0
	 186: LdXMemDW dst: r9 src: r2 off: 8 imm: 0
	 187: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	 188: AddReg dst: r0 src: r1
	 189: StXMemDW dst: r9 src: r0 off: 32 imm: 0
  ; line 23:21
	 190: LdXMemDW dst: r7 src: r9 off: 0 imm: 0
	 191: LdXMemDW dst: r8 src: r9 off: 24 imm: 0
	 192: AddReg dst: r7 src: r8
	 193: StXMemDW dst: r9 src: r7 off: 0 imm: 0
L20:
	 194: MovImm dst: r0 imm: 0
	 195: Exit

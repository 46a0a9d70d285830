map m0 @a: Hash key 8 value 16 entries 4096
map m1 @b: Hash key 8 value 16 entries 4096
map m2 @c: Hash key 8 value 8 entries 4096
map m3 @d: Hash key 8 value 16 entries 4096
map scratch: PerCPUArray value 64
event 0 kind 9 size 8 from tracepoint:syscalls:sys_enter_read
program p0 tracepoint:syscalls:sys_exit_read (TracePoint):
  ; line 7:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L2>
  ; line 7:37
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
  ; line 8:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L16>
	   5: StMemDW dst: rfp src: r0 off: -8 imm: 0
	   6: LoadMapPtr dst: r1 fd: 0 <scratch>
	   8: MovReg dst: r2 src: rfp
	   9: AddImm dst: r2 imm: -8
	  10: Call FnMapLookupElem
	  11: JEqImm dst: r0 off: -1 imm: 0 <L16>
	  12: MovReg dst: r9 src: r0
	  13: StMemDW dst: r9 src: r0 off: 0 imm: 0
	  14: StMemDW dst: r9 src: r0 off: 8 imm: 0
	  15: StMemDW dst: r9 src: r0 off: 16 imm: 0
	  16: StMemDW dst: r9 src: r0 off: 24 imm: 0
	  17: StMemDW dst: r9 src: r0 off: 32 imm: 0
  ; line 9:3
	  18: LdXMemDW dst: r7 src: r6 off: 16 imm: 0
	  19: StXMemDW dst: r9 src: r7 off: 0 imm: 0
  ; line 10:3
	  20: LoadMapPtr dst: r1 fd: 0 <m0>
	  22: MovReg dst: r2 src: r9
	  23: Call FnMapLookupElem
	  24: MovImm dst: r7 imm: 0
	  25: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  26: LdXMemDW dst: r7 src: r0 off: 8 imm: 0
L2:
	  27: StXMemDW dst: r9 src: r7 off: 8 imm: 0
  ; line 11:3
	  28: LoadMapPtr dst: r1 fd: 0 <m0>
	  30: MovReg dst: r2 src: r9
	  31: Call FnMapLookupElem
	  32: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  33: StMemDW dst: r9 src: r0 off: 16 imm: 0
	  34: StMemDW dst: r9 src: r0 off: 24 imm: 0
	  35: Ja off: -1 <L4>
L3:
	  36: MovReg dst: r5 src: r0
	  37: LdXMemDW dst: r0 src: r5 off: 0 imm: 0
	  38: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	  39: LdXMemDW dst: r0 src: r5 off: 8 imm: 0
	  40: StXMemDW dst: r9 src: r0 off: 24 imm: 0
  ; line 12:3
L4:
	  41: LdXMemDW dst: r7 src: r9 off: 16 imm: 0
	  42: JEqImm dst: r7 off: -1 imm: 0 <L5>
	  43: LdXMemDW dst: r7 src: r9 off: 8 imm: 0
	  44: JEqImm dst: r7 off: -1 imm: 0 <L5>
  ; line 13:5
	  45: LoadMapPtr dst: r1 fd: 0 <m1>
	  47: MovReg dst: r2 src: r9
	  48: MovReg dst: r3 src: r9
	  49: AddImm dst: r3 imm: 16
	  50: MovImm dst: r4 imm: 0
	  51: Call FnMapUpdateElem
	  52: JEqImm dst: r0 off: -1 imm: 0 <L7>
	  53: NegImm32 dst: r0 imm: 0
	  54: JLTImm dst: r0 off: -1 imm: 128 <L8>
	  55: MovImm dst: r0 imm: 127
L8:
	  56: LShImm dst: r0 imm: 3
	  57: LoadMapValue dst: r1, fd: 0 off: 1024 <full>
	  59: AddReg dst: r1 src: r0
	  60: MovImm dst: r2 imm: 1
	  61: StXAtomicAddDW dst: r1 src: r2 off: 0
  ; line 14:5
L7:
	  62: LoadMapPtr dst: r1 fd: 0 <m2>
	  64: MovReg dst: r2 src: r9
	  65: AddImm dst: r2 imm: 24
	  66: MovReg dst: r3 src: r9
	  67: MovImm dst: r4 imm: 0
	  68: Call FnMapUpdateElem
	  69: JEqImm dst: r0 off: -1 imm: 0 <L9>
	  70: NegImm32 dst: r0 imm: 0
	  71: JLTImm dst: r0 off: -1 imm: 128 <L10>
	  72: MovImm dst: r0 imm: 127
L10:
	  73: LShImm dst: r0 imm: 3
	  74: LoadMapValue dst: r1, fd: 0 off: 2048 <full>
	  76: AddReg dst: r1 src: r0
	  77: MovImm dst: r2 imm: 1
	  78: StXAtomicAddDW dst: r1 src: r2 off: 0
  ; line 15:5
L9:
	  79: LoadMapPtr dst: r1 fd: 0 <m0>
	  81: MovReg dst: r2 src: r9
	  82: Call FnMapDeleteElem
  ; line 17:3
L5:
	  83: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	  84: StXMemDW dst: r9 src: r0 off: 40 imm: 0
	  85: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	  86: StXMemDW dst: r9 src: r0 off: 48 imm: 0
	  87: LdXMemDW dst: r7 src: r9 off: 0 imm: 0
	  88: LdXMemDW dst: r8 src: r9 off: 0 imm: 0
	  89: LdXMemDW dst: r0 src: rfp off: -8 imm: 0
	  90: MovImm dst: r0 imm: 1
	  91: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	  92: LdXMemDW dst: r2 src: rfp off: -8 imm: 0
	  93: AddReg dst: r8 src: r2
	  94: StXMemDW dst: r9 src: r8 off: 0 imm: 0
	  95: StXMemDW dst: r9 src: r7 off: 56 imm: 0
	  96: LoadMapPtr dst: r1 fd: 0 <m3>
	  98: MovReg dst: r2 src: r9
	  99: AddImm dst: r2 imm: 56
	 100: MovReg dst: r3 src: r9
	 101: AddImm dst: r3 imm: 40
	 102: MovImm dst: r4 imm: 0
	 103: Call FnMapUpdateElem
	 104: JEqImm dst: r0 off: -1 imm: 0 <L11>
	 105: NegImm32 dst: r0 imm: 0
	 106: JLTImm dst: r0 off: -1 imm: 128 <L12>
	 107: MovImm dst: r0 imm: 127
L12:
	 108: LShImm dst: r0 imm: 3
	 109: LoadMapValue dst: r1, fd: 0 off: 3072 <full>
	 111: AddReg dst: r1 src: r0
	 112: MovImm dst: r2 imm: 1
	 113: StXAtomicAddDW dst: r1 src: r2 off: 0
  ; line 18:3
L11:
	 114: MovImm dst: r7 imm: 0
	 115: StXMemDW dst: r9 src: r7 off: 40 imm: 0
	 116: MovImm dst: r7 imm: 2
	 117: LdXMemDW dst: r2 src: r9 off: 40 imm: 0
	 118: SubReg dst: r7 src: r2
	 119: StMemDW dst: r9 src: r0 off: 48 imm: 0
  ; line 18:21
	 120: JSLEImm dst: r7 off: -1 imm: 0 <L16>
	 121: JLEImm dst: r7 off: -1 imm: 8388608 <L17>
	 122: LoadMapPtr dst: r1 fd: 0 <events>
	 124: MovImm dst: r2 imm: 8
	 125: MovImm dst: r3 imm: 0
	 126: Call FnRingbufReserve
	 127: JEqImm dst: r0 off: -1 imm: 0 <L18>
	 128: MovReg dst: r8 src: r0
	 129: StMemDW dst: r8 src: r0 off: 0 imm: 0
	 130: Call FnKtimeGetNs
	 131: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	 132: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 133: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 135: MovReg dst: r2 src: rfp
	 136: AddImm dst: r2 imm: -16
	 137: Call FnMapLookupElem
	 138: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	 139: MovImm dst: r2 imm: 1
	 140: JEqImm dst: r0 off: -1 imm: 0 <L20>
	 141: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 142: AddImm dst: r3 imm: 1000000
	 143: JGTReg dst: r3 off: -1 src: r1 <L20>
	 144: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 145: MovImm dst: r2 imm: 0
L20:
	 146: MovReg dst: r1 src: r8
	 147: Call FnRingbufSubmit
	 148: Ja off: -1 <L19>
L18:
	 149: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 150: LoadMapPtr dst: r1 fd: 0 <lost>
	 152: MovReg dst: r2 src: rfp
	 153: AddImm dst: r2 imm: -24
	 154: Call FnMapLookupElem
	 155: JNEImm dst: r0 off: -1 imm: 0 <L21>
	 156: Exit
L21:
	 157: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 158: AddImm dst: r1 imm: 1
	 159: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L19:
	 160: MovImm dst: r7 imm: 8388608
L17:
	 161: MovReg dst: r1 src: r7
	 162: StXMemDW dst: rfp src: r6 off: -40 imm: 0
	 163: StXMemDW dst: rfp src: r9 off: -32 imm: 0
	 164: MovReg dst: r3 src: rfp
	 165: AddImm dst: r3 imm: -40
	 166: LdImmDW dst: r2 imm: -1 <cb1>
	 168: MovImm dst: r4 imm: 0
	 169: Call FnLoop
	 170: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	 171: JNEImm dst: r1 off: -1 imm: 0 <L16>
L16:
	 172: MovImm dst: r0 imm: 0
	 173: Exit
  ; line 18:3
cb1:
	 174: LdXMemDW dst: r6 src: r2 off: 0 imm: 0
	 175: LdXMemDW dst: r9 src: r2 off: 8 imm: 0
	 176: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	 177: AddReg dst: r0 src: r1
	 178: StXMemDW dst: r9 src: r0 off: 32 imm: 0
  ; line 18:21
	 179: LdXMemDW dst: r7 src: r9 off: 0 imm: 0
	 180: LdXMemDW dst: r8 src: r9 off: 24 imm: 0
	 181: AddReg dst: r7 src: r8
	 182: StXMemDW dst: r9 src: r7 off: 0 imm: 0
L14:
	 183: MovImm dst: r0 imm: 0
	 184: Exit

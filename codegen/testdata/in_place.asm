map m0 @a: Hash key 8 value 16 entries 4096
map m1 @b: Hash key 8 value 16 entries 4096
map m2 @c: Hash key 8 value 8 entries 4096
map m3 @d: Hash key 8 value 16 entries 4096
map scratch: PerCPUArray value 64
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
	   4: JNEImm dst: r0 off: -1 imm: 0 <L1>
	   5: StMemDW dst: rfp src: r0 off: -8 imm: 0
	   6: LoadMapPtr dst: r1 fd: 0 <scratch>
	   8: MovReg dst: r2 src: rfp
	   9: AddImm dst: r2 imm: -8
	  10: Call FnMapLookupElem
	  11: JEqImm dst: r0 off: -1 imm: 0 <L1>
	  12: MovReg dst: r9 src: r0
	  13: StMemDW dst: r9 src: r0 off: 32 imm: 0
  ; line 9:3
	  14: LdXMemDW dst: r7 src: r6 off: 16 imm: 0
	  15: StXMemDW dst: r9 src: r7 off: 0 imm: 0
  ; line 10:3
	  16: LoadMapPtr dst: r1 fd: 0 <m0>
	  18: MovReg dst: r2 src: r9
	  19: Call FnMapLookupElem
	  20: MovImm dst: r7 imm: 0
	  21: JEqImm dst: r0 off: -1 imm: 0 <L2>
	  22: LdXMemDW dst: r7 src: r0 off: 8 imm: 0
L2:
	  23: StXMemDW dst: r9 src: r7 off: 8 imm: 0
  ; line 11:3
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
  ; line 12:3
L4:
	  37: LdXMemDW dst: r7 src: r9 off: 16 imm: 0
	  38: JEqImm dst: r7 off: -1 imm: 0 <L5>
	  39: LdXMemDW dst: r7 src: r9 off: 8 imm: 0
	  40: JEqImm dst: r7 off: -1 imm: 0 <L5>
  ; line 13:5
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
  ; line 14:5
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
  ; line 15:5
L9:
	  75: LoadMapPtr dst: r1 fd: 0 <m0>
	  77: MovReg dst: r2 src: r9
	  78: Call FnMapDeleteElem
  ; line 17:3
L5:
	  79: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	  80: StXMemDW dst: r9 src: r0 off: 40 imm: 0
	  81: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	  82: StXMemDW dst: r9 src: r0 off: 48 imm: 0
	  83: LdXMemDW dst: r7 src: r9 off: 0 imm: 0
	  84: LdXMemDW dst: r8 src: r9 off: 0 imm: 0
	  85: LdXMemDW dst: r0 src: rfp off: -8 imm: 0
	  86: MovImm dst: r0 imm: 1
	  87: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	  88: LdXMemDW dst: r2 src: rfp off: -8 imm: 0
	  89: AddReg dst: r8 src: r2
	  90: StXMemDW dst: r9 src: r8 off: 0 imm: 0
	  91: StXMemDW dst: r9 src: r7 off: 56 imm: 0
	  92: LoadMapPtr dst: r1 fd: 0 <m3>
	  94: MovReg dst: r2 src: r9
	  95: AddImm dst: r2 imm: 56
	  96: MovReg dst: r3 src: r9
	  97: AddImm dst: r3 imm: 40
	  98: MovImm dst: r4 imm: 0
	  99: Call FnMapUpdateElem
	 100: JEqImm dst: r0 off: -1 imm: 0 <L11>
	 101: NegImm32 dst: r0 imm: 0
	 102: JLTImm dst: r0 off: -1 imm: 128 <L12>
	 103: MovImm dst: r0 imm: 127
L12:
	 104: LShImm dst: r0 imm: 3
	 105: LoadMapValue dst: r1, fd: 0 off: 3072 <full>
	 107: AddReg dst: r1 src: r0
	 108: MovImm dst: r2 imm: 1
	 109: StXAtomicAddDW dst: r1 src: r2 off: 0
  ; line 18:3
L11:
	 110: StMemDW dst: r9 src: r0 off: 40 imm: 0
	 111: StMemDW dst: r9 src: r0 off: 48 imm: 0
  ; line 18:21
	 112: MovImm dst: r1 imm: 2
	 113: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	 114: StXMemDW dst: rfp src: r9 off: -8 imm: 0
	 115: MovReg dst: r3 src: rfp
	 116: AddImm dst: r3 imm: -16
	 117: LdImmDW dst: r2 imm: -1 <cb1>
	 119: MovImm dst: r4 imm: 0
	 120: Call FnLoop
	 121: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	 122: JNEImm dst: r1 off: -1 imm: 0 <L1>
L1:
	 123: MovImm dst: r0 imm: 0
	 124: Exit
  ; line 18:3
cb1:
	 125: LdXMemDW dst: r6 src: r2 off: 0 imm: 0
	 126: LdXMemDW dst: r9 src: r2 off: 8 imm: 0
	 127: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	 128: AddReg dst: r0 src: r1
	 129: StXMemDW dst: r9 src: r0 off: 32 imm: 0
  ; line 18:21
	 130: LdXMemDW dst: r7 src: r9 off: 0 imm: 0
	 131: LdXMemDW dst: r8 src: r9 off: 24 imm: 0
	 132: AddReg dst: r7 src: r8
	 133: StXMemDW dst: r9 src: r7 off: 0 imm: 0
L14:
	 134: MovImm dst: r0 imm: 0
	 135: Exit

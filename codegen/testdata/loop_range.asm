map scratch: PerCPUArray value 32
event 0 kind 9 size 8 from BEGIN
event 1 kind 1 size 16 from BEGIN
program p0 BEGIN (RawTracepoint):
  ; line 3:1
	   0: MovReg dst: r6 src: r1
	   1: StMemDW dst: rfp src: r0 off: -8 imm: 0
	   2: LoadMapPtr dst: r1 fd: 0 <scratch>
	   4: MovReg dst: r2 src: rfp
	   5: AddImm dst: r2 imm: -8
	   6: Call FnMapLookupElem
	   7: JEqImm dst: r0 off: -1 imm: 0 <L16>
	   8: MovReg dst: r9 src: r0
	   9: StMemDW dst: r9 src: r0 off: 8 imm: 0
  ; line 4:3
	  10: StMemDW dst: r9 src: r0 off: 0 imm: 0
  ; line 5:3
	  11: MovImm dst: r7 imm: 1
	  12: StXMemDW dst: r9 src: r7 off: 16 imm: 0
	  13: MovImm dst: r7 imm: 10
	  14: LdXMemDW dst: r2 src: r9 off: 16 imm: 0
	  15: SubReg dst: r7 src: r2
	  16: StMemDW dst: r9 src: r0 off: 24 imm: 0
  ; line 8:5
	  17: JSLEImm dst: r7 off: -1 imm: 0 <L9>
	  18: JLEImm dst: r7 off: -1 imm: 8388608 <L10>
	  19: LoadMapPtr dst: r1 fd: 0 <events>
	  21: MovImm dst: r2 imm: 8
	  22: MovImm dst: r3 imm: 0
	  23: Call FnRingbufReserve
	  24: JEqImm dst: r0 off: -1 imm: 0 <L11>
	  25: MovReg dst: r8 src: r0
	  26: StMemDW dst: r8 src: r0 off: 0 imm: 0
	  27: Call FnKtimeGetNs
	  28: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	  29: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  30: LoadMapPtr dst: r1 fd: 0 <wakeup>
	  32: MovReg dst: r2 src: rfp
	  33: AddImm dst: r2 imm: -16
	  34: Call FnMapLookupElem
	  35: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	  36: MovImm dst: r2 imm: 1
	  37: JEqImm dst: r0 off: -1 imm: 0 <L13>
	  38: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	  39: AddImm dst: r3 imm: 1000000
	  40: JGTReg dst: r3 off: -1 src: r1 <L13>
	  41: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  42: MovImm dst: r2 imm: 0
L13:
	  43: MovReg dst: r1 src: r8
	  44: Call FnRingbufSubmit
	  45: Ja off: -1 <L12>
L11:
	  46: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  47: LoadMapPtr dst: r1 fd: 0 <lost>
	  49: MovReg dst: r2 src: rfp
	  50: AddImm dst: r2 imm: -24
	  51: Call FnMapLookupElem
	  52: JNEImm dst: r0 off: -1 imm: 0 <L14>
	  53: Exit
L14:
	  54: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  55: AddImm dst: r1 imm: 1
	  56: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L12:
	  57: MovImm dst: r7 imm: 8388608
L10:
	  58: MovReg dst: r1 src: r7
	  59: StXMemDW dst: rfp src: r6 off: -40 imm: 0
	  60: StXMemDW dst: rfp src: r9 off: -32 imm: 0
	  61: MovReg dst: r3 src: rfp
	  62: AddImm dst: r3 imm: -40
	  63: LdImmDW dst: r2 imm: -1 <cb1>
	  65: MovImm dst: r4 imm: 0
	  66: Call FnLoop
	  67: LdXMemDW dst: r1 src: r9 off: 24 imm: 0
	  68: JNEImm dst: r1 off: -1 imm: 0 <L16>
  ; line 10:3
L9:
	  69: LoadMapPtr dst: r1 fd: 0 <events>
	  71: MovImm dst: r2 imm: 16
	  72: MovImm dst: r3 imm: 0
	  73: Call FnRingbufReserve
	  74: JEqImm dst: r0 off: -1 imm: 0 <L15>
	  75: MovReg dst: r7 src: r0
	  76: StMemDW dst: r7 src: r0 off: 0 imm: 1
	  77: LdXMemDW dst: r8 src: r9 off: 0 imm: 0
	  78: StXMemDW dst: r7 src: r8 off: 8 imm: 0
	  79: Call FnKtimeGetNs
	  80: MovReg dst: r8 src: r0
	  81: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  82: LoadMapPtr dst: r1 fd: 0 <wakeup>
	  84: MovReg dst: r2 src: rfp
	  85: AddImm dst: r2 imm: -8
	  86: Call FnMapLookupElem
	  87: MovImm dst: r2 imm: 1
	  88: JEqImm dst: r0 off: -1 imm: 0 <L17>
	  89: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	  90: AddImm dst: r3 imm: 1000000
	  91: JGTReg dst: r3 off: -1 src: r8 <L17>
	  92: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	  93: MovImm dst: r2 imm: 0
L17:
	  94: MovReg dst: r1 src: r7
	  95: Call FnRingbufSubmit
	  96: Ja off: -1 <L16>
L15:
	  97: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  98: LoadMapPtr dst: r1 fd: 0 <lost>
	 100: MovReg dst: r2 src: rfp
	 101: AddImm dst: r2 imm: -16
	 102: Call FnMapLookupElem
	 103: JNEImm dst: r0 off: -1 imm: 0 <L18>
	 104: Exit
L18:
	 105: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 106: AddImm dst: r1 imm: 1
	 107: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L16:
	 108: MovImm dst: r0 imm: 0
	 109: Exit
  ; line 5:3
cb1:
	 110: LdXMemDW dst: r6 src: r2 off: 0 imm: 0
	 111: LdXMemDW dst: r9 src: r2 off: 8 imm: 0
	 112: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	 113: AddReg dst: r0 src: r1
	 114: StXMemDW dst: r9 src: r0 off: 8 imm: 0
  ; line 6:5
	 115: LdXMemDW dst: r7 src: r9 off: 8 imm: 0
	 116: JNEImm dst: r7 off: -1 imm: 7 <L5>
  ; line 6:20
	 117: Ja off: -1 <L2>
  ; line 7:5
L5:
	 118: LdXMemDW dst: r7 src: r9 off: 0 imm: 0
	 119: JSLEImm dst: r7 off: -1 imm: 100 <L7>
  ; line 7:21
	 120: Ja off: -1 <L4>
  ; line 8:5
L7:
	 121: LdXMemDW dst: r7 src: r9 off: 0 imm: 0
	 122: LdXMemDW dst: r8 src: r9 off: 8 imm: 0
	 123: AddReg dst: r7 src: r8
	 124: StXMemDW dst: r9 src: r7 off: 0 imm: 0
L3:
	 125: MovImm dst: r0 imm: 0
	 126: Exit
L4:
	 127: StMemDW dst: r9 src: r0 off: 24 imm: 1
L2:
	 128: MovImm dst: r0 imm: 1
	 129: Exit

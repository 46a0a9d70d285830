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
	   9: StMemDW dst: r9 src: r0 off: 0 imm: 0
	  10: StMemDW dst: r9 src: r0 off: 8 imm: 0
  ; line 4:3
	  11: MovImm dst: r7 imm: 0
	  12: StXMemDW dst: r9 src: r7 off: 0 imm: 0
  ; line 5:3
	  13: MovImm dst: r7 imm: 1
	  14: StXMemDW dst: r9 src: r7 off: 16 imm: 0
	  15: MovImm dst: r7 imm: 10
	  16: LdXMemDW dst: r2 src: r9 off: 16 imm: 0
	  17: SubReg dst: r7 src: r2
	  18: StMemDW dst: r9 src: r0 off: 24 imm: 0
  ; line 8:5
	  19: JSLEImm dst: r7 off: -1 imm: 0 <L9>
	  20: JLEImm dst: r7 off: -1 imm: 8388608 <L10>
	  21: LoadMapPtr dst: r1 fd: 0 <events>
	  23: MovImm dst: r2 imm: 8
	  24: MovImm dst: r3 imm: 0
	  25: Call FnRingbufReserve
	  26: JEqImm dst: r0 off: -1 imm: 0 <L11>
	  27: MovReg dst: r8 src: r0
	  28: StMemDW dst: r8 src: r0 off: 0 imm: 0
	  29: Call FnKtimeGetNs
	  30: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	  31: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  32: LoadMapPtr dst: r1 fd: 0 <wakeup>
	  34: MovReg dst: r2 src: rfp
	  35: AddImm dst: r2 imm: -16
	  36: Call FnMapLookupElem
	  37: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	  38: MovImm dst: r2 imm: 1
	  39: JEqImm dst: r0 off: -1 imm: 0 <L13>
	  40: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	  41: AddImm dst: r3 imm: 1000000
	  42: JGTReg dst: r3 off: -1 src: r1 <L13>
	  43: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  44: MovImm dst: r2 imm: 0
L13:
	  45: MovReg dst: r1 src: r8
	  46: Call FnRingbufSubmit
	  47: Ja off: -1 <L12>
L11:
	  48: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  49: LoadMapPtr dst: r1 fd: 0 <lost>
	  51: MovReg dst: r2 src: rfp
	  52: AddImm dst: r2 imm: -24
	  53: Call FnMapLookupElem
	  54: JNEImm dst: r0 off: -1 imm: 0 <L14>
	  55: Exit
L14:
	  56: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  57: AddImm dst: r1 imm: 1
	  58: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L12:
	  59: MovImm dst: r7 imm: 8388608
L10:
	  60: MovReg dst: r1 src: r7
	  61: StXMemDW dst: rfp src: r6 off: -40 imm: 0
	  62: StXMemDW dst: rfp src: r9 off: -32 imm: 0
	  63: MovReg dst: r3 src: rfp
	  64: AddImm dst: r3 imm: -40
	  65: LdImmDW dst: r2 imm: -1 <cb1>
	  67: MovImm dst: r4 imm: 0
	  68: Call FnLoop
	  69: LdXMemDW dst: r1 src: r9 off: 24 imm: 0
	  70: JNEImm dst: r1 off: -1 imm: 0 <L16>
  ; line 10:3
L9:
	  71: LoadMapPtr dst: r1 fd: 0 <events>
	  73: MovImm dst: r2 imm: 16
	  74: MovImm dst: r3 imm: 0
	  75: Call FnRingbufReserve
	  76: JEqImm dst: r0 off: -1 imm: 0 <L15>
	  77: MovReg dst: r7 src: r0
	  78: StMemDW dst: r7 src: r0 off: 0 imm: 1
	  79: LdXMemDW dst: r8 src: r9 off: 0 imm: 0
	  80: StXMemDW dst: r7 src: r8 off: 8 imm: 0
	  81: Call FnKtimeGetNs
	  82: MovReg dst: r8 src: r0
	  83: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  84: LoadMapPtr dst: r1 fd: 0 <wakeup>
	  86: MovReg dst: r2 src: rfp
	  87: AddImm dst: r2 imm: -8
	  88: Call FnMapLookupElem
	  89: MovImm dst: r2 imm: 1
	  90: JEqImm dst: r0 off: -1 imm: 0 <L17>
	  91: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	  92: AddImm dst: r3 imm: 1000000
	  93: JGTReg dst: r3 off: -1 src: r8 <L17>
	  94: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	  95: MovImm dst: r2 imm: 0
L17:
	  96: MovReg dst: r1 src: r7
	  97: Call FnRingbufSubmit
	  98: Ja off: -1 <L16>
L15:
	  99: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 100: LoadMapPtr dst: r1 fd: 0 <lost>
	 102: MovReg dst: r2 src: rfp
	 103: AddImm dst: r2 imm: -16
	 104: Call FnMapLookupElem
	 105: JNEImm dst: r0 off: -1 imm: 0 <L18>
	 106: Exit
L18:
	 107: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 108: AddImm dst: r1 imm: 1
	 109: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L16:
	 110: MovImm dst: r0 imm: 0
	 111: Exit
  ; line 5:3
cb1:
	 112: LdXMemDW dst: r6 src: r2 off: 0 imm: 0
	 113: LdXMemDW dst: r9 src: r2 off: 8 imm: 0
	 114: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	 115: AddReg dst: r0 src: r1
	 116: StXMemDW dst: r9 src: r0 off: 8 imm: 0
  ; line 6:5
	 117: LdXMemDW dst: r7 src: r9 off: 8 imm: 0
	 118: JNEImm dst: r7 off: -1 imm: 7 <L5>
  ; line 6:20
	 119: Ja off: -1 <L2>
  ; line 7:5
L5:
	 120: LdXMemDW dst: r7 src: r9 off: 0 imm: 0
	 121: JSLEImm dst: r7 off: -1 imm: 100 <L7>
  ; line 7:21
	 122: Ja off: -1 <L4>
  ; line 8:5
L7:
	 123: LdXMemDW dst: r7 src: r9 off: 0 imm: 0
	 124: LdXMemDW dst: r8 src: r9 off: 8 imm: 0
	 125: AddReg dst: r7 src: r8
	 126: StXMemDW dst: r9 src: r7 off: 0 imm: 0
L3:
	 127: MovImm dst: r0 imm: 0
	 128: Exit
L4:
	 129: StMemDW dst: r9 src: r0 off: 24 imm: 1
L2:
	 130: MovImm dst: r0 imm: 1
	 131: Exit

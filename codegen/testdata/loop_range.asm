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
	  11: StMemDW dst: r9 src: r0 off: 0 imm: 0
  ; line 5:3
	  12: MovImm dst: r7 imm: 1
	  13: StXMemDW dst: r9 src: r7 off: 16 imm: 0
	  14: MovImm dst: r7 imm: 10
	  15: LdXMemDW dst: r2 src: r9 off: 16 imm: 0
	  16: SubReg dst: r7 src: r2
	  17: StMemDW dst: r9 src: r0 off: 24 imm: 0
  ; line 8:5
	  18: JSLEImm dst: r7 off: -1 imm: 0 <L9>
	  19: JLEImm dst: r7 off: -1 imm: 8388608 <L10>
	  20: LoadMapPtr dst: r1 fd: 0 <events>
	  22: MovImm dst: r2 imm: 8
	  23: MovImm dst: r3 imm: 0
	  24: Call FnRingbufReserve
	  25: JEqImm dst: r0 off: -1 imm: 0 <L11>
	  26: MovReg dst: r8 src: r0
	  27: StMemDW dst: r8 src: r0 off: 0 imm: 0
	  28: Call FnKtimeGetNs
	  29: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	  30: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  31: LoadMapPtr dst: r1 fd: 0 <wakeup>
	  33: MovReg dst: r2 src: rfp
	  34: AddImm dst: r2 imm: -16
	  35: Call FnMapLookupElem
	  36: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	  37: MovImm dst: r2 imm: 1
	  38: JEqImm dst: r0 off: -1 imm: 0 <L13>
	  39: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	  40: AddImm dst: r3 imm: 1000000
	  41: JGTReg dst: r3 off: -1 src: r1 <L13>
	  42: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  43: MovImm dst: r2 imm: 0
L13:
	  44: MovReg dst: r1 src: r8
	  45: Call FnRingbufSubmit
	  46: Ja off: -1 <L12>
L11:
	  47: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  48: LoadMapPtr dst: r1 fd: 0 <lost>
	  50: MovReg dst: r2 src: rfp
	  51: AddImm dst: r2 imm: -24
	  52: Call FnMapLookupElem
	  53: JNEImm dst: r0 off: -1 imm: 0 <L14>
	  54: Exit
L14:
	  55: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  56: AddImm dst: r1 imm: 1
	  57: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L12:
	  58: MovImm dst: r7 imm: 8388608
L10:
	  59: MovReg dst: r1 src: r7
	  60: StXMemDW dst: rfp src: r6 off: -40 imm: 0
	  61: StXMemDW dst: rfp src: r9 off: -32 imm: 0
	  62: MovReg dst: r3 src: rfp
	  63: AddImm dst: r3 imm: -40
	  64: LdImmDW dst: r2 imm: -1 <cb1>
	  66: MovImm dst: r4 imm: 0
	  67: Call FnLoop
	  68: LdXMemDW dst: r1 src: r9 off: 24 imm: 0
	  69: JNEImm dst: r1 off: -1 imm: 0 <L16>
  ; line 10:3
L9:
	  70: LoadMapPtr dst: r1 fd: 0 <events>
	  72: MovImm dst: r2 imm: 16
	  73: MovImm dst: r3 imm: 0
	  74: Call FnRingbufReserve
	  75: JEqImm dst: r0 off: -1 imm: 0 <L15>
	  76: MovReg dst: r7 src: r0
	  77: StMemDW dst: r7 src: r0 off: 0 imm: 1
	  78: LdXMemDW dst: r8 src: r9 off: 0 imm: 0
	  79: StXMemDW dst: r7 src: r8 off: 8 imm: 0
	  80: Call FnKtimeGetNs
	  81: MovReg dst: r8 src: r0
	  82: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  83: LoadMapPtr dst: r1 fd: 0 <wakeup>
	  85: MovReg dst: r2 src: rfp
	  86: AddImm dst: r2 imm: -8
	  87: Call FnMapLookupElem
	  88: MovImm dst: r2 imm: 1
	  89: JEqImm dst: r0 off: -1 imm: 0 <L17>
	  90: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	  91: AddImm dst: r3 imm: 1000000
	  92: JGTReg dst: r3 off: -1 src: r8 <L17>
	  93: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	  94: MovImm dst: r2 imm: 0
L17:
	  95: MovReg dst: r1 src: r7
	  96: Call FnRingbufSubmit
	  97: Ja off: -1 <L16>
L15:
	  98: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  99: LoadMapPtr dst: r1 fd: 0 <lost>
	 101: MovReg dst: r2 src: rfp
	 102: AddImm dst: r2 imm: -16
	 103: Call FnMapLookupElem
	 104: JNEImm dst: r0 off: -1 imm: 0 <L18>
	 105: Exit
L18:
	 106: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 107: AddImm dst: r1 imm: 1
	 108: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L16:
	 109: MovImm dst: r0 imm: 0
	 110: Exit
  ; line 5:3
cb1:
	 111: LdXMemDW dst: r6 src: r2 off: 0 imm: 0
	 112: LdXMemDW dst: r9 src: r2 off: 8 imm: 0
	 113: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	 114: AddReg dst: r0 src: r1
	 115: StXMemDW dst: r9 src: r0 off: 8 imm: 0
  ; line 6:5
	 116: LdXMemDW dst: r7 src: r9 off: 8 imm: 0
	 117: JNEImm dst: r7 off: -1 imm: 7 <L5>
  ; line 6:20
	 118: Ja off: -1 <L2>
  ; line 7:5
L5:
	 119: LdXMemDW dst: r7 src: r9 off: 0 imm: 0
	 120: JSLEImm dst: r7 off: -1 imm: 100 <L7>
  ; line 7:21
	 121: Ja off: -1 <L4>
  ; line 8:5
L7:
	 122: LdXMemDW dst: r7 src: r9 off: 0 imm: 0
	 123: LdXMemDW dst: r8 src: r9 off: 8 imm: 0
	 124: AddReg dst: r7 src: r8
	 125: StXMemDW dst: r9 src: r7 off: 0 imm: 0
L3:
	 126: MovImm dst: r0 imm: 0
	 127: Exit
L4:
	 128: StMemDW dst: r9 src: r0 off: 24 imm: 1
L2:
	 129: MovImm dst: r0 imm: 1
	 130: Exit

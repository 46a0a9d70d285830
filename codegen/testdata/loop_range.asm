map scratch: PerCPUArray value 32
event 0 kind 1 size 16 from BEGIN
program p0 BEGIN (RawTracepoint):
  ; line 3:1
	   0: MovReg dst: r6 src: r1
	   1: StMemDW dst: rfp src: r0 off: -8 imm: 0
	   2: LoadMapPtr dst: r1 fd: 0 <scratch>
	   4: MovReg dst: r2 src: rfp
	   5: AddImm dst: r2 imm: -8
	   6: Call FnMapLookupElem
	   7: JEqImm dst: r0 off: -1 imm: 0 <L10>
	   8: MovReg dst: r9 src: r0
	   9: StMemDW dst: r9 src: r0 off: 8 imm: 0
  ; line 4:3
	  10: StMemDW dst: r9 src: r0 off: 0 imm: 0
  ; line 5:3
	  11: StMemDW dst: r9 src: r0 off: 16 imm: 1
	  12: StMemDW dst: r9 src: r0 off: 24 imm: 0
  ; line 8:5
	  13: MovImm dst: r1 imm: 9
	  14: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	  15: StXMemDW dst: rfp src: r9 off: -8 imm: 0
	  16: MovReg dst: r3 src: rfp
	  17: AddImm dst: r3 imm: -16
	  18: LdImmDW dst: r2 imm: -1 <cb1>
	  20: MovImm dst: r4 imm: 0
	  21: Call FnLoop
	  22: LdXMemDW dst: r1 src: r9 off: 24 imm: 0
	  23: JNEImm dst: r1 off: -1 imm: 0 <L10>
  ; line 10:3
	  24: LoadMapPtr dst: r1 fd: 0 <events>
	  26: MovImm dst: r2 imm: 16
	  27: MovImm dst: r3 imm: 0
	  28: Call FnRingbufReserve
	  29: JEqImm dst: r0 off: -1 imm: 0 <L9>
	  30: MovReg dst: r7 src: r0
	  31: StMemDW dst: r7 src: r0 off: 0 imm: 0
	  32: LdXMemDW dst: r8 src: r9 off: 0 imm: 0
	  33: StXMemDW dst: r7 src: r8 off: 8 imm: 0
	  34: Call FnKtimeGetNs
	  35: MovReg dst: r8 src: r0
	  36: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  37: LoadMapPtr dst: r1 fd: 0 <wakeup>
	  39: MovReg dst: r2 src: rfp
	  40: AddImm dst: r2 imm: -8
	  41: Call FnMapLookupElem
	  42: MovImm dst: r2 imm: 1
	  43: JEqImm dst: r0 off: -1 imm: 0 <L11>
	  44: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	  45: AddImm dst: r3 imm: 1000000
	  46: JGTReg dst: r3 off: -1 src: r8 <L11>
	  47: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	  48: MovImm dst: r2 imm: 0
L11:
	  49: MovReg dst: r1 src: r7
	  50: Call FnRingbufSubmit
	  51: Ja off: -1 <L10>
L9:
	  52: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  53: LoadMapPtr dst: r1 fd: 0 <lost>
	  55: MovReg dst: r2 src: rfp
	  56: AddImm dst: r2 imm: -16
	  57: Call FnMapLookupElem
	  58: JNEImm dst: r0 off: -1 imm: 0 <L12>
	  59: Exit
L12:
	  60: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  61: AddImm dst: r1 imm: 1
	  62: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L10:
	  63: MovImm dst: r0 imm: 0
	  64: Exit
  ; line 5:3
cb1:
	  65: LdXMemDW dst: r6 src: r2 off: 0 imm: 0
	  66: LdXMemDW dst: r9 src: r2 off: 8 imm: 0
	  67: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	  68: AddReg dst: r0 src: r1
	  69: StXMemDW dst: r9 src: r0 off: 8 imm: 0
  ; line 6:5
	  70: LdXMemDW dst: r7 src: r9 off: 8 imm: 0
	  71: JNEImm dst: r7 off: -1 imm: 7 <L5>
  ; line 6:20
	  72: Ja off: -1 <L2>
  ; line 7:5
L5:
	  73: LdXMemDW dst: r7 src: r9 off: 0 imm: 0
	  74: JSLEImm dst: r7 off: -1 imm: 100 <L7>
  ; line 7:21
	  75: Ja off: -1 <L4>
  ; line 8:5
L7:
	  76: LdXMemDW dst: r7 src: r9 off: 0 imm: 0
	  77: LdXMemDW dst: r8 src: r9 off: 8 imm: 0
	  78: AddReg dst: r7 src: r8
	  79: StXMemDW dst: r9 src: r7 off: 0 imm: 0
L3:
	  80: MovImm dst: r0 imm: 0
	  81: Exit
L4:
	  82: StMemDW dst: r9 src: r0 off: 24 imm: 1
L2:
	  83: MovImm dst: r0 imm: 1
	  84: Exit

program p0 tracepoint:net:netif_receive_skb (TracePoint):
  ; line 3:1
	   0: MovReg dst: r6 src: r1
  ; line 3:35
	   1: StMemDW dst: rfp src: r0 off: -64 imm: 0
	   2: StMemDW dst: rfp src: r0 off: -56 imm: 0
	   3: StMemDW dst: rfp src: r0 off: -48 imm: 0
	   4: StMemDW dst: rfp src: r0 off: -40 imm: 0
	   5: StMemDW dst: rfp src: r0 off: -32 imm: 0
	   6: StMemDW dst: rfp src: r0 off: -24 imm: 0
	   7: StMemDW dst: rfp src: r0 off: -16 imm: 0
	   8: StMemDW dst: rfp src: r0 off: -8 imm: 0
	   9: LdXMemW dst: r3 src: r6 off: 20 imm: 0
	  10: AndImm dst: r3 imm: 65535
	  11: AddReg dst: r3 src: r6
	  12: MovReg dst: r1 src: rfp
	  13: AddImm dst: r1 imm: -64
	  14: MovImm dst: r2 imm: 64
	  15: Call FnProbeReadKernelStr
	  16: LdXMemB dst: r1 src: rfp off: -64 imm: 0
	  17: JNEImm dst: r1 off: -1 imm: 108 <L2>
	  18: LdXMemB dst: r1 src: rfp off: -63 imm: 0
	  19: JNEImm dst: r1 off: -1 imm: 111 <L2>
	  20: LdXMemB dst: r1 src: rfp off: -62 imm: 0
	  21: JNEImm dst: r1 off: -1 imm: 0 <L2>
	  22: Ja off: -1 <L3>
L3:
	  23: MovImm dst: r7 imm: 1
	  24: Ja off: -1 <L4>
L2:
	  25: MovImm dst: r7 imm: 0
L4:
	  26: JEqImm dst: r7 off: -1 imm: 0 <L6>
  ; line 3:57
	  27: LoadMapPtr dst: r1 fd: 0 <events>
	  29: MovImm dst: r2 imm: 80
	  30: MovImm dst: r3 imm: 0
	  31: Call FnRingbufReserve
	  32: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  33: MovReg dst: r7 src: r0
	  34: StMemDW dst: r7 src: r0 off: 0 imm: 0
	  35: StMemDW dst: r7 src: r0 off: 8 imm: 0
	  36: StMemDW dst: r7 src: r0 off: 16 imm: 0
	  37: StMemDW dst: r7 src: r0 off: 24 imm: 0
	  38: StMemDW dst: r7 src: r0 off: 32 imm: 0
	  39: StMemDW dst: r7 src: r0 off: 40 imm: 0
	  40: StMemDW dst: r7 src: r0 off: 48 imm: 0
	  41: StMemDW dst: r7 src: r0 off: 56 imm: 0
	  42: StMemDW dst: r7 src: r0 off: 64 imm: 0
	  43: LdXMemW dst: r3 src: r6 off: 20 imm: 0
	  44: AndImm dst: r3 imm: 65535
	  45: AddReg dst: r3 src: r6
	  46: MovReg dst: r1 src: r7
	  47: AddImm dst: r1 imm: 8
	  48: MovImm dst: r2 imm: 64
	  49: Call FnProbeReadKernelStr
	  50: LdXMemW dst: r8 src: r6 off: 16 imm: 0
	  51: StXMemDW dst: r7 src: r8 off: 72 imm: 0
	  52: Call FnKtimeGetNs
	  53: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	  54: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  55: LoadMapPtr dst: r1 fd: 0 <wakeup>
	  57: MovReg dst: r2 src: rfp
	  58: AddImm dst: r2 imm: -16
	  59: Call FnMapLookupElem
	  60: JEqImm dst: r0 off: -1 imm: 0 <L7>
	  61: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	  62: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	  63: MovReg dst: r4 src: r1
	  64: SubReg dst: r4 src: r3
	  65: JLTImm dst: r4 off: -1 imm: 1000000 <L7>
	  66: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  67: MovImm dst: r2 imm: 0
	  68: Ja off: -1 <L8>
L7:
	  69: MovImm dst: r2 imm: 1
L8:
	  70: MovReg dst: r1 src: r7
	  71: Call FnRingbufSubmit
	  72: Ja off: -1 <L6>
L5:
	  73: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  74: LoadMapPtr dst: r1 fd: 0 <lost>
	  76: MovReg dst: r2 src: rfp
	  77: AddImm dst: r2 imm: -24
	  78: Call FnMapLookupElem
	  79: JNEImm dst: r0 off: -1 imm: 0 <L9>
	  80: Exit
L9:
	  81: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  82: AddImm dst: r1 imm: 1
	  83: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L6:
	  84: MovImm dst: r0 imm: 0
	  85: Exit

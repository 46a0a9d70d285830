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
L3:
	  22: MovImm dst: r7 imm: 1
	  23: Ja off: -1 <L4>
L2:
	  24: MovImm dst: r7 imm: 0
L4:
	  25: JEqImm dst: r7 off: -1 imm: 0 <L6>
  ; line 3:57
	  26: LoadMapPtr dst: r1 fd: 0 <events>
	  28: MovImm dst: r2 imm: 80
	  29: MovImm dst: r3 imm: 0
	  30: Call FnRingbufReserve
	  31: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  32: MovReg dst: r7 src: r0
	  33: StMemDW dst: r7 src: r0 off: 0 imm: 0
	  34: StMemDW dst: r7 src: r0 off: 8 imm: 0
	  35: StMemDW dst: r7 src: r0 off: 16 imm: 0
	  36: StMemDW dst: r7 src: r0 off: 24 imm: 0
	  37: StMemDW dst: r7 src: r0 off: 32 imm: 0
	  38: StMemDW dst: r7 src: r0 off: 40 imm: 0
	  39: StMemDW dst: r7 src: r0 off: 48 imm: 0
	  40: StMemDW dst: r7 src: r0 off: 56 imm: 0
	  41: StMemDW dst: r7 src: r0 off: 64 imm: 0
	  42: LdXMemW dst: r3 src: r6 off: 20 imm: 0
	  43: AndImm dst: r3 imm: 65535
	  44: AddReg dst: r3 src: r6
	  45: MovReg dst: r1 src: r7
	  46: AddImm dst: r1 imm: 8
	  47: MovImm dst: r2 imm: 64
	  48: Call FnProbeReadKernelStr
	  49: LdXMemW dst: r8 src: r6 off: 16 imm: 0
	  50: StXMemDW dst: r7 src: r8 off: 72 imm: 0
	  51: Call FnKtimeGetNs
	  52: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	  53: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  54: LoadMapPtr dst: r1 fd: 0 <wakeup>
	  56: MovReg dst: r2 src: rfp
	  57: AddImm dst: r2 imm: -16
	  58: Call FnMapLookupElem
	  59: JEqImm dst: r0 off: -1 imm: 0 <L7>
	  60: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	  61: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	  62: MovReg dst: r4 src: r1
	  63: SubReg dst: r4 src: r3
	  64: JLTImm dst: r4 off: -1 imm: 1000000 <L7>
	  65: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  66: MovImm dst: r2 imm: 0
	  67: Ja off: -1 <L8>
L7:
	  68: MovImm dst: r2 imm: 1
L8:
	  69: MovReg dst: r1 src: r7
	  70: Call FnRingbufSubmit
	  71: Ja off: -1 <L6>
L5:
	  72: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  73: LoadMapPtr dst: r1 fd: 0 <lost>
	  75: MovReg dst: r2 src: rfp
	  76: AddImm dst: r2 imm: -24
	  77: Call FnMapLookupElem
	  78: JNEImm dst: r0 off: -1 imm: 0 <L9>
	  79: Exit
L9:
	  80: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  81: AddImm dst: r1 imm: 1
	  82: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L6:
	  83: MovImm dst: r0 imm: 0
	  84: Exit

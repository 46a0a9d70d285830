map scratch: PerCPUArray value 88
program p0 tracepoint:net:netif_receive_skb (TracePoint):
  ; line 4:1
	   0: MovReg dst: r6 src: r1
  ; line 4:35
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
	  26: JEqImm dst: r7 off: -1 imm: 0 <L5>
	  27: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  28: LoadMapPtr dst: r1 fd: 0 <scratch>
	  30: MovReg dst: r2 src: rfp
	  31: AddImm dst: r2 imm: -8
	  32: Call FnMapLookupElem
	  33: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  34: MovReg dst: r9 src: r0
  ; line 4:57
	  35: StMemDW dst: r9 src: r0 off: 0 imm: 1
	  36: StMemDW dst: r9 src: r0 off: 16 imm: 0
	  37: StMemDW dst: r9 src: r0 off: 24 imm: 0
	  38: StMemDW dst: r9 src: r0 off: 32 imm: 0
	  39: StMemDW dst: r9 src: r0 off: 40 imm: 0
	  40: StMemDW dst: r9 src: r0 off: 48 imm: 0
	  41: StMemDW dst: r9 src: r0 off: 56 imm: 0
	  42: StMemDW dst: r9 src: r0 off: 64 imm: 0
	  43: StMemDW dst: r9 src: r0 off: 72 imm: 0
	  44: LdXMemW dst: r3 src: r6 off: 20 imm: 0
	  45: AndImm dst: r3 imm: 65535
	  46: AddReg dst: r3 src: r6
	  47: MovReg dst: r1 src: r9
	  48: AddImm dst: r1 imm: 16
	  49: MovImm dst: r2 imm: 64
	  50: Call FnProbeReadKernelStr
	  51: LdXMemW dst: r7 src: r6 off: 16 imm: 0
	  52: StXMemDW dst: r9 src: r7 off: 80 imm: 0
	  53: Call FnKtimeGetNs
	  54: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	  55: MovReg dst: r1 src: r6
	  56: LoadMapPtr dst: r2 fd: 0 <events>
	  58: LdImmDW dst: r3 imm: 4294967295
	  60: MovReg dst: r4 src: r9
	  61: MovImm dst: r5 imm: 88
	  62: Call FnPerfEventOutput
	  63: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  64: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  65: LoadMapPtr dst: r1 fd: 0 <lost>
	  67: MovReg dst: r2 src: rfp
	  68: AddImm dst: r2 imm: -8
	  69: Call FnMapLookupElem
	  70: JNEImm dst: r0 off: -1 imm: 0 <L6>
	  71: Exit
L6:
	  72: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  73: AddImm dst: r1 imm: 1
	  74: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L5:
	  75: MovImm dst: r0 imm: 0
	  76: Exit

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
L3:
	  22: MovImm dst: r7 imm: 1
	  23: Ja off: -1 <L4>
L2:
	  24: MovImm dst: r7 imm: 0
L4:
	  25: JEqImm dst: r7 off: -1 imm: 0 <L5>
	  26: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  27: LoadMapPtr dst: r1 fd: 0 <scratch>
	  29: MovReg dst: r2 src: rfp
	  30: AddImm dst: r2 imm: -8
	  31: Call FnMapLookupElem
	  32: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  33: MovReg dst: r9 src: r0
  ; line 4:57
	  34: StMemDW dst: r9 src: r0 off: 0 imm: 1
	  35: StMemDW dst: r9 src: r0 off: 16 imm: 0
	  36: StMemDW dst: r9 src: r0 off: 24 imm: 0
	  37: StMemDW dst: r9 src: r0 off: 32 imm: 0
	  38: StMemDW dst: r9 src: r0 off: 40 imm: 0
	  39: StMemDW dst: r9 src: r0 off: 48 imm: 0
	  40: StMemDW dst: r9 src: r0 off: 56 imm: 0
	  41: StMemDW dst: r9 src: r0 off: 64 imm: 0
	  42: StMemDW dst: r9 src: r0 off: 72 imm: 0
	  43: LdXMemW dst: r3 src: r6 off: 20 imm: 0
	  44: AndImm dst: r3 imm: 65535
	  45: AddReg dst: r3 src: r6
	  46: MovReg dst: r1 src: r9
	  47: AddImm dst: r1 imm: 16
	  48: MovImm dst: r2 imm: 64
	  49: Call FnProbeReadKernelStr
	  50: LdXMemW dst: r7 src: r6 off: 16 imm: 0
	  51: StXMemDW dst: r9 src: r7 off: 80 imm: 0
	  52: Call FnKtimeGetNs
	  53: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	  54: MovReg dst: r1 src: r6
	  55: LoadMapPtr dst: r2 fd: 0 <events>
	  57: LdImmDW dst: r3 imm: 4294967295
	  59: MovReg dst: r4 src: r9
	  60: MovImm dst: r5 imm: 88
	  61: Call FnPerfEventOutput
	  62: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  63: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  64: LoadMapPtr dst: r1 fd: 0 <lost>
	  66: MovReg dst: r2 src: rfp
	  67: AddImm dst: r2 imm: -8
	  68: Call FnMapLookupElem
	  69: JNEImm dst: r0 off: -1 imm: 0 <L6>
	  70: Exit
L6:
	  71: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  72: AddImm dst: r1 imm: 1
	  73: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L5:
	  74: MovImm dst: r0 imm: 0
	  75: Exit

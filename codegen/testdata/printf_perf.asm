map scratch: PerCPUArray value 88
event 0 kind 1 size 88 from tracepoint:net:netif_receive_skb
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
	  17: JNEImm dst: r1 off: -1 imm: 108 <L3>
	  18: LdXMemB dst: r1 src: rfp off: -63 imm: 0
	  19: JNEImm dst: r1 off: -1 imm: 111 <L3>
	  20: LdXMemB dst: r1 src: rfp off: -62 imm: 0
	  21: JNEImm dst: r1 off: -1 imm: 0 <L3>
L2:
	  22: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  23: LoadMapPtr dst: r1 fd: 0 <scratch>
	  25: MovReg dst: r2 src: rfp
	  26: AddImm dst: r2 imm: -8
	  27: Call FnMapLookupElem
	  28: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  29: MovReg dst: r9 src: r0
  ; line 4:57
	  30: StMemDW dst: r9 src: r0 off: 0 imm: 0
	  31: StMemDW dst: r9 src: r0 off: 16 imm: 0
	  32: StMemDW dst: r9 src: r0 off: 24 imm: 0
	  33: StMemDW dst: r9 src: r0 off: 32 imm: 0
	  34: StMemDW dst: r9 src: r0 off: 40 imm: 0
	  35: StMemDW dst: r9 src: r0 off: 48 imm: 0
	  36: StMemDW dst: r9 src: r0 off: 56 imm: 0
	  37: StMemDW dst: r9 src: r0 off: 64 imm: 0
	  38: StMemDW dst: r9 src: r0 off: 72 imm: 0
	  39: LdXMemW dst: r3 src: r6 off: 20 imm: 0
	  40: AndImm dst: r3 imm: 65535
	  41: AddReg dst: r3 src: r6
	  42: MovReg dst: r1 src: r9
	  43: AddImm dst: r1 imm: 16
	  44: MovImm dst: r2 imm: 64
	  45: Call FnProbeReadKernelStr
	  46: LdXMemW dst: r7 src: r6 off: 16 imm: 0
	  47: StXMemDW dst: r9 src: r7 off: 80 imm: 0
	  48: Call FnKtimeGetNs
	  49: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	  50: MovReg dst: r1 src: r6
	  51: LoadMapPtr dst: r2 fd: 0 <events>
	  53: LdImmDW dst: r3 imm: 4294967295
	  55: MovReg dst: r4 src: r9
	  56: MovImm dst: r5 imm: 88
	  57: Call FnPerfEventOutput
	  58: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  59: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  60: LoadMapPtr dst: r1 fd: 0 <lost>
	  62: MovReg dst: r2 src: rfp
	  63: AddImm dst: r2 imm: -8
	  64: Call FnMapLookupElem
	  65: JNEImm dst: r0 off: -1 imm: 0 <L4>
	  66: Exit
L4:
	  67: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  68: AddImm dst: r1 imm: 1
	  69: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L3:
	  70: MovImm dst: r0 imm: 0
	  71: Exit

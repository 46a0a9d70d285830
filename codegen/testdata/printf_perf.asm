map scratch: PerCPUArray value 88
event 0 kind 1 size 88 from tracepoint:net:netif_receive_skb
program p0 tracepoint:net:netif_receive_skb (TracePoint):
  ; line 4:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L3>
  ; line 4:35
	   5: LdXMemW dst: r3 src: r6 off: 20 imm: 0
	   6: AndImm dst: r3 imm: 65535
	   7: AddReg dst: r3 src: r6
	   8: MovReg dst: r1 src: rfp
	   9: AddImm dst: r1 imm: -64
	  10: MovImm dst: r2 imm: 64
	  11: Call FnProbeReadKernelStr
	  12: LdXMemB dst: r1 src: rfp off: -64 imm: 0
	  13: JNEImm dst: r1 off: -1 imm: 108 <L3>
	  14: LdXMemB dst: r1 src: rfp off: -63 imm: 0
	  15: JNEImm dst: r1 off: -1 imm: 111 <L3>
	  16: LdXMemB dst: r1 src: rfp off: -62 imm: 0
	  17: JNEImm dst: r1 off: -1 imm: 0 <L3>
L2:
	  18: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  19: LoadMapPtr dst: r1 fd: 0 <scratch>
	  21: MovReg dst: r2 src: rfp
	  22: AddImm dst: r2 imm: -8
	  23: Call FnMapLookupElem
	  24: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  25: MovReg dst: r9 src: r0
  ; line 4:57
	  26: StMemDW dst: r9 src: r0 off: 0 imm: 0
	  27: StMemDW dst: r9 src: r0 off: 16 imm: 0
	  28: StMemDW dst: r9 src: r0 off: 24 imm: 0
	  29: StMemDW dst: r9 src: r0 off: 32 imm: 0
	  30: StMemDW dst: r9 src: r0 off: 40 imm: 0
	  31: StMemDW dst: r9 src: r0 off: 48 imm: 0
	  32: StMemDW dst: r9 src: r0 off: 56 imm: 0
	  33: StMemDW dst: r9 src: r0 off: 64 imm: 0
	  34: StMemDW dst: r9 src: r0 off: 72 imm: 0
	  35: LdXMemW dst: r3 src: r6 off: 20 imm: 0
	  36: AndImm dst: r3 imm: 65535
	  37: AddReg dst: r3 src: r6
	  38: MovReg dst: r1 src: r9
	  39: AddImm dst: r1 imm: 16
	  40: MovImm dst: r2 imm: 64
	  41: Call FnProbeReadKernelStr
	  42: LdXMemW dst: r7 src: r6 off: 16 imm: 0
	  43: StXMemDW dst: r9 src: r7 off: 80 imm: 0
	  44: Call FnKtimeGetNs
	  45: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	  46: MovReg dst: r1 src: r6
	  47: LoadMapPtr dst: r2 fd: 0 <events>
	  49: LdImmDW dst: r3 imm: 4294967295
	  51: MovReg dst: r4 src: r9
	  52: MovImm dst: r5 imm: 88
	  53: Call FnPerfEventOutput
	  54: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  55: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  56: LoadMapPtr dst: r1 fd: 0 <lost>
	  58: MovReg dst: r2 src: rfp
	  59: AddImm dst: r2 imm: -8
	  60: Call FnMapLookupElem
	  61: JNEImm dst: r0 off: -1 imm: 0 <L4>
	  62: Exit
L4:
	  63: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  64: AddImm dst: r1 imm: 1
	  65: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L3:
	  66: MovImm dst: r0 imm: 0
	  67: Exit

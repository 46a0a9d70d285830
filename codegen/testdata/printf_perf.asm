map scratch: PerCPUArray value 88
event 0 kind 1 size 88 from tracepoint:net:netif_receive_skb
program p0 tracepoint:net:netif_receive_skb (TracePoint):
  ; line 4:1
	   0: MovReg dst: r6 src: r1
  ; line 4:35
	   1: LdXMemW dst: r3 src: r6 off: 20 imm: 0
	   2: AndImm dst: r3 imm: 65535
	   3: AddReg dst: r3 src: r6
	   4: MovReg dst: r1 src: rfp
	   5: AddImm dst: r1 imm: -64
	   6: MovImm dst: r2 imm: 64
	   7: Call FnProbeReadKernelStr
	   8: LdXMemB dst: r1 src: rfp off: -64 imm: 0
	   9: JNEImm dst: r1 off: -1 imm: 108 <L3>
	  10: LdXMemB dst: r1 src: rfp off: -63 imm: 0
	  11: JNEImm dst: r1 off: -1 imm: 111 <L3>
	  12: LdXMemB dst: r1 src: rfp off: -62 imm: 0
	  13: JNEImm dst: r1 off: -1 imm: 0 <L3>
L2:
	  14: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  15: LoadMapPtr dst: r1 fd: 0 <scratch>
	  17: MovReg dst: r2 src: rfp
	  18: AddImm dst: r2 imm: -8
	  19: Call FnMapLookupElem
	  20: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  21: MovReg dst: r9 src: r0
  ; line 4:57
	  22: StMemDW dst: r9 src: r0 off: 0 imm: 0
	  23: StMemDW dst: r9 src: r0 off: 16 imm: 0
	  24: StMemDW dst: r9 src: r0 off: 24 imm: 0
	  25: StMemDW dst: r9 src: r0 off: 32 imm: 0
	  26: StMemDW dst: r9 src: r0 off: 40 imm: 0
	  27: StMemDW dst: r9 src: r0 off: 48 imm: 0
	  28: StMemDW dst: r9 src: r0 off: 56 imm: 0
	  29: StMemDW dst: r9 src: r0 off: 64 imm: 0
	  30: StMemDW dst: r9 src: r0 off: 72 imm: 0
	  31: LdXMemW dst: r3 src: r6 off: 20 imm: 0
	  32: AndImm dst: r3 imm: 65535
	  33: AddReg dst: r3 src: r6
	  34: MovReg dst: r1 src: r9
	  35: AddImm dst: r1 imm: 16
	  36: MovImm dst: r2 imm: 64
	  37: Call FnProbeReadKernelStr
	  38: LdXMemW dst: r7 src: r6 off: 16 imm: 0
	  39: StXMemDW dst: r9 src: r7 off: 80 imm: 0
	  40: Call FnKtimeGetNs
	  41: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	  42: MovReg dst: r1 src: r6
	  43: LoadMapPtr dst: r2 fd: 0 <events>
	  45: LdImmDW dst: r3 imm: 4294967295
	  47: MovReg dst: r4 src: r9
	  48: MovImm dst: r5 imm: 88
	  49: Call FnPerfEventOutput
	  50: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  51: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  52: LoadMapPtr dst: r1 fd: 0 <lost>
	  54: MovReg dst: r2 src: rfp
	  55: AddImm dst: r2 imm: -8
	  56: Call FnMapLookupElem
	  57: JNEImm dst: r0 off: -1 imm: 0 <L4>
	  58: Exit
L4:
	  59: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  60: AddImm dst: r1 imm: 1
	  61: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L3:
	  62: MovImm dst: r0 imm: 0
	  63: Exit

event 0 kind 1 size 80 from tracepoint:net:netif_receive_skb
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
	  17: JNEImm dst: r1 off: -1 imm: 108 <L4>
	  18: LdXMemB dst: r1 src: rfp off: -63 imm: 0
	  19: JNEImm dst: r1 off: -1 imm: 111 <L4>
	  20: LdXMemB dst: r1 src: rfp off: -62 imm: 0
	  21: JNEImm dst: r1 off: -1 imm: 0 <L4>
  ; line 3:57
L2:
	  22: LoadMapPtr dst: r1 fd: 0 <events>
	  24: MovImm dst: r2 imm: 80
	  25: MovImm dst: r3 imm: 0
	  26: Call FnRingbufReserve
	  27: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  28: MovReg dst: r7 src: r0
	  29: StMemDW dst: r7 src: r0 off: 0 imm: 0
	  30: StMemDW dst: r7 src: r0 off: 8 imm: 0
	  31: StMemDW dst: r7 src: r0 off: 16 imm: 0
	  32: StMemDW dst: r7 src: r0 off: 24 imm: 0
	  33: StMemDW dst: r7 src: r0 off: 32 imm: 0
	  34: StMemDW dst: r7 src: r0 off: 40 imm: 0
	  35: StMemDW dst: r7 src: r0 off: 48 imm: 0
	  36: StMemDW dst: r7 src: r0 off: 56 imm: 0
	  37: StMemDW dst: r7 src: r0 off: 64 imm: 0
	  38: LdXMemW dst: r3 src: r6 off: 20 imm: 0
	  39: AndImm dst: r3 imm: 65535
	  40: AddReg dst: r3 src: r6
	  41: MovReg dst: r1 src: r7
	  42: AddImm dst: r1 imm: 8
	  43: MovImm dst: r2 imm: 64
	  44: Call FnProbeReadKernelStr
	  45: LdXMemW dst: r8 src: r6 off: 16 imm: 0
	  46: StXMemDW dst: r7 src: r8 off: 72 imm: 0
	  47: Call FnKtimeGetNs
	  48: MovReg dst: r8 src: r0
	  49: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  50: LoadMapPtr dst: r1 fd: 0 <wakeup>
	  52: MovReg dst: r2 src: rfp
	  53: AddImm dst: r2 imm: -8
	  54: Call FnMapLookupElem
	  55: MovImm dst: r2 imm: 1
	  56: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  57: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	  58: AddImm dst: r3 imm: 1000000
	  59: JGTReg dst: r3 off: -1 src: r8 <L5>
	  60: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	  61: MovImm dst: r2 imm: 0
L5:
	  62: MovReg dst: r1 src: r7
	  63: Call FnRingbufSubmit
	  64: Ja off: -1 <L4>
L3:
	  65: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  66: LoadMapPtr dst: r1 fd: 0 <lost>
	  68: MovReg dst: r2 src: rfp
	  69: AddImm dst: r2 imm: -16
	  70: Call FnMapLookupElem
	  71: JNEImm dst: r0 off: -1 imm: 0 <L6>
	  72: Exit
L6:
	  73: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  74: AddImm dst: r1 imm: 1
	  75: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L4:
	  76: MovImm dst: r0 imm: 0
	  77: Exit

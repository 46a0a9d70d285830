event 0 kind 1 size 80 from tracepoint:net:netif_receive_skb
program p0 tracepoint:net:netif_receive_skb (TracePoint):
  ; line 3:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L4>
  ; line 3:35
	   5: LdXMemW dst: r3 src: r6 off: 20 imm: 0
	   6: AndImm dst: r3 imm: 65535
	   7: AddReg dst: r3 src: r6
	   8: MovReg dst: r1 src: rfp
	   9: AddImm dst: r1 imm: -64
	  10: MovImm dst: r2 imm: 64
	  11: Call FnProbeReadKernelStr
	  12: LdXMemB dst: r1 src: rfp off: -64 imm: 0
	  13: JNEImm dst: r1 off: -1 imm: 108 <L4>
	  14: LdXMemB dst: r1 src: rfp off: -63 imm: 0
	  15: JNEImm dst: r1 off: -1 imm: 111 <L4>
	  16: LdXMemB dst: r1 src: rfp off: -62 imm: 0
	  17: JNEImm dst: r1 off: -1 imm: 0 <L4>
  ; line 3:57
L2:
	  18: LoadMapPtr dst: r1 fd: 0 <events>
	  20: MovImm dst: r2 imm: 80
	  21: MovImm dst: r3 imm: 0
	  22: Call FnRingbufReserve
	  23: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  24: MovReg dst: r7 src: r0
	  25: StMemDW dst: r7 src: r0 off: 0 imm: 0
	  26: StMemDW dst: r7 src: r0 off: 8 imm: 0
	  27: StMemDW dst: r7 src: r0 off: 16 imm: 0
	  28: StMemDW dst: r7 src: r0 off: 24 imm: 0
	  29: StMemDW dst: r7 src: r0 off: 32 imm: 0
	  30: StMemDW dst: r7 src: r0 off: 40 imm: 0
	  31: StMemDW dst: r7 src: r0 off: 48 imm: 0
	  32: StMemDW dst: r7 src: r0 off: 56 imm: 0
	  33: StMemDW dst: r7 src: r0 off: 64 imm: 0
	  34: LdXMemW dst: r3 src: r6 off: 20 imm: 0
	  35: AndImm dst: r3 imm: 65535
	  36: AddReg dst: r3 src: r6
	  37: MovReg dst: r1 src: r7
	  38: AddImm dst: r1 imm: 8
	  39: MovImm dst: r2 imm: 64
	  40: Call FnProbeReadKernelStr
	  41: LdXMemW dst: r8 src: r6 off: 16 imm: 0
	  42: StXMemDW dst: r7 src: r8 off: 72 imm: 0
	  43: Call FnKtimeGetNs
	  44: MovReg dst: r8 src: r0
	  45: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  46: LoadMapPtr dst: r1 fd: 0 <wakeup>
	  48: MovReg dst: r2 src: rfp
	  49: AddImm dst: r2 imm: -8
	  50: Call FnMapLookupElem
	  51: MovImm dst: r2 imm: 1
	  52: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  53: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	  54: AddImm dst: r3 imm: 1000000
	  55: JGTReg dst: r3 off: -1 src: r8 <L5>
	  56: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	  57: MovImm dst: r2 imm: 0
L5:
	  58: MovReg dst: r1 src: r7
	  59: Call FnRingbufSubmit
	  60: Ja off: -1 <L4>
L3:
	  61: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  62: LoadMapPtr dst: r1 fd: 0 <lost>
	  64: MovReg dst: r2 src: rfp
	  65: AddImm dst: r2 imm: -16
	  66: Call FnMapLookupElem
	  67: JNEImm dst: r0 off: -1 imm: 0 <L6>
	  68: Exit
L6:
	  69: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  70: AddImm dst: r1 imm: 1
	  71: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L4:
	  72: MovImm dst: r0 imm: 0
	  73: Exit

event 0 kind 1 size 80 from tracepoint:net:netif_receive_skb
program p0 tracepoint:net:netif_receive_skb (TracePoint):
  ; line 3:1
	   0: MovReg dst: r6 src: r1
  ; line 3:35
	   1: LdXMemW dst: r3 src: r6 off: 20 imm: 0
	   2: AndImm dst: r3 imm: 65535
	   3: AddReg dst: r3 src: r6
	   4: MovReg dst: r1 src: rfp
	   5: AddImm dst: r1 imm: -64
	   6: MovImm dst: r2 imm: 64
	   7: Call FnProbeReadKernelStr
	   8: LdXMemB dst: r1 src: rfp off: -64 imm: 0
	   9: JNEImm dst: r1 off: -1 imm: 108 <L4>
	  10: LdXMemB dst: r1 src: rfp off: -63 imm: 0
	  11: JNEImm dst: r1 off: -1 imm: 111 <L4>
	  12: LdXMemB dst: r1 src: rfp off: -62 imm: 0
	  13: JNEImm dst: r1 off: -1 imm: 0 <L4>
  ; line 3:57
L2:
	  14: LoadMapPtr dst: r1 fd: 0 <events>
	  16: MovImm dst: r2 imm: 80
	  17: MovImm dst: r3 imm: 0
	  18: Call FnRingbufReserve
	  19: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  20: MovReg dst: r7 src: r0
	  21: StMemDW dst: r7 src: r0 off: 0 imm: 0
	  22: StMemDW dst: r7 src: r0 off: 8 imm: 0
	  23: StMemDW dst: r7 src: r0 off: 16 imm: 0
	  24: StMemDW dst: r7 src: r0 off: 24 imm: 0
	  25: StMemDW dst: r7 src: r0 off: 32 imm: 0
	  26: StMemDW dst: r7 src: r0 off: 40 imm: 0
	  27: StMemDW dst: r7 src: r0 off: 48 imm: 0
	  28: StMemDW dst: r7 src: r0 off: 56 imm: 0
	  29: StMemDW dst: r7 src: r0 off: 64 imm: 0
	  30: LdXMemW dst: r3 src: r6 off: 20 imm: 0
	  31: AndImm dst: r3 imm: 65535
	  32: AddReg dst: r3 src: r6
	  33: MovReg dst: r1 src: r7
	  34: AddImm dst: r1 imm: 8
	  35: MovImm dst: r2 imm: 64
	  36: Call FnProbeReadKernelStr
	  37: LdXMemW dst: r8 src: r6 off: 16 imm: 0
	  38: StXMemDW dst: r7 src: r8 off: 72 imm: 0
	  39: Call FnKtimeGetNs
	  40: MovReg dst: r8 src: r0
	  41: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  42: LoadMapPtr dst: r1 fd: 0 <wakeup>
	  44: MovReg dst: r2 src: rfp
	  45: AddImm dst: r2 imm: -8
	  46: Call FnMapLookupElem
	  47: MovImm dst: r2 imm: 1
	  48: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  49: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	  50: AddImm dst: r3 imm: 1000000
	  51: JGTReg dst: r3 off: -1 src: r8 <L5>
	  52: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	  53: MovImm dst: r2 imm: 0
L5:
	  54: MovReg dst: r1 src: r7
	  55: Call FnRingbufSubmit
	  56: Ja off: -1 <L4>
L3:
	  57: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  58: LoadMapPtr dst: r1 fd: 0 <lost>
	  60: MovReg dst: r2 src: rfp
	  61: AddImm dst: r2 imm: -16
	  62: Call FnMapLookupElem
	  63: JNEImm dst: r0 off: -1 imm: 0 <L6>
	  64: Exit
L6:
	  65: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  66: AddImm dst: r1 imm: 1
	  67: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L4:
	  68: MovImm dst: r0 imm: 0
	  69: Exit

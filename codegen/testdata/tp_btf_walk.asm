map m0 @: PerCPUHash key 24 value 8 entries 4096
program p0 rawtracepoint:net_dev_queue (Tracing):
  ; line 4:1
	   0: MovReg dst: r6 src: r1
  ; line 4:31
	   1: LdXMemDW dst: r7 src: r6 off: 0 imm: 0
	   2: JEqImm dst: r7 off: -1 imm: 0 <L2>
	   3: LdXMemW dst: r7 src: r7 off: 112 imm: 0
	   4: MovReg32 dst: r7 src: r7
L2:
	   5: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	   6: LdXMemDW dst: r7 src: r6 off: 0 imm: 0
	   7: StMemDW dst: rfp src: r0 off: -32 imm: 0
	   8: MovReg dst: r3 src: r7
	   9: AddImm dst: r3 imm: 16
	  10: MovReg dst: r1 src: rfp
	  11: AddImm dst: r1 imm: -32
	  12: MovImm dst: r2 imm: 8
	  13: Call FnProbeReadKernel
	  14: LdXMemDW dst: r7 src: rfp off: -32 imm: 0
	  15: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  16: MovReg dst: r3 src: r7
	  17: AddImm dst: r3 imm: 224
	  18: MovReg dst: r1 src: rfp
	  19: AddImm dst: r1 imm: -40
	  20: MovImm dst: r2 imm: 4
	  21: Call FnProbeReadKernel
	  22: LdXMemDW dst: r7 src: rfp off: -40 imm: 0
	  23: LShImm dst: r7 imm: 32
	  24: ArShImm dst: r7 imm: 32
	  25: StXMemDW dst: rfp src: r7 off: -16 imm: 0
	  26: LdXMemDW dst: r7 src: r6 off: 0 imm: 0
	  27: StMemDW dst: rfp src: r0 off: -48 imm: 0
	  28: MovReg dst: r3 src: r7
	  29: AddImm dst: r3 imm: 24
	  30: MovReg dst: r1 src: rfp
	  31: AddImm dst: r1 imm: -48
	  32: MovImm dst: r2 imm: 8
	  33: Call FnProbeReadKernel
	  34: LdXMemDW dst: r7 src: rfp off: -48 imm: 0
	  35: StMemDW dst: rfp src: r0 off: -56 imm: 0
	  36: MovReg dst: r3 src: r7
	  37: AddImm dst: r3 imm: 14
	  38: MovReg dst: r1 src: rfp
	  39: AddImm dst: r1 imm: -56
	  40: MovImm dst: r2 imm: 2
	  41: Call FnProbeReadKernel
	  42: LdXMemDW dst: r7 src: rfp off: -56 imm: 0
	  43: AndImm dst: r7 imm: 65535
	  44: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	  45: LoadMapPtr dst: r1 fd: 0 <m0>
	  47: MovReg dst: r2 src: rfp
	  48: AddImm dst: r2 imm: -24
	  49: Call FnMapLookupElem
	  50: JNEImm dst: r0 off: -1 imm: 0 <L4>
	  51: StMemDW dst: rfp src: r0 off: -64 imm: 0
	  52: MovReg dst: r0 src: rfp
	  53: AddImm dst: r0 imm: -64
	  54: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  55: AddImm dst: r1 imm: 1
	  56: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  57: LoadMapPtr dst: r1 fd: 0 <m0>
	  59: MovReg dst: r2 src: rfp
	  60: AddImm dst: r2 imm: -24
	  61: MovReg dst: r3 src: rfp
	  62: AddImm dst: r3 imm: -64
	  63: MovImm dst: r4 imm: 1
	  64: Call FnMapUpdateElem
	  65: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  66: LoadMapPtr dst: r1 fd: 0 <m0>
	  68: MovReg dst: r2 src: rfp
	  69: AddImm dst: r2 imm: -24
	  70: Call FnMapLookupElem
	  71: JNEImm dst: r0 off: -1 imm: 0 <L4>
	  72: StMemDW dst: rfp src: r0 off: -72 imm: 0
	  73: LoadMapPtr dst: r1 fd: 0 <full>
	  75: MovReg dst: r2 src: rfp
	  76: AddImm dst: r2 imm: -72
	  77: Call FnMapLookupElem
	  78: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  79: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  80: AddImm dst: r1 imm: 1
	  81: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L5:
	  82: Ja off: -1 <L3>
L4:
	  83: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  84: AddImm dst: r1 imm: 1
	  85: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L3:
	  86: MovImm dst: r0 imm: 0
	  87: Exit

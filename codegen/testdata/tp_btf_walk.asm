map m0 @: PerCPUHash key 24 value 8 entries 4096
program p0 rawtracepoint:net_dev_queue (Tracing):
  ; line 4:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L6>
  ; line 4:31
	   5: LdXMemDW dst: r7 src: r6 off: 0 imm: 0
	   6: JEqImm dst: r7 off: -1 imm: 0 <L2>
	   7: LdXMemW dst: r7 src: r7 off: 112 imm: 0
	   8: MovReg32 dst: r7 src: r7
L2:
	   9: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	  10: LdXMemDW dst: r7 src: r6 off: 0 imm: 0
	  11: MovReg dst: r3 src: r7
	  12: AddImm dst: r3 imm: 16
	  13: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  14: MovReg dst: r1 src: rfp
	  15: AddImm dst: r1 imm: -32
	  16: MovImm dst: r2 imm: 8
	  17: Call FnProbeReadKernel
	  18: LdXMemDW dst: r7 src: rfp off: -32 imm: 0
	  19: MovReg dst: r3 src: r7
	  20: AddImm dst: r3 imm: 224
	  21: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  22: MovReg dst: r1 src: rfp
	  23: AddImm dst: r1 imm: -40
	  24: MovImm dst: r2 imm: 4
	  25: Call FnProbeReadKernel
	  26: LdXMemW dst: r7 src: rfp off: -40 imm: 0
	  27: LShImm dst: r7 imm: 32
	  28: ArShImm dst: r7 imm: 32
	  29: StXMemDW dst: rfp src: r7 off: -16 imm: 0
	  30: LdXMemDW dst: r7 src: r6 off: 0 imm: 0
	  31: MovReg dst: r3 src: r7
	  32: AddImm dst: r3 imm: 24
	  33: StMemDW dst: rfp src: r0 off: -48 imm: 0
	  34: MovReg dst: r1 src: rfp
	  35: AddImm dst: r1 imm: -48
	  36: MovImm dst: r2 imm: 8
	  37: Call FnProbeReadKernel
	  38: LdXMemDW dst: r7 src: rfp off: -48 imm: 0
	  39: MovReg dst: r3 src: r7
	  40: AddImm dst: r3 imm: 14
	  41: StMemDW dst: rfp src: r0 off: -56 imm: 0
	  42: MovReg dst: r1 src: rfp
	  43: AddImm dst: r1 imm: -56
	  44: MovImm dst: r2 imm: 2
	  45: Call FnProbeReadKernel
	  46: LdXMemH dst: r7 src: rfp off: -56 imm: 0
	  47: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	  48: MovImm dst: r7 imm: 0
L3:
	  49: LoadMapPtr dst: r1 fd: 0 <m0>
	  51: MovReg dst: r2 src: rfp
	  52: AddImm dst: r2 imm: -24
	  53: Call FnMapLookupElem
	  54: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  55: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  56: AddImm dst: r1 imm: 1
	  57: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  58: Ja off: -1 <L6>
L4:
	  59: StMemDW dst: rfp src: r0 off: -64 imm: 1
	  60: LoadMapPtr dst: r1 fd: 0 <m0>
	  62: MovReg dst: r2 src: rfp
	  63: AddImm dst: r2 imm: -24
	  64: MovReg dst: r3 src: rfp
	  65: AddImm dst: r3 imm: -64
	  66: MovImm dst: r4 imm: 1
	  67: Call FnMapUpdateElem
	  68: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  69: JNEImm dst: r7 off: -1 imm: 0 <L5>
	  70: MovImm dst: r7 imm: 1
	  71: Ja off: -1 <L3>
L5:
	  72: NegImm32 dst: r0 imm: 0
	  73: JLTImm dst: r0 off: -1 imm: 128 <L7>
	  74: MovImm dst: r0 imm: 127
L7:
	  75: LShImm dst: r0 imm: 3
	  76: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  78: AddReg dst: r1 src: r0
	  79: MovImm dst: r2 imm: 1
	  80: StXAtomicAddDW dst: r1 src: r2 off: 0
L6:
	  81: MovImm dst: r0 imm: 0
	  82: Exit

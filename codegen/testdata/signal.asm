event 0 kind 9 size 8 from tracepoint:sched:sched_process_exec
event 1 kind 9 size 8 from tracepoint:sched:sched_process_exec
event 2 kind 9 size 8 from tracepoint:sched:sched_process_exec
event 3 kind 9 size 8 from tracepoint:sched:sched_process_exec
event 4 kind 9 size 8 from tracepoint:sched:sched_process_exec
event 5 kind 9 size 8 from tracepoint:sched:sched_process_exec
event 6 kind 9 size 8 from tracepoint:sched:sched_process_exec
event 7 kind 9 size 8 from tracepoint:sched:sched_process_exec
event 8 kind 9 size 8 from tracepoint:sched:sched_process_exec
event 9 kind 9 size 8 from tracepoint:sched:sched_process_exec
program p0 tracepoint:sched:sched_process_exec (TracePoint):
  ; line 4:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L19>
  ; line 4:39
	   4: MovImm dst: r1 imm: 19
	   5: Call FnSendSignal
	   6: JEq32Imm dst: r0 off: -1 imm: 0 <L9>
	   7: JNE32Imm dst: r0 off: -1 imm: -1 <L4>
	   8: StMemDW dst: rfp src: r0 off: -8 imm: 0
	   9: Ja off: -1 <L3>
L4:
	  10: JNE32Imm dst: r0 off: -1 imm: -16 <L5>
	  11: StMemDW dst: rfp src: r0 off: -8 imm: 1
	  12: Ja off: -1 <L3>
L5:
	  13: JNE32Imm dst: r0 off: -1 imm: -22 <L6>
	  14: StMemDW dst: rfp src: r0 off: -8 imm: 2
	  15: Ja off: -1 <L3>
L6:
	  16: JNE32Imm dst: r0 off: -1 imm: -11 <L7>
	  17: StMemDW dst: rfp src: r0 off: -8 imm: 3
	  18: Ja off: -1 <L3>
L7:
	  19: StMemDW dst: rfp src: r0 off: -8 imm: 4
L3:
	  20: LoadMapPtr dst: r1 fd: 0 <events>
	  22: MovImm dst: r2 imm: 8
	  23: MovImm dst: r3 imm: 0
	  24: Call FnRingbufReserve
	  25: JEqImm dst: r0 off: -1 imm: 0 <L8>
	  26: MovReg dst: r7 src: r0
	  27: StMemDW dst: r7 src: r0 off: 0 imm: 0
	  28: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	  29: StXMemDW dst: r7 src: r1 off: 0 imm: 0
	  30: Call FnKtimeGetNs
	  31: MovReg dst: r8 src: r0
	  32: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  33: LoadMapPtr dst: r1 fd: 0 <wakeup>
	  35: MovReg dst: r2 src: rfp
	  36: AddImm dst: r2 imm: -16
	  37: Call FnMapLookupElem
	  38: MovImm dst: r2 imm: 1
	  39: JEqImm dst: r0 off: -1 imm: 0 <L10>
	  40: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	  41: AddImm dst: r3 imm: 1000000
	  42: JGTReg dst: r3 off: -1 src: r8 <L10>
	  43: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	  44: MovImm dst: r2 imm: 0
L10:
	  45: MovReg dst: r1 src: r7
	  46: Call FnRingbufSubmit
	  47: Ja off: -1 <L9>
L8:
	  48: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  49: LoadMapPtr dst: r1 fd: 0 <lost>
	  51: MovReg dst: r2 src: rfp
	  52: AddImm dst: r2 imm: -24
	  53: Call FnMapLookupElem
	  54: JNEImm dst: r0 off: -1 imm: 0 <L11>
	  55: Exit
L11:
	  56: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  57: AddImm dst: r1 imm: 1
	  58: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 4:58
L9:
	  59: Call FnGetCurrentPidTgid
	  60: RShImm dst: r0 imm: 32
	  61: MovReg dst: r7 src: r0
	  62: ModImm dst: r7 imm: 64
	  63: AddImm dst: r7 imm: 1
	  64: MovReg dst: r1 src: r7
	  65: Call FnSendSignal
	  66: JEq32Imm dst: r0 off: -1 imm: 0 <L19>
	  67: JNE32Imm dst: r0 off: -1 imm: -1 <L14>
	  68: StMemDW dst: rfp src: r0 off: -8 imm: 5
	  69: Ja off: -1 <L13>
L14:
	  70: JNE32Imm dst: r0 off: -1 imm: -16 <L15>
	  71: StMemDW dst: rfp src: r0 off: -8 imm: 6
	  72: Ja off: -1 <L13>
L15:
	  73: JNE32Imm dst: r0 off: -1 imm: -22 <L16>
	  74: StMemDW dst: rfp src: r0 off: -8 imm: 7
	  75: Ja off: -1 <L13>
L16:
	  76: JNE32Imm dst: r0 off: -1 imm: -11 <L17>
	  77: StMemDW dst: rfp src: r0 off: -8 imm: 8
	  78: Ja off: -1 <L13>
L17:
	  79: StMemDW dst: rfp src: r0 off: -8 imm: 9
L13:
	  80: LoadMapPtr dst: r1 fd: 0 <events>
	  82: MovImm dst: r2 imm: 8
	  83: MovImm dst: r3 imm: 0
	  84: Call FnRingbufReserve
	  85: JEqImm dst: r0 off: -1 imm: 0 <L18>
	  86: MovReg dst: r7 src: r0
	  87: StMemDW dst: r7 src: r0 off: 0 imm: 5
	  88: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	  89: StXMemDW dst: r7 src: r1 off: 0 imm: 0
	  90: Call FnKtimeGetNs
	  91: MovReg dst: r8 src: r0
	  92: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  93: LoadMapPtr dst: r1 fd: 0 <wakeup>
	  95: MovReg dst: r2 src: rfp
	  96: AddImm dst: r2 imm: -16
	  97: Call FnMapLookupElem
	  98: MovImm dst: r2 imm: 1
	  99: JEqImm dst: r0 off: -1 imm: 0 <L20>
	 100: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 101: AddImm dst: r3 imm: 1000000
	 102: JGTReg dst: r3 off: -1 src: r8 <L20>
	 103: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 104: MovImm dst: r2 imm: 0
L20:
	 105: MovReg dst: r1 src: r7
	 106: Call FnRingbufSubmit
	 107: Ja off: -1 <L19>
L18:
	 108: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 109: LoadMapPtr dst: r1 fd: 0 <lost>
	 111: MovReg dst: r2 src: rfp
	 112: AddImm dst: r2 imm: -24
	 113: Call FnMapLookupElem
	 114: JNEImm dst: r0 off: -1 imm: 0 <L21>
	 115: Exit
L21:
	 116: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 117: AddImm dst: r1 imm: 1
	 118: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L19:
	 119: MovImm dst: r0 imm: 0
	 120: Exit

map m0 @: PerCPUHash key 8 value 8 entries 4096
program p0 kprobe:udp_sendmsg+16 (Kprobe):
  ; line 3:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L5>
  ; line 3:25
	   5: LdXMemDW dst: r7 src: r6 off: 112 imm: 0
	   6: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	   7: MovImm dst: r7 imm: 0
L2:
	   8: LoadMapPtr dst: r1 fd: 0 <m0>
	  10: MovReg dst: r2 src: rfp
	  11: AddImm dst: r2 imm: -8
	  12: Call FnMapLookupElem
	  13: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  14: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  15: AddImm dst: r1 imm: 1
	  16: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  17: Ja off: -1 <L5>
L3:
	  18: JNEImm dst: r7 off: -1 imm: 0 <L4>
	  19: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  20: LoadMapPtr dst: r1 fd: 0 <m0>
	  22: MovReg dst: r2 src: rfp
	  23: AddImm dst: r2 imm: -8
	  24: MovReg dst: r3 src: rfp
	  25: AddImm dst: r3 imm: -16
	  26: MovImm dst: r4 imm: 1
	  27: Call FnMapUpdateElem
	  28: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  29: OrImm dst: r0 imm: -2147483648
	  30: MovReg dst: r7 src: r0
	  31: Ja off: -1 <L2>
L4:
	  32: NegImm32 dst: r7 imm: 0
	  33: JLTImm dst: r7 off: -1 imm: 128 <L6>
	  34: MovImm dst: r7 imm: 127
L6:
	  35: LShImm dst: r7 imm: 3
	  36: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  38: AddReg dst: r1 src: r7
	  39: MovImm dst: r2 imm: 1
	  40: StXAtomicAddDW dst: r1 src: r2 off: 0
L5:
	  41: MovImm dst: r0 imm: 0
	  42: Exit

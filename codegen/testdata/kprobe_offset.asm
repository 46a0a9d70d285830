map m0 @: PerCPUHash key 8 value 8 entries 4096
program p0 kprobe:udp_sendmsg+16 (Kprobe):
  ; line 3:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L5>
  ; line 3:25
	   4: LdXMemDW dst: r7 src: r1 off: 112 imm: 0
	   5: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	   6: MovImm dst: r7 imm: 0
L2:
	   7: LoadMapPtr dst: r1 fd: 0 <m0>
	   9: MovReg dst: r2 src: rfp
	  10: AddImm dst: r2 imm: -8
	  11: Call FnMapLookupElem
	  12: JEqImm dst: r0 off: -1 imm: 0 <L3>
	  13: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  14: AddImm dst: r1 imm: 1
	  15: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  16: Ja off: -1 <L5>
L3:
	  17: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  18: LoadMapPtr dst: r1 fd: 0 <m0>
	  20: MovReg dst: r2 src: rfp
	  21: AddImm dst: r2 imm: -8
	  22: MovReg dst: r3 src: rfp
	  23: AddImm dst: r3 imm: -16
	  24: MovImm dst: r4 imm: 1
	  25: Call FnMapUpdateElem
	  26: JEqImm dst: r0 off: -1 imm: 0 <L5>
	  27: JNEImm dst: r7 off: -1 imm: 0 <L4>
	  28: MovImm dst: r7 imm: 1
	  29: Ja off: -1 <L2>
L4:
	  30: NegImm32 dst: r0 imm: 0
	  31: JLTImm dst: r0 off: -1 imm: 128 <L6>
	  32: MovImm dst: r0 imm: 127
L6:
	  33: LShImm dst: r0 imm: 3
	  34: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  36: AddReg dst: r1 src: r0
	  37: MovImm dst: r2 imm: 1
	  38: StXAtomicAddDW dst: r1 src: r2 off: 0
L5:
	  39: MovImm dst: r0 imm: 0
	  40: Exit

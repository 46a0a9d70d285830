map m0 @: PerCPUHash key 8 value 8 entries 4096
program p0 kprobe:udp_sendmsg+16 (Kprobe):
  ; line 3:1
	   0: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   2: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   3: JNEImm dst: r0 off: -1 imm: 0 <L4>
  ; line 3:25
	   4: LdXMemDW dst: r7 src: r1 off: 112 imm: 0
	   5: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	   6: LoadMapPtr dst: r1 fd: 0 <m0>
	   8: MovReg dst: r2 src: rfp
	   9: AddImm dst: r2 imm: -8
	  10: Call FnMapLookupElem
	  11: JEqImm dst: r0 off: -1 imm: 0 <L2>
L3:
	  12: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  13: AddImm dst: r1 imm: 1
	  14: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  15: Ja off: -1 <L4>
L2:
	  16: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  17: LoadMapPtr dst: r1 fd: 0 <m0>
	  19: MovReg dst: r2 src: rfp
	  20: AddImm dst: r2 imm: -8
	  21: MovReg dst: r3 src: rfp
	  22: AddImm dst: r3 imm: -16
	  23: MovImm dst: r4 imm: 1
	  24: Call FnMapUpdateElem
	  25: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  26: MovReg dst: r7 src: r0
	  27: LoadMapPtr dst: r1 fd: 0 <m0>
	  29: MovReg dst: r2 src: rfp
	  30: AddImm dst: r2 imm: -8
	  31: Call FnMapLookupElem
	  32: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  33: NegImm32 dst: r7 imm: 0
	  34: JLTImm dst: r7 off: -1 imm: 128 <L5>
	  35: MovImm dst: r7 imm: 127
L5:
	  36: LShImm dst: r7 imm: 3
	  37: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  39: AddReg dst: r1 src: r7
	  40: MovImm dst: r2 imm: 1
	  41: StXAtomicAddDW dst: r1 src: r2 off: 0
L4:
	  42: MovImm dst: r0 imm: 0
	  43: Exit

map m0 @: PerCPUHash key 8 value 8 entries 4096
program p0 kprobe:udp_sendmsg+16 (Kprobe):
  ; line 3:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L4>
  ; line 3:25
	   5: LdXMemDW dst: r7 src: r6 off: 112 imm: 0
	   6: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	   7: LoadMapPtr dst: r1 fd: 0 <m0>
	   9: MovReg dst: r2 src: rfp
	  10: AddImm dst: r2 imm: -8
	  11: Call FnMapLookupElem
	  12: JEqImm dst: r0 off: -1 imm: 0 <L2>
L3:
	  13: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  14: AddImm dst: r1 imm: 1
	  15: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	  16: Ja off: -1 <L4>
L2:
	  17: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  18: LoadMapPtr dst: r1 fd: 0 <m0>
	  20: MovReg dst: r2 src: rfp
	  21: AddImm dst: r2 imm: -8
	  22: MovReg dst: r3 src: rfp
	  23: AddImm dst: r3 imm: -16
	  24: MovImm dst: r4 imm: 1
	  25: Call FnMapUpdateElem
	  26: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  27: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	  28: LoadMapPtr dst: r1 fd: 0 <m0>
	  30: MovReg dst: r2 src: rfp
	  31: AddImm dst: r2 imm: -8
	  32: Call FnMapLookupElem
	  33: JNEImm dst: r0 off: -1 imm: 0 <L3>
	  34: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	  35: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	  37: MovImm dst: r2 imm: 1
	  38: JNE32Imm dst: r0 off: -1 imm: -7 <L5>
	  39: StXAtomicAddDW dst: r1 src: r2 off: 0
	  40: Ja off: -1 <L4>
L5:
	  41: JNE32Imm dst: r0 off: -1 imm: -12 <L6>
	  42: StXAtomicAddDW dst: r1 src: r2 off: 8
	  43: Ja off: -1 <L4>
L6:
	  44: JNE32Imm dst: r0 off: -1 imm: -16 <L7>
	  45: StXAtomicAddDW dst: r1 src: r2 off: 16
	  46: Ja off: -1 <L4>
L7:
	  47: StXAtomicAddDW dst: r1 src: r2 off: 24
	  48: NegImm32 dst: r0 imm: 0
	  49: StXMemDW dst: r1 src: r0 off: 32 imm: 0
L4:
	  50: MovImm dst: r0 imm: 0
	  51: Exit

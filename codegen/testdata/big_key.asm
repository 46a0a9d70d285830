map m0 @comms: PerCPUHash key 16 value 8 entries 4096
map m1 @paths: PerCPUHash key 408 value 8 entries 4096
map scratch: PerCPUArray value 712
event 0 kind 1 size 416 from tracepoint:syscalls:sys_enter_openat
program p0 tracepoint:syscalls:sys_enter_openat (TracePoint):
  ; line 6:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L17>
	   5: StMemDW dst: rfp src: r0 off: -8 imm: 0
	   6: LoadMapPtr dst: r1 fd: 0 <scratch>
	   8: MovReg dst: r2 src: rfp
	   9: AddImm dst: r2 imm: -8
	  10: Call FnMapLookupElem
	  11: JEqImm dst: r0 off: -1 imm: 0 <L17>
	  12: MovReg dst: r9 src: r0
  ; line 6:39
	  13: LdXMemDW dst: r7 src: r6 off: 24 imm: 0
	  14: MovReg dst: r3 src: r7
	  15: MovReg dst: r1 src: r9
	  16: MovImm dst: r2 imm: 201
	  17: Call FnProbeReadUserStr
	  18: LdXMemB dst: r1 src: r9 off: 0 imm: 0
	  19: JNEImm dst: r1 off: -1 imm: 47 <L2>
	  20: LdXMemB dst: r1 src: r9 off: 1 imm: 0
	  21: JNEImm dst: r1 off: -1 imm: 112 <L2>
	  22: LdXMemB dst: r1 src: r9 off: 2 imm: 0
	  23: JNEImm dst: r1 off: -1 imm: 114 <L2>
	  24: LdXMemB dst: r1 src: r9 off: 3 imm: 0
	  25: JNEImm dst: r1 off: -1 imm: 111 <L2>
	  26: LdXMemB dst: r1 src: r9 off: 4 imm: 0
	  27: JNEImm dst: r1 off: -1 imm: 99 <L2>
	  28: LdXMemB dst: r1 src: r9 off: 5 imm: 0
	  29: JNEImm dst: r1 off: -1 imm: 47 <L2>
	  30: LdXMemB dst: r1 src: r9 off: 6 imm: 0
	  31: JNEImm dst: r1 off: -1 imm: 115 <L2>
	  32: LdXMemB dst: r1 src: r9 off: 7 imm: 0
	  33: JNEImm dst: r1 off: -1 imm: 101 <L2>
	  34: LdXMemB dst: r1 src: r9 off: 8 imm: 0
	  35: JNEImm dst: r1 off: -1 imm: 108 <L2>
	  36: LdXMemB dst: r1 src: r9 off: 9 imm: 0
	  37: JNEImm dst: r1 off: -1 imm: 102 <L2>
	  38: LdXMemB dst: r1 src: r9 off: 10 imm: 0
	  39: JNEImm dst: r1 off: -1 imm: 47 <L2>
	  40: LdXMemB dst: r1 src: r9 off: 11 imm: 0
	  41: JNEImm dst: r1 off: -1 imm: 115 <L2>
	  42: LdXMemB dst: r1 src: r9 off: 12 imm: 0
	  43: JNEImm dst: r1 off: -1 imm: 116 <L2>
	  44: LdXMemB dst: r1 src: r9 off: 13 imm: 0
	  45: JNEImm dst: r1 off: -1 imm: 97 <L2>
	  46: LdXMemB dst: r1 src: r9 off: 14 imm: 0
	  47: JNEImm dst: r1 off: -1 imm: 116 <L2>
	  48: LdXMemB dst: r1 src: r9 off: 15 imm: 0
	  49: JNEImm dst: r1 off: -1 imm: 0 <L2>
	  50: Ja off: -1 <L17>
L2:
	  51: StMemDW dst: r9 src: r0 off: 0 imm: 0
	  52: StMemDW dst: r9 src: r0 off: 8 imm: 0
	  53: StMemDW dst: r9 src: r0 off: 16 imm: 0
	  54: StMemDW dst: r9 src: r0 off: 24 imm: 0
	  55: StMemDW dst: r9 src: r0 off: 32 imm: 0
	  56: StMemDW dst: r9 src: r0 off: 40 imm: 0
	  57: StMemDW dst: r9 src: r0 off: 48 imm: 0
	  58: StMemDW dst: r9 src: r0 off: 56 imm: 0
	  59: StMemDW dst: r9 src: r0 off: 64 imm: 0
	  60: StMemDW dst: r9 src: r0 off: 72 imm: 0
	  61: StMemDW dst: r9 src: r0 off: 80 imm: 0
	  62: StMemDW dst: r9 src: r0 off: 88 imm: 0
	  63: StMemDW dst: r9 src: r0 off: 96 imm: 0
	  64: StMemDW dst: r9 src: r0 off: 104 imm: 0
	  65: StMemDW dst: r9 src: r0 off: 112 imm: 0
	  66: StMemDW dst: r9 src: r0 off: 120 imm: 0
	  67: StMemDW dst: r9 src: r0 off: 128 imm: 0
	  68: StMemDW dst: r9 src: r0 off: 136 imm: 0
	  69: StMemDW dst: r9 src: r0 off: 144 imm: 0
	  70: StMemDW dst: r9 src: r0 off: 152 imm: 0
	  71: StMemDW dst: r9 src: r0 off: 160 imm: 0
	  72: StMemDW dst: r9 src: r0 off: 168 imm: 0
	  73: StMemDW dst: r9 src: r0 off: 176 imm: 0
	  74: StMemDW dst: r9 src: r0 off: 184 imm: 0
	  75: StMemDW dst: r9 src: r0 off: 192 imm: 0
	  76: StMemDW dst: r9 src: r0 off: 200 imm: 0
	  77: StMemDW dst: r9 src: r0 off: 208 imm: 0
	  78: StMemDW dst: r9 src: r0 off: 216 imm: 0
	  79: StMemDW dst: r9 src: r0 off: 224 imm: 0
	  80: StMemDW dst: r9 src: r0 off: 232 imm: 0
	  81: StMemDW dst: r9 src: r0 off: 240 imm: 0
	  82: StMemDW dst: r9 src: r0 off: 248 imm: 0
	  83: StMemDW dst: r9 src: r0 off: 256 imm: 0
	  84: StMemDW dst: r9 src: r0 off: 264 imm: 0
	  85: StMemDW dst: r9 src: r0 off: 272 imm: 0
	  86: StMemDW dst: r9 src: r0 off: 280 imm: 0
	  87: StMemDW dst: r9 src: r0 off: 288 imm: 0
	  88: StMemDW dst: r9 src: r0 off: 296 imm: 0
  ; line 7:2
	  89: LdXMemDW dst: r7 src: r6 off: 24 imm: 0
	  90: MovReg dst: r3 src: r7
	  91: StMemDW dst: r9 src: r0 off: 0 imm: 0
	  92: StMemDW dst: r9 src: r0 off: 8 imm: 0
	  93: StMemDW dst: r9 src: r0 off: 16 imm: 0
	  94: StMemDW dst: r9 src: r0 off: 24 imm: 0
	  95: StMemDW dst: r9 src: r0 off: 32 imm: 0
	  96: StMemDW dst: r9 src: r0 off: 40 imm: 0
	  97: StMemDW dst: r9 src: r0 off: 48 imm: 0
	  98: StMemDW dst: r9 src: r0 off: 56 imm: 0
	  99: StMemDW dst: r9 src: r0 off: 64 imm: 0
	 100: StMemDW dst: r9 src: r0 off: 72 imm: 0
	 101: StMemDW dst: r9 src: r0 off: 80 imm: 0
	 102: StMemDW dst: r9 src: r0 off: 88 imm: 0
	 103: StMemDW dst: r9 src: r0 off: 96 imm: 0
	 104: StMemDW dst: r9 src: r0 off: 104 imm: 0
	 105: StMemDW dst: r9 src: r0 off: 112 imm: 0
	 106: StMemDW dst: r9 src: r0 off: 120 imm: 0
	 107: StMemDW dst: r9 src: r0 off: 128 imm: 0
	 108: StMemDW dst: r9 src: r0 off: 136 imm: 0
	 109: StMemDW dst: r9 src: r0 off: 144 imm: 0
	 110: StMemDW dst: r9 src: r0 off: 152 imm: 0
	 111: StMemDW dst: r9 src: r0 off: 160 imm: 0
	 112: StMemDW dst: r9 src: r0 off: 168 imm: 0
	 113: StMemDW dst: r9 src: r0 off: 176 imm: 0
	 114: StMemDW dst: r9 src: r0 off: 184 imm: 0
	 115: StMemDW dst: r9 src: r0 off: 192 imm: 0
	 116: StMemDW dst: r9 src: r0 off: 200 imm: 0
	 117: StMemDW dst: r9 src: r0 off: 208 imm: 0
	 118: StMemDW dst: r9 src: r0 off: 216 imm: 0
	 119: StMemDW dst: r9 src: r0 off: 224 imm: 0
	 120: StMemDW dst: r9 src: r0 off: 232 imm: 0
	 121: StMemDW dst: r9 src: r0 off: 240 imm: 0
	 122: StMemDW dst: r9 src: r0 off: 248 imm: 0
	 123: StMemDW dst: r9 src: r0 off: 256 imm: 0
	 124: StMemDW dst: r9 src: r0 off: 264 imm: 0
	 125: StMemDW dst: r9 src: r0 off: 272 imm: 0
	 126: StMemDW dst: r9 src: r0 off: 280 imm: 0
	 127: StMemDW dst: r9 src: r0 off: 288 imm: 0
	 128: StMemDW dst: r9 src: r0 off: 296 imm: 0
	 129: MovReg dst: r1 src: r9
	 130: MovImm dst: r2 imm: 301
	 131: Call FnProbeReadUserStr
  ; line 8:2
	 132: LdXMemDW dst: r7 src: r6 off: 24 imm: 0
	 133: MovReg dst: r3 src: r7
	 134: StMemDW dst: r9 src: r0 off: 304 imm: 0
	 135: StMemDW dst: r9 src: r0 off: 312 imm: 0
	 136: StMemDW dst: r9 src: r0 off: 320 imm: 0
	 137: StMemDW dst: r9 src: r0 off: 328 imm: 0
	 138: StMemDW dst: r9 src: r0 off: 336 imm: 0
	 139: StMemDW dst: r9 src: r0 off: 344 imm: 0
	 140: StMemDW dst: r9 src: r0 off: 352 imm: 0
	 141: StMemDW dst: r9 src: r0 off: 360 imm: 0
	 142: StMemDW dst: r9 src: r0 off: 368 imm: 0
	 143: StMemDW dst: r9 src: r0 off: 376 imm: 0
	 144: StMemDW dst: r9 src: r0 off: 384 imm: 0
	 145: StMemDW dst: r9 src: r0 off: 392 imm: 0
	 146: StMemDW dst: r9 src: r0 off: 400 imm: 0
	 147: StMemDW dst: r9 src: r0 off: 408 imm: 0
	 148: StMemDW dst: r9 src: r0 off: 416 imm: 0
	 149: StMemDW dst: r9 src: r0 off: 424 imm: 0
	 150: StMemDW dst: r9 src: r0 off: 432 imm: 0
	 151: StMemDW dst: r9 src: r0 off: 440 imm: 0
	 152: StMemDW dst: r9 src: r0 off: 448 imm: 0
	 153: StMemDW dst: r9 src: r0 off: 456 imm: 0
	 154: StMemDW dst: r9 src: r0 off: 464 imm: 0
	 155: StMemDW dst: r9 src: r0 off: 472 imm: 0
	 156: StMemDW dst: r9 src: r0 off: 480 imm: 0
	 157: StMemDW dst: r9 src: r0 off: 488 imm: 0
	 158: StMemDW dst: r9 src: r0 off: 496 imm: 0
	 159: StMemDW dst: r9 src: r0 off: 504 imm: 0
	 160: StMemDW dst: r9 src: r0 off: 512 imm: 0
	 161: StMemDW dst: r9 src: r0 off: 520 imm: 0
	 162: StMemDW dst: r9 src: r0 off: 528 imm: 0
	 163: StMemDW dst: r9 src: r0 off: 536 imm: 0
	 164: StMemDW dst: r9 src: r0 off: 544 imm: 0
	 165: StMemDW dst: r9 src: r0 off: 552 imm: 0
	 166: StMemDW dst: r9 src: r0 off: 560 imm: 0
	 167: StMemDW dst: r9 src: r0 off: 568 imm: 0
	 168: StMemDW dst: r9 src: r0 off: 576 imm: 0
	 169: StMemDW dst: r9 src: r0 off: 584 imm: 0
	 170: StMemDW dst: r9 src: r0 off: 592 imm: 0
	 171: StMemDW dst: r9 src: r0 off: 600 imm: 0
	 172: StMemDW dst: r9 src: r0 off: 608 imm: 0
	 173: StMemDW dst: r9 src: r0 off: 616 imm: 0
	 174: StMemDW dst: r9 src: r0 off: 624 imm: 0
	 175: StMemDW dst: r9 src: r0 off: 632 imm: 0
	 176: StMemDW dst: r9 src: r0 off: 640 imm: 0
	 177: StMemDW dst: r9 src: r0 off: 648 imm: 0
	 178: StMemDW dst: r9 src: r0 off: 656 imm: 0
	 179: StMemDW dst: r9 src: r0 off: 664 imm: 0
	 180: StMemDW dst: r9 src: r0 off: 672 imm: 0
	 181: StMemDW dst: r9 src: r0 off: 680 imm: 0
	 182: StMemDW dst: r9 src: r0 off: 688 imm: 0
	 183: StMemDW dst: r9 src: r0 off: 696 imm: 0
	 184: StMemDW dst: r9 src: r0 off: 704 imm: 0
	 185: MovReg dst: r1 src: r9
	 186: AddImm dst: r1 imm: 304
	 187: MovImm dst: r2 imm: 401
	 188: Call FnProbeReadUserStr
	 189: MovImm dst: r7 imm: 0
L3:
	 190: LoadMapPtr dst: r1 fd: 0 <m1>
	 192: MovReg dst: r2 src: r9
	 193: AddImm dst: r2 imm: 304
	 194: Call FnMapLookupElem
	 195: JEqImm dst: r0 off: -1 imm: 0 <L4>
	 196: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 197: AddImm dst: r1 imm: 1
	 198: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 199: Ja off: -1 <L6>
L4:
	 200: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 201: LoadMapPtr dst: r1 fd: 0 <m1>
	 203: MovReg dst: r2 src: r9
	 204: AddImm dst: r2 imm: 304
	 205: MovReg dst: r3 src: rfp
	 206: AddImm dst: r3 imm: -8
	 207: MovImm dst: r4 imm: 1
	 208: Call FnMapUpdateElem
	 209: JEqImm dst: r0 off: -1 imm: 0 <L6>
	 210: JNEImm dst: r7 off: -1 imm: 0 <L5>
	 211: MovImm dst: r7 imm: 1
	 212: Ja off: -1 <L3>
L5:
	 213: NegImm32 dst: r0 imm: 0
	 214: JLTImm dst: r0 off: -1 imm: 128 <L7>
	 215: MovImm dst: r0 imm: 127
L7:
	 216: LShImm dst: r0 imm: 3
	 217: LoadMapValue dst: r1, fd: 0 off: 1024 <full>
	 219: AddReg dst: r1 src: r0
	 220: MovImm dst: r2 imm: 1
	 221: StXAtomicAddDW dst: r1 src: r2 off: 0
  ; line 9:2
L6:
	 222: MovReg dst: r1 src: rfp
	 223: AddImm dst: r1 imm: -16
	 224: MovImm dst: r2 imm: 16
	 225: Call FnGetCurrentComm
	 226: MovImm dst: r7 imm: 0
L8:
	 227: LoadMapPtr dst: r1 fd: 0 <m0>
	 229: MovReg dst: r2 src: rfp
	 230: AddImm dst: r2 imm: -16
	 231: Call FnMapLookupElem
	 232: JEqImm dst: r0 off: -1 imm: 0 <L9>
	 233: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 234: AddImm dst: r1 imm: 1
	 235: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 236: Ja off: -1 <L11>
L9:
	 237: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 238: LoadMapPtr dst: r1 fd: 0 <m0>
	 240: MovReg dst: r2 src: rfp
	 241: AddImm dst: r2 imm: -16
	 242: MovReg dst: r3 src: rfp
	 243: AddImm dst: r3 imm: -24
	 244: MovImm dst: r4 imm: 1
	 245: Call FnMapUpdateElem
	 246: JEqImm dst: r0 off: -1 imm: 0 <L11>
	 247: JNEImm dst: r7 off: -1 imm: 0 <L10>
	 248: MovImm dst: r7 imm: 1
	 249: Ja off: -1 <L8>
L10:
	 250: NegImm32 dst: r0 imm: 0
	 251: JLTImm dst: r0 off: -1 imm: 128 <L12>
	 252: MovImm dst: r0 imm: 127
L12:
	 253: LShImm dst: r0 imm: 3
	 254: LoadMapValue dst: r1, fd: 0 off: 0 <full>
	 256: AddReg dst: r1 src: r0
	 257: MovImm dst: r2 imm: 1
	 258: StXAtomicAddDW dst: r1 src: r2 off: 0
  ; line 10:2
L11:
	 259: LdXMemDW dst: r0 src: r9 off: 0 imm: 0
	 260: StXMemDW dst: r9 src: r0 off: 304 imm: 0
	 261: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	 262: StXMemDW dst: r9 src: r0 off: 312 imm: 0
	 263: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	 264: StXMemDW dst: r9 src: r0 off: 320 imm: 0
	 265: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	 266: StXMemDW dst: r9 src: r0 off: 328 imm: 0
	 267: LdXMemDW dst: r0 src: r9 off: 32 imm: 0
	 268: StXMemDW dst: r9 src: r0 off: 336 imm: 0
	 269: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	 270: StXMemDW dst: r9 src: r0 off: 344 imm: 0
	 271: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	 272: StXMemDW dst: r9 src: r0 off: 352 imm: 0
	 273: LdXMemDW dst: r0 src: r9 off: 56 imm: 0
	 274: StXMemDW dst: r9 src: r0 off: 360 imm: 0
	 275: LdXMemDW dst: r0 src: r9 off: 64 imm: 0
	 276: StXMemDW dst: r9 src: r0 off: 368 imm: 0
	 277: LdXMemDW dst: r0 src: r9 off: 72 imm: 0
	 278: StXMemDW dst: r9 src: r0 off: 376 imm: 0
	 279: LdXMemDW dst: r0 src: r9 off: 80 imm: 0
	 280: StXMemDW dst: r9 src: r0 off: 384 imm: 0
	 281: LdXMemDW dst: r0 src: r9 off: 88 imm: 0
	 282: StXMemDW dst: r9 src: r0 off: 392 imm: 0
	 283: LdXMemDW dst: r0 src: r9 off: 96 imm: 0
	 284: StXMemDW dst: r9 src: r0 off: 400 imm: 0
	 285: LdXMemDW dst: r0 src: r9 off: 104 imm: 0
	 286: StXMemDW dst: r9 src: r0 off: 408 imm: 0
	 287: LdXMemDW dst: r0 src: r9 off: 112 imm: 0
	 288: StXMemDW dst: r9 src: r0 off: 416 imm: 0
	 289: LdXMemDW dst: r0 src: r9 off: 120 imm: 0
	 290: StXMemDW dst: r9 src: r0 off: 424 imm: 0
	 291: LdXMemDW dst: r0 src: r9 off: 128 imm: 0
	 292: StXMemDW dst: r9 src: r0 off: 432 imm: 0
	 293: LdXMemDW dst: r0 src: r9 off: 136 imm: 0
	 294: StXMemDW dst: r9 src: r0 off: 440 imm: 0
	 295: LdXMemDW dst: r0 src: r9 off: 144 imm: 0
	 296: StXMemDW dst: r9 src: r0 off: 448 imm: 0
	 297: LdXMemDW dst: r0 src: r9 off: 152 imm: 0
	 298: StXMemDW dst: r9 src: r0 off: 456 imm: 0
	 299: LdXMemDW dst: r0 src: r9 off: 160 imm: 0
	 300: StXMemDW dst: r9 src: r0 off: 464 imm: 0
	 301: LdXMemDW dst: r0 src: r9 off: 168 imm: 0
	 302: StXMemDW dst: r9 src: r0 off: 472 imm: 0
	 303: LdXMemDW dst: r0 src: r9 off: 176 imm: 0
	 304: StXMemDW dst: r9 src: r0 off: 480 imm: 0
	 305: LdXMemDW dst: r0 src: r9 off: 184 imm: 0
	 306: StXMemDW dst: r9 src: r0 off: 488 imm: 0
	 307: LdXMemDW dst: r0 src: r9 off: 192 imm: 0
	 308: StXMemDW dst: r9 src: r0 off: 496 imm: 0
	 309: LdXMemDW dst: r0 src: r9 off: 200 imm: 0
	 310: StXMemDW dst: r9 src: r0 off: 504 imm: 0
	 311: LdXMemDW dst: r0 src: r9 off: 208 imm: 0
	 312: StXMemDW dst: r9 src: r0 off: 512 imm: 0
	 313: LdXMemDW dst: r0 src: r9 off: 216 imm: 0
	 314: StXMemDW dst: r9 src: r0 off: 520 imm: 0
	 315: LdXMemDW dst: r0 src: r9 off: 224 imm: 0
	 316: StXMemDW dst: r9 src: r0 off: 528 imm: 0
	 317: LdXMemDW dst: r0 src: r9 off: 232 imm: 0
	 318: StXMemDW dst: r9 src: r0 off: 536 imm: 0
	 319: LdXMemDW dst: r0 src: r9 off: 240 imm: 0
	 320: StXMemDW dst: r9 src: r0 off: 544 imm: 0
	 321: LdXMemDW dst: r0 src: r9 off: 248 imm: 0
	 322: StXMemDW dst: r9 src: r0 off: 552 imm: 0
	 323: LdXMemDW dst: r0 src: r9 off: 256 imm: 0
	 324: StXMemDW dst: r9 src: r0 off: 560 imm: 0
	 325: LdXMemDW dst: r0 src: r9 off: 264 imm: 0
	 326: StXMemDW dst: r9 src: r0 off: 568 imm: 0
	 327: LdXMemDW dst: r0 src: r9 off: 272 imm: 0
	 328: StXMemDW dst: r9 src: r0 off: 576 imm: 0
	 329: LdXMemDW dst: r0 src: r9 off: 280 imm: 0
	 330: StXMemDW dst: r9 src: r0 off: 584 imm: 0
	 331: LdXMemDW dst: r0 src: r9 off: 288 imm: 0
	 332: StXMemDW dst: r9 src: r0 off: 592 imm: 0
	 333: LdXMemDW dst: r0 src: r9 off: 296 imm: 0
	 334: StXMemDW dst: r9 src: r0 off: 600 imm: 0
	 335: LdXMemB dst: r1 src: r9 off: 304 imm: 0
	 336: JNEImm dst: r1 off: -1 imm: 47 <L17>
	 337: LdXMemB dst: r1 src: r9 off: 305 imm: 0
	 338: JNEImm dst: r1 off: -1 imm: 101 <L17>
	 339: LdXMemB dst: r1 src: r9 off: 306 imm: 0
	 340: JNEImm dst: r1 off: -1 imm: 116 <L17>
	 341: LdXMemB dst: r1 src: r9 off: 307 imm: 0
	 342: JNEImm dst: r1 off: -1 imm: 99 <L17>
	 343: LdXMemB dst: r1 src: r9 off: 308 imm: 0
	 344: JNEImm dst: r1 off: -1 imm: 47 <L17>
	 345: LdXMemB dst: r1 src: r9 off: 309 imm: 0
	 346: JNEImm dst: r1 off: -1 imm: 112 <L17>
	 347: LdXMemB dst: r1 src: r9 off: 310 imm: 0
	 348: JNEImm dst: r1 off: -1 imm: 97 <L17>
	 349: LdXMemB dst: r1 src: r9 off: 311 imm: 0
	 350: JNEImm dst: r1 off: -1 imm: 115 <L17>
	 351: LdXMemB dst: r1 src: r9 off: 312 imm: 0
	 352: JNEImm dst: r1 off: -1 imm: 115 <L17>
	 353: LdXMemB dst: r1 src: r9 off: 313 imm: 0
	 354: JNEImm dst: r1 off: -1 imm: 119 <L17>
	 355: LdXMemB dst: r1 src: r9 off: 314 imm: 0
	 356: JNEImm dst: r1 off: -1 imm: 100 <L17>
	 357: LdXMemB dst: r1 src: r9 off: 315 imm: 0
	 358: JNEImm dst: r1 off: -1 imm: 0 <L17>
  ; line 10:29
L15:
	 359: LoadMapPtr dst: r1 fd: 0 <events>
	 361: MovImm dst: r2 imm: 416
	 362: MovImm dst: r3 imm: 0
	 363: Call FnRingbufReserve
	 364: JEqImm dst: r0 off: -1 imm: 0 <L16>
	 365: MovReg dst: r7 src: r0
	 366: StMemDW dst: r7 src: r0 off: 0 imm: 0
	 367: LdXMemDW dst: r8 src: r6 off: 24 imm: 0
	 368: MovReg dst: r3 src: r8
	 369: StMemDW dst: r7 src: r0 off: 8 imm: 0
	 370: StMemDW dst: r7 src: r0 off: 16 imm: 0
	 371: StMemDW dst: r7 src: r0 off: 24 imm: 0
	 372: StMemDW dst: r7 src: r0 off: 32 imm: 0
	 373: StMemDW dst: r7 src: r0 off: 40 imm: 0
	 374: StMemDW dst: r7 src: r0 off: 48 imm: 0
	 375: StMemDW dst: r7 src: r0 off: 56 imm: 0
	 376: StMemDW dst: r7 src: r0 off: 64 imm: 0
	 377: StMemDW dst: r7 src: r0 off: 72 imm: 0
	 378: StMemDW dst: r7 src: r0 off: 80 imm: 0
	 379: StMemDW dst: r7 src: r0 off: 88 imm: 0
	 380: StMemDW dst: r7 src: r0 off: 96 imm: 0
	 381: StMemDW dst: r7 src: r0 off: 104 imm: 0
	 382: StMemDW dst: r7 src: r0 off: 112 imm: 0
	 383: StMemDW dst: r7 src: r0 off: 120 imm: 0
	 384: StMemDW dst: r7 src: r0 off: 128 imm: 0
	 385: StMemDW dst: r7 src: r0 off: 136 imm: 0
	 386: StMemDW dst: r7 src: r0 off: 144 imm: 0
	 387: StMemDW dst: r7 src: r0 off: 152 imm: 0
	 388: StMemDW dst: r7 src: r0 off: 160 imm: 0
	 389: StMemDW dst: r7 src: r0 off: 168 imm: 0
	 390: StMemDW dst: r7 src: r0 off: 176 imm: 0
	 391: StMemDW dst: r7 src: r0 off: 184 imm: 0
	 392: StMemDW dst: r7 src: r0 off: 192 imm: 0
	 393: StMemDW dst: r7 src: r0 off: 200 imm: 0
	 394: StMemDW dst: r7 src: r0 off: 208 imm: 0
	 395: StMemDW dst: r7 src: r0 off: 216 imm: 0
	 396: StMemDW dst: r7 src: r0 off: 224 imm: 0
	 397: StMemDW dst: r7 src: r0 off: 232 imm: 0
	 398: StMemDW dst: r7 src: r0 off: 240 imm: 0
	 399: StMemDW dst: r7 src: r0 off: 248 imm: 0
	 400: StMemDW dst: r7 src: r0 off: 256 imm: 0
	 401: StMemDW dst: r7 src: r0 off: 264 imm: 0
	 402: StMemDW dst: r7 src: r0 off: 272 imm: 0
	 403: StMemDW dst: r7 src: r0 off: 280 imm: 0
	 404: StMemDW dst: r7 src: r0 off: 288 imm: 0
	 405: StMemDW dst: r7 src: r0 off: 296 imm: 0
	 406: StMemDW dst: r7 src: r0 off: 304 imm: 0
	 407: StMemDW dst: r7 src: r0 off: 312 imm: 0
	 408: StMemDW dst: r7 src: r0 off: 320 imm: 0
	 409: StMemDW dst: r7 src: r0 off: 328 imm: 0
	 410: StMemDW dst: r7 src: r0 off: 336 imm: 0
	 411: StMemDW dst: r7 src: r0 off: 344 imm: 0
	 412: StMemDW dst: r7 src: r0 off: 352 imm: 0
	 413: StMemDW dst: r7 src: r0 off: 360 imm: 0
	 414: StMemDW dst: r7 src: r0 off: 368 imm: 0
	 415: StMemDW dst: r7 src: r0 off: 376 imm: 0
	 416: StMemDW dst: r7 src: r0 off: 384 imm: 0
	 417: StMemDW dst: r7 src: r0 off: 392 imm: 0
	 418: StMemDW dst: r7 src: r0 off: 400 imm: 0
	 419: StMemDW dst: r7 src: r0 off: 408 imm: 0
	 420: MovReg dst: r1 src: r7
	 421: AddImm dst: r1 imm: 8
	 422: MovImm dst: r2 imm: 401
	 423: Call FnProbeReadUserStr
	 424: Call FnKtimeGetNs
	 425: MovReg dst: r8 src: r0
	 426: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 427: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 429: MovReg dst: r2 src: rfp
	 430: AddImm dst: r2 imm: -8
	 431: Call FnMapLookupElem
	 432: MovImm dst: r2 imm: 1
	 433: JEqImm dst: r0 off: -1 imm: 0 <L18>
	 434: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 435: AddImm dst: r3 imm: 1000000
	 436: JGTReg dst: r3 off: -1 src: r8 <L18>
	 437: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 438: MovImm dst: r2 imm: 0
L18:
	 439: MovReg dst: r1 src: r7
	 440: Call FnRingbufSubmit
	 441: Ja off: -1 <L17>
L16:
	 442: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 443: LoadMapPtr dst: r1 fd: 0 <lost>
	 445: MovReg dst: r2 src: rfp
	 446: AddImm dst: r2 imm: -16
	 447: Call FnMapLookupElem
	 448: JNEImm dst: r0 off: -1 imm: 0 <L19>
	 449: Exit
L19:
	 450: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 451: AddImm dst: r1 imm: 1
	 452: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L17:
	 453: MovImm dst: r0 imm: 0
	 454: Exit

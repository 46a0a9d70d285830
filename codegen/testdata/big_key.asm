map m0 @comms: PerCPUHash key 16 value 8 entries 4096
map m1 @paths: PerCPUHash key 408 value 8 entries 4096
map scratch: PerCPUArray value 712
program p0 tracepoint:syscalls:sys_enter_openat (TracePoint):
  ; line 6:1
	   0: MovReg dst: r6 src: r1
	   1: StMemDW dst: rfp src: r0 off: -8 imm: 0
	   2: LoadMapPtr dst: r1 fd: 0 <scratch>
	   4: MovReg dst: r2 src: rfp
	   5: AddImm dst: r2 imm: -8
	   6: Call FnMapLookupElem
	   7: JEqImm dst: r0 off: -1 imm: 0 <L19>
	   8: MovReg dst: r9 src: r0
  ; line 6:39
	   9: LdXMemDW dst: r8 src: r6 off: 24 imm: 0
	  10: MovReg dst: r3 src: r8
	  11: StMemDW dst: r9 src: r0 off: 0 imm: 0
	  12: StMemDW dst: r9 src: r0 off: 8 imm: 0
	  13: StMemDW dst: r9 src: r0 off: 16 imm: 0
	  14: StMemDW dst: r9 src: r0 off: 24 imm: 0
	  15: StMemDW dst: r9 src: r0 off: 32 imm: 0
	  16: StMemDW dst: r9 src: r0 off: 40 imm: 0
	  17: StMemDW dst: r9 src: r0 off: 48 imm: 0
	  18: StMemDW dst: r9 src: r0 off: 56 imm: 0
	  19: StMemDW dst: r9 src: r0 off: 64 imm: 0
	  20: StMemDW dst: r9 src: r0 off: 72 imm: 0
	  21: StMemDW dst: r9 src: r0 off: 80 imm: 0
	  22: StMemDW dst: r9 src: r0 off: 88 imm: 0
	  23: StMemDW dst: r9 src: r0 off: 96 imm: 0
	  24: StMemDW dst: r9 src: r0 off: 104 imm: 0
	  25: StMemDW dst: r9 src: r0 off: 112 imm: 0
	  26: StMemDW dst: r9 src: r0 off: 120 imm: 0
	  27: StMemDW dst: r9 src: r0 off: 128 imm: 0
	  28: StMemDW dst: r9 src: r0 off: 136 imm: 0
	  29: StMemDW dst: r9 src: r0 off: 144 imm: 0
	  30: StMemDW dst: r9 src: r0 off: 152 imm: 0
	  31: StMemDW dst: r9 src: r0 off: 160 imm: 0
	  32: StMemDW dst: r9 src: r0 off: 168 imm: 0
	  33: StMemDW dst: r9 src: r0 off: 176 imm: 0
	  34: StMemDW dst: r9 src: r0 off: 184 imm: 0
	  35: StMemDW dst: r9 src: r0 off: 192 imm: 0
	  36: StMemDW dst: r9 src: r0 off: 200 imm: 0
	  37: MovReg dst: r1 src: r9
	  38: MovImm dst: r2 imm: 201
	  39: Call FnProbeReadStr
	  40: LdXMemB dst: r1 src: r9 off: 0 imm: 0
	  41: JNEImm dst: r1 off: -1 imm: 47 <L2>
	  42: LdXMemB dst: r1 src: r9 off: 1 imm: 0
	  43: JNEImm dst: r1 off: -1 imm: 112 <L2>
	  44: LdXMemB dst: r1 src: r9 off: 2 imm: 0
	  45: JNEImm dst: r1 off: -1 imm: 114 <L2>
	  46: LdXMemB dst: r1 src: r9 off: 3 imm: 0
	  47: JNEImm dst: r1 off: -1 imm: 111 <L2>
	  48: LdXMemB dst: r1 src: r9 off: 4 imm: 0
	  49: JNEImm dst: r1 off: -1 imm: 99 <L2>
	  50: LdXMemB dst: r1 src: r9 off: 5 imm: 0
	  51: JNEImm dst: r1 off: -1 imm: 47 <L2>
	  52: LdXMemB dst: r1 src: r9 off: 6 imm: 0
	  53: JNEImm dst: r1 off: -1 imm: 115 <L2>
	  54: LdXMemB dst: r1 src: r9 off: 7 imm: 0
	  55: JNEImm dst: r1 off: -1 imm: 101 <L2>
	  56: LdXMemB dst: r1 src: r9 off: 8 imm: 0
	  57: JNEImm dst: r1 off: -1 imm: 108 <L2>
	  58: LdXMemB dst: r1 src: r9 off: 9 imm: 0
	  59: JNEImm dst: r1 off: -1 imm: 102 <L2>
	  60: LdXMemB dst: r1 src: r9 off: 10 imm: 0
	  61: JNEImm dst: r1 off: -1 imm: 47 <L2>
	  62: LdXMemB dst: r1 src: r9 off: 11 imm: 0
	  63: JNEImm dst: r1 off: -1 imm: 115 <L2>
	  64: LdXMemB dst: r1 src: r9 off: 12 imm: 0
	  65: JNEImm dst: r1 off: -1 imm: 116 <L2>
	  66: LdXMemB dst: r1 src: r9 off: 13 imm: 0
	  67: JNEImm dst: r1 off: -1 imm: 97 <L2>
	  68: LdXMemB dst: r1 src: r9 off: 14 imm: 0
	  69: JNEImm dst: r1 off: -1 imm: 116 <L2>
	  70: LdXMemB dst: r1 src: r9 off: 15 imm: 0
	  71: JNEImm dst: r1 off: -1 imm: 0 <L2>
L3:
	  72: MovImm dst: r7 imm: 0
	  73: Ja off: -1 <L4>
L2:
	  74: MovImm dst: r7 imm: 1
L4:
	  75: JEqImm dst: r7 off: -1 imm: 0 <L19>
	  76: StMemDW dst: r9 src: r0 off: 0 imm: 0
	  77: StMemDW dst: r9 src: r0 off: 8 imm: 0
	  78: StMemDW dst: r9 src: r0 off: 16 imm: 0
	  79: StMemDW dst: r9 src: r0 off: 24 imm: 0
	  80: StMemDW dst: r9 src: r0 off: 32 imm: 0
	  81: StMemDW dst: r9 src: r0 off: 40 imm: 0
	  82: StMemDW dst: r9 src: r0 off: 48 imm: 0
	  83: StMemDW dst: r9 src: r0 off: 56 imm: 0
	  84: StMemDW dst: r9 src: r0 off: 64 imm: 0
	  85: StMemDW dst: r9 src: r0 off: 72 imm: 0
	  86: StMemDW dst: r9 src: r0 off: 80 imm: 0
	  87: StMemDW dst: r9 src: r0 off: 88 imm: 0
	  88: StMemDW dst: r9 src: r0 off: 96 imm: 0
	  89: StMemDW dst: r9 src: r0 off: 104 imm: 0
	  90: StMemDW dst: r9 src: r0 off: 112 imm: 0
	  91: StMemDW dst: r9 src: r0 off: 120 imm: 0
	  92: StMemDW dst: r9 src: r0 off: 128 imm: 0
	  93: StMemDW dst: r9 src: r0 off: 136 imm: 0
	  94: StMemDW dst: r9 src: r0 off: 144 imm: 0
	  95: StMemDW dst: r9 src: r0 off: 152 imm: 0
	  96: StMemDW dst: r9 src: r0 off: 160 imm: 0
	  97: StMemDW dst: r9 src: r0 off: 168 imm: 0
	  98: StMemDW dst: r9 src: r0 off: 176 imm: 0
	  99: StMemDW dst: r9 src: r0 off: 184 imm: 0
	 100: StMemDW dst: r9 src: r0 off: 192 imm: 0
	 101: StMemDW dst: r9 src: r0 off: 200 imm: 0
	 102: StMemDW dst: r9 src: r0 off: 208 imm: 0
	 103: StMemDW dst: r9 src: r0 off: 216 imm: 0
	 104: StMemDW dst: r9 src: r0 off: 224 imm: 0
	 105: StMemDW dst: r9 src: r0 off: 232 imm: 0
	 106: StMemDW dst: r9 src: r0 off: 240 imm: 0
	 107: StMemDW dst: r9 src: r0 off: 248 imm: 0
	 108: StMemDW dst: r9 src: r0 off: 256 imm: 0
	 109: StMemDW dst: r9 src: r0 off: 264 imm: 0
	 110: StMemDW dst: r9 src: r0 off: 272 imm: 0
	 111: StMemDW dst: r9 src: r0 off: 280 imm: 0
	 112: StMemDW dst: r9 src: r0 off: 288 imm: 0
	 113: StMemDW dst: r9 src: r0 off: 296 imm: 0
  ; line 7:2
	 114: LdXMemDW dst: r7 src: r6 off: 24 imm: 0
	 115: MovReg dst: r3 src: r7
	 116: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 117: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 118: StMemDW dst: r9 src: r0 off: 16 imm: 0
	 119: StMemDW dst: r9 src: r0 off: 24 imm: 0
	 120: StMemDW dst: r9 src: r0 off: 32 imm: 0
	 121: StMemDW dst: r9 src: r0 off: 40 imm: 0
	 122: StMemDW dst: r9 src: r0 off: 48 imm: 0
	 123: StMemDW dst: r9 src: r0 off: 56 imm: 0
	 124: StMemDW dst: r9 src: r0 off: 64 imm: 0
	 125: StMemDW dst: r9 src: r0 off: 72 imm: 0
	 126: StMemDW dst: r9 src: r0 off: 80 imm: 0
	 127: StMemDW dst: r9 src: r0 off: 88 imm: 0
	 128: StMemDW dst: r9 src: r0 off: 96 imm: 0
	 129: StMemDW dst: r9 src: r0 off: 104 imm: 0
	 130: StMemDW dst: r9 src: r0 off: 112 imm: 0
	 131: StMemDW dst: r9 src: r0 off: 120 imm: 0
	 132: StMemDW dst: r9 src: r0 off: 128 imm: 0
	 133: StMemDW dst: r9 src: r0 off: 136 imm: 0
	 134: StMemDW dst: r9 src: r0 off: 144 imm: 0
	 135: StMemDW dst: r9 src: r0 off: 152 imm: 0
	 136: StMemDW dst: r9 src: r0 off: 160 imm: 0
	 137: StMemDW dst: r9 src: r0 off: 168 imm: 0
	 138: StMemDW dst: r9 src: r0 off: 176 imm: 0
	 139: StMemDW dst: r9 src: r0 off: 184 imm: 0
	 140: StMemDW dst: r9 src: r0 off: 192 imm: 0
	 141: StMemDW dst: r9 src: r0 off: 200 imm: 0
	 142: StMemDW dst: r9 src: r0 off: 208 imm: 0
	 143: StMemDW dst: r9 src: r0 off: 216 imm: 0
	 144: StMemDW dst: r9 src: r0 off: 224 imm: 0
	 145: StMemDW dst: r9 src: r0 off: 232 imm: 0
	 146: StMemDW dst: r9 src: r0 off: 240 imm: 0
	 147: StMemDW dst: r9 src: r0 off: 248 imm: 0
	 148: StMemDW dst: r9 src: r0 off: 256 imm: 0
	 149: StMemDW dst: r9 src: r0 off: 264 imm: 0
	 150: StMemDW dst: r9 src: r0 off: 272 imm: 0
	 151: StMemDW dst: r9 src: r0 off: 280 imm: 0
	 152: StMemDW dst: r9 src: r0 off: 288 imm: 0
	 153: StMemDW dst: r9 src: r0 off: 296 imm: 0
	 154: MovReg dst: r1 src: r9
	 155: MovImm dst: r2 imm: 301
	 156: Call FnProbeReadStr
  ; line 8:2
	 157: LdXMemDW dst: r7 src: r6 off: 24 imm: 0
	 158: MovReg dst: r3 src: r7
	 159: StMemDW dst: r9 src: r0 off: 304 imm: 0
	 160: StMemDW dst: r9 src: r0 off: 312 imm: 0
	 161: StMemDW dst: r9 src: r0 off: 320 imm: 0
	 162: StMemDW dst: r9 src: r0 off: 328 imm: 0
	 163: StMemDW dst: r9 src: r0 off: 336 imm: 0
	 164: StMemDW dst: r9 src: r0 off: 344 imm: 0
	 165: StMemDW dst: r9 src: r0 off: 352 imm: 0
	 166: StMemDW dst: r9 src: r0 off: 360 imm: 0
	 167: StMemDW dst: r9 src: r0 off: 368 imm: 0
	 168: StMemDW dst: r9 src: r0 off: 376 imm: 0
	 169: StMemDW dst: r9 src: r0 off: 384 imm: 0
	 170: StMemDW dst: r9 src: r0 off: 392 imm: 0
	 171: StMemDW dst: r9 src: r0 off: 400 imm: 0
	 172: StMemDW dst: r9 src: r0 off: 408 imm: 0
	 173: StMemDW dst: r9 src: r0 off: 416 imm: 0
	 174: StMemDW dst: r9 src: r0 off: 424 imm: 0
	 175: StMemDW dst: r9 src: r0 off: 432 imm: 0
	 176: StMemDW dst: r9 src: r0 off: 440 imm: 0
	 177: StMemDW dst: r9 src: r0 off: 448 imm: 0
	 178: StMemDW dst: r9 src: r0 off: 456 imm: 0
	 179: StMemDW dst: r9 src: r0 off: 464 imm: 0
	 180: StMemDW dst: r9 src: r0 off: 472 imm: 0
	 181: StMemDW dst: r9 src: r0 off: 480 imm: 0
	 182: StMemDW dst: r9 src: r0 off: 488 imm: 0
	 183: StMemDW dst: r9 src: r0 off: 496 imm: 0
	 184: StMemDW dst: r9 src: r0 off: 504 imm: 0
	 185: StMemDW dst: r9 src: r0 off: 512 imm: 0
	 186: StMemDW dst: r9 src: r0 off: 520 imm: 0
	 187: StMemDW dst: r9 src: r0 off: 528 imm: 0
	 188: StMemDW dst: r9 src: r0 off: 536 imm: 0
	 189: StMemDW dst: r9 src: r0 off: 544 imm: 0
	 190: StMemDW dst: r9 src: r0 off: 552 imm: 0
	 191: StMemDW dst: r9 src: r0 off: 560 imm: 0
	 192: StMemDW dst: r9 src: r0 off: 568 imm: 0
	 193: StMemDW dst: r9 src: r0 off: 576 imm: 0
	 194: StMemDW dst: r9 src: r0 off: 584 imm: 0
	 195: StMemDW dst: r9 src: r0 off: 592 imm: 0
	 196: StMemDW dst: r9 src: r0 off: 600 imm: 0
	 197: StMemDW dst: r9 src: r0 off: 608 imm: 0
	 198: StMemDW dst: r9 src: r0 off: 616 imm: 0
	 199: StMemDW dst: r9 src: r0 off: 624 imm: 0
	 200: StMemDW dst: r9 src: r0 off: 632 imm: 0
	 201: StMemDW dst: r9 src: r0 off: 640 imm: 0
	 202: StMemDW dst: r9 src: r0 off: 648 imm: 0
	 203: StMemDW dst: r9 src: r0 off: 656 imm: 0
	 204: StMemDW dst: r9 src: r0 off: 664 imm: 0
	 205: StMemDW dst: r9 src: r0 off: 672 imm: 0
	 206: StMemDW dst: r9 src: r0 off: 680 imm: 0
	 207: StMemDW dst: r9 src: r0 off: 688 imm: 0
	 208: StMemDW dst: r9 src: r0 off: 696 imm: 0
	 209: StMemDW dst: r9 src: r0 off: 704 imm: 0
	 210: MovReg dst: r1 src: r9
	 211: AddImm dst: r1 imm: 304
	 212: MovImm dst: r2 imm: 401
	 213: Call FnProbeReadStr
	 214: LoadMapPtr dst: r1 fd: 0 <m1>
	 216: MovReg dst: r2 src: r9
	 217: AddImm dst: r2 imm: 304
	 218: Call FnMapLookupElem
	 219: JEqImm dst: r0 off: -1 imm: 0 <L6>
	 220: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 221: AddImm dst: r1 imm: 1
	 222: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 223: Ja off: -1 <L5>
L6:
	 224: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 225: MovReg dst: r0 src: rfp
	 226: AddImm dst: r0 imm: -8
	 227: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 228: AddImm dst: r1 imm: 1
	 229: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 230: LoadMapPtr dst: r1 fd: 0 <m1>
	 232: MovReg dst: r2 src: r9
	 233: AddImm dst: r2 imm: 304
	 234: MovReg dst: r3 src: rfp
	 235: AddImm dst: r3 imm: -8
	 236: MovImm dst: r4 imm: 1
	 237: Call FnMapUpdateElem
	 238: JEqImm dst: r0 off: -1 imm: 0 <L5>
	 239: LoadMapPtr dst: r1 fd: 0 <m1>
	 241: MovReg dst: r2 src: r9
	 242: AddImm dst: r2 imm: 304
	 243: Call FnMapLookupElem
	 244: JNEImm dst: r0 off: -1 imm: 0 <L7>
	 245: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 246: LoadMapPtr dst: r1 fd: 0 <full>
	 248: MovReg dst: r2 src: rfp
	 249: AddImm dst: r2 imm: -16
	 250: Call FnMapLookupElem
	 251: JNEImm dst: r0 off: -1 imm: 0 <L8>
	 252: Exit
L8:
	 253: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 254: AddImm dst: r1 imm: 1
	 255: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 256: Ja off: -1 <L5>
L7:
	 257: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 258: AddImm dst: r1 imm: 1
	 259: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 9:2
L5:
	 260: MovReg dst: r1 src: rfp
	 261: AddImm dst: r1 imm: -16
	 262: MovImm dst: r2 imm: 16
	 263: Call FnGetCurrentComm
	 264: LoadMapPtr dst: r1 fd: 0 <m0>
	 266: MovReg dst: r2 src: rfp
	 267: AddImm dst: r2 imm: -16
	 268: Call FnMapLookupElem
	 269: JEqImm dst: r0 off: -1 imm: 0 <L10>
	 270: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 271: AddImm dst: r1 imm: 1
	 272: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 273: Ja off: -1 <L9>
L10:
	 274: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 275: MovReg dst: r0 src: rfp
	 276: AddImm dst: r0 imm: -24
	 277: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 278: AddImm dst: r1 imm: 1
	 279: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 280: LoadMapPtr dst: r1 fd: 0 <m0>
	 282: MovReg dst: r2 src: rfp
	 283: AddImm dst: r2 imm: -16
	 284: MovReg dst: r3 src: rfp
	 285: AddImm dst: r3 imm: -24
	 286: MovImm dst: r4 imm: 1
	 287: Call FnMapUpdateElem
	 288: JEqImm dst: r0 off: -1 imm: 0 <L9>
	 289: LoadMapPtr dst: r1 fd: 0 <m0>
	 291: MovReg dst: r2 src: rfp
	 292: AddImm dst: r2 imm: -16
	 293: Call FnMapLookupElem
	 294: JNEImm dst: r0 off: -1 imm: 0 <L11>
	 295: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 296: LoadMapPtr dst: r1 fd: 0 <full>
	 298: MovReg dst: r2 src: rfp
	 299: AddImm dst: r2 imm: -32
	 300: Call FnMapLookupElem
	 301: JNEImm dst: r0 off: -1 imm: 0 <L12>
	 302: Exit
L12:
	 303: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 304: AddImm dst: r1 imm: 1
	 305: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 306: Ja off: -1 <L9>
L11:
	 307: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 308: AddImm dst: r1 imm: 1
	 309: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 10:2
L9:
	 310: LdXMemDW dst: r0 src: r9 off: 0 imm: 0
	 311: StXMemDW dst: r9 src: r0 off: 304 imm: 0
	 312: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	 313: StXMemDW dst: r9 src: r0 off: 312 imm: 0
	 314: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	 315: StXMemDW dst: r9 src: r0 off: 320 imm: 0
	 316: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	 317: StXMemDW dst: r9 src: r0 off: 328 imm: 0
	 318: LdXMemDW dst: r0 src: r9 off: 32 imm: 0
	 319: StXMemDW dst: r9 src: r0 off: 336 imm: 0
	 320: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	 321: StXMemDW dst: r9 src: r0 off: 344 imm: 0
	 322: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	 323: StXMemDW dst: r9 src: r0 off: 352 imm: 0
	 324: LdXMemDW dst: r0 src: r9 off: 56 imm: 0
	 325: StXMemDW dst: r9 src: r0 off: 360 imm: 0
	 326: LdXMemDW dst: r0 src: r9 off: 64 imm: 0
	 327: StXMemDW dst: r9 src: r0 off: 368 imm: 0
	 328: LdXMemDW dst: r0 src: r9 off: 72 imm: 0
	 329: StXMemDW dst: r9 src: r0 off: 376 imm: 0
	 330: LdXMemDW dst: r0 src: r9 off: 80 imm: 0
	 331: StXMemDW dst: r9 src: r0 off: 384 imm: 0
	 332: LdXMemDW dst: r0 src: r9 off: 88 imm: 0
	 333: StXMemDW dst: r9 src: r0 off: 392 imm: 0
	 334: LdXMemDW dst: r0 src: r9 off: 96 imm: 0
	 335: StXMemDW dst: r9 src: r0 off: 400 imm: 0
	 336: LdXMemDW dst: r0 src: r9 off: 104 imm: 0
	 337: StXMemDW dst: r9 src: r0 off: 408 imm: 0
	 338: LdXMemDW dst: r0 src: r9 off: 112 imm: 0
	 339: StXMemDW dst: r9 src: r0 off: 416 imm: 0
	 340: LdXMemDW dst: r0 src: r9 off: 120 imm: 0
	 341: StXMemDW dst: r9 src: r0 off: 424 imm: 0
	 342: LdXMemDW dst: r0 src: r9 off: 128 imm: 0
	 343: StXMemDW dst: r9 src: r0 off: 432 imm: 0
	 344: LdXMemDW dst: r0 src: r9 off: 136 imm: 0
	 345: StXMemDW dst: r9 src: r0 off: 440 imm: 0
	 346: LdXMemDW dst: r0 src: r9 off: 144 imm: 0
	 347: StXMemDW dst: r9 src: r0 off: 448 imm: 0
	 348: LdXMemDW dst: r0 src: r9 off: 152 imm: 0
	 349: StXMemDW dst: r9 src: r0 off: 456 imm: 0
	 350: LdXMemDW dst: r0 src: r9 off: 160 imm: 0
	 351: StXMemDW dst: r9 src: r0 off: 464 imm: 0
	 352: LdXMemDW dst: r0 src: r9 off: 168 imm: 0
	 353: StXMemDW dst: r9 src: r0 off: 472 imm: 0
	 354: LdXMemDW dst: r0 src: r9 off: 176 imm: 0
	 355: StXMemDW dst: r9 src: r0 off: 480 imm: 0
	 356: LdXMemDW dst: r0 src: r9 off: 184 imm: 0
	 357: StXMemDW dst: r9 src: r0 off: 488 imm: 0
	 358: LdXMemDW dst: r0 src: r9 off: 192 imm: 0
	 359: StXMemDW dst: r9 src: r0 off: 496 imm: 0
	 360: LdXMemDW dst: r0 src: r9 off: 200 imm: 0
	 361: StXMemDW dst: r9 src: r0 off: 504 imm: 0
	 362: LdXMemDW dst: r0 src: r9 off: 208 imm: 0
	 363: StXMemDW dst: r9 src: r0 off: 512 imm: 0
	 364: LdXMemDW dst: r0 src: r9 off: 216 imm: 0
	 365: StXMemDW dst: r9 src: r0 off: 520 imm: 0
	 366: LdXMemDW dst: r0 src: r9 off: 224 imm: 0
	 367: StXMemDW dst: r9 src: r0 off: 528 imm: 0
	 368: LdXMemDW dst: r0 src: r9 off: 232 imm: 0
	 369: StXMemDW dst: r9 src: r0 off: 536 imm: 0
	 370: LdXMemDW dst: r0 src: r9 off: 240 imm: 0
	 371: StXMemDW dst: r9 src: r0 off: 544 imm: 0
	 372: LdXMemDW dst: r0 src: r9 off: 248 imm: 0
	 373: StXMemDW dst: r9 src: r0 off: 552 imm: 0
	 374: LdXMemDW dst: r0 src: r9 off: 256 imm: 0
	 375: StXMemDW dst: r9 src: r0 off: 560 imm: 0
	 376: LdXMemDW dst: r0 src: r9 off: 264 imm: 0
	 377: StXMemDW dst: r9 src: r0 off: 568 imm: 0
	 378: LdXMemDW dst: r0 src: r9 off: 272 imm: 0
	 379: StXMemDW dst: r9 src: r0 off: 576 imm: 0
	 380: LdXMemDW dst: r0 src: r9 off: 280 imm: 0
	 381: StXMemDW dst: r9 src: r0 off: 584 imm: 0
	 382: LdXMemDW dst: r0 src: r9 off: 288 imm: 0
	 383: StXMemDW dst: r9 src: r0 off: 592 imm: 0
	 384: LdXMemDW dst: r0 src: r9 off: 296 imm: 0
	 385: StXMemDW dst: r9 src: r0 off: 600 imm: 0
	 386: LdXMemB dst: r1 src: r9 off: 304 imm: 0
	 387: JNEImm dst: r1 off: -1 imm: 47 <L15>
	 388: LdXMemB dst: r1 src: r9 off: 305 imm: 0
	 389: JNEImm dst: r1 off: -1 imm: 101 <L15>
	 390: LdXMemB dst: r1 src: r9 off: 306 imm: 0
	 391: JNEImm dst: r1 off: -1 imm: 116 <L15>
	 392: LdXMemB dst: r1 src: r9 off: 307 imm: 0
	 393: JNEImm dst: r1 off: -1 imm: 99 <L15>
	 394: LdXMemB dst: r1 src: r9 off: 308 imm: 0
	 395: JNEImm dst: r1 off: -1 imm: 47 <L15>
	 396: LdXMemB dst: r1 src: r9 off: 309 imm: 0
	 397: JNEImm dst: r1 off: -1 imm: 112 <L15>
	 398: LdXMemB dst: r1 src: r9 off: 310 imm: 0
	 399: JNEImm dst: r1 off: -1 imm: 97 <L15>
	 400: LdXMemB dst: r1 src: r9 off: 311 imm: 0
	 401: JNEImm dst: r1 off: -1 imm: 115 <L15>
	 402: LdXMemB dst: r1 src: r9 off: 312 imm: 0
	 403: JNEImm dst: r1 off: -1 imm: 115 <L15>
	 404: LdXMemB dst: r1 src: r9 off: 313 imm: 0
	 405: JNEImm dst: r1 off: -1 imm: 119 <L15>
	 406: LdXMemB dst: r1 src: r9 off: 314 imm: 0
	 407: JNEImm dst: r1 off: -1 imm: 100 <L15>
	 408: LdXMemB dst: r1 src: r9 off: 315 imm: 0
	 409: JNEImm dst: r1 off: -1 imm: 0 <L15>
L16:
	 410: MovImm dst: r7 imm: 1
	 411: Ja off: -1 <L17>
L15:
	 412: MovImm dst: r7 imm: 0
L17:
	 413: JEqImm dst: r7 off: -1 imm: 0 <L19>
  ; line 10:29
	 414: LoadMapPtr dst: r1 fd: 0 <events>
	 416: MovImm dst: r2 imm: 416
	 417: MovImm dst: r3 imm: 0
	 418: Call FnRingbufReserve
	 419: JEqImm dst: r0 off: -1 imm: 0 <L18>
	 420: MovReg dst: r7 src: r0
	 421: StMemDW dst: r7 src: r0 off: 0 imm: 2
	 422: LdXMemDW dst: r8 src: r6 off: 24 imm: 0
	 423: MovReg dst: r3 src: r8
	 424: StMemDW dst: r7 src: r0 off: 8 imm: 0
	 425: StMemDW dst: r7 src: r0 off: 16 imm: 0
	 426: StMemDW dst: r7 src: r0 off: 24 imm: 0
	 427: StMemDW dst: r7 src: r0 off: 32 imm: 0
	 428: StMemDW dst: r7 src: r0 off: 40 imm: 0
	 429: StMemDW dst: r7 src: r0 off: 48 imm: 0
	 430: StMemDW dst: r7 src: r0 off: 56 imm: 0
	 431: StMemDW dst: r7 src: r0 off: 64 imm: 0
	 432: StMemDW dst: r7 src: r0 off: 72 imm: 0
	 433: StMemDW dst: r7 src: r0 off: 80 imm: 0
	 434: StMemDW dst: r7 src: r0 off: 88 imm: 0
	 435: StMemDW dst: r7 src: r0 off: 96 imm: 0
	 436: StMemDW dst: r7 src: r0 off: 104 imm: 0
	 437: StMemDW dst: r7 src: r0 off: 112 imm: 0
	 438: StMemDW dst: r7 src: r0 off: 120 imm: 0
	 439: StMemDW dst: r7 src: r0 off: 128 imm: 0
	 440: StMemDW dst: r7 src: r0 off: 136 imm: 0
	 441: StMemDW dst: r7 src: r0 off: 144 imm: 0
	 442: StMemDW dst: r7 src: r0 off: 152 imm: 0
	 443: StMemDW dst: r7 src: r0 off: 160 imm: 0
	 444: StMemDW dst: r7 src: r0 off: 168 imm: 0
	 445: StMemDW dst: r7 src: r0 off: 176 imm: 0
	 446: StMemDW dst: r7 src: r0 off: 184 imm: 0
	 447: StMemDW dst: r7 src: r0 off: 192 imm: 0
	 448: StMemDW dst: r7 src: r0 off: 200 imm: 0
	 449: StMemDW dst: r7 src: r0 off: 208 imm: 0
	 450: StMemDW dst: r7 src: r0 off: 216 imm: 0
	 451: StMemDW dst: r7 src: r0 off: 224 imm: 0
	 452: StMemDW dst: r7 src: r0 off: 232 imm: 0
	 453: StMemDW dst: r7 src: r0 off: 240 imm: 0
	 454: StMemDW dst: r7 src: r0 off: 248 imm: 0
	 455: StMemDW dst: r7 src: r0 off: 256 imm: 0
	 456: StMemDW dst: r7 src: r0 off: 264 imm: 0
	 457: StMemDW dst: r7 src: r0 off: 272 imm: 0
	 458: StMemDW dst: r7 src: r0 off: 280 imm: 0
	 459: StMemDW dst: r7 src: r0 off: 288 imm: 0
	 460: StMemDW dst: r7 src: r0 off: 296 imm: 0
	 461: StMemDW dst: r7 src: r0 off: 304 imm: 0
	 462: StMemDW dst: r7 src: r0 off: 312 imm: 0
	 463: StMemDW dst: r7 src: r0 off: 320 imm: 0
	 464: StMemDW dst: r7 src: r0 off: 328 imm: 0
	 465: StMemDW dst: r7 src: r0 off: 336 imm: 0
	 466: StMemDW dst: r7 src: r0 off: 344 imm: 0
	 467: StMemDW dst: r7 src: r0 off: 352 imm: 0
	 468: StMemDW dst: r7 src: r0 off: 360 imm: 0
	 469: StMemDW dst: r7 src: r0 off: 368 imm: 0
	 470: StMemDW dst: r7 src: r0 off: 376 imm: 0
	 471: StMemDW dst: r7 src: r0 off: 384 imm: 0
	 472: StMemDW dst: r7 src: r0 off: 392 imm: 0
	 473: StMemDW dst: r7 src: r0 off: 400 imm: 0
	 474: StMemDW dst: r7 src: r0 off: 408 imm: 0
	 475: MovReg dst: r1 src: r7
	 476: AddImm dst: r1 imm: 8
	 477: MovImm dst: r2 imm: 401
	 478: Call FnProbeReadStr
	 479: Call FnKtimeGetNs
	 480: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	 481: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 482: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 484: MovReg dst: r2 src: rfp
	 485: AddImm dst: r2 imm: -16
	 486: Call FnMapLookupElem
	 487: JEqImm dst: r0 off: -1 imm: 0 <L20>
	 488: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	 489: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 490: MovReg dst: r4 src: r1
	 491: SubReg dst: r4 src: r3
	 492: JLTImm dst: r4 off: -1 imm: 1000000 <L20>
	 493: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 494: MovImm dst: r2 imm: 0
	 495: Ja off: -1 <L21>
L20:
	 496: MovImm dst: r2 imm: 1
L21:
	 497: MovReg dst: r1 src: r7
	 498: Call FnRingbufSubmit
	 499: Ja off: -1 <L19>
L18:
	 500: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 501: LoadMapPtr dst: r1 fd: 0 <lost>
	 503: MovReg dst: r2 src: rfp
	 504: AddImm dst: r2 imm: -24
	 505: Call FnMapLookupElem
	 506: JNEImm dst: r0 off: -1 imm: 0 <L22>
	 507: Exit
L22:
	 508: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 509: AddImm dst: r1 imm: 1
	 510: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L19:
	 511: MovImm dst: r0 imm: 0
	 512: Exit

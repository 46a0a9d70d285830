map m0 @comms: PerCPUHash key 16 value 8 entries 4096
map m1 @paths: PerCPUHash key 408 value 8 entries 4096
map scratch: PerCPUArray value 712
event 0 kind 1 size 416 from tracepoint:syscalls:sys_enter_openat
program p0 tracepoint:syscalls:sys_enter_openat (TracePoint):
  ; line 6:1
	   0: MovReg dst: r6 src: r1
	   1: LoadMapValue dst: r0, fd: 0 off: 0 <stop>
	   3: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	   4: JNEImm dst: r0 off: -1 imm: 0 <L25>
	   5: StMemDW dst: rfp src: r0 off: -8 imm: 0
	   6: LoadMapPtr dst: r1 fd: 0 <scratch>
	   8: MovReg dst: r2 src: rfp
	   9: AddImm dst: r2 imm: -8
	  10: Call FnMapLookupElem
	  11: JEqImm dst: r0 off: -1 imm: 0 <L25>
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
	  50: Ja off: -1 <L25>
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
	 189: LoadMapPtr dst: r1 fd: 0 <m1>
	 191: MovReg dst: r2 src: r9
	 192: AddImm dst: r2 imm: 304
	 193: Call FnMapLookupElem
	 194: JEqImm dst: r0 off: -1 imm: 0 <L3>
	 195: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 196: AddImm dst: r1 imm: 1
	 197: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 198: Ja off: -1 <L5>
L3:
	 199: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 200: LoadMapPtr dst: r1 fd: 0 <m1>
	 202: MovReg dst: r2 src: r9
	 203: AddImm dst: r2 imm: 304
	 204: MovReg dst: r3 src: rfp
	 205: AddImm dst: r3 imm: -8
	 206: MovImm dst: r4 imm: 1
	 207: Call FnMapUpdateElem
	 208: JEqImm dst: r0 off: -1 imm: 0 <L5>
	 209: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	 210: LoadMapPtr dst: r1 fd: 0 <m1>
	 212: MovReg dst: r2 src: r9
	 213: AddImm dst: r2 imm: 304
	 214: Call FnMapLookupElem
	 215: JNEImm dst: r0 off: -1 imm: 0 <L4>
	 216: LdXMemDW dst: r0 src: rfp off: -16 imm: 0
	 217: StXMemDW dst: rfp src: r0 off: -32 imm: 0
	 218: JEq32Imm dst: r0 off: -1 imm: -7 <L7>
	 219: JEq32Imm dst: r0 off: -1 imm: -12 <L7>
	 220: JEq32Imm dst: r0 off: -1 imm: -16 <L7>
	 221: StMemDW dst: rfp src: r0 off: -40 imm: 9
	 222: LoadMapPtr dst: r1 fd: 0 <full>
	 224: MovReg dst: r2 src: rfp
	 225: AddImm dst: r2 imm: -40
	 226: Call FnMapLookupElem
	 227: JEqImm dst: r0 off: -1 imm: 0 <L7>
	 228: LdXMemDW dst: r1 src: rfp off: -32 imm: 0
	 229: NegImm32 dst: r1 imm: 0
	 230: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L7:
	 231: LdXMemDW dst: r0 src: rfp off: -32 imm: 0
	 232: StMemDW dst: rfp src: r0 off: -24 imm: 8
	 233: JNE32Imm dst: r0 off: -1 imm: -7 <L8>
	 234: StMemDW dst: rfp src: r0 off: -24 imm: 5
	 235: Ja off: -1 <L10>
L8:
	 236: JNE32Imm dst: r0 off: -1 imm: -12 <L9>
	 237: StMemDW dst: rfp src: r0 off: -24 imm: 6
	 238: Ja off: -1 <L10>
L9:
	 239: JNE32Imm dst: r0 off: -1 imm: -16 <L10>
	 240: StMemDW dst: rfp src: r0 off: -24 imm: 7
L10:
	 241: LoadMapPtr dst: r1 fd: 0 <full>
	 243: MovReg dst: r2 src: rfp
	 244: AddImm dst: r2 imm: -24
	 245: Call FnMapLookupElem
	 246: JNEImm dst: r0 off: -1 imm: 0 <L11>
	 247: Exit
L11:
	 248: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 249: AddImm dst: r1 imm: 1
	 250: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 251: Ja off: -1 <L5>
L4:
	 252: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 253: AddImm dst: r1 imm: 1
	 254: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 9:2
L5:
	 255: MovReg dst: r1 src: rfp
	 256: AddImm dst: r1 imm: -16
	 257: MovImm dst: r2 imm: 16
	 258: Call FnGetCurrentComm
	 259: LoadMapPtr dst: r1 fd: 0 <m0>
	 261: MovReg dst: r2 src: rfp
	 262: AddImm dst: r2 imm: -16
	 263: Call FnMapLookupElem
	 264: JEqImm dst: r0 off: -1 imm: 0 <L12>
	 265: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 266: AddImm dst: r1 imm: 1
	 267: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 268: Ja off: -1 <L14>
L12:
	 269: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 270: LoadMapPtr dst: r1 fd: 0 <m0>
	 272: MovReg dst: r2 src: rfp
	 273: AddImm dst: r2 imm: -16
	 274: MovReg dst: r3 src: rfp
	 275: AddImm dst: r3 imm: -24
	 276: MovImm dst: r4 imm: 1
	 277: Call FnMapUpdateElem
	 278: JEqImm dst: r0 off: -1 imm: 0 <L14>
	 279: StXMemDW dst: rfp src: r0 off: -32 imm: 0
	 280: LoadMapPtr dst: r1 fd: 0 <m0>
	 282: MovReg dst: r2 src: rfp
	 283: AddImm dst: r2 imm: -16
	 284: Call FnMapLookupElem
	 285: JNEImm dst: r0 off: -1 imm: 0 <L13>
	 286: LdXMemDW dst: r0 src: rfp off: -32 imm: 0
	 287: StXMemDW dst: rfp src: r0 off: -48 imm: 0
	 288: JEq32Imm dst: r0 off: -1 imm: -7 <L16>
	 289: JEq32Imm dst: r0 off: -1 imm: -12 <L16>
	 290: JEq32Imm dst: r0 off: -1 imm: -16 <L16>
	 291: StMemDW dst: rfp src: r0 off: -56 imm: 4
	 292: LoadMapPtr dst: r1 fd: 0 <full>
	 294: MovReg dst: r2 src: rfp
	 295: AddImm dst: r2 imm: -56
	 296: Call FnMapLookupElem
	 297: JEqImm dst: r0 off: -1 imm: 0 <L16>
	 298: LdXMemDW dst: r1 src: rfp off: -48 imm: 0
	 299: NegImm32 dst: r1 imm: 0
	 300: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L16:
	 301: LdXMemDW dst: r0 src: rfp off: -48 imm: 0
	 302: StMemDW dst: rfp src: r0 off: -40 imm: 3
	 303: JNE32Imm dst: r0 off: -1 imm: -7 <L17>
	 304: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 305: Ja off: -1 <L19>
L17:
	 306: JNE32Imm dst: r0 off: -1 imm: -12 <L18>
	 307: StMemDW dst: rfp src: r0 off: -40 imm: 1
	 308: Ja off: -1 <L19>
L18:
	 309: JNE32Imm dst: r0 off: -1 imm: -16 <L19>
	 310: StMemDW dst: rfp src: r0 off: -40 imm: 2
L19:
	 311: LoadMapPtr dst: r1 fd: 0 <full>
	 313: MovReg dst: r2 src: rfp
	 314: AddImm dst: r2 imm: -40
	 315: Call FnMapLookupElem
	 316: JNEImm dst: r0 off: -1 imm: 0 <L20>
	 317: Exit
L20:
	 318: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 319: AddImm dst: r1 imm: 1
	 320: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 321: Ja off: -1 <L14>
L13:
	 322: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 323: AddImm dst: r1 imm: 1
	 324: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 10:2
L14:
	 325: LdXMemDW dst: r0 src: r9 off: 0 imm: 0
	 326: StXMemDW dst: r9 src: r0 off: 304 imm: 0
	 327: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	 328: StXMemDW dst: r9 src: r0 off: 312 imm: 0
	 329: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	 330: StXMemDW dst: r9 src: r0 off: 320 imm: 0
	 331: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	 332: StXMemDW dst: r9 src: r0 off: 328 imm: 0
	 333: LdXMemDW dst: r0 src: r9 off: 32 imm: 0
	 334: StXMemDW dst: r9 src: r0 off: 336 imm: 0
	 335: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	 336: StXMemDW dst: r9 src: r0 off: 344 imm: 0
	 337: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	 338: StXMemDW dst: r9 src: r0 off: 352 imm: 0
	 339: LdXMemDW dst: r0 src: r9 off: 56 imm: 0
	 340: StXMemDW dst: r9 src: r0 off: 360 imm: 0
	 341: LdXMemDW dst: r0 src: r9 off: 64 imm: 0
	 342: StXMemDW dst: r9 src: r0 off: 368 imm: 0
	 343: LdXMemDW dst: r0 src: r9 off: 72 imm: 0
	 344: StXMemDW dst: r9 src: r0 off: 376 imm: 0
	 345: LdXMemDW dst: r0 src: r9 off: 80 imm: 0
	 346: StXMemDW dst: r9 src: r0 off: 384 imm: 0
	 347: LdXMemDW dst: r0 src: r9 off: 88 imm: 0
	 348: StXMemDW dst: r9 src: r0 off: 392 imm: 0
	 349: LdXMemDW dst: r0 src: r9 off: 96 imm: 0
	 350: StXMemDW dst: r9 src: r0 off: 400 imm: 0
	 351: LdXMemDW dst: r0 src: r9 off: 104 imm: 0
	 352: StXMemDW dst: r9 src: r0 off: 408 imm: 0
	 353: LdXMemDW dst: r0 src: r9 off: 112 imm: 0
	 354: StXMemDW dst: r9 src: r0 off: 416 imm: 0
	 355: LdXMemDW dst: r0 src: r9 off: 120 imm: 0
	 356: StXMemDW dst: r9 src: r0 off: 424 imm: 0
	 357: LdXMemDW dst: r0 src: r9 off: 128 imm: 0
	 358: StXMemDW dst: r9 src: r0 off: 432 imm: 0
	 359: LdXMemDW dst: r0 src: r9 off: 136 imm: 0
	 360: StXMemDW dst: r9 src: r0 off: 440 imm: 0
	 361: LdXMemDW dst: r0 src: r9 off: 144 imm: 0
	 362: StXMemDW dst: r9 src: r0 off: 448 imm: 0
	 363: LdXMemDW dst: r0 src: r9 off: 152 imm: 0
	 364: StXMemDW dst: r9 src: r0 off: 456 imm: 0
	 365: LdXMemDW dst: r0 src: r9 off: 160 imm: 0
	 366: StXMemDW dst: r9 src: r0 off: 464 imm: 0
	 367: LdXMemDW dst: r0 src: r9 off: 168 imm: 0
	 368: StXMemDW dst: r9 src: r0 off: 472 imm: 0
	 369: LdXMemDW dst: r0 src: r9 off: 176 imm: 0
	 370: StXMemDW dst: r9 src: r0 off: 480 imm: 0
	 371: LdXMemDW dst: r0 src: r9 off: 184 imm: 0
	 372: StXMemDW dst: r9 src: r0 off: 488 imm: 0
	 373: LdXMemDW dst: r0 src: r9 off: 192 imm: 0
	 374: StXMemDW dst: r9 src: r0 off: 496 imm: 0
	 375: LdXMemDW dst: r0 src: r9 off: 200 imm: 0
	 376: StXMemDW dst: r9 src: r0 off: 504 imm: 0
	 377: LdXMemDW dst: r0 src: r9 off: 208 imm: 0
	 378: StXMemDW dst: r9 src: r0 off: 512 imm: 0
	 379: LdXMemDW dst: r0 src: r9 off: 216 imm: 0
	 380: StXMemDW dst: r9 src: r0 off: 520 imm: 0
	 381: LdXMemDW dst: r0 src: r9 off: 224 imm: 0
	 382: StXMemDW dst: r9 src: r0 off: 528 imm: 0
	 383: LdXMemDW dst: r0 src: r9 off: 232 imm: 0
	 384: StXMemDW dst: r9 src: r0 off: 536 imm: 0
	 385: LdXMemDW dst: r0 src: r9 off: 240 imm: 0
	 386: StXMemDW dst: r9 src: r0 off: 544 imm: 0
	 387: LdXMemDW dst: r0 src: r9 off: 248 imm: 0
	 388: StXMemDW dst: r9 src: r0 off: 552 imm: 0
	 389: LdXMemDW dst: r0 src: r9 off: 256 imm: 0
	 390: StXMemDW dst: r9 src: r0 off: 560 imm: 0
	 391: LdXMemDW dst: r0 src: r9 off: 264 imm: 0
	 392: StXMemDW dst: r9 src: r0 off: 568 imm: 0
	 393: LdXMemDW dst: r0 src: r9 off: 272 imm: 0
	 394: StXMemDW dst: r9 src: r0 off: 576 imm: 0
	 395: LdXMemDW dst: r0 src: r9 off: 280 imm: 0
	 396: StXMemDW dst: r9 src: r0 off: 584 imm: 0
	 397: LdXMemDW dst: r0 src: r9 off: 288 imm: 0
	 398: StXMemDW dst: r9 src: r0 off: 592 imm: 0
	 399: LdXMemDW dst: r0 src: r9 off: 296 imm: 0
	 400: StXMemDW dst: r9 src: r0 off: 600 imm: 0
	 401: LdXMemB dst: r1 src: r9 off: 304 imm: 0
	 402: JNEImm dst: r1 off: -1 imm: 47 <L25>
	 403: LdXMemB dst: r1 src: r9 off: 305 imm: 0
	 404: JNEImm dst: r1 off: -1 imm: 101 <L25>
	 405: LdXMemB dst: r1 src: r9 off: 306 imm: 0
	 406: JNEImm dst: r1 off: -1 imm: 116 <L25>
	 407: LdXMemB dst: r1 src: r9 off: 307 imm: 0
	 408: JNEImm dst: r1 off: -1 imm: 99 <L25>
	 409: LdXMemB dst: r1 src: r9 off: 308 imm: 0
	 410: JNEImm dst: r1 off: -1 imm: 47 <L25>
	 411: LdXMemB dst: r1 src: r9 off: 309 imm: 0
	 412: JNEImm dst: r1 off: -1 imm: 112 <L25>
	 413: LdXMemB dst: r1 src: r9 off: 310 imm: 0
	 414: JNEImm dst: r1 off: -1 imm: 97 <L25>
	 415: LdXMemB dst: r1 src: r9 off: 311 imm: 0
	 416: JNEImm dst: r1 off: -1 imm: 115 <L25>
	 417: LdXMemB dst: r1 src: r9 off: 312 imm: 0
	 418: JNEImm dst: r1 off: -1 imm: 115 <L25>
	 419: LdXMemB dst: r1 src: r9 off: 313 imm: 0
	 420: JNEImm dst: r1 off: -1 imm: 119 <L25>
	 421: LdXMemB dst: r1 src: r9 off: 314 imm: 0
	 422: JNEImm dst: r1 off: -1 imm: 100 <L25>
	 423: LdXMemB dst: r1 src: r9 off: 315 imm: 0
	 424: JNEImm dst: r1 off: -1 imm: 0 <L25>
  ; line 10:29
L23:
	 425: LoadMapPtr dst: r1 fd: 0 <events>
	 427: MovImm dst: r2 imm: 416
	 428: MovImm dst: r3 imm: 0
	 429: Call FnRingbufReserve
	 430: JEqImm dst: r0 off: -1 imm: 0 <L24>
	 431: MovReg dst: r7 src: r0
	 432: StMemDW dst: r7 src: r0 off: 0 imm: 0
	 433: LdXMemDW dst: r8 src: r6 off: 24 imm: 0
	 434: MovReg dst: r3 src: r8
	 435: StMemDW dst: r7 src: r0 off: 8 imm: 0
	 436: StMemDW dst: r7 src: r0 off: 16 imm: 0
	 437: StMemDW dst: r7 src: r0 off: 24 imm: 0
	 438: StMemDW dst: r7 src: r0 off: 32 imm: 0
	 439: StMemDW dst: r7 src: r0 off: 40 imm: 0
	 440: StMemDW dst: r7 src: r0 off: 48 imm: 0
	 441: StMemDW dst: r7 src: r0 off: 56 imm: 0
	 442: StMemDW dst: r7 src: r0 off: 64 imm: 0
	 443: StMemDW dst: r7 src: r0 off: 72 imm: 0
	 444: StMemDW dst: r7 src: r0 off: 80 imm: 0
	 445: StMemDW dst: r7 src: r0 off: 88 imm: 0
	 446: StMemDW dst: r7 src: r0 off: 96 imm: 0
	 447: StMemDW dst: r7 src: r0 off: 104 imm: 0
	 448: StMemDW dst: r7 src: r0 off: 112 imm: 0
	 449: StMemDW dst: r7 src: r0 off: 120 imm: 0
	 450: StMemDW dst: r7 src: r0 off: 128 imm: 0
	 451: StMemDW dst: r7 src: r0 off: 136 imm: 0
	 452: StMemDW dst: r7 src: r0 off: 144 imm: 0
	 453: StMemDW dst: r7 src: r0 off: 152 imm: 0
	 454: StMemDW dst: r7 src: r0 off: 160 imm: 0
	 455: StMemDW dst: r7 src: r0 off: 168 imm: 0
	 456: StMemDW dst: r7 src: r0 off: 176 imm: 0
	 457: StMemDW dst: r7 src: r0 off: 184 imm: 0
	 458: StMemDW dst: r7 src: r0 off: 192 imm: 0
	 459: StMemDW dst: r7 src: r0 off: 200 imm: 0
	 460: StMemDW dst: r7 src: r0 off: 208 imm: 0
	 461: StMemDW dst: r7 src: r0 off: 216 imm: 0
	 462: StMemDW dst: r7 src: r0 off: 224 imm: 0
	 463: StMemDW dst: r7 src: r0 off: 232 imm: 0
	 464: StMemDW dst: r7 src: r0 off: 240 imm: 0
	 465: StMemDW dst: r7 src: r0 off: 248 imm: 0
	 466: StMemDW dst: r7 src: r0 off: 256 imm: 0
	 467: StMemDW dst: r7 src: r0 off: 264 imm: 0
	 468: StMemDW dst: r7 src: r0 off: 272 imm: 0
	 469: StMemDW dst: r7 src: r0 off: 280 imm: 0
	 470: StMemDW dst: r7 src: r0 off: 288 imm: 0
	 471: StMemDW dst: r7 src: r0 off: 296 imm: 0
	 472: StMemDW dst: r7 src: r0 off: 304 imm: 0
	 473: StMemDW dst: r7 src: r0 off: 312 imm: 0
	 474: StMemDW dst: r7 src: r0 off: 320 imm: 0
	 475: StMemDW dst: r7 src: r0 off: 328 imm: 0
	 476: StMemDW dst: r7 src: r0 off: 336 imm: 0
	 477: StMemDW dst: r7 src: r0 off: 344 imm: 0
	 478: StMemDW dst: r7 src: r0 off: 352 imm: 0
	 479: StMemDW dst: r7 src: r0 off: 360 imm: 0
	 480: StMemDW dst: r7 src: r0 off: 368 imm: 0
	 481: StMemDW dst: r7 src: r0 off: 376 imm: 0
	 482: StMemDW dst: r7 src: r0 off: 384 imm: 0
	 483: StMemDW dst: r7 src: r0 off: 392 imm: 0
	 484: StMemDW dst: r7 src: r0 off: 400 imm: 0
	 485: StMemDW dst: r7 src: r0 off: 408 imm: 0
	 486: MovReg dst: r1 src: r7
	 487: AddImm dst: r1 imm: 8
	 488: MovImm dst: r2 imm: 401
	 489: Call FnProbeReadUserStr
	 490: Call FnKtimeGetNs
	 491: MovReg dst: r8 src: r0
	 492: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 493: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 495: MovReg dst: r2 src: rfp
	 496: AddImm dst: r2 imm: -8
	 497: Call FnMapLookupElem
	 498: MovImm dst: r2 imm: 1
	 499: JEqImm dst: r0 off: -1 imm: 0 <L26>
	 500: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 501: AddImm dst: r3 imm: 1000000
	 502: JGTReg dst: r3 off: -1 src: r8 <L26>
	 503: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 504: MovImm dst: r2 imm: 0
L26:
	 505: MovReg dst: r1 src: r7
	 506: Call FnRingbufSubmit
	 507: Ja off: -1 <L25>
L24:
	 508: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 509: LoadMapPtr dst: r1 fd: 0 <lost>
	 511: MovReg dst: r2 src: rfp
	 512: AddImm dst: r2 imm: -16
	 513: Call FnMapLookupElem
	 514: JNEImm dst: r0 off: -1 imm: 0 <L27>
	 515: Exit
L27:
	 516: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 517: AddImm dst: r1 imm: 1
	 518: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L25:
	 519: MovImm dst: r0 imm: 0
	 520: Exit

map m0 @comms: PerCPUHash key 16 value 8 entries 4096
map m1 @paths: PerCPUHash key 408 value 8 entries 4096
map scratch: PerCPUArray value 712
event 0 kind 1 size 416 from tracepoint:syscalls:sys_enter_openat
program p0 tracepoint:syscalls:sys_enter_openat (TracePoint):
  ; line 6:1
	   0: MovReg dst: r6 src: r1
	   1: StMemDW dst: rfp src: r0 off: -8 imm: 0
	   2: LoadMapPtr dst: r1 fd: 0 <scratch>
	   4: MovReg dst: r2 src: rfp
	   5: AddImm dst: r2 imm: -8
	   6: Call FnMapLookupElem
	   7: JEqImm dst: r0 off: -1 imm: 0 <L15>
	   8: MovReg dst: r9 src: r0
  ; line 6:39
	   9: LdXMemDW dst: r7 src: r6 off: 24 imm: 0
	  10: MovReg dst: r3 src: r7
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
	  72: Ja off: -1 <L15>
L2:
	  73: StMemDW dst: r9 src: r0 off: 0 imm: 0
	  74: StMemDW dst: r9 src: r0 off: 8 imm: 0
	  75: StMemDW dst: r9 src: r0 off: 16 imm: 0
	  76: StMemDW dst: r9 src: r0 off: 24 imm: 0
	  77: StMemDW dst: r9 src: r0 off: 32 imm: 0
	  78: StMemDW dst: r9 src: r0 off: 40 imm: 0
	  79: StMemDW dst: r9 src: r0 off: 48 imm: 0
	  80: StMemDW dst: r9 src: r0 off: 56 imm: 0
	  81: StMemDW dst: r9 src: r0 off: 64 imm: 0
	  82: StMemDW dst: r9 src: r0 off: 72 imm: 0
	  83: StMemDW dst: r9 src: r0 off: 80 imm: 0
	  84: StMemDW dst: r9 src: r0 off: 88 imm: 0
	  85: StMemDW dst: r9 src: r0 off: 96 imm: 0
	  86: StMemDW dst: r9 src: r0 off: 104 imm: 0
	  87: StMemDW dst: r9 src: r0 off: 112 imm: 0
	  88: StMemDW dst: r9 src: r0 off: 120 imm: 0
	  89: StMemDW dst: r9 src: r0 off: 128 imm: 0
	  90: StMemDW dst: r9 src: r0 off: 136 imm: 0
	  91: StMemDW dst: r9 src: r0 off: 144 imm: 0
	  92: StMemDW dst: r9 src: r0 off: 152 imm: 0
	  93: StMemDW dst: r9 src: r0 off: 160 imm: 0
	  94: StMemDW dst: r9 src: r0 off: 168 imm: 0
	  95: StMemDW dst: r9 src: r0 off: 176 imm: 0
	  96: StMemDW dst: r9 src: r0 off: 184 imm: 0
	  97: StMemDW dst: r9 src: r0 off: 192 imm: 0
	  98: StMemDW dst: r9 src: r0 off: 200 imm: 0
	  99: StMemDW dst: r9 src: r0 off: 208 imm: 0
	 100: StMemDW dst: r9 src: r0 off: 216 imm: 0
	 101: StMemDW dst: r9 src: r0 off: 224 imm: 0
	 102: StMemDW dst: r9 src: r0 off: 232 imm: 0
	 103: StMemDW dst: r9 src: r0 off: 240 imm: 0
	 104: StMemDW dst: r9 src: r0 off: 248 imm: 0
	 105: StMemDW dst: r9 src: r0 off: 256 imm: 0
	 106: StMemDW dst: r9 src: r0 off: 264 imm: 0
	 107: StMemDW dst: r9 src: r0 off: 272 imm: 0
	 108: StMemDW dst: r9 src: r0 off: 280 imm: 0
	 109: StMemDW dst: r9 src: r0 off: 288 imm: 0
	 110: StMemDW dst: r9 src: r0 off: 296 imm: 0
  ; line 7:2
	 111: LdXMemDW dst: r7 src: r6 off: 24 imm: 0
	 112: MovReg dst: r3 src: r7
	 113: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 114: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 115: StMemDW dst: r9 src: r0 off: 16 imm: 0
	 116: StMemDW dst: r9 src: r0 off: 24 imm: 0
	 117: StMemDW dst: r9 src: r0 off: 32 imm: 0
	 118: StMemDW dst: r9 src: r0 off: 40 imm: 0
	 119: StMemDW dst: r9 src: r0 off: 48 imm: 0
	 120: StMemDW dst: r9 src: r0 off: 56 imm: 0
	 121: StMemDW dst: r9 src: r0 off: 64 imm: 0
	 122: StMemDW dst: r9 src: r0 off: 72 imm: 0
	 123: StMemDW dst: r9 src: r0 off: 80 imm: 0
	 124: StMemDW dst: r9 src: r0 off: 88 imm: 0
	 125: StMemDW dst: r9 src: r0 off: 96 imm: 0
	 126: StMemDW dst: r9 src: r0 off: 104 imm: 0
	 127: StMemDW dst: r9 src: r0 off: 112 imm: 0
	 128: StMemDW dst: r9 src: r0 off: 120 imm: 0
	 129: StMemDW dst: r9 src: r0 off: 128 imm: 0
	 130: StMemDW dst: r9 src: r0 off: 136 imm: 0
	 131: StMemDW dst: r9 src: r0 off: 144 imm: 0
	 132: StMemDW dst: r9 src: r0 off: 152 imm: 0
	 133: StMemDW dst: r9 src: r0 off: 160 imm: 0
	 134: StMemDW dst: r9 src: r0 off: 168 imm: 0
	 135: StMemDW dst: r9 src: r0 off: 176 imm: 0
	 136: StMemDW dst: r9 src: r0 off: 184 imm: 0
	 137: StMemDW dst: r9 src: r0 off: 192 imm: 0
	 138: StMemDW dst: r9 src: r0 off: 200 imm: 0
	 139: StMemDW dst: r9 src: r0 off: 208 imm: 0
	 140: StMemDW dst: r9 src: r0 off: 216 imm: 0
	 141: StMemDW dst: r9 src: r0 off: 224 imm: 0
	 142: StMemDW dst: r9 src: r0 off: 232 imm: 0
	 143: StMemDW dst: r9 src: r0 off: 240 imm: 0
	 144: StMemDW dst: r9 src: r0 off: 248 imm: 0
	 145: StMemDW dst: r9 src: r0 off: 256 imm: 0
	 146: StMemDW dst: r9 src: r0 off: 264 imm: 0
	 147: StMemDW dst: r9 src: r0 off: 272 imm: 0
	 148: StMemDW dst: r9 src: r0 off: 280 imm: 0
	 149: StMemDW dst: r9 src: r0 off: 288 imm: 0
	 150: StMemDW dst: r9 src: r0 off: 296 imm: 0
	 151: MovReg dst: r1 src: r9
	 152: MovImm dst: r2 imm: 301
	 153: Call FnProbeReadStr
  ; line 8:2
	 154: LdXMemDW dst: r7 src: r6 off: 24 imm: 0
	 155: MovReg dst: r3 src: r7
	 156: StMemDW dst: r9 src: r0 off: 304 imm: 0
	 157: StMemDW dst: r9 src: r0 off: 312 imm: 0
	 158: StMemDW dst: r9 src: r0 off: 320 imm: 0
	 159: StMemDW dst: r9 src: r0 off: 328 imm: 0
	 160: StMemDW dst: r9 src: r0 off: 336 imm: 0
	 161: StMemDW dst: r9 src: r0 off: 344 imm: 0
	 162: StMemDW dst: r9 src: r0 off: 352 imm: 0
	 163: StMemDW dst: r9 src: r0 off: 360 imm: 0
	 164: StMemDW dst: r9 src: r0 off: 368 imm: 0
	 165: StMemDW dst: r9 src: r0 off: 376 imm: 0
	 166: StMemDW dst: r9 src: r0 off: 384 imm: 0
	 167: StMemDW dst: r9 src: r0 off: 392 imm: 0
	 168: StMemDW dst: r9 src: r0 off: 400 imm: 0
	 169: StMemDW dst: r9 src: r0 off: 408 imm: 0
	 170: StMemDW dst: r9 src: r0 off: 416 imm: 0
	 171: StMemDW dst: r9 src: r0 off: 424 imm: 0
	 172: StMemDW dst: r9 src: r0 off: 432 imm: 0
	 173: StMemDW dst: r9 src: r0 off: 440 imm: 0
	 174: StMemDW dst: r9 src: r0 off: 448 imm: 0
	 175: StMemDW dst: r9 src: r0 off: 456 imm: 0
	 176: StMemDW dst: r9 src: r0 off: 464 imm: 0
	 177: StMemDW dst: r9 src: r0 off: 472 imm: 0
	 178: StMemDW dst: r9 src: r0 off: 480 imm: 0
	 179: StMemDW dst: r9 src: r0 off: 488 imm: 0
	 180: StMemDW dst: r9 src: r0 off: 496 imm: 0
	 181: StMemDW dst: r9 src: r0 off: 504 imm: 0
	 182: StMemDW dst: r9 src: r0 off: 512 imm: 0
	 183: StMemDW dst: r9 src: r0 off: 520 imm: 0
	 184: StMemDW dst: r9 src: r0 off: 528 imm: 0
	 185: StMemDW dst: r9 src: r0 off: 536 imm: 0
	 186: StMemDW dst: r9 src: r0 off: 544 imm: 0
	 187: StMemDW dst: r9 src: r0 off: 552 imm: 0
	 188: StMemDW dst: r9 src: r0 off: 560 imm: 0
	 189: StMemDW dst: r9 src: r0 off: 568 imm: 0
	 190: StMemDW dst: r9 src: r0 off: 576 imm: 0
	 191: StMemDW dst: r9 src: r0 off: 584 imm: 0
	 192: StMemDW dst: r9 src: r0 off: 592 imm: 0
	 193: StMemDW dst: r9 src: r0 off: 600 imm: 0
	 194: StMemDW dst: r9 src: r0 off: 608 imm: 0
	 195: StMemDW dst: r9 src: r0 off: 616 imm: 0
	 196: StMemDW dst: r9 src: r0 off: 624 imm: 0
	 197: StMemDW dst: r9 src: r0 off: 632 imm: 0
	 198: StMemDW dst: r9 src: r0 off: 640 imm: 0
	 199: StMemDW dst: r9 src: r0 off: 648 imm: 0
	 200: StMemDW dst: r9 src: r0 off: 656 imm: 0
	 201: StMemDW dst: r9 src: r0 off: 664 imm: 0
	 202: StMemDW dst: r9 src: r0 off: 672 imm: 0
	 203: StMemDW dst: r9 src: r0 off: 680 imm: 0
	 204: StMemDW dst: r9 src: r0 off: 688 imm: 0
	 205: StMemDW dst: r9 src: r0 off: 696 imm: 0
	 206: StMemDW dst: r9 src: r0 off: 704 imm: 0
	 207: MovReg dst: r1 src: r9
	 208: AddImm dst: r1 imm: 304
	 209: MovImm dst: r2 imm: 401
	 210: Call FnProbeReadStr
	 211: LoadMapPtr dst: r1 fd: 0 <m1>
	 213: MovReg dst: r2 src: r9
	 214: AddImm dst: r2 imm: 304
	 215: Call FnMapLookupElem
	 216: JEqImm dst: r0 off: -1 imm: 0 <L3>
	 217: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 218: AddImm dst: r1 imm: 1
	 219: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 220: Ja off: -1 <L5>
L3:
	 221: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 222: LoadMapPtr dst: r1 fd: 0 <m1>
	 224: MovReg dst: r2 src: r9
	 225: AddImm dst: r2 imm: 304
	 226: MovReg dst: r3 src: rfp
	 227: AddImm dst: r3 imm: -8
	 228: MovImm dst: r4 imm: 1
	 229: Call FnMapUpdateElem
	 230: JEqImm dst: r0 off: -1 imm: 0 <L5>
	 231: LoadMapPtr dst: r1 fd: 0 <m1>
	 233: MovReg dst: r2 src: r9
	 234: AddImm dst: r2 imm: 304
	 235: Call FnMapLookupElem
	 236: JNEImm dst: r0 off: -1 imm: 0 <L4>
	 237: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 238: LoadMapPtr dst: r1 fd: 0 <full>
	 240: MovReg dst: r2 src: rfp
	 241: AddImm dst: r2 imm: -16
	 242: Call FnMapLookupElem
	 243: JNEImm dst: r0 off: -1 imm: 0 <L6>
	 244: Exit
L6:
	 245: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 246: AddImm dst: r1 imm: 1
	 247: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 248: Ja off: -1 <L5>
L4:
	 249: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 250: AddImm dst: r1 imm: 1
	 251: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 9:2
L5:
	 252: MovReg dst: r1 src: rfp
	 253: AddImm dst: r1 imm: -16
	 254: MovImm dst: r2 imm: 16
	 255: Call FnGetCurrentComm
	 256: LoadMapPtr dst: r1 fd: 0 <m0>
	 258: MovReg dst: r2 src: rfp
	 259: AddImm dst: r2 imm: -16
	 260: Call FnMapLookupElem
	 261: JEqImm dst: r0 off: -1 imm: 0 <L7>
	 262: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 263: AddImm dst: r1 imm: 1
	 264: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 265: Ja off: -1 <L9>
L7:
	 266: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 267: LoadMapPtr dst: r1 fd: 0 <m0>
	 269: MovReg dst: r2 src: rfp
	 270: AddImm dst: r2 imm: -16
	 271: MovReg dst: r3 src: rfp
	 272: AddImm dst: r3 imm: -24
	 273: MovImm dst: r4 imm: 1
	 274: Call FnMapUpdateElem
	 275: JEqImm dst: r0 off: -1 imm: 0 <L9>
	 276: LoadMapPtr dst: r1 fd: 0 <m0>
	 278: MovReg dst: r2 src: rfp
	 279: AddImm dst: r2 imm: -16
	 280: Call FnMapLookupElem
	 281: JNEImm dst: r0 off: -1 imm: 0 <L8>
	 282: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 283: LoadMapPtr dst: r1 fd: 0 <full>
	 285: MovReg dst: r2 src: rfp
	 286: AddImm dst: r2 imm: -32
	 287: Call FnMapLookupElem
	 288: JNEImm dst: r0 off: -1 imm: 0 <L10>
	 289: Exit
L10:
	 290: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 291: AddImm dst: r1 imm: 1
	 292: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 293: Ja off: -1 <L9>
L8:
	 294: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 295: AddImm dst: r1 imm: 1
	 296: StXMemDW dst: r0 src: r1 off: 0 imm: 0
  ; line 10:2
L9:
	 297: LdXMemDW dst: r0 src: r9 off: 0 imm: 0
	 298: StXMemDW dst: r9 src: r0 off: 304 imm: 0
	 299: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	 300: StXMemDW dst: r9 src: r0 off: 312 imm: 0
	 301: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	 302: StXMemDW dst: r9 src: r0 off: 320 imm: 0
	 303: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	 304: StXMemDW dst: r9 src: r0 off: 328 imm: 0
	 305: LdXMemDW dst: r0 src: r9 off: 32 imm: 0
	 306: StXMemDW dst: r9 src: r0 off: 336 imm: 0
	 307: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	 308: StXMemDW dst: r9 src: r0 off: 344 imm: 0
	 309: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	 310: StXMemDW dst: r9 src: r0 off: 352 imm: 0
	 311: LdXMemDW dst: r0 src: r9 off: 56 imm: 0
	 312: StXMemDW dst: r9 src: r0 off: 360 imm: 0
	 313: LdXMemDW dst: r0 src: r9 off: 64 imm: 0
	 314: StXMemDW dst: r9 src: r0 off: 368 imm: 0
	 315: LdXMemDW dst: r0 src: r9 off: 72 imm: 0
	 316: StXMemDW dst: r9 src: r0 off: 376 imm: 0
	 317: LdXMemDW dst: r0 src: r9 off: 80 imm: 0
	 318: StXMemDW dst: r9 src: r0 off: 384 imm: 0
	 319: LdXMemDW dst: r0 src: r9 off: 88 imm: 0
	 320: StXMemDW dst: r9 src: r0 off: 392 imm: 0
	 321: LdXMemDW dst: r0 src: r9 off: 96 imm: 0
	 322: StXMemDW dst: r9 src: r0 off: 400 imm: 0
	 323: LdXMemDW dst: r0 src: r9 off: 104 imm: 0
	 324: StXMemDW dst: r9 src: r0 off: 408 imm: 0
	 325: LdXMemDW dst: r0 src: r9 off: 112 imm: 0
	 326: StXMemDW dst: r9 src: r0 off: 416 imm: 0
	 327: LdXMemDW dst: r0 src: r9 off: 120 imm: 0
	 328: StXMemDW dst: r9 src: r0 off: 424 imm: 0
	 329: LdXMemDW dst: r0 src: r9 off: 128 imm: 0
	 330: StXMemDW dst: r9 src: r0 off: 432 imm: 0
	 331: LdXMemDW dst: r0 src: r9 off: 136 imm: 0
	 332: StXMemDW dst: r9 src: r0 off: 440 imm: 0
	 333: LdXMemDW dst: r0 src: r9 off: 144 imm: 0
	 334: StXMemDW dst: r9 src: r0 off: 448 imm: 0
	 335: LdXMemDW dst: r0 src: r9 off: 152 imm: 0
	 336: StXMemDW dst: r9 src: r0 off: 456 imm: 0
	 337: LdXMemDW dst: r0 src: r9 off: 160 imm: 0
	 338: StXMemDW dst: r9 src: r0 off: 464 imm: 0
	 339: LdXMemDW dst: r0 src: r9 off: 168 imm: 0
	 340: StXMemDW dst: r9 src: r0 off: 472 imm: 0
	 341: LdXMemDW dst: r0 src: r9 off: 176 imm: 0
	 342: StXMemDW dst: r9 src: r0 off: 480 imm: 0
	 343: LdXMemDW dst: r0 src: r9 off: 184 imm: 0
	 344: StXMemDW dst: r9 src: r0 off: 488 imm: 0
	 345: LdXMemDW dst: r0 src: r9 off: 192 imm: 0
	 346: StXMemDW dst: r9 src: r0 off: 496 imm: 0
	 347: LdXMemDW dst: r0 src: r9 off: 200 imm: 0
	 348: StXMemDW dst: r9 src: r0 off: 504 imm: 0
	 349: LdXMemDW dst: r0 src: r9 off: 208 imm: 0
	 350: StXMemDW dst: r9 src: r0 off: 512 imm: 0
	 351: LdXMemDW dst: r0 src: r9 off: 216 imm: 0
	 352: StXMemDW dst: r9 src: r0 off: 520 imm: 0
	 353: LdXMemDW dst: r0 src: r9 off: 224 imm: 0
	 354: StXMemDW dst: r9 src: r0 off: 528 imm: 0
	 355: LdXMemDW dst: r0 src: r9 off: 232 imm: 0
	 356: StXMemDW dst: r9 src: r0 off: 536 imm: 0
	 357: LdXMemDW dst: r0 src: r9 off: 240 imm: 0
	 358: StXMemDW dst: r9 src: r0 off: 544 imm: 0
	 359: LdXMemDW dst: r0 src: r9 off: 248 imm: 0
	 360: StXMemDW dst: r9 src: r0 off: 552 imm: 0
	 361: LdXMemDW dst: r0 src: r9 off: 256 imm: 0
	 362: StXMemDW dst: r9 src: r0 off: 560 imm: 0
	 363: LdXMemDW dst: r0 src: r9 off: 264 imm: 0
	 364: StXMemDW dst: r9 src: r0 off: 568 imm: 0
	 365: LdXMemDW dst: r0 src: r9 off: 272 imm: 0
	 366: StXMemDW dst: r9 src: r0 off: 576 imm: 0
	 367: LdXMemDW dst: r0 src: r9 off: 280 imm: 0
	 368: StXMemDW dst: r9 src: r0 off: 584 imm: 0
	 369: LdXMemDW dst: r0 src: r9 off: 288 imm: 0
	 370: StXMemDW dst: r9 src: r0 off: 592 imm: 0
	 371: LdXMemDW dst: r0 src: r9 off: 296 imm: 0
	 372: StXMemDW dst: r9 src: r0 off: 600 imm: 0
	 373: LdXMemB dst: r1 src: r9 off: 304 imm: 0
	 374: JNEImm dst: r1 off: -1 imm: 47 <L15>
	 375: LdXMemB dst: r1 src: r9 off: 305 imm: 0
	 376: JNEImm dst: r1 off: -1 imm: 101 <L15>
	 377: LdXMemB dst: r1 src: r9 off: 306 imm: 0
	 378: JNEImm dst: r1 off: -1 imm: 116 <L15>
	 379: LdXMemB dst: r1 src: r9 off: 307 imm: 0
	 380: JNEImm dst: r1 off: -1 imm: 99 <L15>
	 381: LdXMemB dst: r1 src: r9 off: 308 imm: 0
	 382: JNEImm dst: r1 off: -1 imm: 47 <L15>
	 383: LdXMemB dst: r1 src: r9 off: 309 imm: 0
	 384: JNEImm dst: r1 off: -1 imm: 112 <L15>
	 385: LdXMemB dst: r1 src: r9 off: 310 imm: 0
	 386: JNEImm dst: r1 off: -1 imm: 97 <L15>
	 387: LdXMemB dst: r1 src: r9 off: 311 imm: 0
	 388: JNEImm dst: r1 off: -1 imm: 115 <L15>
	 389: LdXMemB dst: r1 src: r9 off: 312 imm: 0
	 390: JNEImm dst: r1 off: -1 imm: 115 <L15>
	 391: LdXMemB dst: r1 src: r9 off: 313 imm: 0
	 392: JNEImm dst: r1 off: -1 imm: 119 <L15>
	 393: LdXMemB dst: r1 src: r9 off: 314 imm: 0
	 394: JNEImm dst: r1 off: -1 imm: 100 <L15>
	 395: LdXMemB dst: r1 src: r9 off: 315 imm: 0
	 396: JNEImm dst: r1 off: -1 imm: 0 <L15>
  ; line 10:29
L13:
	 397: LoadMapPtr dst: r1 fd: 0 <events>
	 399: MovImm dst: r2 imm: 416
	 400: MovImm dst: r3 imm: 0
	 401: Call FnRingbufReserve
	 402: JEqImm dst: r0 off: -1 imm: 0 <L14>
	 403: MovReg dst: r7 src: r0
	 404: StMemDW dst: r7 src: r0 off: 0 imm: 0
	 405: LdXMemDW dst: r8 src: r6 off: 24 imm: 0
	 406: MovReg dst: r3 src: r8
	 407: StMemDW dst: r7 src: r0 off: 8 imm: 0
	 408: StMemDW dst: r7 src: r0 off: 16 imm: 0
	 409: StMemDW dst: r7 src: r0 off: 24 imm: 0
	 410: StMemDW dst: r7 src: r0 off: 32 imm: 0
	 411: StMemDW dst: r7 src: r0 off: 40 imm: 0
	 412: StMemDW dst: r7 src: r0 off: 48 imm: 0
	 413: StMemDW dst: r7 src: r0 off: 56 imm: 0
	 414: StMemDW dst: r7 src: r0 off: 64 imm: 0
	 415: StMemDW dst: r7 src: r0 off: 72 imm: 0
	 416: StMemDW dst: r7 src: r0 off: 80 imm: 0
	 417: StMemDW dst: r7 src: r0 off: 88 imm: 0
	 418: StMemDW dst: r7 src: r0 off: 96 imm: 0
	 419: StMemDW dst: r7 src: r0 off: 104 imm: 0
	 420: StMemDW dst: r7 src: r0 off: 112 imm: 0
	 421: StMemDW dst: r7 src: r0 off: 120 imm: 0
	 422: StMemDW dst: r7 src: r0 off: 128 imm: 0
	 423: StMemDW dst: r7 src: r0 off: 136 imm: 0
	 424: StMemDW dst: r7 src: r0 off: 144 imm: 0
	 425: StMemDW dst: r7 src: r0 off: 152 imm: 0
	 426: StMemDW dst: r7 src: r0 off: 160 imm: 0
	 427: StMemDW dst: r7 src: r0 off: 168 imm: 0
	 428: StMemDW dst: r7 src: r0 off: 176 imm: 0
	 429: StMemDW dst: r7 src: r0 off: 184 imm: 0
	 430: StMemDW dst: r7 src: r0 off: 192 imm: 0
	 431: StMemDW dst: r7 src: r0 off: 200 imm: 0
	 432: StMemDW dst: r7 src: r0 off: 208 imm: 0
	 433: StMemDW dst: r7 src: r0 off: 216 imm: 0
	 434: StMemDW dst: r7 src: r0 off: 224 imm: 0
	 435: StMemDW dst: r7 src: r0 off: 232 imm: 0
	 436: StMemDW dst: r7 src: r0 off: 240 imm: 0
	 437: StMemDW dst: r7 src: r0 off: 248 imm: 0
	 438: StMemDW dst: r7 src: r0 off: 256 imm: 0
	 439: StMemDW dst: r7 src: r0 off: 264 imm: 0
	 440: StMemDW dst: r7 src: r0 off: 272 imm: 0
	 441: StMemDW dst: r7 src: r0 off: 280 imm: 0
	 442: StMemDW dst: r7 src: r0 off: 288 imm: 0
	 443: StMemDW dst: r7 src: r0 off: 296 imm: 0
	 444: StMemDW dst: r7 src: r0 off: 304 imm: 0
	 445: StMemDW dst: r7 src: r0 off: 312 imm: 0
	 446: StMemDW dst: r7 src: r0 off: 320 imm: 0
	 447: StMemDW dst: r7 src: r0 off: 328 imm: 0
	 448: StMemDW dst: r7 src: r0 off: 336 imm: 0
	 449: StMemDW dst: r7 src: r0 off: 344 imm: 0
	 450: StMemDW dst: r7 src: r0 off: 352 imm: 0
	 451: StMemDW dst: r7 src: r0 off: 360 imm: 0
	 452: StMemDW dst: r7 src: r0 off: 368 imm: 0
	 453: StMemDW dst: r7 src: r0 off: 376 imm: 0
	 454: StMemDW dst: r7 src: r0 off: 384 imm: 0
	 455: StMemDW dst: r7 src: r0 off: 392 imm: 0
	 456: StMemDW dst: r7 src: r0 off: 400 imm: 0
	 457: StMemDW dst: r7 src: r0 off: 408 imm: 0
	 458: MovReg dst: r1 src: r7
	 459: AddImm dst: r1 imm: 8
	 460: MovImm dst: r2 imm: 401
	 461: Call FnProbeReadStr
	 462: Call FnKtimeGetNs
	 463: MovReg dst: r8 src: r0
	 464: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 465: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 467: MovReg dst: r2 src: rfp
	 468: AddImm dst: r2 imm: -8
	 469: Call FnMapLookupElem
	 470: MovImm dst: r2 imm: 1
	 471: JEqImm dst: r0 off: -1 imm: 0 <L16>
	 472: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 473: AddImm dst: r3 imm: 1000000
	 474: JGTReg dst: r3 off: -1 src: r8 <L16>
	 475: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 476: MovImm dst: r2 imm: 0
L16:
	 477: MovReg dst: r1 src: r7
	 478: Call FnRingbufSubmit
	 479: Ja off: -1 <L15>
L14:
	 480: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 481: LoadMapPtr dst: r1 fd: 0 <lost>
	 483: MovReg dst: r2 src: rfp
	 484: AddImm dst: r2 imm: -16
	 485: Call FnMapLookupElem
	 486: JNEImm dst: r0 off: -1 imm: 0 <L17>
	 487: Exit
L17:
	 488: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 489: AddImm dst: r1 imm: 1
	 490: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L15:
	 491: MovImm dst: r0 imm: 0
	 492: Exit

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
	   3: JNEImm dst: r0 off: -1 imm: 0 <L49>
  ; line 4:39
	   4: MovImm dst: r1 imm: 19
	   5: Call FnSendSignal
	   6: JEq32Imm dst: r0 off: -1 imm: 0 <L23>
	   7: JNE32Imm dst: r0 off: -1 imm: -1 <L3>
	   8: LoadMapPtr dst: r1 fd: 0 <events>
	  10: MovImm dst: r2 imm: 8
	  11: MovImm dst: r3 imm: 0
	  12: Call FnRingbufReserve
	  13: JEqImm dst: r0 off: -1 imm: 0 <L4>
	  14: MovReg dst: r7 src: r0
	  15: StMemDW dst: r7 src: r0 off: 0 imm: 0
	  16: Call FnKtimeGetNs
	  17: MovReg dst: r8 src: r0
	  18: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  19: LoadMapPtr dst: r1 fd: 0 <wakeup>
	  21: MovReg dst: r2 src: rfp
	  22: AddImm dst: r2 imm: -8
	  23: Call FnMapLookupElem
	  24: MovImm dst: r2 imm: 1
	  25: JEqImm dst: r0 off: -1 imm: 0 <L6>
	  26: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	  27: AddImm dst: r3 imm: 1000000
	  28: JGTReg dst: r3 off: -1 src: r8 <L6>
	  29: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	  30: MovImm dst: r2 imm: 0
L6:
	  31: MovReg dst: r1 src: r7
	  32: Call FnRingbufSubmit
	  33: Ja off: -1 <L5>
L4:
	  34: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  35: LoadMapPtr dst: r1 fd: 0 <lost>
	  37: MovReg dst: r2 src: rfp
	  38: AddImm dst: r2 imm: -16
	  39: Call FnMapLookupElem
	  40: JNEImm dst: r0 off: -1 imm: 0 <L7>
	  41: Exit
L7:
	  42: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  43: AddImm dst: r1 imm: 1
	  44: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L5:
	  45: Ja off: -1 <L23>
L3:
	  46: JNE32Imm dst: r0 off: -1 imm: -16 <L8>
	  47: LoadMapPtr dst: r1 fd: 0 <events>
	  49: MovImm dst: r2 imm: 8
	  50: MovImm dst: r3 imm: 0
	  51: Call FnRingbufReserve
	  52: JEqImm dst: r0 off: -1 imm: 0 <L9>
	  53: MovReg dst: r7 src: r0
	  54: StMemDW dst: r7 src: r0 off: 0 imm: 1
	  55: Call FnKtimeGetNs
	  56: MovReg dst: r8 src: r0
	  57: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  58: LoadMapPtr dst: r1 fd: 0 <wakeup>
	  60: MovReg dst: r2 src: rfp
	  61: AddImm dst: r2 imm: -24
	  62: Call FnMapLookupElem
	  63: MovImm dst: r2 imm: 1
	  64: JEqImm dst: r0 off: -1 imm: 0 <L11>
	  65: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	  66: AddImm dst: r3 imm: 1000000
	  67: JGTReg dst: r3 off: -1 src: r8 <L11>
	  68: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	  69: MovImm dst: r2 imm: 0
L11:
	  70: MovReg dst: r1 src: r7
	  71: Call FnRingbufSubmit
	  72: Ja off: -1 <L10>
L9:
	  73: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  74: LoadMapPtr dst: r1 fd: 0 <lost>
	  76: MovReg dst: r2 src: rfp
	  77: AddImm dst: r2 imm: -32
	  78: Call FnMapLookupElem
	  79: JNEImm dst: r0 off: -1 imm: 0 <L12>
	  80: Exit
L12:
	  81: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  82: AddImm dst: r1 imm: 1
	  83: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L10:
	  84: Ja off: -1 <L23>
L8:
	  85: JNE32Imm dst: r0 off: -1 imm: -22 <L13>
	  86: LoadMapPtr dst: r1 fd: 0 <events>
	  88: MovImm dst: r2 imm: 8
	  89: MovImm dst: r3 imm: 0
	  90: Call FnRingbufReserve
	  91: JEqImm dst: r0 off: -1 imm: 0 <L14>
	  92: MovReg dst: r7 src: r0
	  93: StMemDW dst: r7 src: r0 off: 0 imm: 2
	  94: Call FnKtimeGetNs
	  95: MovReg dst: r8 src: r0
	  96: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  97: LoadMapPtr dst: r1 fd: 0 <wakeup>
	  99: MovReg dst: r2 src: rfp
	 100: AddImm dst: r2 imm: -40
	 101: Call FnMapLookupElem
	 102: MovImm dst: r2 imm: 1
	 103: JEqImm dst: r0 off: -1 imm: 0 <L16>
	 104: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 105: AddImm dst: r3 imm: 1000000
	 106: JGTReg dst: r3 off: -1 src: r8 <L16>
	 107: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 108: MovImm dst: r2 imm: 0
L16:
	 109: MovReg dst: r1 src: r7
	 110: Call FnRingbufSubmit
	 111: Ja off: -1 <L15>
L14:
	 112: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 113: LoadMapPtr dst: r1 fd: 0 <lost>
	 115: MovReg dst: r2 src: rfp
	 116: AddImm dst: r2 imm: -48
	 117: Call FnMapLookupElem
	 118: JNEImm dst: r0 off: -1 imm: 0 <L17>
	 119: Exit
L17:
	 120: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 121: AddImm dst: r1 imm: 1
	 122: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L15:
	 123: Ja off: -1 <L23>
L13:
	 124: JNE32Imm dst: r0 off: -1 imm: -11 <L18>
	 125: LoadMapPtr dst: r1 fd: 0 <events>
	 127: MovImm dst: r2 imm: 8
	 128: MovImm dst: r3 imm: 0
	 129: Call FnRingbufReserve
	 130: JEqImm dst: r0 off: -1 imm: 0 <L19>
	 131: MovReg dst: r7 src: r0
	 132: StMemDW dst: r7 src: r0 off: 0 imm: 3
	 133: Call FnKtimeGetNs
	 134: MovReg dst: r8 src: r0
	 135: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 136: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 138: MovReg dst: r2 src: rfp
	 139: AddImm dst: r2 imm: -56
	 140: Call FnMapLookupElem
	 141: MovImm dst: r2 imm: 1
	 142: JEqImm dst: r0 off: -1 imm: 0 <L21>
	 143: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 144: AddImm dst: r3 imm: 1000000
	 145: JGTReg dst: r3 off: -1 src: r8 <L21>
	 146: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 147: MovImm dst: r2 imm: 0
L21:
	 148: MovReg dst: r1 src: r7
	 149: Call FnRingbufSubmit
	 150: Ja off: -1 <L20>
L19:
	 151: StMemDW dst: rfp src: r0 off: -64 imm: 0
	 152: LoadMapPtr dst: r1 fd: 0 <lost>
	 154: MovReg dst: r2 src: rfp
	 155: AddImm dst: r2 imm: -64
	 156: Call FnMapLookupElem
	 157: JNEImm dst: r0 off: -1 imm: 0 <L22>
	 158: Exit
L22:
	 159: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 160: AddImm dst: r1 imm: 1
	 161: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L20:
	 162: Ja off: -1 <L23>
L18:
	 163: LoadMapPtr dst: r1 fd: 0 <events>
	 165: MovImm dst: r2 imm: 8
	 166: MovImm dst: r3 imm: 0
	 167: Call FnRingbufReserve
	 168: JEqImm dst: r0 off: -1 imm: 0 <L24>
	 169: MovReg dst: r7 src: r0
	 170: StMemDW dst: r7 src: r0 off: 0 imm: 4
	 171: Call FnKtimeGetNs
	 172: MovReg dst: r8 src: r0
	 173: StMemDW dst: rfp src: r0 off: -72 imm: 0
	 174: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 176: MovReg dst: r2 src: rfp
	 177: AddImm dst: r2 imm: -72
	 178: Call FnMapLookupElem
	 179: MovImm dst: r2 imm: 1
	 180: JEqImm dst: r0 off: -1 imm: 0 <L26>
	 181: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 182: AddImm dst: r3 imm: 1000000
	 183: JGTReg dst: r3 off: -1 src: r8 <L26>
	 184: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 185: MovImm dst: r2 imm: 0
L26:
	 186: MovReg dst: r1 src: r7
	 187: Call FnRingbufSubmit
	 188: Ja off: -1 <L25>
L24:
	 189: StMemDW dst: rfp src: r0 off: -80 imm: 0
	 190: LoadMapPtr dst: r1 fd: 0 <lost>
	 192: MovReg dst: r2 src: rfp
	 193: AddImm dst: r2 imm: -80
	 194: Call FnMapLookupElem
	 195: JNEImm dst: r0 off: -1 imm: 0 <L27>
	 196: Exit
L27:
	 197: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 198: AddImm dst: r1 imm: 1
	 199: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L25:
	 200: Ja off: -1 <L23>
  ; line 4:58
L23:
	 201: Call FnGetCurrentPidTgid
	 202: RShImm dst: r0 imm: 32
	 203: MovReg dst: r7 src: r0
	 204: ModImm dst: r7 imm: 64
	 205: AddImm dst: r7 imm: 1
	 206: MovReg dst: r1 src: r7
	 207: Call FnSendSignal
	 208: JEq32Imm dst: r0 off: -1 imm: 0 <L49>
	 209: JNE32Imm dst: r0 off: -1 imm: -1 <L29>
	 210: LoadMapPtr dst: r1 fd: 0 <events>
	 212: MovImm dst: r2 imm: 8
	 213: MovImm dst: r3 imm: 0
	 214: Call FnRingbufReserve
	 215: JEqImm dst: r0 off: -1 imm: 0 <L30>
	 216: MovReg dst: r7 src: r0
	 217: StMemDW dst: r7 src: r0 off: 0 imm: 5
	 218: Call FnKtimeGetNs
	 219: MovReg dst: r8 src: r0
	 220: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 221: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 223: MovReg dst: r2 src: rfp
	 224: AddImm dst: r2 imm: -8
	 225: Call FnMapLookupElem
	 226: MovImm dst: r2 imm: 1
	 227: JEqImm dst: r0 off: -1 imm: 0 <L32>
	 228: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 229: AddImm dst: r3 imm: 1000000
	 230: JGTReg dst: r3 off: -1 src: r8 <L32>
	 231: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 232: MovImm dst: r2 imm: 0
L32:
	 233: MovReg dst: r1 src: r7
	 234: Call FnRingbufSubmit
	 235: Ja off: -1 <L31>
L30:
	 236: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 237: LoadMapPtr dst: r1 fd: 0 <lost>
	 239: MovReg dst: r2 src: rfp
	 240: AddImm dst: r2 imm: -16
	 241: Call FnMapLookupElem
	 242: JNEImm dst: r0 off: -1 imm: 0 <L33>
	 243: Exit
L33:
	 244: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 245: AddImm dst: r1 imm: 1
	 246: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L31:
	 247: Ja off: -1 <L49>
L29:
	 248: JNE32Imm dst: r0 off: -1 imm: -16 <L34>
	 249: LoadMapPtr dst: r1 fd: 0 <events>
	 251: MovImm dst: r2 imm: 8
	 252: MovImm dst: r3 imm: 0
	 253: Call FnRingbufReserve
	 254: JEqImm dst: r0 off: -1 imm: 0 <L35>
	 255: MovReg dst: r7 src: r0
	 256: StMemDW dst: r7 src: r0 off: 0 imm: 6
	 257: Call FnKtimeGetNs
	 258: MovReg dst: r8 src: r0
	 259: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 260: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 262: MovReg dst: r2 src: rfp
	 263: AddImm dst: r2 imm: -24
	 264: Call FnMapLookupElem
	 265: MovImm dst: r2 imm: 1
	 266: JEqImm dst: r0 off: -1 imm: 0 <L37>
	 267: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 268: AddImm dst: r3 imm: 1000000
	 269: JGTReg dst: r3 off: -1 src: r8 <L37>
	 270: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 271: MovImm dst: r2 imm: 0
L37:
	 272: MovReg dst: r1 src: r7
	 273: Call FnRingbufSubmit
	 274: Ja off: -1 <L36>
L35:
	 275: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 276: LoadMapPtr dst: r1 fd: 0 <lost>
	 278: MovReg dst: r2 src: rfp
	 279: AddImm dst: r2 imm: -32
	 280: Call FnMapLookupElem
	 281: JNEImm dst: r0 off: -1 imm: 0 <L38>
	 282: Exit
L38:
	 283: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 284: AddImm dst: r1 imm: 1
	 285: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L36:
	 286: Ja off: -1 <L49>
L34:
	 287: JNE32Imm dst: r0 off: -1 imm: -22 <L39>
	 288: LoadMapPtr dst: r1 fd: 0 <events>
	 290: MovImm dst: r2 imm: 8
	 291: MovImm dst: r3 imm: 0
	 292: Call FnRingbufReserve
	 293: JEqImm dst: r0 off: -1 imm: 0 <L40>
	 294: MovReg dst: r7 src: r0
	 295: StMemDW dst: r7 src: r0 off: 0 imm: 7
	 296: Call FnKtimeGetNs
	 297: MovReg dst: r8 src: r0
	 298: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 299: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 301: MovReg dst: r2 src: rfp
	 302: AddImm dst: r2 imm: -40
	 303: Call FnMapLookupElem
	 304: MovImm dst: r2 imm: 1
	 305: JEqImm dst: r0 off: -1 imm: 0 <L42>
	 306: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 307: AddImm dst: r3 imm: 1000000
	 308: JGTReg dst: r3 off: -1 src: r8 <L42>
	 309: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 310: MovImm dst: r2 imm: 0
L42:
	 311: MovReg dst: r1 src: r7
	 312: Call FnRingbufSubmit
	 313: Ja off: -1 <L41>
L40:
	 314: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 315: LoadMapPtr dst: r1 fd: 0 <lost>
	 317: MovReg dst: r2 src: rfp
	 318: AddImm dst: r2 imm: -48
	 319: Call FnMapLookupElem
	 320: JNEImm dst: r0 off: -1 imm: 0 <L43>
	 321: Exit
L43:
	 322: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 323: AddImm dst: r1 imm: 1
	 324: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L41:
	 325: Ja off: -1 <L49>
L39:
	 326: JNE32Imm dst: r0 off: -1 imm: -11 <L44>
	 327: LoadMapPtr dst: r1 fd: 0 <events>
	 329: MovImm dst: r2 imm: 8
	 330: MovImm dst: r3 imm: 0
	 331: Call FnRingbufReserve
	 332: JEqImm dst: r0 off: -1 imm: 0 <L45>
	 333: MovReg dst: r7 src: r0
	 334: StMemDW dst: r7 src: r0 off: 0 imm: 8
	 335: Call FnKtimeGetNs
	 336: MovReg dst: r8 src: r0
	 337: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 338: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 340: MovReg dst: r2 src: rfp
	 341: AddImm dst: r2 imm: -56
	 342: Call FnMapLookupElem
	 343: MovImm dst: r2 imm: 1
	 344: JEqImm dst: r0 off: -1 imm: 0 <L47>
	 345: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 346: AddImm dst: r3 imm: 1000000
	 347: JGTReg dst: r3 off: -1 src: r8 <L47>
	 348: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 349: MovImm dst: r2 imm: 0
L47:
	 350: MovReg dst: r1 src: r7
	 351: Call FnRingbufSubmit
	 352: Ja off: -1 <L46>
L45:
	 353: StMemDW dst: rfp src: r0 off: -64 imm: 0
	 354: LoadMapPtr dst: r1 fd: 0 <lost>
	 356: MovReg dst: r2 src: rfp
	 357: AddImm dst: r2 imm: -64
	 358: Call FnMapLookupElem
	 359: JNEImm dst: r0 off: -1 imm: 0 <L48>
	 360: Exit
L48:
	 361: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 362: AddImm dst: r1 imm: 1
	 363: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L46:
	 364: Ja off: -1 <L49>
L44:
	 365: LoadMapPtr dst: r1 fd: 0 <events>
	 367: MovImm dst: r2 imm: 8
	 368: MovImm dst: r3 imm: 0
	 369: Call FnRingbufReserve
	 370: JEqImm dst: r0 off: -1 imm: 0 <L50>
	 371: MovReg dst: r7 src: r0
	 372: StMemDW dst: r7 src: r0 off: 0 imm: 9
	 373: Call FnKtimeGetNs
	 374: MovReg dst: r8 src: r0
	 375: StMemDW dst: rfp src: r0 off: -72 imm: 0
	 376: LoadMapPtr dst: r1 fd: 0 <wakeup>
	 378: MovReg dst: r2 src: rfp
	 379: AddImm dst: r2 imm: -72
	 380: Call FnMapLookupElem
	 381: MovImm dst: r2 imm: 1
	 382: JEqImm dst: r0 off: -1 imm: 0 <L52>
	 383: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 384: AddImm dst: r3 imm: 1000000
	 385: JGTReg dst: r3 off: -1 src: r8 <L52>
	 386: StXMemDW dst: r0 src: r8 off: 0 imm: 0
	 387: MovImm dst: r2 imm: 0
L52:
	 388: MovReg dst: r1 src: r7
	 389: Call FnRingbufSubmit
	 390: Ja off: -1 <L51>
L50:
	 391: StMemDW dst: rfp src: r0 off: -80 imm: 0
	 392: LoadMapPtr dst: r1 fd: 0 <lost>
	 394: MovReg dst: r2 src: rfp
	 395: AddImm dst: r2 imm: -80
	 396: Call FnMapLookupElem
	 397: JNEImm dst: r0 off: -1 imm: 0 <L53>
	 398: Exit
L53:
	 399: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 400: AddImm dst: r1 imm: 1
	 401: StXMemDW dst: r0 src: r1 off: 0 imm: 0
L51:
	 402: Ja off: -1 <L49>
L49:
	 403: MovImm dst: r0 imm: 0
	 404: Exit

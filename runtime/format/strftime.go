package format

import (
	"strconv"
	"strings"
	"time"
)

// TimeString formats t with a C strftime format, as bpftrace's time()
// does (it formats the current local time: pass time.Now()), in the C
// locale. It knows the conversions of glibc's strftime:
//
//	%a %A %b %B %h   day and month names, abbreviated and full
//	%c               "%a %b %e %H:%M:%S %Y"
//	%C %y %Y %G %g   century, year, ISO week-based year
//	%d %e %j %m      day of month (zero- or space-padded), of year, month
//	%H %I %k %l      hour, 24- and 12-hour, zero- or space-padded
//	%M %S %s %p %P   minute, second, seconds since the epoch, AM/PM, am/pm
//	%u %w %U %W %V   weekday (1-7 from Monday, 0-6 from Sunday), week numbers
//	%D %F %T %R %r   %m/%d/%y, %Y-%m-%d, %H:%M:%S, %H:%M, %I:%M:%S %p
//	%x %X            %m/%d/%y, %H:%M:%S
//	%z %Z            +hhmm offset, zone abbreviation
//	%n %t %%         newline, tab, %
//
// with glibc's flags "-" (no padding), "_" (spaces), "0" (zeros) and "^"
// (upper case), a field width, and the E and O modifiers (ignored, as in
// the C locale). Anything else is copied as it is, as glibc does.
//
// bpftrace formats into a 64-byte buffer and prints nothing (logging
// "strftime returned 0") when the result does not fit in 63 bytes; callers
// that mimic that can check len(result) > 63.
func TimeString(strftimeFormat string, t time.Time) string {
	var b strings.Builder
	f := strftimeFormat
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			b.WriteByte(f[i])
			continue
		}
		j := i + 1
		flag := byte(0)
		for j < len(f) && strings.IndexByte("-_0^#", f[j]) >= 0 {
			flag = f[j]
			j++
		}
		width := -1
		for j < len(f) && f[j] >= '0' && f[j] <= '9' {
			// The checker refuses widths past lang.MaxPrintfWidth; a
			// longer run of digits stops growing here, so it cannot wrap.
			width = min(max(width, 0)*10+int(f[j]-'0'), maxFieldWidth)
			j++
		}
		for j < len(f) && (f[j] == 'E' || f[j] == 'O') {
			j++
		}
		if j >= len(f) {
			b.WriteString(f[i:])
			break
		}
		s, ok := conversion(f[j], flag, width, t)
		if !ok {
			b.WriteString(f[i : j+1])
		} else {
			b.WriteString(s)
		}
		i = j
	}
	return b.String()
}

// maxFieldWidth bounds a strftime field width however many digits it has.
const maxFieldWidth = 1 << 16

// conversion is one strftime conversion; ok is false when c is unknown.
func conversion(c, flag byte, width int, t time.Time) (string, bool) {
	num := func(n, w int, padc byte) string {
		return padNum(strconv.Itoa(n), w, padc, flag, width)
	}
	text := func(s string) string {
		if flag == '^' {
			s = strings.ToUpper(s)
		}
		if width > len(s) {
			p := " "
			if flag == '0' {
				p = "0"
			}
			s = strings.Repeat(p, width-len(s)) + s
		}
		return s
	}
	hour12 := t.Hour() % 12
	if hour12 == 0 {
		hour12 = 12
	}
	isoYear, isoWeek := t.ISOWeek()
	switch c {
	case 'a':
		return text(t.Weekday().String()[:3]), true
	case 'A':
		return text(t.Weekday().String()), true
	case 'b', 'h':
		return text(t.Month().String()[:3]), true
	case 'B':
		return text(t.Month().String()), true
	case 'c':
		return text(TimeString("%a %b %e %H:%M:%S %Y", t)), true
	case 'C':
		return num(t.Year()/100, 2, '0'), true
	case 'd':
		return num(t.Day(), 2, '0'), true
	case 'e':
		return num(t.Day(), 2, ' '), true
	case 'D', 'x':
		return text(TimeString("%m/%d/%y", t)), true
	case 'F':
		return text(TimeString("%Y-%m-%d", t)), true
	case 'g':
		return num(isoYear%100, 2, '0'), true
	case 'G':
		return num(isoYear, 1, '0'), true
	case 'H':
		return num(t.Hour(), 2, '0'), true
	case 'I':
		return num(hour12, 2, '0'), true
	case 'j':
		return num(t.YearDay(), 3, '0'), true
	case 'k':
		return num(t.Hour(), 2, ' '), true
	case 'l':
		return num(hour12, 2, ' '), true
	case 'm':
		return num(int(t.Month()), 2, '0'), true
	case 'M':
		return num(t.Minute(), 2, '0'), true
	case 'n':
		return "\n", true
	case 'p':
		if t.Hour() < 12 {
			return text("AM"), true
		}
		return text("PM"), true
	case 'P':
		if t.Hour() < 12 {
			return text("am"), true
		}
		return text("pm"), true
	case 'r':
		return text(TimeString("%I:%M:%S %p", t)), true
	case 'R':
		return text(TimeString("%H:%M", t)), true
	case 's':
		return padNum(strconv.FormatInt(t.Unix(), 10), 1, '0', flag, width), true
	case 'S':
		return num(t.Second(), 2, '0'), true
	case 't':
		return "\t", true
	case 'T', 'X':
		return text(TimeString("%H:%M:%S", t)), true
	case 'u':
		wd := int(t.Weekday())
		if wd == 0 {
			wd = 7
		}
		return num(wd, 1, '0'), true
	case 'U':
		return num((t.YearDay()+6-int(t.Weekday()))/7, 2, '0'), true
	case 'V':
		return num(isoWeek, 2, '0'), true
	case 'w':
		return num(int(t.Weekday()), 1, '0'), true
	case 'W':
		return num((t.YearDay()+6-(int(t.Weekday())+6)%7)/7, 2, '0'), true
	case 'y':
		return num(t.Year()%100, 2, '0'), true
	case 'Y':
		return num(t.Year(), 1, '0'), true
	case 'z':
		_, off := t.Zone()
		sign := "+"
		if off < 0 {
			sign, off = "-", -off
		}
		return sign + padNum(strconv.Itoa(off/3600*100+off%3600/60), 4, '0', 0, -1), true
	case 'Z':
		name, _ := t.Zone()
		if flag == '#' {
			return strings.ToLower(name), true
		}
		return text(name), true
	case '%':
		return "%", true
	}
	return "", false
}

// padNum pads a number's digits to w with padc, as changed by a glibc flag
// and width.
func padNum(digits string, w int, padc, flag byte, width int) string {
	switch flag {
	case '-':
		return digits
	case '_':
		padc = ' '
	case '0':
		padc = '0'
	}
	if width >= 0 {
		w = width
	}
	if len(digits) >= w {
		return digits
	}
	return strings.Repeat(string(padc), w-len(digits)) + digits
}

package lang

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// kernelSpaceStart is where x86-64's kernel half of the address space
// begins: a watchpoint without -p or -c watches an address above it.
const kernelSpaceStart = 0xffff_8000_0000_0000

// expandWatchpoint expands watchpoint:ADDRESS:LENGTH:MODE, a hardware
// watchpoint on LENGTH bytes at ADDRESS (1, 2, 4 or 8, aligned to the
// length) that fires as they are written (w), read or written (rw), or
// executed (x, 8 bytes); the address is a kernel one, or with -p or -c a
// user-space one in that process. watchpoint:FUNCTION+argN:LENGTH:MODE
// (and asyncwatchpoint:, which does not stop the process meanwhile)
// watches the address in argument N of each call of FUNCTION in -p's or
// -c's program.
func expandWatchpoint(c *checker, k *KindInfo, ap *AttachPoint) ([]*Target, error) {
	if len(ap.Parts) != 3 {
		return nil, fmt.Errorf("%s probe needs what to watch, a length and a mode: %s, got %s", k.Name, strings.Join(k.Forms, " or "), ap.Raw)
	}
	where, lenText, mode := ap.Parts[0], ap.Parts[1], ap.Parts[2]
	length, err := strconv.Atoi(lenText)
	if err != nil || (length != 1 && length != 2 && length != 4 && length != 8) {
		return nil, fmt.Errorf("%s: a watchpoint covers 1, 2, 4 or 8 bytes, not %q", ap.Raw, lenText)
	}
	mode, err = watchMode(mode)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", ap.Raw, err)
	}
	if mode == "x" && length != 8 {
		return nil, fmt.Errorf("%s: an execute watchpoint covers 8 bytes (the length of a long), not %d", ap.Raw, length)
	}
	pid := c.params.PID
	if pid == 0 {
		pid = c.params.commandPID()
	}
	t := &Target{WatchLen: length, WatchMode: mode, PID: pid}
	fn, argText, isFunc := strings.Cut(where, "+")
	if !isFunc {
		if k.Kind == AsyncWatchpointProbe {
			return nil, fmt.Errorf("%s: an asyncwatchpoint watches a function's argument: asyncwatchpoint:FUNCTION+argN:LENGTH:MODE", ap.Raw)
		}
		addr, err := strconv.ParseUint(where, 0, 64)
		if err != nil || addr == 0 {
			return nil, fmt.Errorf("%s: want a non-zero address to watch, got %q", ap.Raw, where)
		}
		if addr%uint64(length) != 0 {
			return nil, fmt.Errorf("%s: address 0x%x is not aligned to the watchpoint's length, %d", ap.Raw, addr, length)
		}
		if pid == 0 && addr < kernelSpaceStart {
			return nil, fmt.Errorf("%s: 0x%x is a user-space address: say whose with -p PID or -c CMD (without them a watchpoint watches kernel memory)", ap.Raw, addr)
		}
		t.Watch = addr
		return []*Target{t}, nil
	}
	n, err := atoiStrict(strings.TrimPrefix(argText, "arg"))
	if !strings.HasPrefix(argText, "arg") || err != nil || n >= maxArgSlots {
		return nil, fmt.Errorf("%s: want FUNCTION+argN with N from 0 to %d, got %q", ap.Raw, maxArgSlots-1, where)
	}
	if pid == 0 {
		return nil, fmt.Errorf("%s watches an argument of a function of a program: give the process with -p PID or -c CMD", ap.Raw)
	}
	bin := fmt.Sprintf("/proc/%d/exe", pid)
	if c.params.PID == 0 {
		bin = strings.Fields(c.params.Command + " ")[0]
	}
	syms, bin, _, err := c.funcSymbols(ap, bin)
	if err != nil {
		return nil, err
	}
	var ts []*Target
	for _, s := range syms.funcs {
		if s.Name == fn || (isUprobePattern(fn) && GlobMatch(fn, s.Name)) {
			wt := *t
			wt.Func, wt.Path, wt.Offset, wt.Addr, wt.Watch = s.Name, bin, s.Offset, s.Addr, uint64(n)
			wt.Wildcard = isUprobePattern(fn)
			ts = append(ts, &wt)
		}
	}
	if len(ts) == 0 {
		return nil, fmt.Errorf("no function %s in %s (ntrace -l 'uprobe:%s:*' lists them)", fn, bin, bin)
	}
	return ts, nil
}

// watchMode checks a watchpoint's mode and spells it in order: "w", "rw"
// or "x", the ones x86 debug registers offer (they cannot watch reads
// alone, nor execution with access).
func watchMode(mode string) (string, error) {
	b := []byte(mode)
	sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
	for i, ch := range b {
		if ch != 'r' && ch != 'w' && ch != 'x' {
			return "", fmt.Errorf("a watchpoint's mode is w, rw or x, not %q", mode)
		}
		if i > 0 && b[i-1] == ch {
			return "", fmt.Errorf("watchpoint mode %q names %c twice", mode, ch)
		}
	}
	switch s := string(b); s {
	case "w", "rw", "x":
		return s, nil
	case "r":
		return "", fmt.Errorf("x86 cannot watch reads alone: use rw, which fires on reads and writes")
	case "":
		return "", fmt.Errorf("a watchpoint needs a mode: w, rw or x")
	}
	return "", fmt.Errorf("x86 cannot watch execution together with reads or writes (%q): use x, or w or rw", mode)
}

// watchpointName names a watchpoint target as bpftrace does:
// watchpoint:0x1000:8:w, watchpoint:func+arg1:4:w.
func watchpointName(t *Target) string {
	what := fmt.Sprintf("0x%x", t.Watch)
	if t.Func != "" {
		what = fmt.Sprintf("%s+arg%d", t.Func, t.Watch)
	}
	return fmt.Sprintf("%s:%s:%d:%s", t.Kind, what, t.WatchLen, t.WatchMode)
}

// Package uapi reads the values of the constants scripts take from C
// headers (AF_INET, EPERM, O_RDONLY, …) out of the headers themselves, by
// having the C compiler print them. bpftrace runs a script's #include
// lines through clang; ntrace has no C compiler at run time, so it keeps
// these values in a table generated ahead of time (lang's
// headerconsts_gen.go, made by `go run ./internal/cmd/uapiconst`), and its
// test compares the table with the headers of the machine it runs on.
package uapi

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Header is a C header and which of its macros the table takes: the
// names matching Names.
type Header struct {
	Path  string // as #include <Path> names it
	Names *regexp.Regexp
}

// Headers are the headers the table is made from and, for each, the
// constants taken from it. A name two headers define is taken from the
// first.
var Headers = []Header{
	{"sys/socket.h", regexp.MustCompile(`^(AF|PF|SOCK|MSG|SOL|SO|SHUT|SCM)_[A-Z0-9_]+$|^SOMAXCONN$`)},
	{"netinet/in.h", regexp.MustCompile(`^(IPPROTO|INADDR)_[A-Z0-9_]+$`)},
	{"errno.h", regexp.MustCompile(`^E[A-Z0-9]+$`)},
	{"signal.h", regexp.MustCompile(`^SIG[A-Z0-9]+$`)},
	{"fcntl.h", regexp.MustCompile(`^(O|AT|F)_[A-Z0-9_]+$|^FD_CLOEXEC$`)},
	{"sys/stat.h", regexp.MustCompile(`^S_I(FMT|FSOCK|FLNK|FREG|FBLK|FDIR|FCHR|FIFO|SUID|SGID|SVTX|RWXU|RUSR|WUSR|XUSR|RWXG|RGRP|WGRP|XGRP|RWXO|ROTH|WOTH|XOTH)$`)},
	{"sys/mman.h", regexp.MustCompile(`^(PROT|MAP|MADV|MS)_[A-Z0-9_]+$`)},
	{"time.h", regexp.MustCompile(`^CLOCK_[A-Z0-9_]+$|^TIMER_ABSTIME$`)},
	{"sys/epoll.h", regexp.MustCompile(`^EPOLL[A-Z0-9_]+$`)},
	{"poll.h", regexp.MustCompile(`^POLL[A-Z0-9]+$`)},
	{"sys/wait.h", regexp.MustCompile(`^W(NOHANG|UNTRACED|STOPPED|EXITED|CONTINUED|NOWAIT)$`)},
	{"linux/sched.h", regexp.MustCompile(`^(CLONE|SCHED)_[A-Z0-9_]+$`)},
	{"linux/if_ether.h", regexp.MustCompile(`^ETH_(P_[A-Z0-9_]+|ALEN|HLEN|DATA_LEN|FRAME_LEN)$`)},
	{"linux/futex.h", regexp.MustCompile(`^FUTEX_[A-Z0-9_]+$`)},
	// The machine's system call numbers, which syscall_name() names.
	{"sys/syscall.h", regexp.MustCompile(`^__NR_[a-z0-9_]+$`)},
}

// Constant is one macro's value.
type Constant struct {
	Name   string
	Header string
	Value  int64
}

// Read has the C compiler cc list and evaluate the macros of Headers, and
// returns them sorted by name. Macros that are not integer constants
// (function-like ones, casts to pointers of no constant value, ones that
// do not compile alone) are left out.
func Read(cc string) ([]Constant, error) {
	var cands []Constant
	seen := map[string]bool{}
	for _, h := range Headers {
		names, err := macroNames(cc, h.Path)
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			if h.Names.MatchString(n) && !seen[n] {
				seen[n] = true
				cands = append(cands, Constant{Name: n, Header: h.Path})
			}
		}
	}
	dir, err := os.MkdirTemp("", "uapi")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	// Compile, drop what does not compile, and again: a handful of rounds.
	for round := 0; round < 20; round++ {
		bad, vals, err := evaluate(cc, dir, cands)
		if err != nil {
			return nil, err
		}
		if len(bad) == 0 {
			var out []Constant
			for _, c := range cands {
				if v, ok := vals[c.Name]; ok {
					c.Value = v
					out = append(out, c)
				}
			}
			sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
			return out, nil
		}
		kept := cands[:0]
		for _, c := range cands {
			if !bad[c.Name] {
				kept = append(kept, c)
			}
		}
		cands = kept
	}
	return nil, fmt.Errorf("the constants still do not compile after 20 rounds")
}

// macroNames lists the object-like macros a header defines.
func macroNames(cc, header string) ([]string, error) {
	cmd := exec.Command(cc, "-E", "-dM", "-x", "c", "-")
	cmd.Stdin = strings.NewReader("#include <" + header + ">\n")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("listing the macros of <%s>: %v: %s", header, err, stderr.String())
	}
	var names []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 3 || f[0] != "#define" || strings.Contains(f[1], "(") {
			continue // function-like, or defined empty
		}
		names = append(names, f[1])
	}
	return names, sc.Err()
}

// evaluate compiles and runs a program printing cands' values. It returns
// the names whose lines did not compile, or else the values of those that
// are integer constants.
func evaluate(cc, dir string, cands []Constant) (map[string]bool, map[string]int64, error) {
	var src strings.Builder
	for _, h := range Headers {
		fmt.Fprintf(&src, "#include <%s>\n", h.Path)
	}
	src.WriteString("#include <stdio.h>\nint main(void) {\n")
	const first = 100 // line of the first constant
	for strings.Count(src.String(), "\n") < first-1 {
		src.WriteString("\n")
	}
	for _, c := range cands {
		fmt.Fprintf(&src, "if (__builtin_constant_p(%[1]s)) printf(\"%[1]s %%lld\\n\", (long long)(%[1]s));\n", c.Name)
	}
	src.WriteString("return 0;\n}\n")
	path := filepath.Join(dir, "c.c")
	if err := os.WriteFile(path, []byte(src.String()), 0o644); err != nil {
		return nil, nil, err
	}
	bin := filepath.Join(dir, "c")
	out, err := exec.Command(cc, "-O2", "-w", "-o", bin, path).CombinedOutput()
	if err != nil {
		bad := map[string]bool{}
		lineRe := regexp.MustCompile(`c\.c:(\d+):\d+: error`)
		for _, m := range lineRe.FindAllStringSubmatch(string(out), -1) {
			n, _ := strconv.Atoi(m[1])
			if i := n - first; i >= 0 && i < len(cands) {
				bad[cands[i].Name] = true
			}
		}
		if len(bad) == 0 {
			return nil, nil, fmt.Errorf("compiling the constants: %v: %s", err, out)
		}
		return bad, nil, nil
	}
	run, err := exec.Command(bin).Output()
	if err != nil {
		return nil, nil, fmt.Errorf("running the constants program: %w", err)
	}
	vals := map[string]int64{}
	for _, line := range strings.Split(strings.TrimSpace(string(run)), "\n") {
		name, v, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return nil, nil, fmt.Errorf("reading %q: %w", line, err)
		}
		vals[name] = n
	}
	return nil, vals, nil
}

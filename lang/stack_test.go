package lang_test

import (
	"strings"
	"testing"

	"github.com/ntrace/ntrace/internal/testenv"
	. "github.com/ntrace/ntrace/lang"
)

func TestStackErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"depth zero", "BEGIN { @[kstack(0)] = count(); }", `
test.nt:1:18: error: kstack() depth 0 out of range: from 1 to 127
BEGIN { @[kstack(0)] = count(); }
                 ^
`},
		{"depth too deep", "BEGIN { @[ustack(perf, 128)] = count(); }", `
test.nt:1:24: error: ustack() depth 128 out of range: from 1 to 127
BEGIN { @[ustack(perf, 128)] = count(); }
                       ^
`},
		{"depth not constant", "BEGIN { @[kstack(pid)] = count(); }", `
test.nt:1:18: error: kstack()'s depth must be a constant integer
BEGIN { @[kstack(pid)] = count(); }
                 ^
`},
		{"unknown mode", "BEGIN { @[kstack(symbols)] = count(); }", `
test.nt:1:18: error: unknown stack mode symbols: use bpftrace, perf or raw
BEGIN { @[kstack(symbols)] = count(); }
                 ^
`},
		{"mode second", "BEGIN { @[kstack(3, perf)] = count(); }", `
test.nt:1:18: error: kstack()'s first argument must be a mode (bpftrace, perf or raw)
BEGIN { @[kstack(3, perf)] = count(); }
                 ^
`},
		{"too many arguments", "BEGIN { @[kstack(perf, 3, 4)] = count(); }", `
test.nt:1:11: error: kstack() takes 1 to 2 arguments, got 3
BEGIN { @[kstack(perf, 3, 4)] = count(); }
          ^
`},
		{"arithmetic", "BEGIN { @ = kstack + 1; }", `
test.nt:1:13: error: operator + needs an integer, not kstack
BEGIN { @ = kstack + 1; }
            ^
`},
		{"comparison", "BEGIN { if (ustack(3) == 0) { exit(); } }", `
test.nt:1:13: error: operator == needs an integer, not ustack(3)
BEGIN { if (ustack(3) == 0) { exit(); } }
            ^
`},
		{"printf integer verb", `BEGIN { printf("%d\n", kstack); }`, `
test.nt:1:24: error: printf %d needs an integer, got kstack; use %s
BEGIN { printf("%d\n", kstack); }
                       ^
`},
		{"keys of different depths", "BEGIN { @[kstack] = count(); @[kstack(5)] = count(); }", `
test.nt:1:32: error: map @ key 1 is kstack, used here with kstack(5)
BEGIN { @[kstack] = count(); @[kstack(5)] = count(); }
                               ^
`},
		{"kernel and user", "BEGIN { @s = kstack; @s = ustack; }", `
test.nt:1:27: error: map @s holds kstack, cannot assign ustack
BEGIN { @s = kstack; @s = ustack; }
                          ^
`},
		{"aggregating a stack", "BEGIN { @ = sum(kstack); }", `
test.nt:1:17: error: sum() needs an integer, not kstack
BEGIN { @ = sum(kstack); }
                ^
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, got := checkSrc(t, tt.src, Params{})
			if want := strings.TrimPrefix(tt.want, "\n"); got != want {
				t.Errorf("errors:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// limitedEnv is a kernel whose kernel.perf_event_max_stack is lowered.
type limitedEnv struct {
	testenv.Env
	limit int
}

func (e limitedEnv) MaxStackDepth() int { return e.limit }

func TestStackDepthKernelLimit(t *testing.T) {
	env := limitedEnv{testenv.Env{TB: t, Kernel: "6.18"}, 20}
	src := "BEGIN { @a[kstack(21)] = count(); }"
	prog, err := Parse("test.nt", src)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Check(prog, env, Params{})
	want := `test.nt:1:19: error: kstack() depth 21 out of range: from 1 to 20 (this kernel's kernel.perf_event_max_stack)
BEGIN { @a[kstack(21)] = count(); }
                  ^
`
	if got := Render("test.nt", src, err); got != want {
		t.Errorf("errors:\n%s\nwant:\n%s", got, want)
	}
	// Without a depth, kstack takes the kernel's limit.
	prog, _ = Parse("test.nt", "BEGIN { @a[kstack] = count(); }")
	info, err := Check(prog, env, Params{})
	if err != nil {
		t.Fatal(err)
	}
	if got := info.Maps["@a"].Keys[0].Stack.Depth; got != 20 {
		t.Errorf("kstack depth = %d, want the kernel's 20", got)
	}
}

func TestStackTypes(t *testing.T) {
	src := `tracepoint:syscalls:sys_enter_getppid {
  @k[kstack] = count();
  @u[ustack(perf, 8), pid] = count();
  @t = (kstack(bpftrace, 3), 1);
  @v = ustack;
  $s = kstack(4);
  @w[$s] = 1;
  printf("%s %s\n", kstack, ustack(2));
  print(kstack(perf));
}`
	_, info, errs := checkSrc(t, src, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	for name, want := range map[string]string{"@k": "kstack", "@u": "ustack(perf, 8)", "@w": "kstack(4)"} {
		if got := info.Maps[name].Keys[0].String(); got != want {
			t.Errorf("%s key = %s, want %s", name, got, want)
		}
	}
	if got := info.Maps["@t"].Value.String(); got != "(kstack(3), int64)" {
		t.Errorf("@t = %s", got)
	}
	v := info.Maps["@v"].Value
	if v.Kind != Stack || !v.Stack.User || v.Stack.Depth != 127 || v.StorageSize() != 8 {
		t.Errorf("@v = %+v, want a 127-deep user stack stored in 8 bytes", v)
	}
}

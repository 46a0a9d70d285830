package lang_test

import (
	"strings"
	"testing"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/internal/testenv"
	. "github.com/ntrace/ntrace/lang"
)

func TestEitherParses(t *testing.T) {
	src := `BEGIN { }
either (
  kprobe:vfs_read { @a = count(); }
  kretprobe:vfs_read { @b = count(); }
) or (
  tracepoint:syscalls:sys_enter_read { @a = count(); }
) or (
  tracepoint:syscalls:sys_enter_getppid { @c = count(); }
)
END { }`
	prog, err := Parse("test.nt", src)
	if err != nil {
		t.Fatal(Render("test.nt", src, err))
	}
	if len(prog.Choices) != 1 || len(prog.Choices[0].Alts) != 3 {
		t.Fatalf("choices: %+v", prog.Choices)
	}
	if len(prog.Probes) != 6 {
		t.Fatalf("%d probes, want 6 (the alternatives' among them)", len(prog.Probes))
	}
	alts := prog.Choices[0].Alts
	for i, want := range []*Alternative{nil, alts[0], alts[0], alts[1], alts[2], nil} {
		if prog.Probes[i].Alt != want {
			t.Errorf("probe %d (%s) in alternative %v, want %v", i, prog.Probes[i].Attach[0].Raw, prog.Probes[i].Alt, want)
		}
	}
	if got, want := alts[0].Name(), "alternative 1 (line 2: kprobe:vfs_read and 1 more)"; got != want {
		t.Errorf("name %q, want %q", got, want)
	}
	if !alts[1].Contains(prog.Probes[3].Pos) || alts[0].Contains(prog.Probes[3].Pos) {
		t.Error("alternative 2's span does not hold its probe alone")
	}
}

// An alternative that does not check on this kernel is left out, with
// the reason; the others are kept for the runtime to choose from.
func TestEitherLeavesOutWhatDoesNotCheck(t *testing.T) {
	src := `either (
  tracepoint:sock:no_such_event { @n = count(); }
) or (
  tracepoint:sock:sock_recv_length { @n = count(); }
) or (
  tracepoint:syscalls:sys_enter_read { @n = count(); }
)`
	prog, info, errs := checkSrc(t, src, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	alts := prog.Choices[0].Alts
	if info.Left[alts[0]] == nil || !strings.Contains(info.Left[alts[0]].Error(), "unknown tracepoint sock:no_such_event") {
		t.Errorf("alternative 1 left out for %v, want its unknown tracepoint", info.Left[alts[0]])
	}
	if info.Left[alts[1]] != nil || info.Left[alts[2]] != nil {
		t.Errorf("alternatives 2 and 3 left out: %v, %v", info.Left[alts[1]], info.Left[alts[2]])
	}
	var names []string
	for _, p := range info.Probes {
		names = append(names, p.Targets[0].String())
	}
	if got := strings.Join(names, " "); got != "tracepoint:sock:sock_recv_length tracepoint:syscalls:sys_enter_read" {
		t.Errorf("probes checked: %s", got)
	}
}

// Which alternative checks depends on the kernel's types: a struct member
// one kernel has and another lacks.
func TestEitherPerKernel(t *testing.T) {
	src := `either (
  kprobe:ep_poll_callback { @x = ((struct wait_queue_entry *)arg0)->no_such_member; }
) or (
  kprobe:ep_poll_callback { @x = ((struct wait_queue_entry *)arg0)->flags; }
)`
	for _, kernel := range []string{"6.1", "6.12", "6.18"} {
		prog, err := Parse("test.nt", src)
		if err != nil {
			t.Fatal(err)
		}
		info, err := Check(prog, testenv.Env{TB: t, Kernel: kernel}, Params{})
		if err != nil {
			t.Fatalf("%s: %s", kernel, Render("test.nt", src, err))
		}
		alts := prog.Choices[0].Alts
		if info.Left[alts[0]] == nil || info.Left[alts[1]] != nil || len(info.Probes) != 1 {
			t.Errorf("%s: left %v, probes %d", kernel, info.Left, len(info.Probes))
		}
	}
}

func TestEitherCheckErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"no alternative checks", `either (
  tracepoint:sock:no_such_event { @n = count(); }
) or (
  tracepoint:sock:sock_recv_length { @n = args->nosuch; }
)`, `
test.nt:1:1: error: no alternative of this either can run on this kernel: alternatives 1, 2 each have an error, below
either (
^
test.nt:2:3: error: unknown tracepoint sock:no_such_event (ntrace -l 'tracepoint:sock:*' lists that group)
  tracepoint:sock:no_such_event { @n = count(); }
  ^
test.nt:4:47: error: tracepoint:sock:sock_recv_length args has no field "nosuch"; it has sk, family, protocol, ret, flags
  tracepoint:sock:sock_recv_length { @n = args->nosuch; }
                                              ^
`},
		{"an error outside the alternatives is an error", `BEGIN { @n = nosuch; }
either (
  tracepoint:sock:no_such_event { @n = count(); }
) or (
  tracepoint:sock:sock_recv_length { @m = count(); }
)`, `
test.nt:1:14: error: unknown identifier nosuch
BEGIN { @n = nosuch; }
             ^
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, got := checkSrc(t, tt.src, Params{})
			if want := strings.TrimPrefix(tt.want, "\n"); got != want {
				t.Errorf("error:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// On a kernel that can run no probe on a kernel function (no kprobes,
// fentry refused), an alternative with one is left out before it is
// checked, with the reason the runtime would give for passing it over;
// an optional probe does not count, nor does a kernel that may attach.
func TestEitherLeavesOutWhatCannotAttach(t *testing.T) {
	none := codegen.Features{NoFentry: "fentry refused by this kernel: operation not permitted", NoKprobes: "this kernel has no kprobes (CONFIG_KPROBES off)"}
	src := `either (
  tracepoint:syscalls:sys_enter_read { @n = count(); }
  kretprobe:vfs_read { @x = nosuch(1); }
) or (
  fentry:vfs_read { @n = count(); }
) or (
  kprobe:vfs_read? { @n = count(); }
  tracepoint:syscalls:sys_enter_read { @n = count(); }
) or (
  kprobe:vfs_read { @n = count(); }
)`
	prog, info, errs := checkSrc(t, src, Params{Unattachable: none.Unattachable})
	if errs != "" {
		t.Fatal(errs)
	}
	alts := prog.Choices[0].Alts
	for i, want := range []string{
		"kretprobe:vfs_read: this kernel has no kprobes (CONFIG_KPROBES off), and fentry refused by this kernel: operation not permitted; tracepoints and raw tracepoints work here",
		"fentry:vfs_read: fentry refused by this kernel: operation not permitted; this kernel has no kprobes (CONFIG_KPROBES off) too, so kprobe:vfs_read would not attach either",
		"",
		"kprobe:vfs_read: this kernel has no kprobes",
	} {
		why, ok := LeftUnattachable(info.Left[alts[i]])
		if want == "" {
			if info.Left[alts[i]] != nil {
				t.Errorf("alternative %d left out: %v", i+1, info.Left[alts[i]])
			}
			continue
		}
		if !ok || !strings.HasPrefix(why, want) {
			t.Errorf("alternative %d left out for %q (%v), want %q", i+1, why, info.Left[alts[i]], want)
		}
	}
	if len(info.Probes) != 2 || info.Probes[0].Targets[0].Kind != KprobeProbe || info.Probes[1].Targets[0].Kind != TracepointProbe {
		t.Errorf("probes checked: %d, want alternative 3's two", len(info.Probes))
	}
	// A kernel that may attach them: all four are checked, and the
	// first does not check.
	may := codegen.Features{Kprobes: true, NoFentry: none.NoFentry}
	prog, info, errs = checkSrc(t, src, Params{Unattachable: may.Unattachable})
	if errs != "" {
		t.Fatal(errs)
	}
	alts = prog.Choices[0].Alts
	if why, ok := LeftUnattachable(info.Left[alts[0]]); ok || info.Left[alts[0]] == nil || !strings.Contains(info.Left[alts[0]].Error(), "nosuch") {
		t.Errorf("alternative 1 left out for %v (%q), want its unknown function", info.Left[alts[0]], why)
	}
}

// When no alternative that can attach is left, those that cannot are
// checked after all, as without Params.Unattachable: the runtime passes
// them over and says that none can run, and why for each.
func TestEitherNothingAttachableIsTheRuntimes(t *testing.T) {
	none := codegen.Features{NoFentry: "fentry refused by this kernel: operation not permitted", NoKprobes: "this kernel has no kprobes (CONFIG_KPROBES off)"}
	src := `either (
  kprobe:vfs_read { @n = count(); }
) or (
  tracepoint:syscalls:sys_enter_read { @n = args->nosuch; }
)`
	prog, info, errs := checkSrc(t, src, Params{Unattachable: none.Unattachable})
	if errs != "" {
		t.Fatal(errs)
	}
	alts := prog.Choices[0].Alts
	if info.Left[alts[0]] != nil {
		t.Errorf("alternative 1 left out for %v, want it checked", info.Left[alts[0]])
	}
	if _, ok := LeftUnattachable(info.Left[alts[1]]); ok || info.Left[alts[1]] == nil {
		t.Errorf("alternative 2 left out for %v, want its check error", info.Left[alts[1]])
	}
	if len(info.Probes) != 1 || info.Probes[0].Targets[0].Kind != KprobeProbe {
		t.Errorf("%d probes checked, want alternative 1's", len(info.Probes))
	}
}

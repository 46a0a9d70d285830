package codegen_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/internal/testenv"
	"github.com/ntrace/ntrace/lang"
)

// compileWith compiles src against the 6.12 BTF for a kernel offering f.
func compileWith(t *testing.T, src string, f codegen.Features) (*codegen.Output, string) {
	t.Helper()
	prog, err := lang.Parse("test.nt", src)
	if err != nil {
		t.Fatal(lang.Render("test.nt", src, err))
	}
	info, err := lang.Check(prog, testenv.Env{TB: t, Kernel: "6.12"}, lang.Params{})
	if err != nil {
		t.Fatal(lang.Render("test.nt", src, err))
	}
	out, err := codegen.Compile(prog, info, codegen.Options{Features: f})
	if err != nil {
		return nil, lang.Render("test.nt", src, err)
	}
	return out, ""
}

var (
	everything = codegen.Features{Fentry: true, Kprobes: true, KprobeMulti: true}
	noFentry   = codegen.Features{NoFentry: "fentry refused by this kernel: operation not permitted", Kprobes: true, KprobeMulti: true}
	nothing    = codegen.Features{NoFentry: "fentry refused by this kernel: operation not permitted", NoKprobes: "this kernel has no kprobes (CONFIG_KPROBES off)"}
)

// describe renders how each program attaches.
func describe(out *codegen.Output) string {
	var b strings.Builder
	for _, p := range out.Programs {
		a := p.Attach
		fmt.Fprintf(&b, "%s: %s %s/%s to %q", p.Target, a.Mechanism, p.Spec.Type, p.Spec.AttachType, p.Spec.AttachTo)
		if len(a.Symbols) > 0 {
			fmt.Fprintf(&b, " symbols %s", strings.Join(a.Symbols, ","))
		}
		if a.Fallback != nil {
			fmt.Fprintf(&b, " fallback %s", a.Fallback.Type)
		}
		if a.Unavailable != nil {
			fmt.Fprintf(&b, " unavailable: %v", a.Unavailable)
		}
		if _, loaded := out.Collection.Programs[p.Name]; !loaded {
			b.WriteString(" (not loaded)")
		}
		fmt.Fprintf(&b, " (%s)\n", a.Why)
	}
	return b.String()
}

// The mechanism follows what the kernel offers: fentry first (with a
// kprobe build to fall back on), kprobe_multi for a wildcard whose
// functions share one program, kprobes otherwise; fentry: is not loaded
// at all where the kernel refuses it.
func TestMechanismChoice(t *testing.T) {
	src := `kprobe:udp_sendmsg { @a = count(); }
kretprobe:inet_csk_accept { @b = count(); }
fentry:tcp_close { @c = count(); }
kprobe:udp*_sendmsg { @d = count(); }
kprobe:ip_make_skb { @e = count(); }`
	tests := []struct {
		name string
		f    codegen.Features
		want string
	}{
		{"everything", everything, `kprobe:udp_sendmsg: fentry Tracing/TraceFEntry to "udp_sendmsg" fallback Kprobe (the kernel allows it and udp_sendmsg has BTF)
kretprobe:inet_csk_accept: fexit Tracing/TraceFExit to "inet_csk_accept" fallback Kprobe (the kernel allows it and inet_csk_accept has BTF)
fentry:tcp_close: fentry Tracing/TraceFEntry to "tcp_close" (asked for)
kprobe:udp_sendmsg: kprobe_multi Kprobe/TraceKprobeMulti to "" symbols udp_sendmsg,udpv6_sendmsg (one program and one link for the functions the pattern matches)
kprobe:ip_make_skb: fentry Tracing/TraceFEntry to "ip_make_skb" fallback Kprobe (the kernel allows it and ip_make_skb has BTF)
`},
		{"no fentry", noFentry, `kprobe:udp_sendmsg: kprobe Kprobe/None to "" (fentry refused by this kernel: operation not permitted)
kretprobe:inet_csk_accept: kretprobe Kprobe/None to "" (fentry refused by this kernel: operation not permitted)
fentry:tcp_close: fentry Tracing/TraceFEntry to "tcp_close" unavailable: fentry refused by this kernel: operation not permitted; kprobe:tcp_close would attach as a kprobe (not loaded) (asked for)
kprobe:udp_sendmsg: kprobe_multi Kprobe/TraceKprobeMulti to "" symbols udp_sendmsg,udpv6_sendmsg (one program and one link for the functions the pattern matches)
kprobe:ip_make_skb: kprobe Kprobe/None to "" (fentry refused by this kernel: operation not permitted)
`},
		// Kprobes that cannot attach are not loaded: the verifier would
		// spend its time on them for nothing.
		{"nothing", nothing, `kprobe:udp_sendmsg: kprobe Kprobe/None to "" unavailable: this kernel has no kprobes (CONFIG_KPROBES off), and fentry refused by this kernel: operation not permitted; tracepoints and raw tracepoints work here (ntrace -l 'tracepoint:*' and -l 'rawtracepoint:*' list them) (not loaded) (fentry refused by this kernel: operation not permitted)
kretprobe:inet_csk_accept: kretprobe Kprobe/None to "" unavailable: this kernel has no kprobes (CONFIG_KPROBES off), and fentry refused by this kernel: operation not permitted; tracepoints and raw tracepoints work here (ntrace -l 'tracepoint:*' and -l 'rawtracepoint:*' list them) (not loaded) (fentry refused by this kernel: operation not permitted)
fentry:tcp_close: fentry Tracing/TraceFEntry to "tcp_close" unavailable: fentry refused by this kernel: operation not permitted; this kernel has no kprobes (CONFIG_KPROBES off) too, so kprobe:tcp_close would not attach either: use a tracepoint or a raw tracepoint (ntrace -l 'tracepoint:*') (not loaded) (asked for)
kprobe:udp_sendmsg: kprobe Kprobe/None to "" unavailable: this kernel has no kprobes (CONFIG_KPROBES off), and fentry refused by this kernel: operation not permitted; tracepoints and raw tracepoints work here (ntrace -l 'tracepoint:*' and -l 'rawtracepoint:*' list them) (not loaded) (fentry refused by this kernel: operation not permitted)
kprobe:udpv6_sendmsg: kprobe Kprobe/None to "" unavailable: this kernel has no kprobes (CONFIG_KPROBES off), and fentry refused by this kernel: operation not permitted; tracepoints and raw tracepoints work here (ntrace -l 'tracepoint:*' and -l 'rawtracepoint:*' list them) (not loaded) (fentry refused by this kernel: operation not permitted)
kprobe:ip_make_skb: kprobe Kprobe/None to "" unavailable: this kernel has no kprobes (CONFIG_KPROBES off), and fentry refused by this kernel: operation not permitted; tracepoints and raw tracepoints work here (ntrace -l 'tracepoint:*' and -l 'rawtracepoint:*' list them) (not loaded) (fentry refused by this kernel: operation not permitted)
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs := compileWith(t, src, tt.f)
			if errs != "" {
				t.Fatal(errs)
			}
			if got := describe(out); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// The functions of a wildcard share one kprobe_multi program only when
// the code is the same for all; a probe reading func gets one program per
// function (as fentry where it can be); a kretprobe reading arguments
// runs as fexit, with no kretprobe build to fall back on.
func TestWildcardPrograms(t *testing.T) {
	src := `kprobe:udp*_sendmsg { @[func] = count(); }
kretprobe:udp*_sendmsg { @l = sum(args->len); }
kretprobe:udp*_sendmsg { @r = sum(retval); printf("%d\n", retval); }`
	out, errs := compileWith(t, src, everything)
	if errs != "" {
		t.Fatal(errs)
	}
	want := `kprobe:udp_sendmsg: fentry Tracing/TraceFEntry to "udp_sendmsg" fallback Kprobe (the kernel allows it and udp_sendmsg has BTF)
kprobe:udpv6_sendmsg: fentry Tracing/TraceFEntry to "udpv6_sendmsg" fallback Kprobe (the kernel allows it and udpv6_sendmsg has BTF)
kretprobe:udp_sendmsg: fexit Tracing/TraceFExit to "udp_sendmsg" (the probe reads arguments, which fexit has at return and a kretprobe has lost)
kretprobe:udpv6_sendmsg: fexit Tracing/TraceFExit to "udpv6_sendmsg" (the probe reads arguments, which fexit has at return and a kretprobe has lost)
kretprobe:udp_sendmsg: kretprobe_multi Kprobe/TraceKprobeMulti to "" symbols udp_sendmsg,udpv6_sendmsg (one program and one link for the functions the pattern matches)
`
	if got := describe(out); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	// Every program counts lost events in its own slot, and the merged
	// program's printf has one event, named after the pattern.
	for i, p := range out.Programs {
		if p.Index != i {
			t.Errorf("program %d has index %d", i, p.Index)
		}
	}
	var printfs []string
	for _, ev := range out.Events {
		if ev.Kind == codegen.PrintfEvent {
			printfs = append(printfs, ev.Probe)
		}
	}
	if got := strings.Join(printfs, ","); got != "kretprobe:udp*_sendmsg" {
		t.Errorf("printf events for %s, want one for kretprobe:udp*_sendmsg", got)
	}
}

// loads lists the context loads (offset and size) of a program's code:
// through R6, its copy of the context, or through R1 while R1 still
// holds it, in the straight code the program starts with.
func loads(p *ebpf.ProgramSpec) []string {
	var out []string
	inR1 := true
	for _, in := range p.Instructions {
		c := in.OpCode.Class()
		if c == asm.LdXClass && (in.Src == asm.R6 || inR1 && in.Src == asm.R1) {
			out = append(out, fmt.Sprintf("%d/%s", in.Offset, in.OpCode.Size()))
		}
		if (c.IsALU() || c.IsLoad()) && in.Dst == asm.R1 || in.IsBuiltinCall() || in.OpCode.JumpOp() == asm.Exit {
			inR1 = false
		}
	}
	return out
}

// Arguments come from 64-bit context slots under fentry and fexit (the
// return value in the slot after the arguments) and from struct pt_regs
// under kprobes: di, si, dx, …, and ax for the return value.
func TestArgumentReads(t *testing.T) {
	src := `kprobe:udp_sendmsg { @a = sum(args->len + arg0); }
kretprobe:udp_sendmsg { @r = sum(retval); }`
	for _, tt := range []struct {
		f    codegen.Features
		want string
	}{
		{everything, "fentry [16/DWord 0/DWord] fexit [24/DWord]"},
		{noFentry, "kprobe [96/DWord 112/DWord] kretprobe [80/DWord]"},
	} {
		out, errs := compileWith(t, src, tt.f)
		if errs != "" {
			t.Fatal(errs)
		}
		got := fmt.Sprintf("%s %v %s %v", out.Programs[0].Attach.Mechanism, loads(out.Programs[0].Spec), out.Programs[1].Attach.Mechanism, loads(out.Programs[1].Spec))
		if got != tt.want {
			t.Errorf("got %s, want %s", got, tt.want)
		}
		if fb := out.Programs[0].Attach.Fallback; fb != nil {
			if got := fmt.Sprint(loads(fb)); got != "[96/DWord 112/DWord]" {
				t.Errorf("fallback loads %s, want the kprobe's", got)
			}
		}
	}
}

// What a kprobe cannot read is an error naming the probe and why.
func TestKprobeReadErrors(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"kretprobe:udp_sendmsg { @ = sum(args->len); }", `test.nt:1:33: error: kretprobe:udp_sendmsg cannot read arguments here: it runs as a kretprobe (fentry refused by this kernel: operation not permitted), which has lost them by the time the function returns; save them in a map from kprobe:udp_sendmsg
kretprobe:udp_sendmsg { @ = sum(args->len); }
                                ^
`},
		{"kprobe:ip_make_skb { @ = sum(args->flags); }", `test.nt:1:30: error: kprobe:ip_make_skb: argument slot 9 is passed on the stack, which a kprobe does not read (it runs as a kprobe: fentry refused by this kernel: operation not permitted)
kprobe:ip_make_skb { @ = sum(args->flags); }
                             ^
`},
	} {
		_, got := compileWith(t, tt.src, noFentry)
		if got != tt.want {
			t.Errorf("errors:\n%s\nwant:\n%s", got, tt.want)
		}
	}
}

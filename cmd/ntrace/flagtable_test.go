package main

import (
	"strings"
	"testing"

	"github.com/ntrace/ntrace/lang"
)

// --help lists every flag of the table as people type it (-e, --map-size)
// with its value's placeholder, on stdout, and the flags parse with the
// table's defaults.
func TestHelpListsEveryFlag(t *testing.T) {
	var stdout, stderr strings.Builder
	if err := run(t.Context(), []string{"--help"}, &stdout, &stderr); err != nil {
		t.Fatalf("ntrace --help: %v\n%s", err, stderr.String())
	}
	help := stdout.String()
	for _, f := range mainFlags(&options{}) {
		want := f.Dashed()
		if f.Arg != "" {
			want += " " + f.Arg
		}
		if !strings.Contains(help, "  "+want) && !strings.Contains(help, ", "+want) {
			t.Errorf("--help does not show %q:\n%s", want, help)
		}
		if len(f.Name) > 1 && strings.Contains(help, " -"+f.Name+" ") {
			t.Errorf("--help shows %s with one dash", f.Name)
		}
	}
	if !strings.Contains(help, "exit status:") {
		t.Errorf("--help has no exit statuses:\n%s", help)
	}
	var o options
	fs := newFlagSet(&o, &stderr)
	if err := fs.Parse([]string{"--map-size", "16", "-v", "-D", "A=1", "--D", "B=2"}); err != nil {
		t.Fatal(err)
	}
	if o.mapSize != 16 || !o.verbose || o.format != "text" || o.missing != "error" || strings.Join(o.defines, " ") != "A=1 B=2" {
		t.Errorf("parsed %+v", o)
	}
}

// One-letter switches given together are taken one by one, as getopt
// takes them (bpftrace -lv); a flag's value and what follows -- are left
// as they are, and so is a bundle with a letter that is no switch.
func TestBundledSwitches(t *testing.T) {
	var o options
	var stderr strings.Builder
	fs := newFlagSet(&o, &stderr)
	for in, want := range map[string]string{
		"-lv rawtracepoint:*":       "-l -v rawtracepoint:*",
		"-vq -e -lv -- -lv":         "-v -q -e -lv -- -lv",
		"-lx pattern":               "-lx pattern",
		"--map-size 5 -ql":          "--map-size 5 -q -l",
		"-D -lv -o -vq -qv -f=json": "-D -lv -o -vq -q -v -f=json",
	} {
		if got := strings.Join(splitBundledFlags(fs, strings.Fields(in)), " "); got != want {
			t.Errorf("%s: got %s, want %s", in, got, want)
		}
	}
	positional, err := parseArgs(fs, []string{"-lv", "rawtracepoint:consume_skb"})
	if err != nil || !o.list || !o.verbose || strings.Join(positional, " ") != "rawtracepoint:consume_skb" {
		t.Errorf("-lv: %v, list %v, verbose %v, %q", err, o.list, o.verbose, positional)
	}
}

// After --, --name=value and --name are the script's named options
// (getopt()), the rest positional; before it, flags are ntrace's, and a
// -- that is a flag's value is that value.
func TestNamedOptionsAfterDoubleDash(t *testing.T) {
	var o options
	var stderr strings.Builder
	fs := newFlagSet(&o, &stderr)
	positional, err := parseArgs(fs, []string{"-e", "BEGIN {}", "pos1", "--", "--aa=20", "pos2", "--dd", "-q"})
	if err != nil || o.quiet || strings.Join(positional, " ") != "pos1 --aa=20 pos2 --dd -q" {
		t.Fatalf("%v, quiet %v, %q", err, o.quiet, positional)
	}
	p, err := parameters(nil, 0, positional)
	if err != nil || strings.Join(p.Positional, " ") != "pos1 pos2 -q" || len(p.Options) != 2 ||
		p.Options[0] != (lang.Option{Name: "aa", Value: "20"}) || p.Options[1] != (lang.Option{Name: "dd", Bare: true}) {
		t.Errorf("%v: positional %q, options %+v", err, p.Positional, p.Options)
	}
	o = options{}
	fs = newFlagSet(&o, &stderr)
	if positional, err := parseArgs(fs, []string{"-e", "--", "-q"}); err != nil || o.program != "--" || !o.quiet || len(positional) != 0 {
		t.Errorf("-e --: %v, program %q, quiet %v, %q", err, o.program, o.quiet, positional)
	}
}

// --include and -I, which bpftrace's tools and tests pass, parse and do
// nothing: #include lines are ignored the same way.
func TestIncludeFlagsAccepted(t *testing.T) {
	var o options
	var stderr strings.Builder
	fs := newFlagSet(&o, &stderr)
	positional, err := parseArgs(fs, []string{"--include", "errno.h", "-I", "/usr/include", "-e", "BEGIN {}", "x"})
	if err != nil || o.program != "BEGIN {}" || strings.Join(o.includes, " ") != "errno.h /usr/include" || strings.Join(positional, " ") != "x" {
		t.Errorf("%v: program %q, includes %q, positional %q", err, o.program, o.includes, positional)
	}
}

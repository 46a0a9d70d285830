package clispec

import (
	"flag"
	"strings"
	"testing"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(v string) error { *l = append(*l, v); return nil }

// Register defines each flag under its name and alias with its default;
// a default that does not parse is an error, not a silent zero.
func TestRegister(t *testing.T) {
	var s string
	var b bool
	var n int
	var l list
	flags := []Flag{
		{Name: "s", Arg: "S", Default: "x", Value: &s},
		{Name: "help", Alias: "h", Value: &b},
		{Name: "num", Arg: "N", Default: "7", Value: &n},
		{Name: "D", Arg: "KV", Value: &l},
	}
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	if err := Register(fs, flags); err != nil {
		t.Fatal(err)
	}
	if s != "x" || n != 7 || b {
		t.Fatalf("defaults: %q %d %v", s, n, b)
	}
	if err := fs.Parse([]string{"-h", "--num", "9", "-D", "a", "-D", "b"}); err != nil {
		t.Fatal(err)
	}
	if !b || n != 9 || len(l) != 2 {
		t.Errorf("parsed %v %d %v", b, n, l)
	}
	bad := []Flag{{Name: "num", Arg: "N", Default: "seven", Value: &n}}
	if err := Register(flag.NewFlagSet("t", flag.ContinueOnError), bad); err == nil || !strings.Contains(err.Error(), `flag num: default "seven"`) {
		t.Errorf("bad default: %v", err)
	}
	if err := Register(flag.NewFlagSet("t", flag.ContinueOnError), []Flag{{Name: "f", Value: new(float64)}}); err == nil {
		t.Error("a float flag was taken")
	}
}

// The help lists flags as typed, wraps help beside them, and puts the
// help of a long head on the next line.
func TestWriteFlags(t *testing.T) {
	var b strings.Builder
	WriteFlags(&b, []Flag{
		{Name: "help", Alias: "h", Help: "print this help"},
		{Name: "buffer-size", Arg: "BYTES", Default: "4096", Help: strings.Repeat("word ", 20)},
		{Name: "a-very-long-flag-name", Arg: "VALUE", Help: "below"},
	})
	want := `  -h, --help            print this help
  --buffer-size BYTES   word word word word word word word word word word word
                        word word word word word word word word word (default
                        4096)
  --a-very-long-flag-name VALUE
                        below
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

// A command's usage lists its own commands under one another, or its
// arguments and help; no line ends in a space.
func TestWriteCommandUsage(t *testing.T) {
	s := &Spec{Name: "prog", Commands: []Command{
		{Name: "info", Help: "what there is"},
		{Name: "things", Commands: []Command{{Name: "list", Help: "list them"}, {Name: "show", Args: "NAME", Help: "show one"}}},
	}}
	var b strings.Builder
	s.WriteCommandUsage(&b, "info")
	s.WriteCommandUsage(&b, "things")
	want := `usage: prog info

what there is
usage: prog things list
       prog things show NAME

commands:
  list                  list them
  show NAME             show one
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

package lang_test

import (
	"fmt"
	"strings"
	"testing"

	. "github.com/ntrace/ntrace/lang"
)

// targetNames lists each probe's targets, and what the script wrote for
// them after parameters: "probe 0: uprobe:/x:main.target (uprobe:/x:main.target)".
func targetNames(info *Info) []string {
	var out []string
	for i, pi := range info.Probes {
		for _, tg := range pi.Targets {
			out = append(out, fmt.Sprintf("probe %d: %s (%s)", i, tg, tg.AP.Raw))
		}
	}
	return out
}

// A uprobe's binary and function may come from string parameters; when
// they are empty the probe is skipped, quietly, and the rest of the
// script stands.
func TestAttachPointParams(t *testing.T) {
	bin := buildUprobeTarget(t)
	src := `param BIN string = "" "binary to probe";
param FUNC string = "" "function in it";
uprobe:${BIN}:${FUNC} { printf("%d %s\n", tid, probe); }
tracepoint:syscalls:sys_enter_getppid { @ = count(); }`
	prog, info, errs := checkSrc(t, src, Params{Named: map[string]string{"BIN": bin, "FUNC": "main.target"}})
	if errs != "" {
		t.Fatal(errs)
	}
	want := []string{
		fmt.Sprintf("probe 0: uprobe:%s:main.target (uprobe:%s:main.target)", bin, bin),
		"probe 1: tracepoint:syscalls:sys_enter_getppid (tracepoint:syscalls:sys_enter_getppid)",
	}
	if got := targetNames(info); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("targets:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The script is untouched: it still says what it said.
	if raw := prog.Probes[0].Attach[0].Raw; raw != "uprobe:${BIN}:${FUNC}" {
		t.Errorf("the attach point as written became %q", raw)
	}

	// A wildcard in the value works as one in the script would.
	_, info, errs = checkSrc(t, src, Params{Named: map[string]string{"BIN": bin, "FUNC": "*FileEventImpl*assign*"}})
	if errs != "" {
		t.Fatal(errs)
	}
	if got := targetNames(info); len(got) != 2 || !strings.Contains(got[0], ":main.(*FileEventImpl).assignEvents (uprobe:"+bin+":*FileEventImpl*assign*)") {
		t.Errorf("wildcard from a parameter: %v", got)
	}

	// Defaults: both empty, the probe has no targets and says nothing.
	_, info, errs = checkSrc(t, src, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	if got := targetNames(info); len(got) != 1 || !strings.HasPrefix(got[0], "probe 1: ") {
		t.Errorf("with empty parameters the targets are %v, want only probe 1's", got)
	}
	if len(info.Warnings) != 0 {
		t.Errorf("skipping a probe whose parameters are empty warned: %v", info.Warnings)
	}
}

// A path in the script with a parameter in it, and a script that declares
// no parameters (any -D value is text there).
func TestAttachPointParamsUndeclared(t *testing.T) {
	bin := buildUprobeTarget(t)
	dir, file := bin[:strings.LastIndexByte(bin, '/')], bin[strings.LastIndexByte(bin, '/')+1:]
	src := dir + "/${FILE}:main.${F} { @ = count(); }"
	_, info, errs := checkSrc(t, "uprobe:"+src, Params{Named: map[string]string{"FILE": file, "F": "target"}})
	if errs != "" {
		t.Fatal(errs)
	}
	want := fmt.Sprintf("probe 0: uprobe:%s:main.target (uprobe:%s:main.target)", bin, bin)
	if got := targetNames(info); len(got) != 1 || got[0] != want {
		t.Errorf("targets %v, want %s", got, want)
	}
}

// Mistakes point at the attach point and say what to do.
func TestAttachPointParamErrors(t *testing.T) {
	decls := `param BIN string = "" "binary to probe";
param FUNC string = "" "function in it";
param N int = 1 "a number";
param REQ string "a required one";
`
	tests := []struct {
		name, probe string
		params      map[string]string
		want        string
	}{
		{"half given", `uprobe:${BIN}:${FUNC} { @ = count(); }`, map[string]string{"BIN": "/bin/true", "REQ": "x"}, `
test.nt:5:1: error: uprobe:${BIN}:${FUNC}: ${BIN} set but ${FUNC} empty; give all of its parameters or none
uprobe:${BIN}:${FUNC} { @ = count(); }
^
`},
		{"not a string", `interval:ms:${N} { @ = count(); }`, map[string]string{"REQ": "x"}, `
test.nt:5:1: error: parameter N is int; an attach point takes string parameters only
interval:ms:${N} { @ = count(); }
^
`},
		{"not declared", `uprobe:${BINARY}:f { @ = count(); }`, map[string]string{"REQ": "x"}, `
test.nt:5:1: error: parameter BINARY is not declared; the script declares BIN, FUNC, N, REQ
uprobe:${BINARY}:f { @ = count(); }
^
`},
		{"no default", `tracepoint:syscalls:${REQ} { @ = count(); }`, nil, `
test.nt:5:1: error: parameter REQ has no default: run with -D REQ=VALUE (a required one)
tracepoint:syscalls:${REQ} { @ = count(); }
^
`},
		// A value cannot add a field: the colon stays inside the group.
		{"colon in a value", `tracepoint:${BIN}:sys_enter_getppid { @ = count(); }`, map[string]string{"BIN": "syscalls:sys_enter_openat", "REQ": "x"}, `
test.nt:5:1: error: unknown tracepoint syscalls:sys_enter_openat:sys_enter_getppid (ntrace -l 'tracepoint:syscalls:sys_enter_openat:*' lists that group)
tracepoint:${BIN}:sys_enter_getppid { @ = count(); }
^
`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, errs := checkSrc(t, decls+tc.probe, Params{Named: tc.params})
			if want := strings.TrimPrefix(tc.want, "\n"); errs != want {
				t.Errorf("errors:\n%s\nwant:\n%s", errs, want)
			}
		})
	}
}

package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// print(), clear(), zero() and delete() act on the maps as the program
// runs; -o writes everything to a file.
func TestMapFunctionsAndOutputFile(t *testing.T) {
	requireRoot(t)
	path := filepath.Join(t.TempDir(), "out.txt")
	script := `BEGIN {
  @a[1] = 10; @a[2] = 20; @a[3] = 30;
  delete(@a[2]);
  print(@a);
  @c = count(); @c = count();
  print(@c);
  @z["x"] = sum(5);
  zero(@z);
  @gone[7] = 1;
  clear(@gone);
  print((1, "tuple"));
  exit();
}`
	out, code := runTool(t, ntraceBin, "-o", path, "-e", script)
	if code != 0 {
		t.Fatalf("exit code %d: %s", code, out)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Exactly what bpftrace 0.17 prints for the same script: print(@a)
	// without the deleted key, print(@c), the tuple; then at exit every map
	// again: the cleared one as an empty line, the zeroed sum as 0.
	want := "@a[1]: 10\n@a[3]: 30\n@c: 2\n(1, tuple)\n\n\n@a[1]: 10\n@a[3]: 30\n@c: 2\n\n@z[x]: 0\n"
	if got := string(b); got != want {
		t.Errorf("output file:\n%q\nwant:\n%q", got, want)
	}
	if strings.Contains(out, "@a") {
		t.Errorf("map output went to stdout despite -o:\n%s", out)
	}
}

// -f json prints one JSON object per line, with the numbers the text
// output has.
func TestJSONOutput(t *testing.T) {
	requireRoot(t)
	out, code := runTool(t, ntraceBin, "-f", "json", "-e", `BEGIN { printf("hi %d\n", 7); @n["k"] = count(); @n["k"] = count(); @h = hist(300); exit(); }`)
	if code != 0 {
		t.Fatalf("exit code %d: %s", code, out)
	}
	var types []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.HasPrefix(line, "Attached") {
			continue
		}
		var obj struct {
			Type string          `json:"type"`
			Data json.RawMessage `json:"data"`
		}
		if err := json.Unmarshal([]byte(line), &obj); err != nil {
			t.Fatalf("line %q is not JSON: %v", line, err)
		}
		types = append(types, obj.Type)
		switch obj.Type {
		case "printf":
			if string(obj.Data) != `"hi 7\n"` {
				t.Errorf("printf data = %s", obj.Data)
			}
		case "map":
			if string(obj.Data) != `{"@n": {"k": 2}}` {
				t.Errorf("map data = %s", obj.Data)
			}
		case "hist":
			if string(obj.Data) != `{"@h": [{"min": 256, "max": 511, "count": 1}]}` {
				t.Errorf("hist data = %s", obj.Data)
			}
		}
	}
	if strings.Join(types, ",") != "printf,hist,map" {
		t.Errorf("line types = %v\n%s", types, out)
	}
	// An enum's value: its number in JSON, its name in text.
	script := `enum { FOO = 333 }; BEGIN { $f = FOO; print($f); exit(); }`
	if out, code := runTool(t, ntraceBin, "-q", "-f", "json", "-e", script); code != 0 || !strings.Contains(out, `{"type": "value", "data": 333}`) {
		t.Errorf("JSON: exit %d, want the enum's number:\n%s", code, out)
	}
	if out, code := runTool(t, ntraceBin, "-q", "-e", script); code != 0 || !strings.Contains(out, "FOO\n") {
		t.Errorf("text: exit %d, want the enum's name:\n%s", code, out)
	}
	// Once attached, today's bpftrace's record of it comes first (a
	// BEGIN that exits ends the run before that).
	out, code = runTool(t, ntraceBin, "-f", "json", "-e", `interval:ms:10 { printf("tick\n"); exit(); }`)
	first := out[max(strings.Index(out, "{"), 0):]
	if first, _, _ = strings.Cut(first, "\n"); code != 0 || first != `{"type": "attached_probes", "count": 1, "data": {"probes": 1}}` {
		t.Errorf("exit code %d, want the attached_probes record first:\n%s", code, out)
	}
}

package lang_test

import (
	"strings"
	"testing"

	. "github.com/ntrace/ntrace/lang"
)

// A struct the script stores is kept as the record of its members, laid
// out as the struct is: the script's own structs and the kernel's.
func TestStructValues(t *testing.T) {
	src := `struct Bar { short s; } struct Foo { int m; char c; long n; char name[6]; struct Bar b; int *p; }
BEGIN { $f = *(struct Foo *)0; @f = $f; @k[curtask->fs->root, 1] = count(); @t = (1, curtask->fs->pwd); print(curtask->fs->pwd); }`
	prog, info, errs := checkSrc(t, src, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	if got := info.Maps["@f"].Value.String(); got != "(m = int32, c = int8, n = int64, name = string[6], b = (s = int16), p = void *)" {
		t.Errorf("@f holds %s", got)
	}
	if got, want := info.Maps["@f"].Value.Size, 32; got != want {
		t.Errorf("@f's record is %d bytes, want %d (struct Foo's size)", got, want)
	}
	if got := info.Maps["@k"].Keys[0].String(); got != "(mnt = struct vfsmount *, dentry = struct dentry *)" {
		t.Errorf("@k's key is %s", got)
	}
	if got := info.Maps["@t"].Value.Elems[1].Names; strings.Join(got, " ") != "mnt dentry" {
		t.Errorf("struct path's record has members %v", got)
	}
	if n := len(info.StructValues); n != 4 {
		t.Errorf("%d struct values noted, want 4 (the deref, the key, the tuple element, print's argument)", n)
	}
	_ = prog
}

func TestStructValueErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"int array member", "struct A { int x[4]; } BEGIN { $a = *(struct A *)0; }", `
test.nt:1:37: error: cannot store struct A: member x: arrays of int cannot be stored yet; read its elements instead
struct A { int x[4]; } BEGIN { $a = *(struct A *)0; }
                                    ^
`},
		{"kernel struct with a union", "BEGIN { print(*curtask); }", `
test.nt:1:15: error: cannot store struct task_struct: member wake_entry: its anonymous member cannot be stored; read its members instead
BEGIN { print(*curtask); }
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

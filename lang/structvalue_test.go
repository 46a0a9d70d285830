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

// An array in memory stored whole is a tuple of its elements, laid out as
// the array is, marked to print as [1,2,3]; a struct holding one keeps it
// so too. Indexing the stored array with a constant reads an element.
func TestArrayValues(t *testing.T) {
	src := `struct B { short s; } struct A { int x[4]; struct B b[2]; } BEGIN { $a = (struct A *)0; @x = $a->x; @k[$a->x] = 1; @s = *$a; $v = $a->x; @e = $v[3]; }`
	_, info, errs := checkSrc(t, src, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	x := info.Maps["@x"].Value
	if !x.CArray || x.String() != "int32[4]" || x.Size != 16 {
		t.Errorf("@x holds %s (array %v, %d bytes), want int32[4] as an array of 16 bytes", x, x.CArray, x.Size)
	}
	if k := info.Maps["@k"].Keys; len(k) != 1 || !k[0].CArray {
		t.Errorf("@k's keys are %v, want one array", k)
	}
	if got := info.Maps["@s"].Value.String(); got != "(x = int32[4], b = (s = int16)[2])" {
		t.Errorf("@s holds %s", got)
	}
	if got := info.Maps["@e"].Value.String(); got != "int64" {
		t.Errorf("@e holds %s, want an integer", got)
	}
}

// An array of arrays reads by element (y[1][0]) and stores whole as
// nested arrays.
func TestArrayOfArrays(t *testing.T) {
	src := `struct B { int y[2][3]; } BEGIN { $b = (struct B *)0; @e = $b->y[1][2]; @a = $b->y; $v = $b->y; @f = $v[1][2]; }`
	_, info, errs := checkSrc(t, src, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	if got := info.Maps["@a"].Value.String(); got != "int32[2][3]" {
		t.Errorf("@a holds %s, want int32[2][3]", got)
	}
	for _, m := range []string{"@e", "@f"} {
		if got := info.Maps[m].Value.String(); got != "int64" {
			t.Errorf("%s holds %s, want an integer", m, got)
		}
	}
}

// An array of structs reads by element and member (w[2].t.a) and stores
// whole as an array of records.
func TestArrayOfStructs(t *testing.T) {
	src := `struct T { int a; int b[2]; } struct W { int a; struct T t; } struct C { int a; struct W w[3]; }
BEGIN { $c = (struct C *)0; @e = $c->w[2].t.b[1]; @w = $c->w; }`
	_, info, errs := checkSrc(t, src, Params{})
	if errs != "" {
		t.Fatal(errs)
	}
	if got := info.Maps["@w"].Value.String(); got != "(a = int32, t = (a = int32, b = int32[2]))[3]" {
		t.Errorf("@w holds %s", got)
	}
	if got := info.Maps["@e"].Value.String(); got != "int64" {
		t.Errorf("@e holds %s, want an integer", got)
	}
}

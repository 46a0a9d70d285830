package buildinfo

import "testing"

// What -ldflags sets wins over what the toolchain stamped; "-dirty" on
// the commit says the tree had changes.
func TestLdflags(t *testing.T) {
	version, commit = "v1.2.3", "0123456789abcdef-dirty"
	defer func() { version, commit = "", "" }()
	in := Read()
	if in.Version != "v1.2.3" || in.Commit != "0123456789abcdef" || !in.Modified {
		t.Errorf("%+v", in)
	}
	commit = "0123456789abcdef"
	if in := Read(); in.Modified || in.Commit != "0123456789abcdef" {
		t.Errorf("%+v", in)
	}
}

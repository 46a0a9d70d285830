package runtime

import (
	"os"
	"path/filepath"
	"testing"
)

// Which PID namespace ntrace is in, from a made-up /proc.
func TestDetectPIDNamespace(t *testing.T) {
	for _, tt := range []struct {
		name, link, nspid string
		want              PIDNamespace
	}{
		{"initial namespace", "pid:[4026531836]", "1234", PIDNamespace{HostProc: true}},
		{"own namespace, own /proc", "pid:[4026532500]", "1", PIDNamespace{Own: true}},
		{"own namespace, host /proc", "pid:[4026532500]", "1234\t1", PIDNamespace{Own: true, HostProc: true}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			proc := t.TempDir()
			os.MkdirAll(filepath.Join(proc, "self", "ns"), 0o755)
			if err := os.Symlink(tt.link, filepath.Join(proc, "self", "ns", "pid")); err != nil {
				t.Fatal(err)
			}
			status := "Name:\tntrace\nNSpid:\t" + tt.nspid + "\nNSpgid:\t1\n"
			os.WriteFile(filepath.Join(proc, "self", "status"), []byte(status), 0o644)
			if got := detectPIDNamespace(proc); got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

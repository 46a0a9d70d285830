package e2e

import (
	"archive/tar"
	"bytes"
	"debug/elf"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-containerregistry/pkg/v1/tarball"

	"github.com/ntrace/ntrace/internal/image"
)

// make image builds the container image; what it holds is the static
// binary make build makes, as /ntrace, its entrypoint, and nothing else.
// That binary, run as the DaemonSet runs it (a PID and mount namespace of
// its own, the image's files as its root with the host's /sys mounted in,
// only the capabilities the DaemonSet grants), traces a host process by
// its host pid, reads its task through BTF and serves --metrics.
func TestImage(t *testing.T) {
	requireRoot(t)
	requireTools(t, "make", "go", "unshare", "setpriv", "chroot")
	dir := t.TempDir()
	if out, err := exec.Command("make", "-C", "..", "BIN="+dir, "image").CombinedOutput(); err != nil {
		t.Fatalf("make image: %v\n%s", err, out)
	}
	img, err := tarball.ImageFromPath(filepath.Join(dir, "ntrace-image.tar"), nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := img.ConfigFile()
	if err != nil {
		t.Fatal(err)
	}
	if ep := cfg.Config.Entrypoint; len(ep) != 1 || ep[0] != image.BinaryPath || cfg.OS != "linux" {
		t.Errorf("entrypoint %v, os %s", ep, cfg.OS)
	}
	layers, err := img.Layers()
	if err != nil || len(layers) != 1 {
		t.Fatalf("%d layers (%v), want one: FROM scratch and the binary", len(layers), err)
	}
	root := filepath.Join(dir, "root")
	files := extractLayer(t, layers[0], root)
	if len(files) != 1 || files[0] != "ntrace" {
		t.Errorf("the image holds %v, want only ntrace", files)
	}
	inImage := filepath.Join(root, "ntrace")
	got, _ := os.ReadFile(inImage)
	built, _ := os.ReadFile(filepath.Join(dir, "ntrace"))
	if !bytes.Equal(got, built) {
		t.Errorf("/ntrace in the image (%d bytes) is not the binary make build made (%d bytes)", len(got), len(built))
	}
	f, err := elf.Open(inImage)
	if err != nil {
		t.Fatal(err)
	}
	if err := image.IsStatic(f); err != nil {
		t.Errorf("/ntrace in the image: %v", err)
	}
	f.Close()

	for _, d := range []string{"proc", "sys"} {
		if err := os.Mkdir(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	const n = 6
	script := `tracepoint:syscalls:sys_enter_getppid /pid == $1/ { @calls[curtask->tgid] = count(); }`
	args := []string{"--pid", "--fork", "--kill-child", "--mount", "--propagation", "private", "sh", "-c",
		`mount --rbind /sys "$0/sys" && mount -t proc proc "$0/proc" && exec "$@"`, root}
	args = append(args, reducedCaps("syslog", "sys_chroot")...)
	args = append(args, "chroot", root, image.BinaryPath, "-e", script, pidArg(), "--metrics", "127.0.0.1:0")
	tr := start(t, "unshare", args...)
	child := unsharedChild(t, tr)
	tr.waitAttached()
	addr := tr.metricsAddr()
	for i := 0; i < n; i++ {
		syscall.Getppid()
	}
	waitMetric(t, addr, fmt.Sprintf(`ntrace_calls_total{tgid="%s"} %d`, pidArg(), n))
	stopUnshared(t, tr, child)
	if want := fmt.Sprintf("@calls[%s]: %d\n", pidArg(), n); !strings.Contains(tr.Stdout(), want) {
		t.Errorf("want %q at exit\nstdout:\n%s\nstderr:\n%s", want, tr.Stdout(), tr.Stderr())
	}
	if !strings.Contains(tr.Stderr(), "PID namespace of its own") {
		t.Errorf("ntrace did not say whose pids it prints:\n%s", tr.Stderr())
	}
}

// extractLayer writes a layer's files under root and lists them.
func extractLayer(t *testing.T, layer interface {
	Uncompressed() (io.ReadCloser, error)
}, root string) []string {
	t.Helper()
	rc, err := layer.Uncompressed()
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	var names []string
	tr := tar.NewReader(rc)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return names
		}
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, h.Name)
		if h.Typeflag != tar.TypeReg || strings.Contains(h.Name, "..") {
			continue
		}
		p := filepath.Join(root, h.Name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		out, err := os.OpenFile(p, os.O_CREATE|os.O_WRONLY, os.FileMode(h.Mode))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(out, tr); err != nil {
			t.Fatal(err)
		}
		out.Close()
	}
}

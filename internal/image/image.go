// Package image builds ntrace's container image without a container
// daemon: one layer holding the static binary as /ntrace, on no base
// image at all (FROM scratch), with /ntrace as its entrypoint. Tracing
// needs nothing else inside the container: kernel BTF, tracefs and
// /proc/kallsyms come from the host through the pod's mounts.
package image

import (
	"archive/tar"
	"bytes"
	"debug/elf"
	"fmt"
	"io"
	"os"
	"time"

	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/empty"
	"github.com/google/go-containerregistry/pkg/v1/mutate"
	"github.com/google/go-containerregistry/pkg/v1/tarball"
	"github.com/google/go-containerregistry/pkg/v1/types"
)

// BinaryPath is where the image holds ntrace.
const BinaryPath = "/ntrace"

// Build makes the image of the ntrace binary at bin, which must be
// statically linked: a scratch image has no C library or loader. created
// stamps the image and its file, so that one binary always makes the
// same image.
func Build(bin string, created time.Time) (v1.Image, error) {
	arch, err := checkStatic(bin)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(bin)
	if err != nil {
		return nil, fmt.Errorf("reading the binary: %w", err)
	}
	layerTar, err := tarOf(data, created)
	if err != nil {
		return nil, err
	}
	layer, err := tarball.LayerFromOpener(func() (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(layerTar)), nil
	}, tarball.WithMediaType(types.OCILayer))
	if err != nil {
		return nil, fmt.Errorf("making the layer: %w", err)
	}
	img, err := mutate.AppendLayers(mutate.MediaType(empty.Image, types.OCIManifestSchema1), layer)
	if err != nil {
		return nil, fmt.Errorf("adding the layer: %w", err)
	}
	cfg, err := img.ConfigFile()
	if err != nil {
		return nil, err
	}
	cfg = cfg.DeepCopy()
	cfg.Architecture, cfg.OS = arch, "linux"
	cfg.Created = v1.Time{Time: created}
	cfg.Config.Entrypoint = []string{BinaryPath}
	cfg.Config.Labels = map[string]string{
		"org.opencontainers.image.title":       "ntrace",
		"org.opencontainers.image.description": "scripted kernel tracer; runs bpftrace-style scripts, serves their maps as Prometheus metrics with --metrics",
	}
	img, err = mutate.ConfigFile(img, cfg)
	if err != nil {
		return nil, fmt.Errorf("setting the image's config: %w", err)
	}
	return mutate.ConfigMediaType(img, types.OCIConfigJSON), nil
}

// Write writes img as a tarball that docker load, podman load and crane
// push read, tagged tag.
func Write(path, tag string, img v1.Image) error {
	ref, err := parseTag(tag)
	if err != nil {
		return err
	}
	if err := tarball.WriteToFile(path, ref, img); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// tarOf is the layer: the binary at BinaryPath, owned by root.
func tarOf(data []byte, created time.Time) ([]byte, error) {
	var b bytes.Buffer
	tw := tar.NewWriter(&b)
	hdr := &tar.Header{Name: BinaryPath[1:], Mode: 0o755, Size: int64(len(data)), ModTime: created, Typeflag: tar.TypeReg, Format: tar.FormatPAX}
	if err := tw.WriteHeader(hdr); err != nil {
		return nil, err
	}
	if _, err := tw.Write(data); err != nil {
		return nil, err
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// checkStatic checks that bin is an ELF executable with no program
// interpreter and no shared libraries, and returns its architecture as
// an image names it.
func checkStatic(bin string) (string, error) {
	f, err := elf.Open(bin)
	if err != nil {
		return "", fmt.Errorf("reading the binary: %w", err)
	}
	defer f.Close()
	if IsStatic(f) != nil {
		return "", fmt.Errorf("%s: %w; build it with CGO_ENABLED=0 (make build)", bin, IsStatic(f))
	}
	switch f.Machine {
	case elf.EM_X86_64:
		return "amd64", nil
	case elf.EM_AARCH64:
		return "arm64", nil
	}
	return "", fmt.Errorf("%s: machine %v is not one ntrace is built for", bin, f.Machine)
}

// IsStatic says why an ELF file is not statically linked, or nil when it
// is: it asks for a program interpreter (a dynamic loader) or names
// shared libraries.
func IsStatic(f *elf.File) error {
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			return fmt.Errorf("it is dynamically linked (it has a program interpreter)")
		}
	}
	if libs, _ := f.ImportedLibraries(); len(libs) > 0 {
		return fmt.Errorf("it needs shared libraries %v", libs)
	}
	return nil
}

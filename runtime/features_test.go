package runtime

import (
	"os"
	"testing"
)

func TestReleaseAtLeast(t *testing.T) {
	for release, want := range map[string]bool{
		"6.1.0-37-amd64":      true,
		"6.1":                 true,
		"6.1-rc3":             true,
		"6.12.48+deb13-amd64": true,
		"6.18.0":              true,
		"7.0.0":               true,
		"6.0.19":              false,
		"5.15.0-101-generic":  false,
		"5.19":                false,
		"":                    false,
		"six.one":             false,
		"6":                   false,
	} {
		if got := releaseAtLeast(release, 6, 1); got != want {
			t.Errorf("releaseAtLeast(%q, 6, 1) = %v, want %v", release, got, want)
		}
	}
	// Ring buffers' 5.8 boundary, as RingBufferByRelease asks it.
	for release, want := range map[string]bool{"5.8.0": true, "5.10.0-28-amd64": true, "5.7.19": false, "4.18.0-553.el8_10.x86_64": false} {
		if got := releaseAtLeast(release, 5, 8); got != want {
			t.Errorf("releaseAtLeast(%q, 5, 8) = %v, want %v", release, got, want)
		}
	}
}

// TestRingBufferByReleaseAgreesWithKernel checks the release's word
// against the kernel's own answer: where the release says ring buffers
// are there, making one (cilium/ebpf's test) must not be refused as
// unsupported.
func TestRingBufferByReleaseAgreesWithKernel(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("asking the kernel for a ring buffer needs root")
	}
	release := kernelRelease()
	if release == "" {
		t.Fatal("uname gave no release")
	}
	if RingBufferByRelease() && !HaveRingBuffer() {
		t.Errorf("release %s: RingBufferByRelease says yes, the kernel has no BPF ring buffers", release)
	}
	if releaseAtLeast(release, 5, 8) != RingBufferByRelease() {
		t.Errorf("release %s: RingBufferByRelease = %v, want it for 5.8 and later", release, RingBufferByRelease())
	}
}

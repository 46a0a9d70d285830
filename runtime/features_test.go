package runtime

import "testing"

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
}

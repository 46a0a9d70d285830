package main

import "testing"

func TestBTFCacheDir(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		euid int
		want string
	}{
		{nil, 0, systemCacheDir},
		{map[string]string{"HOME": "/home/u"}, 0, systemCacheDir},
		{map[string]string{"HOME": "/home/u"}, 1000, "/home/u/.cache/ntrace"},
		{map[string]string{"HOME": "/home/u", "XDG_CACHE_HOME": "/xdg"}, 1000, "/xdg/ntrace"},
		{map[string]string{"HOME": "/home/u", "XDG_CACHE_HOME": "rel"}, 1000, "/home/u/.cache/ntrace"},
		{map[string]string{"HOME": "rel"}, 1000, ""},
		{nil, 1000, ""},
		{map[string]string{btfCacheEnv: "off", "HOME": "/home/u"}, 1000, ""},
		{map[string]string{btfCacheEnv: "off"}, 0, ""},
		{map[string]string{btfCacheEnv: "/c"}, 0, "/c"},
		{map[string]string{btfCacheEnv: "c"}, 0, ""},
	} {
		if got := btfCacheDir(func(k string) string { return c.env[k] }, c.euid); got != c.want {
			t.Errorf("btfCacheDir(%v, euid %d) = %q, want %q", c.env, c.euid, got, c.want)
		}
	}
}

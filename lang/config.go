package lang

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Config is what a script's config block (and config lines) set, as
// bpftrace's config variables do. The command line's flags take
// precedence over it.
//
//	config = { max_map_keys = 10000; missing_probes = warn; print_maps_on_exit = false }
//	config metrics = ":9464";
type Config struct {
	// MapSize is max_map_keys, the most keys a map declared without a
	// size holds (--map-size); 0 when not set.
	MapSize int
	// Missing is missing_probes: "error", "warn" or "ignore" for a probe
	// that cannot be attached (--missing); "" when not set.
	Missing string
	// BufferSize is perf_rb_pages in bytes, rounded up to a power of
	// two: the event buffer's size (--buffer-size); 0 when not set.
	BufferSize int
	// NoPrintMaps is print_maps_on_exit = false: the maps are not printed
	// when tracing ends.
	NoPrintMaps bool
	// StackMode is stack_mode, how kstack and ustack print when the call
	// does not say: "bpftrace", "perf" or "raw"; "" when not set.
	StackMode string
	// StrLen is max_strlen, the bytes str() reads when not told, NUL
	// included; 0 when not set.
	StrLen int
	// CatBytes is max_cat_bytes, how much of a file cat() prints at
	// most; 0 when not set.
	CatBytes int
	// Metrics is metrics, the address to serve Prometheus metrics on
	// (--metrics); "" when not set.
	Metrics string
	// Set names every setting the block gives, by its short name.
	Set map[string]Pos
	// Warnings are what an environment variable asked for beyond what
	// ntrace does, and what it got instead.
	Warnings []string
}

// PageSize is the size of a page of the event buffer, which
// perf_rb_pages counts in.
const PageSize = 4096

// configKeys are the settings a config block may give: each checks its
// value and records it. bpftrace's settings that have no bearing on how
// ntrace works (symbol caches, log and instruction limits, stack
// placement) are accepted and do nothing. Built on first use: only a
// config block or a BPFTRACE_ variable asks, and a package-level map is
// built before main on every start.
var configKeys = sync.OnceValue(func() map[string]func(cfg *Config, v string) error {
	return map[string]func(cfg *Config, v string) error{
		"metrics": func(cfg *Config, v string) error {
			if !strings.Contains(v, ":") {
				return fmt.Errorf("want an address with a port, such as \":9464\", not %q", v)
			}
			cfg.Metrics = v
			return nil
		},
		"max_map_keys": func(cfg *Config, v string) error {
			n, err := configInt(v, 1, 1<<31)
			cfg.MapSize = n
			return err
		},
		"missing_probes": func(cfg *Config, v string) error {
			switch v {
			case "error", "warn", "ignore":
				cfg.Missing = v
				return nil
			}
			return fmt.Errorf("want error, warn or ignore, not %q", v)
		},
		"perf_rb_pages": func(cfg *Config, v string) error {
			n, err := configInt(v, 1, 1<<30/PageSize)
			// A ring buffer is a power of two pages.
			cfg.BufferSize = PageSize
			for cfg.BufferSize < n*PageSize {
				cfg.BufferSize *= 2
			}
			return err
		},
		"print_maps_on_exit": func(cfg *Config, v string) error {
			b, err := configBool(v)
			cfg.NoPrintMaps = !b
			return err
		},
		"stack_mode": func(cfg *Config, v string) error {
			switch v {
			case "bpftrace", "perf", "raw":
				cfg.StackMode = v
				return nil
			case "build_id":
				return fmt.Errorf("stack mode build_id is not supported: ntrace prints stacks as bpftrace, perf or raw does")
			}
			return fmt.Errorf("want bpftrace, perf or raw, not %q", v)
		},
		"max_cat_bytes": func(cfg *Config, v string) error {
			n, err := configInt(v, 1, 1<<30)
			cfg.CatBytes = n
			return err
		},
		"max_strlen": func(cfg *Config, v string) error {
			n, err := configInt(v, 1, maxStrLen)
			cfg.StrLen = n
			return err
		},
		"license": func(cfg *Config, v string) error {
			for _, l := range licenses {
				if v == l {
					return nil
				}
			}
			return fmt.Errorf("want a license the kernel takes as GPL-compatible (%s), not %q: ntrace's programs call helpers only GPL programs may", strings.Join(licenses, ", "), v)
		},
		"cache_user_symbols": acceptAny, "cpp_demangle": acceptBool, "lazy_symbolication": acceptBool,
		"log_size": acceptInt, "max_bpf_progs": acceptInt, "max_probes": acceptInt,
		"on_stack_limit": acceptInt, "show_debug_info": acceptBool, "str_trunc_trailer": acceptAny,
		"unstable_tseries": acceptAny, "unstable_dw_ustack": acceptAny, "unstable_import": acceptAny,
		"unstable_map_decl": acceptAny, "unstable_macro": acceptAny,
	}
})

// licenses are the licenses the kernel counts as GPL-compatible.
var licenses = []string{"GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL", "Dual MIT/GPL", "Dual MPL/GPL"}

func acceptAny(*Config, string) error { return nil }

func acceptInt(_ *Config, v string) error {
	_, err := configInt(v, 0, 1<<62)
	return err
}

func acceptBool(_ *Config, v string) error {
	_, err := configBool(v)
	return err
}

// configInt reads a setting's integer as the script's integer literals
// are read (0x10, 1_000, 1e6), from lo to hi (both 0 or more).
func configInt(v string, lo, hi int) (int, error) {
	n, err := parseInt(v)
	if err != nil || n < uint64(lo) || n > uint64(hi) {
		return 0, fmt.Errorf("want an integer from %d to %d, not %q", lo, hi, v)
	}
	return int(n), nil
}

func configBool(v string) (bool, error) {
	switch strings.ToLower(v) {
	case "true", "1":
		return true, nil
	case "false", "0":
		return false, nil
	}
	return false, fmt.Errorf("want true or false, not %q", v)
}

// ConfigName is a setting's short name: bpftrace takes stack_mode,
// STACK_MODE and BPFTRACE_STACK_MODE alike.
func ConfigName(name string) string {
	name = strings.ToLower(name)
	return strings.TrimPrefix(name, "bpftrace_")
}

// EnvConfig picks the settings bpftrace's environment variables give
// (BPFTRACE_STACK_MODE=raw is stack_mode = raw) from environ, a list of
// NAME=VALUE: those named after a setting, by short name; the others
// (BPFTRACE_BTF…) are not settings and are left alone.
func EnvConfig(environ []string) map[string]string {
	set := map[string]string{}
	for _, kv := range environ {
		name, value, ok := strings.Cut(kv, "=")
		if !ok || !strings.HasPrefix(name, "BPFTRACE_") {
			continue
		}
		if short := ConfigName(name); configKeys()[short] != nil {
			set[short] = value
		}
	}
	return set
}

// ReadConfig reads the settings of a script's config block, reporting an
// unknown setting or a bad value at the line and column it is written,
// then those env gives (from EnvConfig), which win over the block's as
// bpftrace's environment variables do.
func ReadConfig(prog *Program, env map[string]string) (Config, error) {
	cfg := Config{Set: map[string]Pos{}}
	var errs ErrorList
	for _, it := range prog.Config {
		name := ConfigName(it.Name)
		set, ok := configKeys()[name]
		if !ok {
			errs.add(it.Pos, "config %s: no such setting; the settings are %s", it.Name, strings.Join(knownConfig(), ", "))
			continue
		}
		if first, dup := cfg.Set[name]; dup {
			errs.add(it.Pos, "%s is set twice (first at %s)", name, first)
			continue
		}
		if err := set(&cfg, it.Value); err != nil {
			errs.add(it.ValuePos, "config %s: %v", name, err)
			continue
		}
		cfg.Set[name] = it.Pos
	}
	if err := errs.Err(); err != nil {
		return cfg, err
	}
	names := make([]string, 0, len(env))
	for name := range env {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if n, err := parseInt(env[name]); name == "max_strlen" && err == nil && n > maxStrLen {
			// bpftrace reads strings of any length; the environment
			// that asks it of ntrace is not a script to refuse.
			cfg.StrLen = maxStrLen
			cfg.Set[name] = Pos{}
			cfg.Warnings = append(cfg.Warnings, fmt.Sprintf("BPFTRACE_MAX_STRLEN=%s: strings hold at most %d bytes here; using %d", env[name], maxStrLen, maxStrLen))
			continue
		}
		if err := configKeys()[name](&cfg, env[name]); err != nil {
			return cfg, fmt.Errorf("environment variable BPFTRACE_%s: %w", strings.ToUpper(name), err)
		}
		if _, ok := cfg.Set[name]; !ok {
			cfg.Set[name] = Pos{}
		}
	}
	return cfg, nil
}

func knownConfig() []string {
	var names []string
	for n := range configKeys() {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

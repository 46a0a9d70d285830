package main

import (
	"flag"

	"github.com/ntrace/ntrace/lang"
)

// The script's config block (config = { max_map_keys = 10000; … }) sets
// what the flags would: a flag given on the command line wins over it.

// configFlags maps the config settings that stand for a flag to the
// flag's name.
var configFlags = map[string]string{
	"max_map_keys":   "map-size",
	"perf_rb_pages":  "buffer-size",
	"missing_probes": "missing",
	"metrics":        "metrics",
}

// explicitFlags names the flags the command line gave.
func explicitFlags(fs *flag.FlagSet) map[string]bool {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	return set
}

// dropOverridden removes from the script's config block the settings a
// flag given on the command line overrides, before the script is checked.
func dropOverridden(prog *lang.Program, explicit map[string]bool) {
	kept := prog.Config[:0]
	for _, it := range prog.Config {
		if f, ok := configFlags[lang.ConfigName(it.Name)]; ok && explicit[f] {
			continue
		}
		kept = append(kept, it)
	}
	prog.Config = kept
}

// envConfig is the settings bpftrace's environment variables give
// (BPFTRACE_STACK_MODE=raw), but for those a flag given on the command
// line overrides: flags win over the environment, which wins over the
// script's config block.
func envConfig(environ []string, explicit map[string]bool) map[string]string {
	set := lang.EnvConfig(environ)
	for name := range set {
		if f, ok := configFlags[name]; ok && explicit[f] {
			delete(set, name)
		}
	}
	return set
}

// applyConfig sets the options the script's config block gives and the
// command line does not.
func applyConfig(o *options, cfg lang.Config) {
	if cfg.MapSize > 0 {
		o.mapSize = cfg.MapSize
	}
	if cfg.BufferSize > 0 {
		o.bufferSize = cfg.BufferSize
	}
	if cfg.Missing == "warn" || cfg.Missing == "ignore" {
		o.missing = "warn"
	}
}

package lang

// The names of bpftrace's builtins (0.17's and later versions') that
// ntrace does not have yet: a script using one is told so, rather than
// that the name is unknown.
var (
	bpftraceFuncs = setOf("uaddr", "override", "unwatch",
		"skboutput", "debugf", "assert", "assert_str", "errorf", "warnf", "fail",
		"memcmp", "percpu_kaddr", "socket_cookie", "static_assert", "str_concat", "strcap",
		"strstr", "typeof", "write_user", "tseries",
		"kfunc_allowed", "kfunc_exist", "signal_name", "signal_thread", "dw_ustack", "find",
		"is_array", "is_err", "is_integer", "is_literal", "is_ptr", "is_str", "is_unsigned_integer",
		"config", "default_str_length", "probetype")
	bpftraceVars = setOf("ctx", "has_cpid", "default_str_length")
)

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

package lang_test

import (
	"strings"
	"testing"

	. "github.com/ntrace/ntrace/lang"
)

// Misuse of the constructs today's bpftrace added: each an error at its
// line and column, the whole rendered error asserted.
func TestSyntaxErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"unknown config", "config = { nosuch = 1 } BEGIN { exit(); }", `
test.nt:1:12: error: config nosuch: no such setting; the settings are cache_user_symbols, cpp_demangle, lazy_symbolication, license, log_size, max_bpf_progs, max_cat_bytes, max_map_keys, max_probes, max_strlen, metrics, missing_probes, on_stack_limit, perf_rb_pages, print_maps_on_exit, show_debug_info, stack_mode, str_trunc_trailer, unstable_dw_ustack, unstable_import, unstable_macro, unstable_map_decl, unstable_tseries
config = { nosuch = 1 } BEGIN { exit(); }
           ^
`},
		{"config value", "config = { max_map_keys = 0 } BEGIN { exit(); }", `
test.nt:1:27: error: config max_map_keys: want an integer from 1 to 2147483648, not "0"
config = { max_map_keys = 0 } BEGIN { exit(); }
                          ^
`},
		{"config choice", "config = { missing_probes = maybe } BEGIN { exit(); }", `
test.nt:1:29: error: config missing_probes: want error, warn or ignore, not "maybe"
config = { missing_probes = maybe } BEGIN { exit(); }
                            ^
`},
		{"config twice", "config = { max_map_keys = 5; MAX_MAP_KEYS = 6 } BEGIN { exit(); }", `
test.nt:1:30: error: max_map_keys is set twice (first at 1:12)
config = { max_map_keys = 5; MAX_MAP_KEYS = 6 } BEGIN { exit(); }
                             ^
`},
		{"break outside loop", "BEGIN { break; }", `
test.nt:1:9: error: break outside a loop
BEGIN { break; }
        ^
`},
		{"continue outside loop", "BEGIN { if (1) { continue; } }", `
test.nt:1:18: error: continue outside a loop
BEGIN { if (1) { continue; } }
                 ^
`},
		{"macro var param", "macro m($x) { $x += 1; } BEGIN { m(1); }", `
test.nt:1:36: error: macro m takes a $variable for $x, which it may change; this is an expression
macro m($x) { $x += 1; } BEGIN { m(1); }
                                   ^
`},
		{"macro map param", "macro m(@x) { @x = 1; } BEGIN { m($a); }", `
test.nt:1:35: error: macro m takes a whole map for @x, such as @name; this is variable $a
macro m(@x) { @x = 1; } BEGIN { m($a); }
                                  ^
`},
		{"macro unpassed map", "macro m() { @y = 1; } BEGIN { m(); }", `
test.nt:1:13: error: macro m uses map @y, which is not passed to it: pass it as a parameter, as in macro m(@m)
macro m() { @y = 1; } BEGIN { m(); }
            ^
`},
		{"macro arity", "macro m(a) { a + 1 } BEGIN { print(m(1, 2)); }", `
test.nt:1:36: error: macro m takes 1 argument, not 2
macro m(a) { a + 1 } BEGIN { print(m(1, 2)); }
                                   ^
`},
		{"macro recursion", "macro m() { m() } BEGIN { print(m()); }", `
test.nt:1:13: error: macro m calls itself (m → m)
macro m() { m() } BEGIN { print(m()); }
            ^
`},
		{"macro twice", "macro m() { 1 } macro m() { 2 } BEGIN { print(m()); }", `
test.nt:1:17: error: macro m with 0 parameters is defined twice (first at 1:1)
macro m() { 1 } macro m() { 2 } BEGIN { print(m()); }
                ^
`},
		{"macro without value", "macro m() { exit(); } BEGIN { $x = m(); }", `
test.nt:1:36: error: macro m gives no value: its body does not end in an expression (without a ';' after it)
macro m() { exit(); } BEGIN { $x = m(); }
                                   ^
`},
		{"block without value", "BEGIN { $x = { 1; }; }", `
test.nt:1:14: error: this block gives no value: end it with an expression, without a ';' after it
BEGIN { $x = { 1; }; }
             ^
`},
		{"value call as a statement", "tracepoint:syscalls:sys_enter_openat { (str(args->filename)); }", `
test.nt:1:41: error: str() has no effect as a statement; assign it or pass it to a function
tracepoint:syscalls:sys_enter_openat { (str(args->filename)); }
                                        ^
`},
		{"let type mismatch", "BEGIN { let $x: uint8 = \"str\"; }", `
test.nt:1:25: error: variable $x is declared uint8, cannot assign string[4]
BEGIN { let $x: uint8 = "str"; }
                        ^
`},
		{"let struct", "BEGIN { let $x: struct sock; }", `
test.nt:1:17: error: cannot declare a variable of struct sock: a variable holds integers, pointers, strings and tuples; declare a pointer to it
BEGIN { let $x: struct sock; }
                ^
`},
		{"let unknown type", "BEGIN { let $x: nosuch_t; }", `
test.nt:1:17: error: unknown type nosuch_t
BEGIN { let $x: nosuch_t; }
                ^
`},
		{"enum twice", "enum E { A, A } BEGIN { exit(); }", `
test.nt:1:13: error: enum value A is defined twice
enum E { A, A } BEGIN { exit(); }
            ^
`},
		{"map kind", "let @m = treemap(10); BEGIN { @m[1] = 1; }", `
test.nt:1:10: error: unknown map kind treemap: declare hash, lruhash, percpuhash or percpulruhash
let @m = treemap(10); BEGIN { @m[1] = 1; }
         ^
`},
		{"map size", "let @m = hash(0); BEGIN { @m[1] = 1; }", `
test.nt:1:15: error: hash(0): the most keys a map holds is a number from 1 to 2147483648
let @m = hash(0); BEGIN { @m[1] = 1; }
              ^
`},
		{"per-CPU plain map", "let @m = percpuhash(10); BEGIN { @m[1] = 1; }", `
test.nt:1:1: error: map @m is declared percpuhash, but holds int64: a per-CPU map holds an aggregation (count(), sum(), …)
let @m = percpuhash(10); BEGIN { @m[1] = 1; }
^
`},
		{"map declared twice", "let @m = hash(10); let @m = hash(5); BEGIN { @m[1] = 1; }", `
test.nt:1:20: error: map @m is declared twice (first at 1:1)
let @m = hash(10); let @m = hash(5); BEGIN { @m[1] = 1; }
                   ^
`},
		{"len of scalar", "BEGIN { @x = 1; $n = len(@x); }", `
test.nt:1:26: error: len() takes a map with keys; @x has none
BEGIN { @x = 1; $n = len(@x); }
                         ^
`},
		{"has_key key", "BEGIN { @x[1, 2] = 1; $h = has_key(@x, 1); }", `
test.nt:1:40: error: map @x's key is (int64, int64), not int64
BEGIN { @x[1, 2] = 1; $h = has_key(@x, 1); }
                                       ^
`},
		{"for over scalar", "BEGIN { @x = 1; for ($kv : @x) { } }", `
test.nt:1:17: error: for loops over map @x, which has no keys: only a map with keys has elements to loop over
BEGIN { @x = 1; for ($kv : @x) { } }
                ^
`},
		{"for over hist", "BEGIN { @x[1] = hist(5); for ($kv : @x) { } }", `
test.nt:1:26: error: for cannot loop over map @x, which holds hist(): only over counts, sums, minimums, maximums, averages and plain values
BEGIN { @x[1] = hist(5); for ($kv : @x) { } }
                         ^
`},
		{"record field twice", "BEGIN { $r = (a = 1, a = 2); }", `
test.nt:1:26: error: record field a is given twice
BEGIN { $r = (a = 1, a = 2); }
                         ^
`},
		{"record no field", "BEGIN { $r = (a = 1); $s = $r.b; }", `
test.nt:1:30: error: record (a = int64) has no field "b"
BEGIN { $r = (a = 1); $s = $r.b; }
                             ^
`},
		{"nsecs clock", "BEGIN { $x = nsecs(wall); }", `
test.nt:1:20: error: nsecs() takes a clock: monotonic, boot or tai
BEGIN { $x = nsecs(wall); }
                   ^
`},
		{"read hist", "BEGIN { @h = hist(1); $v = @h; }", `
test.nt:1:28: error: map @h holds hist(), which has no single value to read in a probe; print it instead
BEGIN { @h = hist(1); $v = @h; }
                           ^
`},
		{"address of non-variable", "BEGIN { $p = &1; }", `
test.nt:1:14: error: & takes the address of a $variable only
BEGIN { $p = &1; }
             ^
`},
		{"range start", "BEGIN { for ($i : \"a\"..3) { } }", `
test.nt:1:19: error: a range's start needs an integer, not string[2]
BEGIN { for ($i : "a"..3) { } }
                  ^
`},
		{"if without else", "BEGIN { $x = if (1) { 2 }; }", `
test.nt:1:14: error: an if that gives a value needs an else
BEGIN { $x = if (1) { 2 }; }
             ^
`},
		{"delete never assigned", "BEGIN { delete(@m, 1); }", `
test.nt:1:16: error: map @m is never assigned
BEGIN { delete(@m, 1); }
               ^
test.nt:1:16: error: map @m is read but never assigned
BEGIN { delete(@m, 1); }
               ^
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, got := checkSrc(t, tt.src, Params{})
			if want := strings.TrimPrefix(tt.want, "\n"); got != want {
				t.Errorf("errors:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

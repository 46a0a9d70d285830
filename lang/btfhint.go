package lang

// btfWords are the words whose presence in a script means that checking it
// will almost surely read kernel BTF: kernel types, kernel-function and raw
// tracepoint probes, and the builtins that walk types.
var btfWords = map[string]bool{
	"struct": true, "union": true, "enum": true,
	"kprobe": true, "kretprobe": true, "kfunc": true, "kretfunc": true,
	"fentry": true, "fexit": true, "rawtracepoint": true,
	"curtask": true, "sizeof": true, "offsetof": true, "container_of": true,
}

// MayNeedBTF guesses, from a script's text alone and before it is parsed,
// whether checking it will load kernel BTF, so that a caller can start
// loading BTF (tens of milliseconds) while the parser is built. A wrong
// guess costs time, never correctness: the checker loads what it needs
// either way. It looks at every word (a run of letters, digits and
// underscores), comments included, and runs on the path to the first
// event, so it is a plain scan rather than a regular expression, whose
// compilation alone took a quarter of a millisecond there.
func MayNeedBTF(src string) bool {
	start := -1
	for i := 0; i <= len(src); i++ {
		if i < len(src) && isNameChar(src[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && btfWords[src[start:i]] {
			return true
		}
		start = -1
	}
	return false
}

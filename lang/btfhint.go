package lang

import (
	"regexp"
	"sync"
)

// btfWords are the words whose presence in a script means that checking it
// will almost surely read kernel BTF: kernel types, kernel-function and raw
// tracepoint probes, and the builtins that walk types.
var btfWords = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(struct|union|enum|kprobe|kretprobe|kfunc|kretfunc|fentry|fexit|rawtracepoint|curtask|sizeof|offsetof|container_of)\b`)
})

// MayNeedBTF guesses, from a script's text alone and before it is parsed,
// whether checking it will load kernel BTF, so that a caller can start
// loading BTF (tens of milliseconds) while the parser is built. A wrong
// guess costs time, never correctness: the checker loads what it needs
// either way.
func MayNeedBTF(src string) bool {
	return btfWords().MatchString(src)
}

package lang

import (
	"strings"
	"sync"
)

// btfWords are the words whose presence in a script means that checking it
// will almost surely read kernel BTF: kernel types, the builtins that walk
// types, and (added with the kinds table) the names and aliases of the
// probe kinds that read BTF.
var btfWords = map[string]bool{
	"struct": true, "union": true, "enum": true,
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
	return hasAnyWord(src, btfWords)
}

// kprobeTypeWords are the probe kinds whose programs are of the kprobe
// type (uprobes are too), short forms included, and those that fall back
// to kprobes.
var kprobeTypeWords = map[string]bool{
	"kprobe": true, "kretprobe": true, "k": true, "kr": true,
	"uprobe": true, "uretprobe": true, "u": true, "ur": true, "usdt": true,
	"fentry": true, "fexit": true, "kfunc": true, "kretfunc": true, "f": true, "fr": true,
}

// MayLoadKprobeType guesses, as MayNeedBTF does, whether the script will
// load a program of the kprobe type (kprobes, uprobes), which needs some
// preparing (see runtime.Warm).
func MayLoadKprobeType(src string) bool {
	return hasAnyWord(src, kprobeTypeWords)
}

// kernelFunctionWords are the probe kinds on kernel functions, by their
// long names: a guess needs no more.
var kernelFunctionWords = map[string]bool{
	"kprobe": true, "kretprobe": true, "fentry": true, "fexit": true, "kfunc": true, "kretfunc": true,
}

// MayHookKernelFunctions guesses, as MayNeedBTF does, whether the script
// has probes on kernel functions, for which the runtime finds out how the
// kernel lets them attach (runtime.DetectFeatures) before the check.
func MayHookKernelFunctions(src string) bool {
	return hasAnyWord(src, kernelFunctionWords)
}

// functionLookupWords are the probe kinds whose checking or loading
// looks kernel functions up by name: those on kernel functions, and raw
// tracepoints (their __probestub_ functions name the arguments).
var functionLookupWords = map[string]bool{
	"kprobe": true, "kretprobe": true, "fentry": true, "fexit": true, "kfunc": true, "kretfunc": true,
	"rawtracepoint": true, "rt": true,
}

// MayLookUpFunctions guesses, as MayNeedBTF does, whether checking or
// loading the script will look kernel functions up by name in BTF, so
// that a caller can have their index made beside the parser.
func MayLookUpFunctions(src string) bool {
	return hasAnyWord(src, functionLookupWords)
}

// runOnceWords are the probes that run once, from user space.
var runOnceWords = map[string]bool{"BEGIN": true, "END": true, "begin": true, "end": true}

// MayRunOnce guesses, as MayNeedBTF does, whether the script has a BEGIN
// or END probe, which ntrace runs from user space (see runtime.Warm).
func MayRunOnce(src string) bool {
	return hasAnyWord(src, runOnceWords)
}

// eventWords are the builtins whose calls send events to user space, and
// those that may come to (cat, system, join; signal warns through one
// when the kernel refuses to send the signal). exit() sends one only from
// a probe other than BEGIN and END (see exitWords).
var eventWords = map[string]bool{
	"printf": true, "print": true, "time": true, "clear": true, "zero": true,
	"cat": true, "system": true, "join": true, "signal": true,
}

var exitWords = map[string]bool{"exit": true}

// MaySendEvents guesses, as MayNeedBTF does, whether the script sends
// events to user space, so that a caller can make the events ring buffer
// while the script is parsed only when one will be needed. exit() counts
// only outside the blocks of BEGIN and END, whose exit() sends no event
// (runtime reads it from a map): a script without a ':' has BEGIN and END
// alone, and in one with other probes an exit() in BEGIN's own block, as
// in a script timed to its exit, needs no ring either (one of 1 MiB costs
// the kernel about half a millisecond to make and to free).
func MaySendEvents(src string) bool {
	return hasAnyWord(src, eventWords) || strings.Contains(src, ":") && exitOutsideRunOnce(src)
}

// exitOutsideRunOnce reports whether an exit word stands outside the
// blocks of BEGIN and END: in another probe's block, a function or
// anywhere else but a string or a comment, which it skips while matching
// braces. A block whose attach list (or predicate) holds any word but
// BEGIN and END counts as another probe's.
func exitOutsideRunOnce(src string) bool {
	depth := 0         // braces open
	inRunOnce := false // inside the block of BEGIN or END
	runOnce := false   // the attach list before the next block names BEGIN or END
	other := false     // and something else
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '"':
			i++
			for i < len(src) && src[i] != '"' {
				if src[i] == '\\' {
					i++
				}
				i++
			}
		case c == '/' && strings.HasPrefix(src[i:], "//"):
			end := strings.IndexByte(src[i:], '\n')
			if end < 0 {
				return false
			}
			i += end
		case c == '/' && strings.HasPrefix(src[i:], "/*"):
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return false
			}
			i += end + 3
		case c == '{':
			if depth == 0 {
				inRunOnce = runOnce && !other
				runOnce, other = false, false
			}
			depth++
		case c == '}':
			if depth > 0 {
				depth--
			}
			if depth == 0 {
				inRunOnce = false
			}
		case isNameChar(c):
			n := i
			for n < len(src) && isNameChar(src[n]) {
				n++
			}
			word := src[i:n]
			switch {
			case exitWords[word] && !inRunOnce:
				return true
			case depth == 0 && runOnceWords[word]:
				runOnce = true
			case depth == 0:
				other = true
			}
			i = n - 1
		}
		i++
	}
	return false
}

// hasAnyWord reports whether src holds one of words as a whole word.
func hasAnyWord(src string, words map[string]bool) bool {
	start := -1
	for i := 0; i <= len(src); i++ {
		if i < len(src) && isNameChar(src[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && words[src[start:i]] {
			return true
		}
		start = -1
	}
	return false
}

// TracepointsNamed guesses, from a script's text alone and before it is
// parsed, the tracepoints its attach points name literally
// (tracepoint:group:name or t:group:name, without wildcards or
// parameters), so that a caller can read their formats while the parser
// is built. Like MayNeedBTF, a wrong guess (the words in a comment, say)
// costs time, never correctness.
func TracepointsNamed(src string) [][2]string {
	var out [][2]string
	seen := map[[2]string]bool{}
	afterKind(src, tracepointPrefixes(), func(rest string) {
		group, rest := leadingName(rest)
		rest, ok := strings.CutPrefix(rest, ":")
		if !ok || group == "" {
			return
		}
		name, rest := leadingName(rest)
		if name == "" || rest != "" && strings.ContainsRune("*?[${", rune(rest[0])) {
			return
		}
		gn := [2]string{group, name}
		if !seen[gn] {
			seen[gn] = true
			out = append(out, gn)
		}
	})
	return out
}

// RawTracepointsNamed guesses, as TracepointsNamed does, the raw
// tracepoints a script's attach points name literally
// (rawtracepoint:name, rt:name or rawtracepoint:vmlinux:name, without
// wildcards or parameters), so that a caller can read their BTF while
// the script is parsed.
func RawTracepointsNamed(src string) []string {
	var out []string
	seen := map[string]bool{}
	afterKind(src, rawTracepointPrefixes(), func(rest string) {
		name, rest := leadingName(rest)
		if module, ok := strings.CutPrefix(rest, ":"); ok && name == "vmlinux" {
			name, rest = leadingName(module)
		}
		if name == "" || rest != "" && strings.ContainsRune("*?[${:", rune(rest[0])) {
			return
		}
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	})
	return out
}

// afterKind calls found with what follows each of prefixes ("kind:",
// a name and a colon) where one starts a word of src. It goes from colon
// to colon, each with the name before it: asking at every word start
// took 0.2 ms of udplat's start-up, twice (its 30 KB are mostly
// indentation and punctuation, and each position after one was asked).
func afterKind(src string, prefixes []string, found func(rest string)) {
	for j := 0; ; j++ {
		c := strings.IndexByte(src[j:], ':')
		if c < 0 {
			return
		}
		j += c
		k := j
		for k > 0 && isNameChar(src[k-1]) {
			k--
		}
		if k == j {
			continue
		}
		if rest, ok := cutKind(src[k:], prefixes); ok && len(src)-len(rest) == j+1 {
			found(rest)
		}
	}
}

// cutKind cuts one of prefixes ("tracepoint:", "t:") off the start of s.
// It is asked at every word of a script, so it allocates nothing: the
// prefixes are made once, on first use.
func cutKind(s string, prefixes []string) (string, bool) {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}

// tracepointPrefixes and rawTracepointPrefixes are the names of the
// tracepoint kinds, each with its colon: "tracepoint:", "t:".
var (
	tracepointPrefixes    = sync.OnceValue(func() []string { return kindPrefixes(TracepointProbe) })
	rawTracepointPrefixes = sync.OnceValue(func() []string { return kindPrefixes(RawTracepointProbe) })
)

// kindPrefixes are k's names, each with its colon.
func kindPrefixes(k ProbeKind) []string {
	var out []string
	for _, n := range k.Info().Names() {
		out = append(out, n+":")
	}
	return out
}

// leadingName splits s after its leading run of letters, digits and
// underscores.
func leadingName(s string) (name, rest string) {
	n := 0
	for n < len(s) && isNameChar(s[n]) {
		n++
	}
	return s[:n], s[n:]
}

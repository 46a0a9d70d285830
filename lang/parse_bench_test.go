package lang

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkParse parses each bundled recipe the front end's share of ntrace's start-up.
func BenchmarkParse(b *testing.B) {
	paths, _ := filepath.Glob("../scripts/*.nt")
	if len(paths) == 0 {
		b.Fatal("no recipes in ../scripts")
	}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(p), ".nt")
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := Parse(name+".nt", string(src)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkParseOneLiner parses the shortest kind of script, a -e one
// probe: what parsing costs where nothing but start-up matters.
func BenchmarkParseOneLiner(b *testing.B) {
	const src = "tracepoint:syscalls:sys_enter_read { @[comm] = count(); }"
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("-e", src); err != nil {
			b.Fatal(err)
		}
	}
}

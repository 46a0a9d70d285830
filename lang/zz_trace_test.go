package lang

import (
	"bytes"
	"os"
	"testing"

	"github.com/alecthomas/participle/v2"
)

func TestZZTrace(t *testing.T) {
	src, _ := os.ReadFile("../scripts/udplat.nt")
	var buf bytes.Buffer
	if _, err := scriptParser().ParseString("u.nt", string(src), participle.Trace(&buf)); err != nil {
		t.Fatal(err)
	}
	os.WriteFile("/tmp/syn_trace.txt", buf.Bytes(), 0o644)
}

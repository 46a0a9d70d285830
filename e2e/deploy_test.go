package e2e

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
	"time"
)

// The recipe deploy/ mounts from its ConfigMap is the one the DaemonSet
// runs, and it runs: its metrics, with a drop the test causes counted,
// pass promtool check metrics.
func TestDeployRecipe(t *testing.T) {
	requireRoot(t)
	ds, err := os.ReadFile("../deploy/daemonset.yaml")
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("no deploy/ beside this package (the VM rig's guests have the e2e package's files only)")
	}
	if err != nil {
		t.Fatal(err)
	}
	kust, err := os.ReadFile("../deploy/kustomization.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(ds), `"/etc/ntrace/node-net.nt"`) || !strings.Contains(string(kust), "- node-net.nt") {
		t.Fatal("the DaemonSet does not run the recipe the ConfigMap holds")
	}
	tr := start(t, ntraceBin, "../deploy/node-net.nt", "--metrics", "127.0.0.1:0")
	tr.waitAttached()
	addr := tr.metricsAddr()
	deadline := time.Now().Add(30 * time.Second)
	var text string
	for !strings.Contains(text, `ntrace_packet_drops_total{location="__udp4_lib_rcv",reason="SKB_DROP_REASON_NO_SOCKET"}`) {
		if time.Now().After(deadline) {
			t.Fatalf("no drop counted after 30 s:\n%s", text)
		}
		pokeRecipes(t, 0)
		text = scrapeText(t, addr)
	}
	checkBothFormats(t, addr)
	tr.stop()
}

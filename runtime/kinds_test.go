package runtime

import (
	"testing"

	"github.com/ntrace/ntrace/lang"
)

// Every probe kind the language has can be attached (or, for BEGIN and
// END, runs once) and names its runtime half once: a kind added to lang's
// table without its runtime file fails here, not in a user's run.
func TestEveryKindHasItsRuntimeHalf(t *testing.T) {
	for _, k := range lang.Kinds() {
		kk, ok := kernelKinds[k.Kind]
		switch {
		case !ok:
			t.Errorf("probe kind %s has no runtime half (registerKind)", k.Name)
		case k.Context == lang.RunOnce && kk.attach != nil:
			t.Errorf("%s runs once, yet has an attacher", k.Name)
		case k.Context != lang.RunOnce && kk.attach == nil:
			t.Errorf("probe kind %s has no attacher", k.Name)
		}
	}
	if len(kernelKinds) != len(lang.Kinds()) {
		t.Errorf("%d kinds registered, lang has %d", len(kernelKinds), len(lang.Kinds()))
	}
}

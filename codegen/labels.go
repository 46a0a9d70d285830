package codegen

import "github.com/cilium/ebpf/asm"

// labelIndex says which instruction of a program each label is on. Most
// labels are gen.label's, "L1", "L2" and on, kept by number in a slice;
// the few others (callbacks', far-jump islands') in a map.
type labelIndex struct {
	numbered []int32 // label "L<n>" is on instruction numbered[n]-1; 0: none
	named    map[string]int
}

// labels indexes g.insns' labels for the last steps of finish, from the
// branch check on: found once, when first asked for (a small program
// without callbacks never is), and again after a far-jump layout, which
// moves instructions (see labelsMoved).
func (g *gen) labels() labelIndex {
	if g.labelIndex == nil {
		x := indexLabels(g.insns, g.nlabel)
		g.labelIndex = &x
	}
	return *g.labelIndex
}

// labelsMoved says g.insns' labels are no longer where labels found them.
func (g *gen) labelsMoved() { g.labelIndex = nil }

// indexLabels indexes the labels of insns; nlabel is the highest
// number gen.label gave.
func indexLabels(insns asm.Instructions, nlabel int) labelIndex {
	x := labelIndex{numbered: make([]int32, nlabel+1)}
	for i := range insns {
		sym := insns[i].Symbol()
		if sym == "" {
			continue
		}
		if n, ok := labelNumber(sym); ok && n <= nlabel {
			x.numbered[n] = int32(i + 1)
			continue
		}
		if x.named == nil {
			x.named = map[string]int{}
		}
		x.named[sym] = i
	}
	return x
}

// lookup returns the instruction label is on, and whether there is one.
func (x labelIndex) lookup(label string) (int, bool) {
	if n, ok := labelNumber(label); ok && n < len(x.numbered) {
		i := int(x.numbered[n]) - 1
		return i, i >= 0
	}
	i, ok := x.named[label]
	return i, ok
}

// at is lookup's instruction, 0 for a label on none.
func (x labelIndex) at(label string) int {
	i, _ := x.lookup(label)
	return max(i, 0)
}

// labelNumber returns n for a label "L<n>" as gen.label spells it.
func labelNumber(label string) (int, bool) {
	if len(label) < 2 || len(label) > 10 || label[0] != 'L' || label[1] == '0' {
		return 0, false
	}
	n := 0
	for _, c := range []byte(label[1:]) {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

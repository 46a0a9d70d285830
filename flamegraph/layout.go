package flamegraph

import "sort"

// node is a frame of the merged tree of stacks: every stack that starts
// with the same frames shares their nodes.
type node struct {
	frame    Frame
	value    uint64
	waker    bool // above a Separator: the waking thread's half
	children []*node
	byName   map[Frame]*node
}

func (n *node) child(f Frame) *node {
	if c := n.byName[f]; c != nil {
		return c
	}
	if n.byName == nil {
		n.byName = map[Frame]*node{}
	}
	// A separator starts the waker's half; a second one changes nothing.
	c := &node{frame: f, waker: n.waker || f.Kind == Separator}
	n.byName[f] = c
	n.children = append(n.children, c)
	return c
}

// tree merges stacks into one tree under a root named all.
func tree(stacks []Stack) *node {
	root := &node{frame: Frame{Name: "all", Kind: Label}}
	for _, s := range stacks {
		if s.Value == 0 {
			continue
		}
		root.value += s.Value
		n := root
		for _, f := range s.Frames {
			n = n.child(f)
			n.value += s.Value
		}
	}
	return root
}

// box is a frame placed in the graph: from offset to offset+value in
// the units of the values, depth levels above the root.
type box struct {
	frame  Frame
	waker  bool
	offset uint64
	value  uint64
	depth  int
}

// layout places every frame at least minValue wide, children left to
// right in the order of their names (as flame graphs do: the x axis is
// not time), and counts the frames too narrow to place. It returns the
// boxes, root first, and the deepest depth placed.
func layout(root *node, minValue float64) (boxes []box, maxDepth, narrow int) {
	var walk func(n *node, offset uint64, depth int)
	walk = func(n *node, offset uint64, depth int) {
		if float64(n.value) < minValue {
			narrow += count(n)
			return
		}
		boxes = append(boxes, box{frame: n.frame, waker: n.waker, offset: offset, value: n.value, depth: depth})
		maxDepth = max(maxDepth, depth)
		sort.Slice(n.children, func(i, j int) bool {
			a, b := n.children[i].frame, n.children[j].frame
			if a.Name != b.Name {
				return a.Name < b.Name
			}
			return a.Kind < b.Kind
		})
		for _, c := range n.children {
			walk(c, offset, depth+1)
			offset += c.value
		}
	}
	walk(root, 0, 0)
	return boxes, maxDepth, narrow
}

// count is the number of frames in n's subtree, n included.
func count(n *node) int {
	c := 1
	for _, ch := range n.children {
		c += count(ch)
	}
	return c
}

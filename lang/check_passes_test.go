package lang

import (
	"reflect"
	"testing"
)

// TestPassCopiesKnowEveryField: fork copies the checker's tables by name
// and equalType compares Type's fields by name, so a field added to
// either struct must be added there too (else a pass on a fork could
// write into the checker it came from, or two different map types look
// settled). This fails until the field is looked at and the count here
// raised.
func TestPassCopiesKnowEveryField(t *testing.T) {
	if n := reflect.TypeOf(checker{}).NumField(); n != 24 {
		t.Errorf("checker has %d fields: see that fork copies any new table, then update this test", n)
	}
	if n := reflect.TypeOf(Type{}).NumField(); n != 18 {
		t.Errorf("Type has %d fields: see that equalType compares any new one, then update this test", n)
	}
}

// TestEqualType: types that differ in any field, element or pointee
// are not equal; clones are.
func TestEqualType(t *testing.T) {
	tuple := &Type{Kind: Tuple, Elems: []*Type{Uint64Type, {Kind: Int, Size: 4, Signed: true}}, Size: 16}
	if !equalType(tuple, clone(tuple)) {
		t.Error("a tuple and its clone differ")
	}
	wider := clone(tuple)
	unify(wider, &Type{Kind: Tuple, Elems: []*Type{Uint64Type, Int64Type}})
	if equalType(tuple, wider) {
		t.Error("a tuple whose element was widened equals the original")
	}
	if equalType(Int64Type, Uint64Type) || equalType(nil, Int64Type) || !equalType(nil, nil) {
		t.Error("signedness or nil not told apart")
	}
}

package codegen_test

import (
	"testing"

	"github.com/cilium/ebpf/asm"
)

// TestCompoundStoresNarrow checks that x op= y, x++ and x-- on a variable
// narrower than 64 bits store the result cut to the variable's width and
// extended by its sign, as C computes it (a uint8 at 255 plus 1 is 0, an
// int8 at -128 minus 1 is 127): the operation is followed by the
// truncation, then the store. The variables come from pid, so that
// nothing folds to a constant.
func TestCompoundStoresNarrow(t *testing.T) {
	and := []asm.OpCode{asm.And.Op(asm.ImmSource)}
	signed := []asm.OpCode{asm.LSh.Op(asm.ImmSource), asm.ArSh.Op(asm.ImmSource)}
	for _, tt := range []struct {
		stmt   string
		op     asm.ALUOp
		norm   []asm.OpCode
		consts []int64
	}{
		{"$x = (uint8)pid; $x++;", asm.Add, and, []int64{255}},
		{"$x = (uint8)pid; $x += 1;", asm.Add, and, []int64{255}},
		{"$x = (int8)pid; $x--;", asm.Sub, signed, []int64{56, 56}},
		{"$x = (int8)pid; $x -= 1;", asm.Sub, signed, []int64{56, 56}},
		{"$x = (int16)pid; $x *= 3;", asm.Mul, signed, []int64{48, 48}},
		{"$x = (uint16)pid; $x <<= 3;", asm.LSh, and, []int64{65535}},
		{"$x = (uint16)pid; $x |= 65536;", asm.Or, and, []int64{65535}},
		{"$x = (uint32)pid; $x--;", asm.Sub, []asm.OpCode{asm.Mov.Op32(asm.RegSource)}, []int64{0}},
		{"$x = (int16)pid; $x += (uint64)1;", asm.Add, signed, []int64{48, 48}},
	} {
		src := "tracepoint:syscalls:sys_enter_getppid { " + tt.stmt + " @ = $x; }"
		out, errs := compileWith(t, src, everything)
		if errs != "" {
			t.Fatal(errs)
		}
		insns := out.Programs[0].Spec.Instructions
		at := -1
		for i, ins := range insns {
			if ins.OpCode == tt.op.Op(asm.RegSource) {
				at = i
				break
			}
		}
		if at < 0 {
			t.Errorf("%s: no %v in\n%v", tt.stmt, tt.op, insns)
			continue
		}
		n := len(tt.norm)
		if at+n+1 >= len(insns) {
			t.Errorf("%s: %v ends the program", tt.stmt, tt.op)
			continue
		}
		for j, op := range tt.norm {
			if ins := insns[at+1+j]; ins.OpCode != op || ins.Constant != tt.consts[j] {
				t.Errorf("%s: after %v: %v, want %v %d (the variable's width)\n%v", tt.stmt, tt.op, ins, op, tt.consts[j], insns)
			}
		}
		if st := insns[at+1+n]; st.OpCode != asm.StoreMemOp(asm.DWord) {
			t.Errorf("%s: then %v, want the variable stored", tt.stmt, st)
		}
	}
}

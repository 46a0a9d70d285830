// Command symtarget is a process for the user-symbolization tests: it
// prints the address of its function symTarget, then waits for its stdin
// to close.
package main

import (
	"fmt"
	"io"
	"os"
	"reflect"
)

//go:noinline
func symTarget(n int) int { return n*3 + 1 }

func main() {
	fmt.Printf("%d %x\n", symTarget(1), reflect.ValueOf(symTarget).Pointer())
	io.Copy(io.Discard, os.Stdin)
}

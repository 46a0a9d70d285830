package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime"
)

// explainRunError renders a verifier rejection at the script line the
// failing instruction came from, with the verifier's reason; with
// -d verifier it adds the whole verifier log. Other errors pass through.
func explainRunError(name, src, dump string, err error) error {
	var ve *runtime.VerifierError
	if !errors.As(err, &ve) {
		return err
	}
	var b strings.Builder
	msg := ve.Error()
	if ve.Pos.Line > 0 {
		b.WriteString(lang.Render(name, src, &lang.Error{Pos: ve.Pos, Msg: msg}))
	} else {
		fmt.Fprintf(&b, "%s: error: %s\n", name, msg)
	}
	if dump == "verifier" {
		b.WriteString("verifier log:\n")
		for _, l := range ve.Log {
			b.WriteString("  " + l + "\n")
		}
	} else {
		b.WriteString("(run with -d verifier for the verifier's log)\n")
	}
	return exitError{code: exitFailed, msg: b.String()}
}

package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/runtime"
)

// explainRunError renders a verifier rejection at the script line the
// failing instruction came from, with the verifier's reason (with
// -d verifier, the whole verifier log), and a resource that ran out at
// the line that asked for it. Other errors pass through.
func explainRunError(name, src, dump string, err error) error {
	var se *runtime.ScriptError
	if errors.As(err, &se) {
		if se.Pos.Line > 0 {
			return exitError{code: exitFailed, msg: lang.Render(name, src, &lang.Error{Pos: se.Pos, Msg: se.Error()})}
		}
		return exitError{code: exitFailed, msg: fmt.Sprintf("%s: error: %s\n", name, se.Error())}
	}
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

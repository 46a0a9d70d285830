package main

import (
	"reflect"
	"testing"
)

// A command line is run as its program when a shell would do nothing
// with it but split it on blanks, and by a shell otherwise.
func TestCommandArgs(t *testing.T) {
	for line, want := range map[string][]string{
		"./prog 3 wait":      {"./prog", "3", "wait"},
		"  /bin/true  ":      {"/bin/true"},
		"sleep 1; echo done": {"/bin/sh", "-c", "sleep 1; echo done"},
		"echo $HOME":         {"/bin/sh", "-c", "echo $HOME"},
		"FOO=1 prog":         {"/bin/sh", "-c", "FOO=1 prog"},
		"prog 'a b'":         {"/bin/sh", "-c", "prog 'a b'"},
		"prog > out":         {"/bin/sh", "-c", "prog > out"},
		"a | b":              {"/bin/sh", "-c", "a | b"},
		"ls *.go":            {"/bin/sh", "-c", "ls *.go"},
		"prog \\x":           {"/bin/sh", "-c", "prog \\x"},
		"":                   {"/bin/sh", "-c", ""},
		"prog\nother":        {"/bin/sh", "-c", "prog\nother"},
		"sleep 1":            {"sleep", "1"},
		"exit 3":             {"/bin/sh", "-c", "exit 3"},
	} {
		if got := commandArgs(line); !reflect.DeepEqual(got, want) {
			t.Errorf("commandArgs(%q) = %q, want %q", line, got, want)
		}
	}
}

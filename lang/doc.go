// Package lang is ntrace's front end: it parses .nt scripts (bpftrace's
// language) into an AST and type-checks them against kernel BTF and tracepoint
// formats. It never touches the running kernel itself: everything it needs
// about the kernel arrives through the Env interface, so it runs unprivileged
// on any machine.
package lang

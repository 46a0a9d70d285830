// Package runtime runs a compiled script on the live kernel: it loads the
// maps and programs, attaches each program the way its probe kind needs,
// runs BEGIN, reads events from the ring buffer and writes them out, and on
// the way out runs END, prints the maps and detaches everything. It is the
// only package that talks to the kernel.
package runtime

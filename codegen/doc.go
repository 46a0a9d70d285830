// Package codegen lowers a checked script to BPF instructions with
// cilium/ebpf/asm: one program per concrete attach point, the maps the
// script uses, and the descriptions of every event the programs send to
// user space. It is a pure function of the AST, the checker's Info and the
// options; nothing here touches the kernel.
package codegen

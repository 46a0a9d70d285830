// Package selftest checks the VM test rig (vm/vmtest.sh) itself: run inside a
// guest, its tests assert that the environment ntrace's tests rely on is there
// (BTF, tracefs with kprobes, loopback networking, BPF program loading and
// attaching, loadable network modules) and that the hermetic BTF blobs of
// internal/btftest match the guest kernel. Outside a guest (NTRACE_VM unset)
// every test skips.
//
//	vm/vmtest.sh ./vm/selftest
package selftest

package runtime

import (
	"bytes"
	"encoding/binary"
	"fmt"
	goruntime "runtime"
	"unsafe"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
	"golang.org/x/sys/unix"
)

// progLoadAttr is union bpf_attr as BPF_PROG_LOAD reads it, up to
// attach_btf_obj_fd (include/uapi/linux/bpf.h), for a 64-bit kernel.
type progLoadAttr struct {
	progType           uint32
	insnCnt            uint32
	insns              unsafe.Pointer
	license            unsafe.Pointer
	logLevel           uint32
	logSize            uint32
	logBuf             unsafe.Pointer
	kernVersion        uint32
	progFlags          uint32
	progName           [16]byte
	progIfindex        uint32
	expectedAttachType uint32
	progBTFFD          uint32
	funcInfoRecSize    uint32
	funcInfo           unsafe.Pointer
	funcInfoCnt        uint32
	lineInfoRecSize    uint32
	lineInfo           unsafe.Pointer
	lineInfoCnt        uint32
	attachBTFID        uint32
	attachBTFObjFD     uint32
	_                  uint32
}

// loadFentryProbe loads a program that returns 0 as fentry on the kernel
// function whose BTF type ID is id. It calls bpf(2) itself because
// cilium/ebpf, given the function's name, would find that ID by decoding
// the kernel's whole BTF (12 to 20 ms) where lazybtf found it in
// microseconds.
func loadFentryProbe(id btf.TypeID) (*ebpf.Program, error) {
	var code bytes.Buffer
	if err := (asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()}).Marshal(&code, binary.LittleEndian); err != nil {
		return nil, err
	}
	insns := code.Bytes()
	license := []byte("GPL\x00")
	attr := progLoadAttr{
		progType:           unix.BPF_PROG_TYPE_TRACING,
		insnCnt:            uint32(len(insns) / asm.InstructionSize),
		insns:              unsafe.Pointer(&insns[0]),
		license:            unsafe.Pointer(&license[0]),
		expectedAttachType: unix.BPF_TRACE_FENTRY,
		attachBTFID:        uint32(id),
	}
	copy(attr.progName[:], "ntrace_fentry")
	prog, err := progLoad(&attr, insns, license)
	if err != nil {
		return nil, fmt.Errorf("loading an fentry program: %w", err)
	}
	return prog, nil
}

// progLoad loads the program attr describes; keep is what attr points
// into, kept alive until the kernel has read it.
func progLoad(attr *progLoadAttr, keep ...[]byte) (*ebpf.Program, error) {
	fd, _, errno := unix.Syscall(unix.SYS_BPF, unix.BPF_PROG_LOAD, uintptr(unsafe.Pointer(attr)), unsafe.Sizeof(*attr))
	goruntime.KeepAlive(attr)
	goruntime.KeepAlive(keep)
	if errno != 0 {
		return nil, errno
	}
	prog, err := ebpf.NewProgramFromFD(int(fd))
	if err != nil {
		unix.Close(int(fd))
		return nil, err
	}
	return prog, nil
}

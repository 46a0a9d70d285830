package runtime

import (
	"fmt"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/sys/unix"

	"github.com/ntrace/ntrace/codegen"
)

// The kernel charges the memory of BPF maps to the memory cgroup of the
// process that creates them, page by page as it allocates them: a map
// bigger than the cgroup's limit fills the cgroup to its limit before the
// kernel gives up with ENOMEM. While it is full, anything else in the
// cgroup that needs a page — a thread ntrace's runtime starts, the
// application ntrace shares a pod with — invokes the cgroup's OOM killer,
// which kills the biggest process in it. So a map or ring buffer that
// cannot fit in the limit at all is refused here, before the kernel is
// asked, with what it needs and what the cgroup allows. Memory the limit
// would hold but that is in use is left for the kernel to judge: page
// cache can be reclaimed and anonymous memory swapped out, so only the
// limit itself is a bound ntrace can be sure of.

// memoryLimit is the lowest memory limit of ntrace's memory cgroup and its
// ancestors, and the cgroup that sets it.
type memoryLimit struct {
	bytes  uint64
	cgroup string // as /proc/self/cgroup names it
}

// cgroupMemoryLimit reads the limit once; ok is false when no limit is
// set or none can be read (no memory controller, a cgroup outside this
// mount namespace's view).
var cgroupMemoryLimit = sync.OnceValues(func() (memoryLimit, bool) {
	return readMemoryLimit("/proc/self/cgroup", "/proc/self/mountinfo")
})

// readMemoryLimit finds the memory controller's cgroup of this process in
// cgroupFile (cgroup v1's memory hierarchy, else v2's unified one), where
// that hierarchy is mounted in mountinfoFile, and the lowest limit on the
// way from the cgroup up to the hierarchy's root.
func readMemoryLimit(cgroupFile, mountinfoFile string) (memoryLimit, bool) {
	data, err := readSmallFile(cgroupFile)
	if err != nil {
		return memoryLimit{}, false
	}
	var v1Path, v2Path string
	haveV1, haveV2 := false, false
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		id, rest, _ := strings.Cut(l, ":")
		ctrls, p, ok := strings.Cut(rest, ":")
		switch {
		case !ok:
		case slices.Contains(strings.Split(ctrls, ","), "memory"):
			v1Path, haveV1 = p, true
		case id == "0" && ctrls == "":
			v2Path, haveV2 = p, true
		}
	}
	var cg, fstype, limitFile string
	switch {
	case haveV1:
		cg, fstype, limitFile = v1Path, "cgroup", "memory.limit_in_bytes"
	case haveV2:
		cg, fstype, limitFile = v2Path, "cgroup2", "memory.max"
	default:
		return memoryLimit{}, false
	}
	mountpoint, root, ok := cgroupMount(mountinfoFile, fstype)
	if !ok {
		return memoryLimit{}, false
	}
	// The mount may show only a subtree (a container's view without a
	// cgroup namespace of its own): the path is then relative to its root.
	rel := cg
	if root != "/" {
		if rel != root && !strings.HasPrefix(rel, root+"/") {
			return memoryLimit{}, false
		}
		rel = "/" + strings.TrimPrefix(strings.TrimPrefix(rel, root), "/")
	}
	best := memoryLimit{}
	for p := path.Clean(rel); ; p = path.Dir(p) {
		if n, ok := readLimitFile(filepath.Join(mountpoint, p, limitFile)); ok && (best.bytes == 0 || n < best.bytes) {
			best = memoryLimit{bytes: n, cgroup: path.Join(root, p)}
		}
		if p == "/" {
			break
		}
	}
	return best, best.bytes != 0
}

// cgroupMount finds the mount of a cgroup hierarchy of fstype in
// mountinfoFile ("cgroup" mounts: the one with the memory controller),
// returning its mount point and the root of the hierarchy it shows.
func cgroupMount(mountinfoFile, fstype string) (mountpoint, root string, ok bool) {
	data, err := readSmallFile(mountinfoFile)
	if err != nil {
		return "", "", false
	}
	for line := range strings.Lines(string(data)) {
		// id parent major:minor root mountpoint options [optional...] - fstype source superoptions
		pre, post, ok := strings.Cut(strings.TrimSuffix(line, "\n"), " - ")
		if !ok {
			continue
		}
		fields, after := strings.Fields(pre), strings.Fields(post)
		if len(fields) < 5 || len(after) < 3 || after[0] != fstype {
			continue
		}
		if fstype == "cgroup" && !slices.Contains(strings.Split(after[2], ","), "memory") {
			continue
		}
		return unescapeMountField(fields[4]), unescapeMountField(fields[3]), true
	}
	return "", "", false
}

// unescapeMountField undoes mountinfo's octal escapes (\040 for a space).
func unescapeMountField(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+4 <= len(s) {
			if n, err := strconv.ParseUint(s[i+1:i+4], 8, 8); err == nil {
				b.WriteByte(byte(n))
				i += 3
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// readLimitFile reads memory.max or memory.limit_in_bytes; "max", and
// cgroup v1's page-rounded 2^63-1, mean no limit.
func readLimitFile(name string) (uint64, bool) {
	data, err := readSmallFile(name)
	if err != nil {
		return 0, false
	}
	n, err := strconv.ParseUint(strings.TrimSpace(string(data)), 10, 64)
	if err != nil || n == 0 || n >= 1<<62 {
		return 0, false
	}
	return n, true
}

// checkMemoryLimit refuses the script's maps and event ring buffer when
// any of them, or all of them together, need more memory than ntrace's
// memory cgroup may use at all, naming the biggest and the flag that
// sizes it. It returns nil when they fit, or when there is no limit.
func checkMemoryLimit(out *codegen.Output) error {
	limit, ok := cgroupMemoryLimit()
	if !ok {
		return nil
	}
	return checkMapsFit(out, limit, PossibleCPUs())
}

// checkMapsFit is checkMemoryLimit for a given limit and CPU count.
func checkMapsFit(out *codegen.Output, limit memoryLimit, cpus int) error {
	var total, most uint64
	var biggest string // its name in the collection
	names := make([]string, 0, len(out.Collection.Maps))
	for name := range out.Collection.Maps {
		names = append(names, name)
	}
	slices.Sort(names) // the same map named however the maps are ordered
	for _, name := range names {
		need := codegen.MapMemory(out.Collection.Maps[name], cpus)
		total += need
		if need > most {
			most, biggest = need, name
		}
	}
	if total <= limit.bytes {
		return nil
	}
	what, smaller := describeMap(out, biggest)
	need := fmt.Sprintf("it needs %s or more", codegen.FormatBytes(most))
	if most <= limit.bytes {
		need = fmt.Sprintf("with the script's other maps it needs %s or more", codegen.FormatBytes(total))
	}
	return &ScriptError{Pos: mapPos(out, what), Err: fmt.Errorf("creating %s: %w: %s, and ntrace's memory cgroup (%s) may hold %s in all (BPF memory counts against it); %s",
		what, unix.ENOMEM, need, limit.cgroup, codegen.FormatBytes(limit.bytes), smaller)}
}

// ringFitsMemoryLimit reports whether a ring buffer of size bytes can fit
// in ntrace's memory cgroup at all; StartEventRing does not ask the
// kernel for one that cannot.
func ringFitsMemoryLimit(size uint32) bool {
	limit, ok := cgroupMemoryLimit()
	return !ok || uint64(size) <= limit.bytes
}

package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// defaultBaseline is the ntrace revision whose code generator the
// instruction counts are compared against: eca7267, main before issue
// 18's last instruction cuts (one lookup with a bounded retry, refusals
// counted by errno, the context read from R1). It must compile every
// bundled recipe as it is now. The earlier baseline, 0682770 (issue 7's
// "before"), stopped doing so once the recipes took newer syntax (metric
// declarations among it), so a move of the recipes' syntax can move this
// too; the README keeps the older before/after tables.
// Override it with -baseline.
const defaultBaseline = "eca7267a0fd9f7fedd0d08e6383c1c0be51492ac"

// recipeVariants are the -D settings each recipe is compiled with beyond
// its defaults: a parameter without a default gets a value, and switches
// that add probes or maps are turned on in a second variant, so their
// code is counted too.
var recipeVariants = map[string][][]string{
	"drop-packet.nt":      {nil, {"PATH=true", "STACKS=true"}},
	"ep_poll_interact.nt": {{"PID=1"}},
}

// BeforeAfter compares the instructions two ntrace revisions emit for the
// bundled recipes, both compiling the same (current) script text with
// `ntrace check -d asm`, which only compiles: every program is counted,
// kprobes included on a host that cannot attach them.
type BeforeAfter struct {
	Baseline    string        `json:"baseline_rev"`
	BaselineErr string        `json:"baseline_error,omitempty"`
	Recipes     []RecipeInsns `json:"recipes"`
}

// RecipeInsns is one recipe variant's emitted instructions before and
// after (as ntrace counts them: a 64-bit immediate load is one), per
// program and in all, with what the kernel holds for it after loading
// (translated instructions) from the insns part where both tools ran it.
type RecipeInsns struct {
	Recipe       string      `json:"recipe"`
	Defines      []string    `json:"defines,omitempty"`
	Before       int         `json:"before"`
	After        int         `json:"after"`
	Ratio        float64     `json:"after_over_before"`
	Programs     []ProgInsns `json:"programs"`
	NtraceXlated int         `json:"ntrace_xlated_insns,omitempty"`
	BpfXlated    int         `json:"bpftrace_xlated_insns,omitempty"`
	BeforeErr    string      `json:"before_error,omitempty"`
	AfterErr     string      `json:"after_error,omitempty"`
}

// ProgInsns is one program's emitted instructions before and after; 0
// where that revision made no such program.
type ProgInsns struct {
	Program string `json:"program"`
	Before  int    `json:"before"`
	After   int    `json:"after"`
}

// compareBaseline builds the baseline ntrace and counts what it and the
// current one emit for every recipe variant. A baseline that cannot be
// built is reported in the result, not fatal: the after counts stand.
func (b *bench) compareBaseline(ctx context.Context, loaded []InsnsResult) (*BeforeAfter, error) {
	ba := &BeforeAfter{Baseline: b.cfg.baseline}
	scripts, err := b.recipes()
	if err != nil {
		return nil, err
	}
	var before string
	if b.cfg.baseline != "" {
		b.logf("building baseline ntrace %s", b.cfg.baseline)
		if before, err = b.buildBaseline(ctx, b.cfg.baseline); err != nil {
			ba.BaselineErr = err.Error()
			b.logf("baseline: %v", err)
		}
	}
	for _, s := range scripts {
		variants, ok := recipeVariants[filepath.Base(s.name)]
		if !ok {
			variants = [][]string{nil}
		}
		for _, defs := range variants {
			r := RecipeInsns{Recipe: s.name, Defines: defs}
			path := filepath.Join(b.cfg.root, s.name)
			var was, is []progCount
			if before != "" {
				if was, err = emitted(ctx, before, path, defs); err != nil {
					r.BeforeErr = err.Error()
				}
			}
			if is, err = emitted(ctx, b.ntrace, path, defs); err != nil {
				r.AfterErr = err.Error()
			}
			r.Programs, r.Before, r.After = pairPrograms(was, is)
			r.Ratio = ratio(float64(r.After), float64(r.Before))
			if defs == nil || len(variants) == 1 {
				r.NtraceXlated, r.BpfXlated = loadedXlated(loaded, s.name)
			}
			ba.Recipes = append(ba.Recipes, r)
		}
	}
	return ba, nil
}

// buildBaseline builds ntrace at rev from `git archive` in a temporary
// directory, removed afterwards, into the output directory, where a
// later run finds it (a revision's source never changes).
func (b *bench) buildBaseline(ctx context.Context, rev string) (string, error) {
	git := exec.CommandContext(ctx, "git", "rev-parse", "--verify", rev+"^{commit}")
	git.Dir = b.cfg.root
	out, err := git.Output()
	if err != nil {
		return "", fmt.Errorf("revision %s: %v", rev, err)
	}
	full := strings.TrimSpace(string(out))
	bin, err := filepath.Abs(filepath.Join(b.cfg.out, "ntrace-"+full[:12]))
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(bin); err == nil {
		return bin, nil
	}
	src, err := os.MkdirTemp("", "ntrace-baseline-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(src)
	steps := []*exec.Cmd{
		exec.CommandContext(ctx, "sh", "-c", `git archive "$1" | tar -x -C "$2"`, "sh", full, src),
		exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/ntrace"),
	}
	steps[0].Dir, steps[1].Dir = b.cfg.root, src
	steps[1].Env = append(os.Environ(), "CGO_ENABLED=0")
	for _, cmd := range steps {
		if out, err := cmd.CombinedOutput(); err != nil {
			return "", fmt.Errorf("building %s: %s: %v\n%s", full[:12], strings.Join(cmd.Args, " "), err, out)
		}
	}
	return bin, nil
}

// progCount is one program in a -d asm listing.
type progCount struct {
	target string
	insns  int
}

// asmHeaderRe matches the line that opens each program in -d asm's
// listing, the same since the first commit: "TARGET (Type, N instructions):".
var asmHeaderRe = regexp.MustCompile(`(?m)^(.+) \((\w+), (\d+) instructions\):$`)

// emitted compiles script with bin (check -d asm: no loading) and returns
// its programs' instruction counts.
func emitted(ctx context.Context, bin, script string, defines []string) ([]progCount, error) {
	args := []string{"check", "-d", "asm"}
	for _, d := range defines {
		args = append(args, "-D", d)
	}
	cmd := exec.CommandContext(ctx, bin, append(args, script)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("%s: %v: %s", filepath.Base(bin), err, firstLine(stderr.String()))
	}
	return parseAsmCounts(string(out)), nil
}

// parseAsmCounts reads the programs and their sizes from -d asm's listing.
func parseAsmCounts(listing string) []progCount {
	var out []progCount
	for _, m := range asmHeaderRe.FindAllStringSubmatch(listing, -1) {
		n, err := strconv.Atoi(m[3])
		if err == nil {
			out = append(out, progCount{target: m[1], insns: n})
		}
	}
	return out
}

// pairPrograms lines up the programs of both revisions by target, in the
// current one's order, those only the baseline made last, and totals them.
func pairPrograms(was, is []progCount) (ps []ProgInsns, before, after int) {
	index := map[string]int{}
	for _, p := range is {
		index[p.target] = len(ps)
		ps = append(ps, ProgInsns{Program: p.target, After: p.insns})
		after += p.insns
	}
	for _, p := range was {
		if i, ok := index[p.target]; ok {
			ps[i].Before = p.insns
		} else {
			ps = append(ps, ProgInsns{Program: p.target, Before: p.insns})
		}
		before += p.insns
	}
	return ps, before, after
}

// loadedXlated finds script's translated totals in the insns part's
// results, 0 for a tool that could not run it.
func loadedXlated(loaded []InsnsResult, script string) (nt, bt int) {
	for _, in := range loaded {
		if in.Script != script {
			continue
		}
		if in.NtraceErr == "" {
			nt = in.NtraceXlated
		}
		if in.BpfErr == "" {
			bt = in.BpfXlated
		}
	}
	return nt, bt
}

// printBeforeAfter writes the before/after section: a line per recipe
// variant, and one per program under a recipe with several.
func printBeforeAfter(w io.Writer, ba *BeforeAfter, rev string) {
	base := ba.Baseline
	if len(base) > 7 {
		base = base[:7]
	}
	fmt.Fprintf(w, "\nEmitted instructions per recipe (ntrace check -d asm), before = %s, after = %s; translated (xlated) where loaded\n", base, rev)
	if ba.BaselineErr != "" {
		fmt.Fprintf(w, "  no before: %s\n", firstLine(ba.BaselineErr))
	}
	nameW := 0
	for _, r := range ba.Recipes {
		nameW = max(nameW, utf8.RuneCountInString(recipeLabel(r)))
		for _, p := range r.Programs {
			nameW = max(nameW, 4+utf8.RuneCountInString(p.Program))
		}
	}
	fmt.Fprintf(w, "  %s %7s %7s %7s %13s %15s\n", pad("", nameW), "before", "after", "ratio", "xlated ntrace", "xlated bpftrace")
	for _, r := range ba.Recipes {
		note := ""
		if r.BeforeErr != "" || r.AfterErr != "" {
			note = "  " + strings.TrimSpace("before: "+firstLine(r.BeforeErr)+" after: "+firstLine(r.AfterErr))
		}
		fmt.Fprintf(w, "  %s %7s %7s %7s %13s %15s%s\n", pad(recipeLabel(r), nameW), count(r.Before), count(r.After),
			ratioText(r.Ratio), count(r.NtraceXlated), count(r.BpfXlated), note)
		if len(r.Programs) < 2 {
			continue
		}
		for _, p := range r.Programs {
			fmt.Fprintf(w, "  %s %7s %7s %7s\n", pad("    "+p.Program, nameW), count(p.Before), count(p.After),
				ratioText(ratio(float64(p.After), float64(p.Before))))
		}
	}
}

// recipeLabel names a recipe variant with its -D settings.
func recipeLabel(r RecipeInsns) string {
	if len(r.Defines) == 0 {
		return r.Recipe
	}
	return r.Recipe + " -D " + strings.Join(r.Defines, " -D ")
}

// count formats an instruction count, "-" for none.
func count(n int) string {
	if n == 0 {
		return "-"
	}
	return strconv.Itoa(n)
}

package scripts_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/ntrace/ntrace/codegen"
	"github.com/ntrace/ntrace/internal/testenv"
	"github.com/ntrace/ntrace/lang"
	"github.com/ntrace/ntrace/scripts"
)

// ntrace reads kernel BTF lazily (package lazybtf): only the types a
// script names, and the members it follows. Every recipe, checked and
// compiled against each kernel's BTF read that way, comes out exactly as
// against the same BTF decoded whole by cilium/ebpf: the type of every
// expression, every member's offset and size, every constant and
// warning, and the instructions of every program.
func TestRecipesLazyBTFAsFullBTF(t *testing.T) {
	for _, name := range scripts.Names() {
		src, _ := scripts.Lookup(name)
		for _, params := range recipeVariants(t, name, src) {
			for _, kernel := range []string{"6.1", "6.12", "6.18"} {
				t.Run(fmt.Sprintf("%s/%v/%s", name, params.Named, kernel), func(t *testing.T) {
					lazy := checkAndCompile(t, name, src, testenv.Env{TB: t, Kernel: kernel}, params)
					full := checkAndCompile(t, name, src, testenv.Env{TB: t, Kernel: kernel, FullBTF: true}, params)
					if lazy != full {
						t.Errorf("lazily read BTF gives:\n%s\nfull BTF gives:\n%s", firstDiff(lazy, full), firstDiff(full, lazy))
					}
				})
			}
		}
	}
}

// moduleScripts read types that only a module's BTF has (nf_tables on
// 6.1 and 6.12), and kernel types through them.
var moduleScripts = []string{
	`kprobe:nft_do_chain { @[args->pkt->skb->len, args->pkt->tprot, args->pkt->state->hook] = count(); }`,
	`kprobe:nf_tables:nft_do_chain {
		$c = (struct nft_chain *)args->priv;
		@[str($c->name), $c->table->family] = count();
		@s = sizeof(struct nft_pktinfo);
		@o = offsetof(struct nft_pktinfo, tprot);
	}`,
}

// The same for scripts on module types, on the kernels whose module BTF
// is kept.
func TestModuleScriptsLazyBTFAsFullBTF(t *testing.T) {
	for i, src := range moduleScripts {
		for _, kernel := range []string{"6.1", "6.12"} {
			t.Run(fmt.Sprintf("%d/%s", i, kernel), func(t *testing.T) {
				params := lang.Params{Named: map[string]string{}}
				lazy := checkAndCompile(t, "module.nt", src, testenv.Env{TB: t, Kernel: kernel, Modules: true}, params)
				full := checkAndCompile(t, "module.nt", src, testenv.Env{TB: t, Kernel: kernel, Modules: true, FullBTF: true}, params)
				if lazy != full {
					t.Errorf("lazily read BTF gives:\n%s\nfull BTF gives:\n%s", firstDiff(lazy, full), firstDiff(full, lazy))
				}
				if !strings.Contains(lazy, "nft_pktinfo") && !strings.Contains(lazy, "nft_chain") {
					t.Errorf("the script's types are not the module's:\n%s", lazy)
				}
			})
		}
	}
}

// recipeVariants are the parameters a recipe is compared with: its
// defaults (a pid where it needs one), and every bool parameter set, as
// these switch on code that reads other structs.
func recipeVariants(t *testing.T, name, src string) []lang.Params {
	prog, err := lang.Parse(name+".nt", src)
	if err != nil {
		t.Fatal(lang.Render(name+".nt", src, err))
	}
	base := lang.Params{Named: map[string]string{}, PID: 1}
	all := lang.Params{Named: map[string]string{}, PID: 1}
	for _, p := range prog.Params {
		if !p.HasDef {
			base.Named[p.Name], all.Named[p.Name] = "1", "1"
		}
		if p.Type == "bool" {
			all.Named[p.Name] = "true"
		}
	}
	if fmt.Sprint(base.Named) == fmt.Sprint(all.Named) {
		return []lang.Params{base}
	}
	return []lang.Params{base, all}
}

// checkAndCompile renders everything checking and compiling the recipe
// against env decide.
func checkAndCompile(t *testing.T, name, src string, env lang.Env, params lang.Params) string {
	t.Helper()
	prog, err := lang.Parse(name+".nt", src)
	if err != nil {
		t.Fatal(lang.Render(name+".nt", src, err))
	}
	info, err := lang.Check(prog, env, params)
	if err != nil {
		t.Fatal(lang.Render(name+".nt", src, err))
	}
	var b strings.Builder
	b.WriteString(lang.Dump(prog, info))
	var lines []string
	for e, acc := range info.Members {
		lines = append(lines, fmt.Sprintf("member %v %s: %+v", e.Pos, e.Name, *acc))
	}
	for e, off := range info.Offsets {
		lines = append(lines, fmt.Sprintf("offset %v %T: %d", e.Position(), e, off))
	}
	for e, c := range info.Consts {
		lines = append(lines, fmt.Sprintf("const %v %T: %+v", e.Position(), e, c))
	}
	for alt, err := range info.Left {
		lines = append(lines, fmt.Sprintf("left %v: %v", alt.Pos, err))
	}
	for _, p := range info.Probes {
		for _, tg := range p.Targets {
			lines = append(lines, fmt.Sprintf("target %v: %s args %s", p.Probe.Pos, tg, describeArgs(tg)))
		}
	}
	sort.Strings(lines)
	b.WriteString(strings.Join(lines, "\n"))
	b.WriteString("\n" + lang.RenderWarnings(name+".nt", src, info.Warnings))
	out, err := codegen.Compile(prog, info, codegen.Options{
		Features: codegen.Features{Fentry: true, Kprobes: true, KprobeMulti: true},
	})
	if err != nil {
		t.Fatal(lang.Render(name+".nt", src, err))
	}
	for _, p := range out.Programs {
		fmt.Fprintf(&b, "%s (%s):\n%v\n", p.Target, p.Spec.Type, p.Spec.Instructions)
	}
	return b.String()
}

func describeArgs(tg *lang.Target) string {
	if tg.Args == nil {
		return "-"
	}
	var fs []string
	for _, f := range tg.Args.Fields {
		fs = append(fs, fmt.Sprintf("%s %s @%d", f.Type, f.Name, f.Offset))
	}
	return strings.Join(fs, ", ")
}

// firstDiff is a's text from a few lines before the first line where it
// differs from b.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range al {
		if i >= len(bl) || al[i] != bl[i] {
			return strings.Join(al[max(0, i-3):min(len(al), i+5)], "\n")
		}
	}
	return "(a prefix of the other)"
}

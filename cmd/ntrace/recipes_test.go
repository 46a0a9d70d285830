package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A script is the file at the path given when there is one; else, for a
// name without '/', the recipe of that name (with or without ".nt") on
// NTRACE_PATH, then the bundled one. -v says which ran; a recipe that
// shadows another script is said.
func TestFindScript(t *testing.T) {
	dir := t.TempDir()
	recipeDir := filepath.Join(dir, "recipes")
	os.Mkdir(recipeDir, 0o755)
	mine := "// mine: mine\nBEGIN { exit(); }\n"
	os.WriteFile(filepath.Join(recipeDir, "mine.nt"), []byte(mine), 0o644)
	t.Setenv("NTRACE_PATH", recipeDir)
	t.Chdir(dir)

	var stderr strings.Builder
	name, src, err := findScript("mine", &stderr, true)
	if err != nil || name != filepath.Join(recipeDir, "mine.nt") || src != mine {
		t.Fatalf("mine: %s %q %v", name, src, err)
	}
	if want := "ntrace: running the recipe mine (" + recipeDir + "): there is no file mine here\n"; stderr.String() != want {
		t.Errorf("-v said %q, want %q", stderr.String(), want)
	}
	if name, _, err := findScript("udplat.nt", &stderr, false); err != nil || name != "udplat.nt" {
		t.Errorf("udplat.nt: %s %v", name, err)
	}
	// A file of that name wins, and -v says so.
	os.WriteFile(filepath.Join(dir, "mine.nt"), []byte("// here\n"), 0o644)
	stderr.Reset()
	if _, src, err := findScript("mine.nt", &stderr, true); err != nil || src != "// here\n" {
		t.Errorf("the file mine.nt: %q %v", src, err)
	}
	if want := "ntrace: running mine.nt, a file, not the recipe mine (" + recipeDir + ")\n"; stderr.String() != want {
		t.Errorf("-v said %q, want %q", stderr.String(), want)
	}
	// A path is a file, never a recipe.
	if _, _, err := findScript("./udplat.nt", &stderr, false); err == nil || !strings.Contains(err.Error(), "reading script") {
		t.Errorf("./udplat.nt: %v", err)
	}
	if _, _, err := findScript("nosuch", &stderr, false); err == nil || !strings.Contains(err.Error(), `no script file or recipe called "nosuch"`) {
		t.Errorf("nosuch: %v", err)
	}
	// Shadowing a bundled recipe with another script is said; with a
	// copy of it, nothing is.
	os.WriteFile(filepath.Join(recipeDir, "syscount.nt"), []byte(mine), 0o644)
	stderr.Reset()
	findScript("syscount", &stderr, false)
	if want := "ntrace: the recipe syscount from " + recipeDir + " shadows another of that name (bundled)\n"; stderr.String() != want {
		t.Errorf("shadowing: %q, want %q", stderr.String(), want)
	}
}

// "ntrace recipes" lists every recipe with its origin and ends its
// output with a newline; "recipes show" prints the one that runs.
func TestRecipesCommand(t *testing.T) {
	dir := t.TempDir()
	mine := "// mine: a recipe of mine\nBEGIN { exit(); }\n"
	os.WriteFile(filepath.Join(dir, "mine.nt"), []byte(mine), 0o644)
	t.Setenv("NTRACE_PATH", dir)
	var stdout, stderr strings.Builder
	if err := run(t.Context(), []string{"recipes"}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	out := stdout.String()
	if !strings.HasSuffix(out, "\n") || !strings.Contains(out, "mine              "+dir+"  a recipe of mine\n") || !strings.Contains(out, "udplat            bundled") {
		t.Errorf("ntrace recipes:\n%s", out)
	}
	stdout.Reset()
	if err := run(t.Context(), []string{"recipes", "show", "mine"}, &stdout, &stderr); err != nil || stdout.String() != mine {
		t.Errorf("recipes show mine: %q %v", stdout.String(), err)
	}
	if err := run(t.Context(), []string{"recipes", "bogus"}, &stdout, &stderr); err == nil {
		t.Error("recipes bogus: no error")
	}
}

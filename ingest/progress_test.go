package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestProgressNotATerminal: with output redirected to a file, no progress
// bar is drawn at all.
func TestProgressNotATerminal(t *testing.T) {
	dir := t.TempDir()
	out, err := os.Create(filepath.Join(dir, "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	in := writeFile(t, dir, "c.jsonl", []byte(strings.Repeat(`{"text":"NATO urged the EU"}`+"\n", 50)))
	var s Summary
	items := readAll(t, []string{in}, "", Options{Progress: out, Summary: &s})
	if len(items) != 50 {
		t.Fatalf("%d items", len(items))
	}
	if fi, _ := out.Stat(); fi.Size() != 0 {
		b, _ := os.ReadFile(out.Name())
		t.Errorf("progress written to a file: %q", b)
	}
	if newProgress(out, []string{in}) != nil {
		t.Error("a bar for a regular file")
	}
}

func TestSummary(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "a.txt", []byte("text"))
	bin := writeFile(t, dir, "b.txt", []byte("a\x00b"))
	empty := writeFile(t, dir, "c.txt", nil)
	var s Summary
	readAll(t, []string{good, bin, empty, filepath.Join(dir, "missing.txt")}, "", Options{Summary: &s})
	s.Extracted()
	s.Duplicate()
	s.Skip(ErrNotEnglish.Error())
	want := "read 4, extracted 1, duplicates 1, skipped 4 (binary content 1, empty 1, not English 1, unreadable 1)"
	if got := s.String(); got != want {
		t.Errorf("summary\n got %q\nwant %q", got, want)
	}
	if s.Skipped() != 4 {
		t.Errorf("Skipped() = %d", s.Skipped())
	}
}

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

// extractJSONL runs extract --in jsonl on in, which must succeed, and
// returns the output lines, the whole output and stderr.
func extractJSONL(t *testing.T, in string) (lines []string, out, errs string) {
	t.Helper()
	out, errs, code := runCLI(t, in, "extract", "--in", "jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	return strings.Split(strings.TrimSpace(out), "\n"), out, errs
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExtractText(t *testing.T) {
	out, errs, code := runCLI(t, "Turkish Foreign Minister Hakan Fidan met NATO Secretary General Mark Rutte in Ankara.",
		"extract", "--date", "2025-03-01")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rec struct {
		Doc    struct{ Published string }
		Actors []struct{ ID, Kind, Affiliation string }
		Events []json.RawMessage
		Quotes []json.RawMessage
	}
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatalf("output is not one JSON record: %v\n%s", err, out)
	}
	if rec.Doc.Published != "2025-03-01" {
		t.Errorf("published = %q", rec.Doc.Published)
	}
	found := map[string]string{}
	for _, a := range rec.Actors {
		found[a.ID] = a.Affiliation
	}
	for id, aff := range map[string]string{"TUR": "", "NATO": "", "person:hakan-fidan": "TUR", "person:mark-rutte": "NATO"} {
		if got, ok := found[id]; !ok || got != aff {
			t.Errorf("actor %s: found %v, affiliation %q, want %q", id, ok, got, aff)
		}
	}
	if rec.Events == nil || rec.Quotes == nil {
		t.Errorf("events and quotes must be present (even empty): %s", out)
	}
}

func TestExtractJSONLKeepsIDsAndOrder(t *testing.T) {
	in := `{"id":"b","text":"Greece and Turkey met."}
{"id":"a","text":"The EU spoke.","published":"2024-01-02"}
`
	lines, out, _ := extractJSONL(t, in)
	if len(lines) != 2 || !strings.Contains(lines[0], `"id":"b"`) || !strings.Contains(lines[1], `"id":"a"`) {
		t.Errorf("want records b then a, one per line; got:\n%s", out)
	}
}

// TestExtractBadInput feeds bad input beside good input: each bad item is
// reported with its file (and line), the good ones are still extracted,
// and the exit status says something was skipped.
func TestExtractBadInput(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", []byte("NATO urged Turkey to act."))
	empty := writeFile(t, dir, "empty.txt", nil)
	binary := writeFile(t, dir, "binary.txt", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00"))
	invalid := writeFile(t, dir, "latin1.txt", []byte("Caf\xe9 in Ankara, Turkey."))
	big := writeFile(t, dir, "big.txt", bytes.Repeat([]byte("Turkey and Greece met. "), 50<<20/23+1))
	corpus := writeFile(t, dir, "corpus.jsonl", []byte(`{"id":"1","text":"Greece spoke."}
{"id":"2","text":"truncated
{"id":"3","text":"Cyprus spoke."}
`))
	out, errs, code := runCLI(t, "", "extract", "--out", "jsonl", good, empty, binary, invalid, big, corpus)
	if code != exitSkipped {
		t.Errorf("exit status %d, want %d (some input skipped)", code, exitSkipped)
	}
	for _, want := range []string{"empty.txt", "binary.txt", "latin1.txt", "big.txt", "corpus.jsonl:2"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr does not name %s:\n%s", want, errs)
		}
	}
	records := strings.Count(out, `"doc":`)
	// good.txt, corpus lines 1 and 3; latin1.txt may be decoded rather
	// than skipped by the reader, which is also right.
	if records < 3 {
		t.Errorf("%d records, want the 3 good documents at least:\n%s", records, out)
	}
	for _, id := range []string{`"id":"1"`, `"id":"3"`} {
		if !strings.Contains(out, id) {
			t.Errorf("record %s missing", id)
		}
	}
}

func TestExtractUsageErrors(t *testing.T) {
	if _, _, code := runCLI(t, "", "extract", "--in", "pdf"); code != exitFailed {
		t.Errorf("--in pdf: exit %d, want %d", code, exitFailed)
	}
	if _, _, code := runCLI(t, "", "extract", "--date", "yesterday"); code != exitFailed {
		t.Errorf("--date yesterday: exit %d, want %d", code, exitFailed)
	}
}

func TestExtractNonEnglishIsNotCoded(t *testing.T) {
	in := `{"id":"de","text":"Die Türkei und Griechenland haben am Montag in Athen über die Beziehungen zwischen den beiden Ländern gesprochen, sagte der Minister."}
`
	out, errs, code := runCLI(t, in, "extract", "--in", "jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "not English") {
		t.Errorf("stderr does not say the document is not English: %q", errs)
	}
	if !strings.Contains(out, `"lang":"de"`) || !strings.Contains(out, `"actors":[]`) {
		t.Errorf("want an uncoded record with lang de: %s", out)
	}
}

func TestExtractLinksNearDuplicates(t *testing.T) {
	story := "NATO Secretary General Mark Rutte urged European Union leaders on Monday to improve their relations with Turkey, " +
		"saying that the alliance needed Ankara's help to secure its southern flank and that the bloc should deepen defence cooperation."
	in := `{"id":"first","text":"` + story + `"}
{"id":"copy","text":"UPDATED: ` + story + `"}
{"id":"other","text":"Greece and Cyprus said on Tuesday they would hold talks with Egypt on energy cooperation in the eastern Mediterranean."}
`
	lines, out, _ := extractJSONL(t, in)
	if len(lines) != 3 {
		t.Fatalf("want 3 records, got %d", len(lines))
	}
	if strings.Contains(lines[0], "duplicate_of") || strings.Contains(lines[2], "duplicate_of") {
		t.Errorf("first copy and other story must not be duplicates:\n%s", out)
	}
	if !strings.Contains(lines[1], `"duplicate_of":"first"`) {
		t.Errorf("copy not linked to the first:\n%s", lines[1])
	}
}

func TestExtractEmptyRecordKeepsAlignment(t *testing.T) {
	in := `{"id":"1","text":"Greece spoke."}
{"id":"2","text":""}
{"id":"3","text":"Cyprus spoke."}
`
	lines, out, errs := extractJSONL(t, in)
	if len(lines) != 3 || !strings.Contains(lines[1], `"id":"2"`) || !strings.Contains(lines[1], `"events":[]`) {
		t.Errorf("want three records, the second empty:\n%s", out)
	}
	if !strings.Contains(errs, ":2") {
		t.Errorf("stderr does not name line 2: %q", errs)
	}
}

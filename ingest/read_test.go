package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readAll runs Read and collects its items.
func readAll(t *testing.T, sources []string, stdin string, opts Options) []Item {
	t.Helper()
	var items []Item
	err := Read(context.Background(), sources, strings.NewReader(stdin), opts, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return items
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadTextFile(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "a.txt", []byte("\ufeffNATO urged the EU to mend ties with Turkey.\n"))
	items := readAll(t, []string{p}, "", Options{Date: "2025-03-01"})
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("items = %+v", items)
	}
	d := items[0].Doc
	if d.Text != "NATO urged the EU to mend ties with Turkey.\n" {
		t.Errorf("text = %q (BOM must go, the rest stay)", d.Text)
	}
	if d.Published != "2025-03-01" || d.Origin != p || d.Title != "" {
		t.Errorf("doc = %+v", d)
	}
	if d.ID != DocID(d) || len(d.ID) != 32 {
		t.Errorf("id = %q", d.ID)
	}
}

func TestReadBadFiles(t *testing.T) {
	dir := t.TempDir()
	big := make([]byte, 2048)
	for i := range big {
		big[i] = 'a'
	}
	cases := []struct {
		name   string
		data   []byte
		reason error
		msg    string
	}{
		{"bin.txt", []byte("abc\x00def"), ErrBinary, "bin.txt: binary content (NUL at byte 3)"},
		{"ctl.txt", bytes.Repeat([]byte{1, 2, 3, 'a'}, 100), ErrBinary, "control characters"},
		{"empty.txt", nil, ErrEmpty, "empty.txt: empty"},
		{"blank.txt", []byte(" \n\t\n"), ErrEmpty, "blank.txt: empty"},
		{"latin.txt", []byte("caf\xe9 au lait"), ErrInvalidUTF8, "latin.txt: invalid UTF-8 (at byte 3)"},
		{"big.txt", big, ErrTooLarge, "big.txt: too large (2048 bytes exceeds the 1024 bytes limit)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := writeFile(t, dir, c.name, c.data)
			good := writeFile(t, dir, "good-"+c.name, []byte("good text"))
			items := readAll(t, []string{p, good}, "", Options{MaxBytes: 1024})
			if len(items) != 2 {
				t.Fatalf("got %d items, want 2", len(items))
			}
			if !errors.Is(items[0].Err, c.reason) || !strings.Contains(items[0].Err.Error(), c.msg) {
				t.Errorf("err = %v, want %v containing %q", items[0].Err, c.reason, c.msg)
			}
			if items[1].Err != nil || items[1].Doc.Text != "good text" {
				t.Errorf("the good file after it: %+v", items[1])
			}
		})
	}
}

func TestReadJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","url":"https://example.com/a","title":"A","outlet":"X","published":"2025-03-01T10:00:00+01:00","text":"first"}`,
		`{"id":"b","text":"second"`,
		``,
		`{"id":7,"text":"third","date":"1987-02-26"}`,
		`{"text":"no id here"}`,
		`{"id":"c"}`,
		"{\"id\":\"d\",\"text\":\"caf\xe9\"}",
		`[1,2]`,
		`{"id":"e","text":"last"}`,
	}, "\n")
	items := readAll(t, []string{"-"}, in, Options{Format: FormatJSONL})
	want := []struct {
		origin, id, err string
	}{
		{"-:1", "a", ""},
		{"-:2", "", "-:2: malformed"},
		{"-:4", "7", ""},
		{"-:5", DocID(ententeDoc("no id here")), ""},
		{"-:6", "c", `-:6: no text (no "text" or "html")`},
		{"-:7", "", "-:7: invalid UTF-8"},
		{"-:8", "", "-:8: malformed"},
		{"-:9", "e", ""},
	}
	if len(items) != len(want) {
		t.Fatalf("got %d items, want %d: %+v", len(items), len(want), items)
	}
	for i, w := range want {
		it := items[i]
		if it.Doc.Origin != w.origin {
			t.Errorf("item %d origin = %q, want %q", i, it.Doc.Origin, w.origin)
		}
		if w.err != "" {
			if it.Err == nil || !strings.HasPrefix(it.Err.Error(), w.err) {
				t.Errorf("item %d err = %v, want prefix %q", i, it.Err, w.err)
			}
			continue
		}
		if it.Err != nil || it.Doc.ID != w.id {
			t.Errorf("item %d = %+v %v, want id %q", i, it.Doc, it.Err, w.id)
		}
	}
	a := items[0].Doc
	if a.URL != "https://example.com/a" || a.Title != "A" || a.Outlet != "X" || a.Published != "2025-03-01" || a.Text != "first" {
		t.Errorf("fields: %+v", a)
	}
	if items[2].Doc.Published != "1987-02-26" {
		t.Errorf(`"date" is read as published: %+v`, items[2].Doc)
	}
}

// TestReadJSONLHugeLine: a line far over the limit is one "too large"
// item, read without holding it, and the next line is still read.
func TestReadJSONLHugeLine(t *testing.T) {
	dir := t.TempDir()
	var b bytes.Buffer
	b.WriteString(`{"id":"ok1","text":"before"}` + "\n")
	b.WriteString(`{"id":"huge","text":"`)
	b.Write(bytes.Repeat([]byte("x"), 50<<20))
	b.WriteString("\"}\n")
	b.WriteString(`{"id":"ok2","text":"after"}` + "\n")
	p := writeFile(t, dir, "corpus.jsonl", b.Bytes())
	items := readAll(t, []string{p}, "", Options{})
	if len(items) != 3 {
		t.Fatalf("got %d items", len(items))
	}
	if !errors.Is(items[1].Err, ErrTooLarge) || !strings.Contains(items[1].Err.Error(), "corpus.jsonl:2: too large (line of 52428823 bytes exceeds the 10 MB limit)") {
		t.Errorf("huge line: %v", items[1].Err)
	}
	if items[0].Doc.ID != "ok1" || items[2].Doc.ID != "ok2" || items[2].Doc.Origin != p+":3" {
		t.Errorf("neighbours: %+v / %+v", items[0].Doc, items[2].Doc)
	}
}

func TestReadDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b/z.txt", []byte("zed"))
	writeFile(t, dir, "a.txt", []byte("alpha"))
	writeFile(t, dir, "b/c.jsonl", []byte(`{"id":"c1","text":"c one"}`+"\n"+`{"id":"c2","text":"c two"}`+"\n"))
	writeFile(t, dir, "README.md", []byte("not read"))
	writeFile(t, dir, ".hidden/x.txt", []byte("not read"))
	writeGz(t, dir, "d.txt.gz", []byte("gzipped text"))
	writeFile(t, dir, "e.json", []byte("{\n  \"id\": \"e\",\n  \"text\": \"pretty printed\"\n}\n"))
	writeFile(t, dir, "f.json", []byte(`[{"id":"f1","text":"one"},{"id":"f2","text":"two"}]`))
	items := readAll(t, []string{dir}, "", Options{})
	var got []string
	for _, it := range items {
		if it.Err != nil {
			t.Errorf("unexpected error: %v", it.Err)
			continue
		}
		got = append(got, it.Doc.Text)
	}
	want := "alpha|c one|c two|zed|gzipped text|pretty printed|one|two"
	if strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestReadStopsWhenFnFails(t *testing.T) {
	in := strings.Repeat(`{"text":"x"}`+"\n", 100)
	stop := errors.New("stop")
	n := 0
	err := Read(context.Background(), []string{"-"}, strings.NewReader(in), Options{}, func(Item) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("err = %v after %d items", err, n)
	}
}

func TestReadCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := Read(ctx, []string{"-"}, strings.NewReader(`{"text":"x"}`), Options{}, func(Item) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v", err)
	}
}

func TestSniff(t *testing.T) {
	cases := map[string]string{
		`{"id":1}`:   FormatJSONL,
		`[{"id":1}]`: FormatJSON,
		`<?xml version="1.0"?><rss version="2.0">`:                  FormatFeed,
		`<feed xmlns="http://www.w3.org/2005/Atom">`:                FormatFeed,
		`{"version":"https://jsonfeed.org/version/1.1","items":[]}`: FormatFeed,
		"<!DOCTYPE html><html><body>":                               FormatHTML,
		"NATO urged":                                                FormatText,
	}
	for in, want := range cases {
		if got := sniffBytes([]byte(in)); got != want {
			t.Errorf("sniff(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestReadHTMLFiles(t *testing.T) {
	dir := t.TempDir()
	page := []byte(strings.ReplaceAll(articlePage, "%s", "Rutte urges EU"))
	writeFile(t, dir, "a/page.html", page)
	writeGz(t, dir, "a/page2.htm.gz", page)
	writeFile(t, dir, "a/empty.html", nil)
	items := readAll(t, []string{dir}, "", Options{})
	if len(items) != 3 {
		t.Fatalf("items: %+v", items)
	}
	if !errors.Is(items[0].Err, ErrEmpty) {
		t.Errorf("empty page: %v", items[0].Err)
	}
	for _, it := range items[1:] {
		d := it.Doc
		if it.Err != nil || d.Title != "Rutte urges EU | Wire" && d.Title != "Rutte urges EU" || d.Author != "Ann Reporter" || d.Outlet != "The Wire" || d.Published != "2025-03-02" || d.Lang != "en" {
			t.Errorf("%s: %v %+v", d.Origin, it.Err, d)
		}
		if !strings.Contains(d.Text, "urged European Union leaders") || strings.Contains(d.Text, "Copyright") || d.HTML != "" {
			t.Errorf("%s: body %q", d.Origin, d.Text)
		}
		if !strings.HasPrefix(d.Text, "Rutte urges EU\n\n") {
			t.Errorf("%s: headline and paragraphs apart: %q", d.Origin, d.Text[:40])
		}
	}
}

// TestReadBigFile: a 50 MB file is refused from its size, without reading it.
func TestReadBigFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "big.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(50 << 20); err != nil { // sparse: nothing is written
		t.Fatal(err)
	}
	f.Close()
	items := readAll(t, []string{p}, "", Options{})
	want := p + ": too large (52428800 bytes exceeds the 10 MB limit)"
	if len(items) != 1 || items[0].Err == nil || items[0].Err.Error() != want {
		t.Errorf("items %+v, want %q", items, want)
	}
	// From stdin the size is not known up front: still refused.
	items = readAll(t, []string{"-"}, strings.Repeat("word ", 3<<20), Options{Format: FormatText})
	if len(items) != 1 || !errors.Is(items[0].Err, ErrTooLarge) || !strings.HasPrefix(items[0].Err.Error(), "-: too large (15728640 bytes") {
		t.Errorf("stdin: %+v", items)
	}
}

func TestReadStdinAuto(t *testing.T) {
	cases := map[string]string{
		"NATO urged the EU to mend ties.":                 "NATO urged the EU to mend ties.",
		`{"id":"s1","text":"from JSONL"}`:                 "from JSONL",
		strings.ReplaceAll(articlePage, "%s", "Headline"): "Headline",
	}
	for in, want := range cases {
		items := readAll(t, []string{"-"}, in, Options{})
		if len(items) != 1 || items[0].Err != nil || !strings.HasPrefix(items[0].Doc.Text, want) {
			t.Errorf("%.30q: %+v", in, items)
		}
	}
}

// TestReadOrderWithWorkers: documents that take long (HTML) and short
// (text) come out in input order whatever the workers do.
func TestReadOrderWithWorkers(t *testing.T) {
	var in strings.Builder
	page := strings.ReplaceAll(articlePage, "%s", "Headline")
	for i := range 60 {
		var line []byte
		if i%3 == 0 {
			line, _ = json.Marshal(map[string]string{"id": fmt.Sprint(i), "html": page})
		} else {
			line, _ = json.Marshal(map[string]string{"id": fmt.Sprint(i), "text": "short text"})
		}
		in.Write(line)
		in.WriteByte('\n')
	}
	items := readAll(t, []string{"-"}, in.String(), Options{Workers: 4})
	if len(items) != 60 {
		t.Fatalf("%d items", len(items))
	}
	for i, it := range items {
		if it.Err != nil || it.Doc.ID != fmt.Sprint(i) || it.Doc.Origin != fmt.Sprintf("-:%d", i+1) {
			t.Fatalf("item %d: %+v %v", i, it.Doc, it.Err)
		}
	}
}

func TestReadCancelledMidway(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	in := strings.Repeat(`{"text":"x"}`+"\n", 1000)
	n := 0
	err := Read(ctx, []string{"-"}, strings.NewReader(in), Options{}, func(Item) error {
		n++
		if n == 3 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 3 {
		t.Errorf("err = %v after %d items", err, n)
	}
}

func TestReadNoStdin(t *testing.T) {
	var items []Item
	err := Read(context.Background(), []string{"-"}, nil, Options{}, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil || len(items) != 1 || !errors.Is(items[0].Err, ErrUnreadable) {
		t.Errorf("%v %+v", err, items)
	}
}

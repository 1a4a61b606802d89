package store_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/entente/entente"
	"github.com/entente/entente/store"
	"github.com/entente/entente/store/sqlite"
	"github.com/entente/entente/store/storetest"
)

func corpus(n int) []entente.Document {
	return storetest.Corpus(7, n, 6, storetest.Actors(30), time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), 365)
}

func load(t testing.TB, ctx context.Context, st entente.Store, ex entente.Extractor, docs []entente.Document, opt store.Options) (store.Stats, []error, error) {
	t.Helper()
	var (
		mu       sync.Mutex
		problems []error
	)
	opt.OnProblem = func(err error) {
		mu.Lock()
		problems = append(problems, err)
		mu.Unlock()
	}
	l := store.NewLoader(ctx, st, ex, opt)
	for _, d := range docs {
		if err := l.Add(d); err != nil {
			break
		}
	}
	stats, err := l.Close()
	return stats, problems, err
}

func openStore(t testing.TB, path string) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestLoadTwiceAddsNothing(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, filepath.Join(t.TempDir(), "l.db"))
	defer st.Close()
	docs := corpus(1000)
	stats, problems, err := load(t, ctx, st, storetest.Script{}, docs, store.Options{BatchSize: 100})
	if err != nil || len(problems) > 0 {
		t.Fatalf("load: %v %v", err, problems)
	}
	if stats.Read != 1000 || stats.Stored != 1000 || stats.Known != 0 || stats.Extracted != 1000 {
		t.Fatalf("first load stats %+v", stats)
	}
	first, _ := st.Counts(ctx)
	if first.Documents != 1000 || first.Events != 6000 {
		t.Fatalf("counts %+v", first)
	}
	stats, _, err = load(t, ctx, st, storetest.Script{}, docs, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Known != 1000 || stats.Extracted != 0 || stats.Stored != 0 {
		t.Fatalf("second load stats %+v: already stored documents must not be extracted again", stats)
	}
	if again, _ := st.Counts(ctx); again != first {
		t.Fatalf("counts changed: %+v then %+v", first, again)
	}
}

// failing rejects documents whose text says so, and panics on others, as
// a buggy extractor might.
type failing struct{ storetest.Script }

func (f failing) Extract(doc entente.Document) (entente.Extraction, error) {
	switch {
	case strings.Contains(doc.Text, "BAD"):
		return entente.Extraction{}, errors.New("binary content")
	case strings.Contains(doc.Text, "PANIC"):
		panic("index out of range")
	}
	return f.Script.Extract(doc)
}

type dedup struct{ first map[string]string }

func (d *dedup) Check(id, text string) (string, bool) {
	if f, ok := d.first[text]; ok {
		return f, true
	}
	d.first[text] = id
	return id, false
}

func TestLoadReportsBadDocumentsAndKeepsTheRest(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, filepath.Join(t.TempDir(), "b.db"))
	defer st.Close()
	docs := corpus(300)
	docs[100].Text = "BAD"
	docs[200].Text = "PANIC"
	docs[250].ID = ""
	docs[260].Text = docs[10].Text // an exact copy: a near-duplicate of 10
	stats, problems, err := load(t, ctx, st, failing{}, docs, store.Options{Dedup: &dedup{first: map[string]string{}}})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Skipped != 3 || stats.Stored != 297 || stats.Duplicates != 1 || len(problems) != 3 {
		t.Fatalf("stats %+v, problems %v", stats, problems)
	}
	var msgs []string
	for _, p := range problems {
		msgs = append(msgs, p.Error())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{"generated:101: binary content", "generated:201: extraction failed", "generated:251: document has no id"} {
		if !strings.Contains(all, want) {
			t.Errorf("problems %q lack %q", all, want)
		}
	}
	c, _ := st.Counts(ctx)
	if c.Documents != 297 || c.Duplicates != 1 {
		t.Fatalf("counts %+v", c)
	}
	var dupOf string
	st.Events(ctx, entente.EventFilter{DocID: docs[260].ID, Limit: 1}, func(e entente.StoredEvent) error {
		dupOf = e.DuplicateOf
		return nil
	})
	if dupOf != docs[10].ID {
		t.Fatalf("duplicate_of = %q, want %q", dupOf, docs[10].ID)
	}
}

func TestLoadStopsOnCancelAndKeepsWhatItHad(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	path := filepath.Join(t.TempDir(), "c.db")
	st := openStore(t, path)
	defer st.Close()
	docs := corpus(2000)
	l := store.NewLoader(ctx, st, storetest.Script{}, store.Options{BatchSize: 50})
	for i, d := range docs {
		if i == 700 {
			cancel()
		}
		if err := l.Add(d); err != nil {
			break
		}
	}
	stats, err := l.Close()
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Close error %v, want context.Canceled", err)
	}
	c, _ := st.Counts(context.Background())
	if c.Documents != stats.Stored || c.Documents > 700 {
		t.Fatalf("stored %d (stats %+v)", c.Documents, stats)
	}
	// The re-run completes the corpus.
	if _, _, err := load(t, context.Background(), st, storetest.Script{}, docs, store.Options{}); err != nil {
		t.Fatal(err)
	}
	if c, _ := st.Counts(context.Background()); c.Documents != 2000 || c.Events != 12000 {
		t.Fatalf("after re-run: %+v", c)
	}
}

// TestKilledIngestCompletesOnRerun kills a loading process with SIGKILL
// midway, runs it again, and compares the database with one loaded in one
// go: nothing lost, nothing doubled.
func TestKilledIngestCompletesOnRerun(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	const docs = 20000
	dir := t.TempDir()
	helper := func(db string) *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperLoad$")
		cmd.Env = append(os.Environ(), "ENTENTE_LOAD_HELPER="+db, "ENTENTE_LOAD_DOCS="+strconv.Itoa(docs))
		cmd.Stderr = os.Stderr
		return cmd
	}
	clean := filepath.Join(dir, "clean.db")
	if err := helper(clean).Run(); err != nil {
		t.Fatalf("uninterrupted run: %v", err)
	}
	killed := filepath.Join(dir, "killed.db")
	cmd := helper(killed)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until part of the corpus is stored, then kill without warning.
	var seen int
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		if seen = countDocs(killed); seen >= docs/4 {
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	atKill := countDocs(killed)
	if atKill <= 0 || atKill >= docs {
		t.Fatalf("killed with %d of %d documents stored: not midway", atKill, docs)
	}
	t.Logf("killed with %d of %d documents stored", atKill, docs)
	if err := helper(killed).Run(); err != nil {
		t.Fatalf("re-run: %v", err)
	}
	want, got := fingerprint(t, clean), fingerprint(t, killed)
	if want != got {
		t.Fatalf("after kill and re-run:\n got %s\nwant %s", got, want)
	}
	t.Logf("both: %s", got)
}

func countDocs(path string) int {
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		return 0
	}
	defer st.Close()
	c, err := st.Counts(context.Background())
	if err != nil {
		return 0
	}
	return c.Documents
}

// fingerprint sums up a database: its counts and its busiest dyad's
// yearly series.
func fingerprint(t *testing.T, path string) string {
	t.Helper()
	ctx := context.Background()
	st := openStore(t, path)
	defer st.Close()
	c, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s, err := st.Series(ctx, entente.SeriesQuery{A: "USA", B: "CHN", Period: entente.Year})
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%+v %+v", c, s)
}

// TestHelperLoad is the process the kill test starts; it does nothing in
// a normal test run.
func TestHelperLoad(t *testing.T) {
	db := os.Getenv("ENTENTE_LOAD_HELPER")
	if db == "" {
		t.Skip("helper process for TestKilledIngestCompletesOnRerun")
	}
	n, _ := strconv.Atoi(os.Getenv("ENTENTE_LOAD_DOCS"))
	st := openStore(t, db)
	defer st.Close()
	_, problems, err := load(t, context.Background(), st, storetest.Script{}, corpus(n),
		store.Options{BatchSize: 64, Dedup: &dedup{first: map[string]string{}}})
	if err != nil || len(problems) > 0 {
		t.Fatalf("helper load: %v %v", err, problems)
	}
}

func TestLoadStoresUncodedDocumentsWithoutExtraction(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, filepath.Join(t.TempDir(), "u.db"))
	defer st.Close()
	docs := corpus(10)
	docs[4].Lang = "pt"
	var notes []string
	opt := store.Options{
		Uncoded: func(d entente.Document) string {
			if d.Lang == "pt" {
				return "not English"
			}
			return ""
		},
		OnNote: func(n string) { notes = append(notes, n) },
	}
	stats, problems, err := load(t, ctx, st, failing{}, docs, opt)
	if err != nil || len(problems) > 0 {
		t.Fatal(err, problems)
	}
	if stats.Stored != 10 || stats.Uncoded != 1 || len(notes) != 1 || notes[0] != "generated:5: not English" {
		t.Fatalf("stats %+v notes %q", stats, notes)
	}
	n := 0
	st.Events(ctx, entente.EventFilter{DocID: docs[4].ID}, func(entente.StoredEvent) error { n++; return nil })
	if n != 0 {
		t.Fatalf("uncoded document has %d events", n)
	}
}

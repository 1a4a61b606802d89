package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente/entente"
	"github.com/entente/entente/store/storetest"
)

func openTemp(t testing.TB) *Store {
	t.Helper()
	st, err := Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func extractAll(t testing.TB, docs []entente.Document) []entente.Extraction {
	t.Helper()
	var recs []entente.Extraction
	for _, d := range docs {
		rec, err := storetest.Script{}.Extract(d)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, rec)
	}
	return recs
}

var sampleDocs = []entente.Document{
	{ID: "d1", URL: "https://a.example/1", Outlet: "Reuters", Published: "2025-01-10",
		Text: "TUR CONSULT EU\nEU SANCTION TUR\nTUR REQUEST EU hyp\nquote TUR we are defining our position\n"},
	{ID: "d2", URL: "https://a.example/2", Outlet: "AP", Published: "2025-01-20",
		Text: "TUR AGREE EU\nTUR AGREE EU\nEU ACCUSE TUR neg\n"},
	{ID: "d3", Outlet: "Reuters", Published: "2025-02-03", Text: "TUR THREATEN EU\nTUR AID UKR\n"},
}

func TestPutIsIdempotent(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	recs := extractAll(t, sampleDocs)
	added, err := st.Put(ctx, recs)
	if err != nil || added != 3 {
		t.Fatalf("Put = %d, %v; want 3", added, err)
	}
	first, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := entente.Counts{Documents: 3, Actors: 3, DocActors: 7, Events: 8, Factual: 6, Quotes: 1, Outlets: 2}
	if first != want {
		t.Fatalf("counts = %+v, want %+v", first, want)
	}
	// Again, and a batch repeating a document within itself.
	added, err = st.Put(ctx, append(recs, recs[0]))
	if err != nil || added != 0 {
		t.Fatalf("second Put = %d, %v; want 0", added, err)
	}
	if again, _ := st.Counts(ctx); again != first {
		t.Fatalf("counts after re-put = %+v, want %+v", again, first)
	}
	missing, err := st.Missing(ctx, []string{"d1", "d4", "d2", "d5"})
	if err != nil {
		t.Fatal(err)
	}
	if len(missing) != 2 || !missing["d4"] || !missing["d5"] {
		t.Fatalf("Missing = %v, want d4 and d5", missing)
	}
}

func TestReopenKeepsSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "x.db")
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Put(ctx, extractAll(t, sampleDocs[:1])); err != nil {
		t.Fatal(err)
	}
	st.Close()
	st, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if v, _ := st.SchemaVersion(ctx); v != len(migrations) {
		t.Fatalf("schema version %d, want %d", v, len(migrations))
	}
	if c, _ := st.Counts(ctx); c.Documents != 1 {
		t.Fatalf("documents after reopen = %d", c.Documents)
	}
	// A database from a newer entente is refused rather than misread.
	if _, err := st.w.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if _, err := Open(ctx, path); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("open of newer schema: err = %v", err)
	}
}

func TestEventAndQuoteFilters(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	if _, err := st.Put(ctx, extractAll(t, sampleDocs)); err != nil {
		t.Fatal(err)
	}
	count := func(f entente.EventFilter) (n int, first entente.StoredEvent) {
		t.Helper()
		err := st.Events(ctx, f, func(e entente.StoredEvent) error {
			if n == 0 {
				first = e
			}
			n++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return n, first
	}
	cases := []struct {
		name string
		f    entente.EventFilter
		want int
	}{
		{"all", entente.EventFilter{}, 8},
		{"factual", entente.EventFilter{Factual: true}, 6},
		{"actor UKR", entente.EventFilter{Actor: "UKR"}, 1},
		{"unknown actor", entente.EventFilter{Actor: "ZZZ"}, 0},
		{"pair", entente.EventFilter{Pair: [2]string{"EU", "TUR"}}, 7},
		{"directed pair", entente.EventFilter{Pair: [2]string{"EU", "TUR"}, Directed: true}, 2},
		{"type", entente.EventFilter{Types: []entente.EventType{entente.Agree, entente.Aid}}, 3},
		{"window", entente.EventFilter{Window: entente.Window{Since: "2025-01-15", Until: "2025-01-31"}}, 3},
		{"words", entente.EventFilter{Words: []string{"threaten", "eu"}}, 1},
		{"doc", entente.EventFilter{DocID: "d2"}, 3},
		{"limit", entente.EventFilter{Limit: 2}, 2},
	}
	for _, c := range cases {
		if n, _ := count(c.f); n != c.want {
			t.Errorf("%s: %d events, want %d", c.name, n, c.want)
		}
	}
	_, e := count(entente.EventFilter{Actor: "UKR"})
	if e.Event.Source != "TUR" || e.Event.Target != "UKR" || e.Event.Type != entente.Aid || e.Day != "2025-02-03" ||
		e.DocID != "d3" || e.Outlet != "Reuters" || e.Event.Sentence != "TUR AID UKR" || e.Event.Score != 10 {
		t.Errorf("stored event = %+v", e)
	}
	var quotes []entente.StoredQuote
	err := st.Quotes(ctx, entente.QuoteFilter{Actor: "TUR", Words: []string{"Position"}}, func(q entente.StoredQuote) error {
		quotes = append(quotes, q)
		return nil
	})
	if err != nil || len(quotes) != 1 || quotes[0].URL != "https://a.example/1" || quotes[0].Day != "2025-01-10" {
		t.Fatalf("quotes = %+v, %v", quotes, err)
	}
}

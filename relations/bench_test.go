package relations

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/entente/entente"
	"github.com/entente/entente/store/sqlite"
	"github.com/entente/entente/store/storetest"
)

// BenchmarkSeries1M answers dyad series over a store of one million
// generated events: 125,000 documents of eight events among 60 actors over
// five years, pairs drawn with a Zipf skew so that the busiest dyad
// (USA–CHN) holds tens of thousands of events, as the busiest dyads of
// real news do. Building the store takes a minute; set
// ENTENTE_BENCH_DB to a path to keep it between runs.
func BenchmarkSeries1M(b *testing.B) {
	ctx := context.Background()
	path := os.Getenv("ENTENTE_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "1m.db")
	}
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	c, err := st.Counts(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if c.Events < 1_000_000 {
		start := time.Now()
		fill1M(b, st)
		c, _ = st.Counts(ctx)
		b.Logf("built %d events in %d documents in %v", c.Events, c.Documents, time.Since(start).Round(time.Second))
		// Reopen, as a later run would: closing checkpoints the write-ahead
		// log, which readers would otherwise have to search.
		st.Close()
		if st, err = sqlite.Open(ctx, path); err != nil {
			b.Fatal(err)
		}
	}
	defer st.Close()
	year, _ := entente.ParseWindow("2023", "2023")
	cases := []struct {
		name string
		q    entente.SeriesQuery
	}{
		{"busiest/month", entente.SeriesQuery{A: "USA", B: "CHN", Period: entente.Month}},
		{"busiest/week", entente.SeriesQuery{A: "USA", B: "CHN", Period: entente.Week}},
		{"busiest/day", entente.SeriesQuery{A: "USA", B: "CHN", Period: entente.Day}},
		{"busiest/directed-month", entente.SeriesQuery{A: "USA", B: "CHN", Directed: true, Period: entente.Month}},
		{"busiest/one-year-week", entente.SeriesQuery{A: "USA", B: "CHN", Period: entente.Week, Window: year}},
		{"typical/month", entente.SeriesQuery{A: "TUR", B: "EU", Period: entente.Month}},
		{"rare/month", entente.SeriesQuery{A: "X40", B: "X50", Period: entente.Month}},
	}
	for _, w := range []struct {
		name string
		w    entente.Window
	}{{"blocs/all-years", entente.Window{}}, {"blocs/one-year", year}} {
		b.Run(w.name, func(b *testing.B) {
			var bl Blocs
			for i := 0; i < b.N; i++ {
				if bl, err = BlocsOf(ctx, st, BlocOptions{Window: w.w, MinEvents: 2}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(bl.Ties), "ties")
			b.ReportMetric(float64(len(bl.Blocs)), "blocs")
		})
	}
	for _, bc := range cases {
		b.Run(bc.name, func(b *testing.B) {
			var s Series
			for i := 0; i < b.N; i++ {
				if s, err = SeriesOf(ctx, st, bc.q); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(s.Total.Events), "events")
			b.ReportMetric(float64(len(s.Points)), "points")
		})
	}
}

func fill1M(b *testing.B, st entente.Store) {
	ctx := context.Background()
	actors := storetest.Actors(60)
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	const docs, perDoc, batch = 125_000, 8, 1000
	for lo := 0; lo < docs; lo += batch {
		part := storetest.Corpus(uint64(lo+1), batch, perDoc, actors, start, 5*365)
		recs := make([]entente.Extraction, len(part))
		for i, d := range part {
			d.ID = fmt.Sprintf("bench-%07d", lo+i)
			rec, err := storetest.Script{}.Extract(d)
			if err != nil {
				b.Fatal(err)
			}
			recs[i] = rec
		}
		if _, err := st.Put(ctx, recs); err != nil {
			b.Fatal(err)
		}
	}
}

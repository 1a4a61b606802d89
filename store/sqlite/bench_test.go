package sqlite

import (
	"context"
	"testing"
	"time"

	"github.com/entente/entente/store/storetest"
)

// BenchmarkPut measures writing extractions in batches of 256 documents of
// six events each; events/s is the figure to compare.
func BenchmarkPut(b *testing.B) {
	docs := storetest.Corpus(3, 20000, 6, storetest.Actors(60), time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), 2000)
	recs := extractAll(b, docs)
	st := openTemp(b)
	ctx := context.Background()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		lo := (i * 256) % len(recs)
		hi := min(lo+256, len(recs))
		batch := recs[lo:hi]
		if i*256 >= len(recs) {
			// Past the corpus: rename so that the batch is new.
			for j := range batch {
				batch[j].Doc.ID = batch[j].Doc.ID + "x"
			}
		}
		if _, err := st.Put(ctx, batch); err != nil {
			b.Fatal(err)
		}
		for _, r := range batch {
			n += len(r.Events)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "events/s")
	b.ReportMetric(float64(b.N*256)/b.Elapsed().Seconds(), "docs/s")
}

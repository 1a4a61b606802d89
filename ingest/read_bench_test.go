package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkReadJSONL reads the Reuters corpus through Read: documents/s
// and MB/s of reading, validation, ids and language detection.
func BenchmarkReadJSONL(b *testing.B) {
	p := filepath.Join(sharedDir(b), "data", "news", "reuters21578.jsonl")
	fi, err := os.Stat(p)
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(fi.Size())
	b.ReportAllocs()
	docs := 0
	for i := 0; i < b.N; i++ {
		err := Read(context.Background(), []string{p}, nil, Options{}, func(it Item) error {
			if it.Err != nil {
				b.Fatal(it.Err)
			}
			docs++
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}

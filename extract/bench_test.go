package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/entente/entente"
	"github.com/entente/entente/lexicon"
)

// sharedData returns the path of a file in ../shared/data, skipping the
// test when the shared data is absent (a user's clone has none).
func sharedData(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join("..", "..", "shared", "data", rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data not available: %v", err)
	}
	return p
}

func loadCorpus(tb testing.TB, rel string, limit int) []entente.Document {
	tb.Helper()
	f, err := os.Open(sharedData(tb, rel))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var docs []entente.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() && (limit <= 0 || len(docs) < limit) {
		var d entente.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

func newPipeline(tb testing.TB) *Pipeline {
	tb.Helper()
	p, err := New()
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// benchCorpus runs stage over every BBC article b.N times and reports
// MB/s (from SetBytes), sentences/s, articles/s and allocations.
func benchCorpus(b *testing.B, stage func(p *Pipeline, doc entente.Document) error) {
	docs := loadCorpus(b, "news/bbc_news_2225.jsonl", 0)
	p := newPipeline(b)
	size, sentences := 0, 0
	for _, doc := range docs {
		size += len(doc.Text)
		d, err := p.Analyze(doc)
		if err != nil {
			b.Fatal(err)
		}
		sentences += len(d.Sentences)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, doc := range docs {
			if err := stage(p, doc); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*sentences)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkTextAndActors measures normalisation, segmentation and actor
// recognition over the BBC corpus.
func BenchmarkTextAndActors(b *testing.B) {
	benchCorpus(b, func(p *Pipeline, doc entente.Document) error {
		_, err := p.Analyze(doc)
		return err
	})
}

// BenchmarkExtract measures the whole extraction (text, actors, tags,
// events, quotes) over the BBC corpus.
func BenchmarkExtract(b *testing.B) {
	benchCorpus(b, func(p *Pipeline, doc entente.Document) error {
		_, err := p.Extract(doc)
		return err
	})
}

// BenchmarkLexiconLoad measures loading and indexing the embedded
// lexicons, which every process does once.
func BenchmarkLexiconLoad(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		if _, err := lexicon.Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNew measures the start-up of a pipeline: lexicons, word list
// and models.
func BenchmarkNew(b *testing.B) {
	for range b.N {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

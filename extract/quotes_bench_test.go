package extract

import (
	"testing"
	"time"

	"github.com/entente/entente"
)

// withoutQuotes returns a copy of p without the quote stage.
func withoutQuotes(p *Pipeline) *Pipeline {
	q := *p
	q.stages = nil
	for _, s := range p.stages {
		if _, ok := s.(quoteStage); !ok {
			q.stages = append(q.stages, s)
		}
	}
	return &q
}

// BenchmarkQuotes measures what the quote stage adds to extraction over
// the BBC corpus: the whole pipeline with and without it, the quote stage
// alone on analysed documents, and both in turn ("overhead"), whose
// "quotes-%" metric is the stage's time as a share of the extraction
// without it; the budget is 15%.
func BenchmarkQuotes(b *testing.B) {
	docs := loadCorpus(b, "news/bbc_news_2225.jsonl", 0)
	p := newPipeline(b)
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	extractAll := func(b *testing.B, p *Pipeline) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for range b.N {
			for _, doc := range docs {
				if _, err := p.Extract(doc); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.Run("with", func(b *testing.B) { extractAll(b, p) })
	b.Run("without", func(b *testing.B) { extractAll(b, withoutQuotes(p)) })
	analysed := make([]*Doc, len(docs))
	for k, doc := range docs {
		d, err := p.Analyze(doc)
		if err != nil {
			b.Fatal(err)
		}
		analysed[k] = d
	}
	b.Run("stage", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for range b.N {
			for _, d := range analysed {
				var x entente.Extraction
				quoteStage{}.run(d, &x)
			}
		}
	})
	b.Run("overhead", func(b *testing.B) {
		bare := withoutQuotes(p)
		var extract, quotes time.Duration
		b.ResetTimer()
		for range b.N {
			t0 := time.Now()
			for _, doc := range docs {
				if _, err := bare.Extract(doc); err != nil {
					b.Fatal(err)
				}
			}
			t1 := time.Now()
			for _, d := range analysed {
				var x entente.Extraction
				quoteStage{}.run(d, &x)
			}
			extract += t1.Sub(t0)
			quotes += time.Since(t1)
		}
		b.ReportMetric(100*quotes.Seconds()/extract.Seconds(), "quotes-%")
	})
}

package extract

import (
	"testing"
)

// The speed of event coding, over the BBC and Reuters corpora of
// ../shared/data/news (skipped when they are absent):
//
//	go test ./extract -run '^$' -bench 'News|EventCoder' -benchtime 1x -cpu 1
//
// BenchmarkExtractNews is the figure that counts: raw text to events,
// the whole pipeline on one core, in sentences per second.
// BenchmarkEventCoder isolates the event stage on documents already
// analysed.

func BenchmarkExtractNews(b *testing.B) {
	for _, corpus := range []string{"news/bbc_news_2225.jsonl", "news/reuters21578.jsonl"} {
		docs := loadCorpus(b, corpus, 0)
		p := newPipeline(b)
		b.Run(corpus[len("news/"):], func(b *testing.B) {
			sentences, events := 0, 0
			for _, doc := range docs {
				if d, err := p.Analyze(doc); err == nil {
					sentences += len(d.Sentences)
				}
			}
			b.ReportAllocs()
			b.ResetTimer() // the count above is no part of the run
			for range b.N {
				for _, doc := range docs {
					x, err := p.Extract(doc)
					if err != nil {
						continue // empty items: counted nowhere
					}
					events += len(x.Events)
				}
			}
			b.ReportMetric(float64(sentences*b.N)/b.Elapsed().Seconds(), "sentences/s")
			b.ReportMetric(float64(events)/float64(b.N), "events")
		})
	}
}

func BenchmarkEventCoder(b *testing.B) {
	docs := loadCorpus(b, "news/reuters21578.jsonl", 0)
	p := newPipeline(b)
	ec := newEventCoder(p.lex, p.tagger)
	var analysed []*Doc
	sentences := 0
	for _, doc := range docs {
		if d, err := p.Analyze(doc); err == nil {
			p.tagEventSentences(d) // as Extract does before its stages
			analysed = append(analysed, d)
			sentences += len(d.Sentences)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, d := range analysed {
			ec.code(d)
		}
	}
	b.ReportMetric(float64(sentences*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

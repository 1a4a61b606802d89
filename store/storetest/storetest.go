// Package storetest provides what tests and benchmarks of stores and
// relations need: an extractor driven by a tiny script language, so that
// the expected events are written next to the expected results, and
// generators of large synthetic corpora.
package storetest

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/entente/entente"
)

// Script is an entente.Extractor that reads events from the document text,
// one per line:
//
//	TUR CONSULT EU                 an event dated by the document
//	TUR SANCTION RUS 2025-02-03    dated itself
//	USA AID UKR neg                negated (hyp: hypothetical)
//	quote TUR we will not yield    a quote by TUR
//
// Other lines are ignored. Text that is not UTF-8 is an error, as with the
// real extractor.
type Script struct{}

// Extract implements entente.Extractor.
func (Script) Extract(doc entente.Document) (entente.Extraction, error) {
	if !utf8.ValidString(doc.Text) {
		return entente.Extraction{}, errors.New("invalid UTF-8")
	}
	rec := entente.Extraction{Doc: entente.DocInfo{
		ID: doc.ID, URL: doc.URL, Title: doc.Title, Outlet: doc.Outlet, Published: doc.Published, Lang: "en",
	}}
	seen := map[string]bool{}
	actor := func(id string) {
		if !seen[id] {
			seen[id] = true
			rec.Actors = append(rec.Actors, entente.Actor{ID: id, Kind: entente.KindState, Name: id,
				Mentions: []entente.Mention{{Text: id}}})
		}
	}
	off := 0
	for _, line := range strings.SplitAfter(doc.Text, "\n") {
		start := off
		off += len(line)
		f := strings.Fields(line)
		if len(f) >= 3 && f[0] == "quote" {
			actor(f[1])
			rec.Quotes = append(rec.Quotes, entente.Quote{Speaker: f[1], SpeakerActor: f[1], Kind: entente.QuoteDirect,
				Text: strings.Join(f[2:], " "), Start: start, End: off})
			continue
		}
		if len(f) < 3 {
			continue
		}
		t, err := entente.ParseEventType(f[1])
		if err != nil {
			continue
		}
		info, _ := t.Info()
		ev := entente.Event{Source: f[0], Target: f[2], Type: t, CAMEO: info.CAMEO, Quad: info.Quad, Score: info.Score,
			Trigger: strings.ToLower(f[1]), Sentence: strings.TrimSpace(line), Start: start, End: off, Confidence: 1}
		for _, x := range f[3:] {
			switch {
			case x == "neg":
				ev.Negated = true
			case x == "hyp":
				ev.Hypothetical = true
			default:
				ev.Date = x
			}
		}
		actor(ev.Source)
		actor(ev.Target)
		rec.Events = append(rec.Events, ev)
	}
	return rec, nil
}

// Actors returns n actor ids: real ISO3-like codes first, then made-up
// ones.
func Actors(n int) []string {
	base := []string{"USA", "CHN", "RUS", "UKR", "TUR", "EU", "NATO", "GBR", "FRA", "DEU", "ISR", "IRN",
		"PSE", "GRC", "CYP", "IND", "PAK", "JPN", "KOR", "PRK", "SAU", "ARE", "QAT", "EGY", "UN"}
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		if i < len(base) {
			out = append(out, base[i])
		} else {
			out = append(out, fmt.Sprintf("X%02d", i))
		}
	}
	return out
}

// Corpus generates documents for Script with about eventsPerDoc events
// each among the given actors over days days from start. Pairs are drawn
// with a skew so that a few dyads are busy, as in real news: the first two
// actors are the busiest pair. The same seed gives the same corpus.
func Corpus(seed uint64, docs, eventsPerDoc int, actors []string, start time.Time, days int) []entente.Document {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	types := entente.EventTypes()
	zipf := rand.NewZipf(r, 1.3, 1, uint64(len(actors)-1))
	pick := func() string { return actors[zipf.Uint64()] }
	out := make([]entente.Document, 0, docs)
	outlets := []string{"Reuters", "AP", "AFP", "BBC", "Al Jazeera", "DW", "TASS", "Xinhua"}
	var b strings.Builder
	for i := 0; i < docs; i++ {
		b.Reset()
		day := start.AddDate(0, 0, r.IntN(days))
		for k := 0; k < eventsPerDoc; k++ {
			a, c := pick(), pick()
			for c == a {
				c = pick()
			}
			fmt.Fprintf(&b, "%s %s %s", a, types[r.IntN(len(types))], c)
			switch x := r.IntN(20); {
			case x == 0:
				b.WriteString(" neg")
			case x == 1:
				b.WriteString(" hyp")
			case x < 4:
				b.WriteString(" " + day.AddDate(0, 0, -1).Format("2006-01-02"))
			}
			b.WriteString("\n")
		}
		out = append(out, entente.Document{
			ID:        fmt.Sprintf("gen-%d-%07d", seed, i),
			URL:       fmt.Sprintf("https://example.org/%d", i),
			Outlet:    outlets[r.IntN(len(outlets))],
			Published: day.Format("2006-01-02"),
			Text:      b.String(),
			Origin:    fmt.Sprintf("generated:%d", i+1),
		})
	}
	return out
}

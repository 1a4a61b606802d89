package extract

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/entente/entente"
)

// The event coder's table: sentences written for this suite, each with
// the exact events it must give, as "SOURCE TYPE TARGET", followed by
// " neg" for a negated event and " hyp" for a hypothetical one. A
// sentence with no events lists none. Groups cover every PLOVER type and
// the structures the coder must read: passives, coordination, negation,
// modality, nouns that name events, reported speech and reference back.

type eventCase struct {
	text string
	want []string
}

type eventGroup struct {
	name  string
	cases []eventCase
}

var (
	eventPipelineOnce sync.Once
	eventPipelineVal  *Pipeline
	eventPipelineErr  error
)

// eventPipeline returns one pipeline for every event test, its event
// stage strict so that a parser panic fails the test.
func eventPipeline(t testing.TB) *Pipeline {
	t.Helper()
	eventPipelineOnce.Do(func() {
		eventPipelineVal, eventPipelineErr = New()
		if eventPipelineErr == nil {
			for _, st := range eventPipelineVal.stages {
				if ec, ok := st.(*eventCoder); ok {
					ec.strict = true
				}
			}
		}
	})
	if eventPipelineErr != nil {
		t.Fatal(eventPipelineErr)
	}
	return eventPipelineVal
}

// codedEvents extracts a text and writes its events in the table's
// notation, sorted.
func codedEvents(t testing.TB, p *Pipeline, text string) ([]string, []entente.Event) {
	t.Helper()
	x, err := p.Extract(entente.Document{ID: "t", Text: text, Published: "2024-03-15"})
	if err != nil {
		t.Fatal(err)
	}
	return eventKeys(x.Events), x.Events
}

func eventKeys(evs []entente.Event) []string {
	seen := map[string]bool{}
	var out []string
	for _, e := range evs {
		k := fmt.Sprintf("%s %s %s", e.Source, e.Type, e.Target)
		switch {
		case e.Negated:
			k += " neg"
		case e.Hypothetical:
			k += " hyp"
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func TestEvents(t *testing.T) {
	p := eventPipeline(t)
	n := 0
	for _, g := range eventGroups {
		t.Run(g.name, func(t *testing.T) {
			for _, c := range g.cases {
				n++
				got, evs := codedEvents(t, p, c.text)
				want := append([]string(nil), c.want...)
				sort.Strings(want)
				if strings.Join(got, "; ") != strings.Join(want, "; ") {
					var detail []string
					for _, e := range evs {
						detail = append(detail, fmt.Sprintf("%s %s %s [%s|%s→%s]", e.Source, e.Type, e.Target, e.Trigger, e.SourceMention, e.TargetMention))
					}
					t.Errorf("%q\n got  %v\n want %v\n      %s", c.text, got, want, strings.Join(detail, "; "))
				}
			}
		})
	}
	if n < 300 {
		t.Errorf("the table has %d sentences, want at least 300", n)
	}
}

// TestEventEvidence checks what every event carries: the sentence and its
// offsets, the trigger, the mentions, the type's CAMEO root, quad and
// score, a confidence in [0, 1] and a date.
func TestEventEvidence(t *testing.T) {
	p := eventPipeline(t)
	text := "Talks stalled. On Monday, Turkey urged Greece to resume the dialogue."
	x, err := p.Extract(entente.Document{ID: "t", Text: text, Published: "2024-03-15"})
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Events) != 1 {
		t.Fatalf("events = %+v, want one", x.Events)
	}
	e := x.Events[0]
	if got := x.Doc.Text[e.Start:e.End]; got != e.Sentence || e.Sentence != "On Monday, Turkey urged Greece to resume the dialogue." {
		t.Errorf("sentence %q at [%d,%d] = %q", e.Sentence, e.Start, e.End, got)
	}
	if e.Trigger != "urged" || e.SourceMention != "Turkey" || e.TargetMention != "Greece" {
		t.Errorf("trigger %q, mentions %q → %q", e.Trigger, e.SourceMention, e.TargetMention)
	}
	info, _ := e.Type.Info()
	if e.CAMEO != info.CAMEO || e.Quad != info.Quad || e.Score != info.Score || e.CAMEO != "02" {
		t.Errorf("CAMEO %s quad %d score %v, want the type's %+v", e.CAMEO, e.Quad, e.Score, info)
	}
	if e.Confidence <= 0 || e.Confidence > 1 {
		t.Errorf("confidence %v outside (0, 1]", e.Confidence)
	}
	if e.Date != "2024-03-11" {
		t.Errorf("date %q, want the Monday before publication, 2024-03-11", e.Date)
	}
}

// TestNoSelfEventsNoMedia checks two rules over the whole table: no event
// has the same actor on both sides, and no news outlet is ever an actor.
func TestNoSelfEventsNoMedia(t *testing.T) {
	p := eventPipeline(t)
	media := map[string]bool{}
	for _, e := range p.lex.Entries() {
		if e.Kind == entente.KindMedia {
			media[e.ID] = true
		}
	}
	for _, g := range eventGroups {
		for _, c := range g.cases {
			_, evs := codedEvents(t, p, c.text)
			for _, e := range evs {
				if e.Source == e.Target {
					t.Errorf("%q: self event %s %s %s", c.text, e.Source, e.Type, e.Target)
				}
				if media[e.Source] || media[e.Target] {
					t.Errorf("%q: a news outlet as actor in %s %s %s", c.text, e.Source, e.Type, e.Target)
				}
			}
		}
	}
}

// TestEventCoderOnNews runs the strict coder over real news (the BBC,
// AG News and Reuters corpora of ../shared/data/news, skipped when absent): no
// sentence may make the parser panic, and every event must be well
// formed.
func TestEventCoderOnNews(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run")
	}
	p := eventPipeline(t)
	for _, corpus := range []string{"news/bbc_news_2225.jsonl", "news/ag_news_test.jsonl", "news/reuters21578.jsonl"} {
		docs := loadCorpus(t, corpus, 0)
		events := 0
		for _, doc := range docs {
			x, err := p.Extract(doc)
			if err != nil {
				continue
			}
			for _, e := range x.Events {
				events++
				if e.Source == "" || e.Target == "" || e.Source == e.Target || e.Sentence == "" ||
					x.Doc.Text[e.Start:e.End] != e.Sentence || e.Trigger == "" || e.Confidence <= 0 || e.Confidence > 1 {
					t.Fatalf("%s: malformed event %+v", doc.ID, e)
				}
			}
		}
		t.Logf("%s: %d documents, %d events", corpus, len(docs), events)
	}
}

package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/entente/entente"
)

// TestDebugParse prints the parse, frames and events of the text in
// ENTENTE_DEBUG_TEXT: a tool for working on the event coder, skipped in
// normal runs.
//
//	ENTENTE_DEBUG_TEXT="Turkey urged Greece to talk." go test ./extract -run DebugParse -v
func TestDebugParse(t *testing.T) {
	txt := os.Getenv("ENTENTE_DEBUG_TEXT")
	if txt == "" {
		t.Skip("set ENTENTE_DEBUG_TEXT to parse a text")
	}
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.Analyze(entente.Document{ID: "debug", Text: txt, Published: "2025-03-01"})
	if err != nil {
		t.Fatal(err)
	}
	ec := newEventCoder(p.lex, p.tagger)
	s := ec.scratch.Get().(*sentence)
	s.d, s.ev = d, ec
	for si, sent := range d.Sentences {
		s.load(si, d.Tags)
		var b strings.Builder
		for _, it := range s.items {
			fmt.Fprintf(&b, "[%s %s", itemName(it), s.text(it.first, it.last))
			if it.kind == iVG {
				fmt.Fprintf(&b, " fin=%v pas=%v neg=%v inf=%v ger=%v part=%v base=%v modal=%q", it.finite, it.passive, it.negated, it.toInf, it.gerund, it.participle, it.base, it.modal)
			}
			b.WriteString("] ")
		}
		t.Log(b.String())
		var tags []string
		for i := sent.First; i < sent.Last; i++ {
			tags = append(tags, d.Tokens[i].Text+"/"+s.tags[i-sent.First])
		}
		t.Log(strings.Join(tags, " "))
		for _, m := range d.MentionsIn(si) {
			t.Logf("mention %q actor=%s person=%s via=%s loc=%v plural=%v", d.Text[m.Start:m.End], m.Actor, m.PersonID, m.Via, m.Location, m.Plural)
		}
		ms := s.findMatches(ec.preds)
		frames := s.buildFrames(ms)
		s.assignRoles(frames)
		for fi, f := range frames {
			st := s.statusOf(frames, fi)
			t.Logf("frame %d %s%s %q line %d gov=%d comp=%d subj=%v obj=%v neg=%v hyp=%v speaker=%v alleged=%v",
				fi, f.typ, f.cue, s.wordsText(f.m.words), f.m.pred.Line, f.gov, f.comp, refNames(s, f.subj), refNames(s, f.obj),
				st.negated, st.hypothetical, refNames(s, st.speaker), st.alleged)
		}
		for _, e := range s.events() {
			t.Logf("EVENT %s %s %s neg=%v hyp=%v trigger=%q %q→%q conf=%.2f date=%s", e.Source, e.Type, e.Target, e.Negated, e.Hypothetical, e.Trigger, e.SourceMention, e.TargetMention, e.Confidence, e.Date)
		}
	}
}

func itemName(it item) string {
	return [...]string{"?", "NP", "VG", "P", ",", "CC", "COMP", "WH", "ADV", "Q", "PU", "O"}[it.kind]
}

func refNames(s *sentence, rs []ref) []string {
	var out []string
	for _, r := range rs {
		out = append(out, s.text(r.first, r.last)+"="+r.actor())
	}
	return out
}

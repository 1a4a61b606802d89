package lexicon

import (
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/entente/entente"
)

func loadPredicates(t testing.TB) *Predicates {
	t.Helper()
	ps, err := LoadPredicates()
	if err != nil {
		t.Fatal(err)
	}
	return ps
}

// expansions counts the word sequences a pattern stands for: every head
// alternative and inflection times every alternative of every element.
func expansions(p *Predicate) int {
	n := 0
	for _, h := range p.Heads {
		switch p.Kind {
		case PredVerb:
			n += len(VerbForms(h.Word))
		case PredNoun:
			n += 2
		default:
			n++
		}
	}
	for _, e := range p.Rest {
		if len(e.Alts) > 0 {
			n *= len(e.Alts)
		}
	}
	return n
}

func TestPredicateCoverage(t *testing.T) {
	ps := loadPredicates(t)
	perType := map[entente.EventType]map[PredKind]int{}
	total := 0
	for _, p := range ps.All() {
		total += expansions(p)
		if p.Type == "" {
			continue
		}
		if perType[p.Type] == nil {
			perType[p.Type] = map[PredKind]int{}
		}
		perType[p.Type][p.Kind]++
	}
	for _, typ := range entente.EventTypes() {
		if perType[typ][PredVerb] < 8 {
			t.Errorf("%s has %d verb patterns, want at least 8", typ, perType[typ][PredVerb])
		}
		if perType[typ][PredNoun] < 2 {
			t.Errorf("%s has %d noun patterns, want at least 2", typ, perType[typ][PredNoun])
		}
	}
	if len(ps.All()) < 600 {
		t.Errorf("%d patterns, want at least 600", len(ps.All()))
	}
	if total < 100000 {
		t.Errorf("patterns expand to %d word sequences, want at least 100000", total)
	}
	t.Logf("%d patterns, %d head forms, %d word sequences", len(ps.All()), ps.Forms(), total)
}

// TestPredicateIntegrity checks what the loader cannot: patterns are
// indexed by content words, every cue and flag is used where it means
// something, and heads are not closed-class words that would fire on
// every sentence.
func TestPredicateIntegrity(t *testing.T) {
	ps := loadPredicates(t)
	closed := map[string]bool{"the": true, "a": true, "an": true, "to": true, "of": true, "in": true, "on": true,
		"and": true, "or": true, "with": true, "for": true, "by": true, "at": true, "from": true, "that": true,
		"it": true, "is": true, "was": true, "be": true}
	for _, p := range ps.All() {
		for _, h := range p.Heads {
			if closed[h.Word] {
				t.Errorf("line %d: pattern %q is headed by the closed-class word %q", p.Line, p.Pattern, h.Word)
			}
		}
		if p.Has(FlagObjectControl) && p.Kind != PredVerb && !strings.HasSuffix(p.Pattern, "_ to") {
			// A noun controls only through "for _ to" ("a demand for
			// Turkey to recognise Cyprus").
			t.Errorf("line %d: obj (object control) on a %s pattern not ending in '_ to'", p.Line, p.Kind)
		}
		if p.Has(FlagSymmetric) && p.Has(FlagMutual) {
			t.Errorf("line %d: sym and mutual exclude each other", p.Line)
		}
		if p.Cue != CueNone && (p.Flags != 0 && p.Cue != CueJoin || p.Mode != "") {
			t.Errorf("line %d: cue %s with flags or a mode", p.Line, p.Cue)
		}
		for k, e := range p.Rest {
			if e.Gap && k+1 < len(p.Rest) && p.Rest[k+1].Gap {
				t.Errorf("line %d: two gaps in a row in %q", p.Line, p.Pattern)
			}
		}
	}
}

func TestPredicateLookup(t *testing.T) {
	ps := loadPredicates(t)
	cases := []struct {
		word string
		typ  entente.EventType
		cue  Cue
		kind PredKind
		form VerbForm
	}{
		{"urged", entente.Request, 0, PredVerb, VerbPast},
		{"urging", entente.Request, 0, PredVerb, VerbGerund},
		{"held", entente.Consult, 0, PredVerb, VerbParticiple},
		{"met", entente.Consult, 0, PredVerb, VerbPast},
		{"withdrew", entente.Retreat, 0, PredVerb, VerbPast},
		{"withdrawn", entente.Retreat, 0, PredVerb, VerbParticiple},
		{"threat", entente.Threaten, 0, PredNoun, 0},
		{"threats", entente.Threaten, 0, PredNoun, 0},
		{"sanctions", entente.Sanction, 0, PredNoun, 0},
		{"shelled", entente.Assault, 0, PredVerb, VerbPast},
		{"expelled", entente.Sanction, 0, PredVerb, VerbPast},
		{"said", "", CueSay, PredVerb, VerbPast},
		{"plans", "", CueIntent, PredVerb, VerbThird},
		{"ready", "", CueIntent, PredAdj, 0},
	}
	for _, c := range cases {
		found := false
		for _, h := range ps.Lookup(c.word) {
			if h.Pred.Type == c.typ && h.Pred.Cue == c.cue && h.Pred.Kind == c.kind && (c.form == 0 || h.Form&c.form != 0) {
				found = true
			}
		}
		if !found {
			t.Errorf("Lookup(%q) has no %s%s %s (form %d)", c.word, c.typ, c.cue, c.kind, c.form)
		}
	}
	if hits := ps.Lookup("the"); len(hits) != 0 {
		t.Errorf("Lookup(the) = %d hits", len(hits))
	}
}

func TestVerbForms(t *testing.T) {
	cases := []struct {
		lemma string
		want  []string
	}{
		{"urge", []string{"urge", "urges", "urged", "urging"}},
		{"meet", []string{"meet", "meets", "met", "meeting"}},
		{"withdraw", []string{"withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"}},
		{"ban", []string{"ban", "bans", "banned", "banning"}},
		{"deny", []string{"deny", "denies", "denied", "denying"}},
		{"accuse", []string{"accuse", "accuses", "accused", "accusing"}},
		{"impose", []string{"impose", "imposes", "imposed", "imposing"}},
		{"agree", []string{"agree", "agrees", "agreed", "agreeing"}},
		{"visit", []string{"visit", "visits", "visited", "visiting"}},
		{"push", []string{"push", "pushes", "pushed", "pushing"}},
		{"overthrow", []string{"overthrew", "overthrown"}},
		{"uphold", []string{"upheld"}},
		{"panic", []string{"panicked"}},
		{"seek", []string{"sought"}},
	}
	for _, c := range cases {
		forms := VerbForms(c.lemma)
		for _, w := range c.want {
			if _, ok := forms[w]; !ok {
				var got []string
				for f := range forms {
					got = append(got, f)
				}
				sort.Strings(got)
				t.Errorf("VerbForms(%q) lacks %q: %v", c.lemma, w, got)
			}
		}
	}
	if f := VerbForms("meet"); f["met"]&VerbPast == 0 || f["met"]&VerbParticiple == 0 || f["meets"] != VerbThird {
		t.Errorf("VerbForms(meet) forms = %v", f)
	}
}

func TestParsePredicateErrors(t *testing.T) {
	header := "type\tkind\tpattern\tmode\tflags\tsource\n"
	cases := []struct {
		name, line, want string
	}{
		{"unknown type", "ATTACK\tverb\tattack _\t\t\tentente", "neither a PLOVER type"},
		{"lower-case type", "assault\tverb\tattack _\t\t\tentente", "neither a PLOVER type"},
		{"unknown kind", "ASSAULT\tadverb\tattack _\t\t\tentente", "kind"},
		{"mode of another type", "ASSAULT\tverb\tattack _\tvisit\t\tentente", "mode"},
		{"unknown flag", "ASSAULT\tverb\tattack _\t\tboth\tentente", "unknown flag"},
		{"two targets", "ASSAULT\tverb\tattack _ with _\t\t\tentente", "target slots"},
		{"slot first", "ASSAULT\tverb\t_ attack\t\t\tentente", "head word"},
		{"capitals", "ASSAULT\tverb\tAttack _\t\t\tentente", "bad pattern word"},
		{"optional last", "ASSAULT\tverb\tattack (now)\t\t\tentente", "optional"},
		{"rev without target", "CONSULT\tverb\thost\t\trev\tentente", "rev"},
		{"duplicate", "ASSAULT\tverb\tattack _\t\t\tentente\nASSAULT\tverb\tattack _\t\t\tentente", "already on line"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fsys := fstest.MapFS{PredicatesFile: {Data: []byte(header + c.line + "\n")}}
			_, err := ParsePredicates(fsys)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error = %v, want one mentioning %q", err, c.want)
			}
			if !strings.Contains(err.Error(), PredicatesFile+":") {
				t.Errorf("error %q does not name the file and line", err)
			}
		})
	}
	fsys := fstest.MapFS{PredicatesFile: {Data: []byte(header + "CONSULT\tverb\thost _\tvisit\trev\tentente\n")}}
	ps, err := ParsePredicates(fsys)
	if err != nil {
		t.Fatal(err)
	}
	hits := ps.Lookup("hosted")
	if len(hits) != 1 || !hits[0].Pred.Has(FlagReverse) || hits[0].Pred.Mode != "visit" {
		t.Errorf("Lookup(hosted) = %+v", hits)
	}
}

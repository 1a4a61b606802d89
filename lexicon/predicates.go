package lexicon

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/entente/entente"
)

// PredKind is the part of speech of a predicate's head word.
type PredKind uint8

// Predicate kinds.
const (
	PredVerb PredKind = iota + 1 // "urge _", "hold talks with _"
	PredNoun                     // "threat to", "sanctions on _", "talks between _"
	PredAdj                      // "ready to", "critical of _"
)

func (k PredKind) String() string {
	switch k {
	case PredVerb:
		return "verb"
	case PredNoun:
		return "noun"
	case PredAdj:
		return "adj"
	}
	return "?"
}

// Cue is the part a non-event word plays for the clause it governs. Cues
// share the predicate file because they are written and matched like
// predicates; they code no event of their own.
type Cue uint8

// Cues.
const (
	CueNone    Cue = iota
	CueSay         // reporting verbs (said, told, announced): the clause they govern is reported speech
	CueAllege      // claim, allege: a conflict they report is coded as an accusation by the speaker
	CueIntent      // plan, intend, want, be ready to: the act is hypothetical, the stated intent an AGREE or a THREATEN
	CueExplore     // consider, discuss, look for ways to: the act is hypothetical, nothing more
	CueAttempt     // try, attempt: a hostile act attempted counts as done
	CueFail        // fail to: the act did not happen
	CueAspect      // continue, resume, begin: the act happens
	CueJoin        // join _ in: the object takes part in the act too
	CueFactual     // move to, decision to, step to: the act the noun names was done
	CueNeed        // need to, have to: said of another actor, a demand by the speaker
	CueDeny        // deny, dispute that: the clause reported did not happen, as its speaker says
	CueBreach      // violate, breach a ceasefire: reported by another actor, an accusation by the speaker
	CueKeep        // fulfil obligations: not done, and reported by another actor, an accusation by the speaker
)

var cueNames = map[string]Cue{
	"say": CueSay, "allege": CueAllege, "intent": CueIntent, "explore": CueExplore,
	"attempt": CueAttempt, "fail": CueFail, "aspect": CueAspect, "join": CueJoin,
	"factual": CueFactual, "need": CueNeed, "deny": CueDeny, "breach": CueBreach, "keep": CueKeep,
}

func (c Cue) String() string {
	for name, v := range cueNames {
		if v == c {
			return name
		}
	}
	return ""
}

// PredFlags are the role rules a predicate needs beyond subject → target.
type PredFlags uint8

// Predicate flags, as written in the flags column.
const (
	// FlagSymmetric: "X and Y met" is one event, the party named first
	// the source.
	FlagSymmetric PredFlags = 1 << iota
	// FlagMutual: both directions are coded ("X and Y exchanged
	// prisoners", "clashes between X and Y").
	FlagMutual
	// FlagReverse: the target slot names the source and the subject the
	// target ("X hosted Y" is Y → X, "X received aid from Y" is Y → X).
	FlagReverse
	// FlagObjectControl: the object is the subject of the infinitive that
	// follows ("urged Y to leave": Y leaves).
	FlagObjectControl
	// FlagSpeech: the predicate is a speech act whose clause is reported
	// ("accused Y of attacking Z"): the reported act is not coded as fact.
	FlagSpeech
	// FlagOrgTarget: the target must be an organisation, alliance or
	// group ("left ECOWAS"; "left Moscow" is a journey).
	FlagOrgTarget
	// FlagPlace: a place named in the target slot stands for its state
	// ("arrived in Amman", "sought asylum in Germany").
	FlagPlace
)

var flagNames = map[string]PredFlags{
	"sym": FlagSymmetric, "mutual": FlagMutual, "rev": FlagReverse, "obj": FlagObjectControl,
	"speech": FlagSpeech, "org": FlagOrgTarget, "place": FlagPlace,
}

// Element is one position of a pattern after its head word: a word or
// phrase (with alternatives), the target slot, or a gap for an object.
type Element struct {
	Alts     [][]string // alternatives, each a sequence of lower-case words
	Optional bool
	Target   bool // "_": the noun phrase naming the target
	Gap      bool // "~": any noun phrase
}

// Head is one alternative of a pattern's head: the word the pattern is
// indexed by (a verb's lemma) and the particles that must follow it
// ("pull" "out").
type Head struct {
	Word      string
	Particles []string
}

// Predicate is one line of predicates.tsv: a pattern that codes a PLOVER
// event, or a cue.
type Predicate struct {
	Type    entente.EventType // empty for a cue
	Cue     Cue
	Kind    PredKind
	Mode    string
	Heads   []Head    // alternatives: a verb's lemma, a noun's singular, an adjective
	Rest    []Element // what follows the head
	Flags   PredFlags
	Pattern string // as written
	Line    int
}

// Has reports whether the predicate carries flag f.
func (p *Predicate) Has(f PredFlags) bool { return p.Flags&f != 0 }

// HasTarget reports whether the pattern names a target slot.
func (p *Predicate) HasTarget() bool {
	for _, e := range p.Rest {
		if e.Target {
			return true
		}
	}
	return false
}

// Hit is a predicate whose head a word can be, with the inflection it is.
type Hit struct {
	Pred   *Predicate
	Head   *Head    // the head alternative the word is
	Form   VerbForm // for verbs
	Plural bool     // for nouns
}

// Predicates is the loaded predicate lexicon. It is immutable after
// loading and safe for concurrent use.
type Predicates struct {
	all    []*Predicate
	byWord map[string][]Hit
}

// Lookup returns the predicates whose head word is w (lower case).
func (ps *Predicates) Lookup(w string) []Hit { return ps.byWord[w] }

// All returns every predicate in file order.
func (ps *Predicates) All() []*Predicate { return ps.all }

// Forms returns how many distinct word forms head a predicate.
func (ps *Predicates) Forms() int { return len(ps.byWord) }

// modesByType lists the modes PLOVER v2.0 defines for each type.
var modesByType = map[entente.EventType][]string{
	entente.Consult:  {"visit", "third-party", "multilateral", "phone"},
	entente.Retreat:  {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
	entente.Request:  {"assist", "change", "yield", "meet"},
	entente.Accuse:   {"disapprove", "investigate", "allege"},
	entente.Reject:   {"assist", "change", "yield", "meet"},
	entente.Threaten: {"restrict", "arrest", "relations", "expel", "territory", "violence"},
	entente.Protest:  {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
	entente.Sanction: {"convict", "expel", "withdraw", "discontinue"},
	entente.Mobilize: {"troops", "weapons", "police", "militia"},
	entente.Coerce:   {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold", "misinformation", "cyber"},
	entente.Assault: {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
		"explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"},
}

// Modes returns the PLOVER modes of an event type.
func Modes(t entente.EventType) []string { return modesByType[t] }

// PredicatesFile is the name of the predicate lexicon in data/.
const PredicatesFile = "predicates.tsv"

// LoadPredicates reads the embedded predicate lexicon.
func LoadPredicates() (*Predicates, error) {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	return ParsePredicates(sub)
}

// ParsePredicates reads predicates.tsv from fsys (the files of data/).
func ParsePredicates(fsys fs.FS) (*Predicates, error) {
	recs, err := readTSV(fsys, PredicatesFile, "type", "kind", "pattern", "source")
	if err != nil {
		return nil, err
	}
	ps := &Predicates{byWord: make(map[string][]Hit, 4*len(recs))}
	seen := make(map[string]int, len(recs))
	for _, r := range recs {
		p, err := parsePredicate(r)
		if err != nil {
			return nil, err
		}
		key := string(p.Type) + p.Cue.String() + "\t" + p.Kind.String() + "\t" + p.Pattern
		if line, dup := seen[key]; dup {
			return nil, r.errorf("pattern %q already on line %d", p.Pattern, line)
		}
		seen[key] = p.Line
		ps.all = append(ps.all, p)
		ps.index(p)
	}
	for w, hits := range ps.byWord {
		// Longer patterns first: the matcher takes the first that fits.
		sort.SliceStable(hits, func(i, j int) bool { return len(hits[i].Pred.Rest) > len(hits[j].Pred.Rest) })
		ps.byWord[w] = hits
	}
	return ps, nil
}

func (ps *Predicates) index(p *Predicate) {
	for k := range p.Heads {
		h := &p.Heads[k]
		switch p.Kind {
		case PredVerb:
			for form, f := range VerbForms(h.Word) {
				ps.byWord[form] = append(ps.byWord[form], Hit{Pred: p, Head: h, Form: f})
			}
		case PredNoun:
			// The plural goes on the last word of a compound head
			// ("air strike" "air strikes"), written or generated.
			if len(h.Particles) > 0 {
				ps.byWord[h.Word] = append(ps.byWord[h.Word], Hit{Pred: p, Head: h})
				last := h.Particles[len(h.Particles)-1]
				if !strings.HasSuffix(last, "s") {
					pl := &Head{Word: h.Word, Particles: append(append([]string(nil), h.Particles[:len(h.Particles)-1]...), NounPlural(last))}
					ps.byWord[h.Word] = append(ps.byWord[h.Word], Hit{Pred: p, Head: pl, Plural: true})
				}
				continue
			}
			ps.byWord[h.Word] = append(ps.byWord[h.Word], Hit{Pred: p, Head: h, Plural: strings.HasSuffix(h.Word, "s")})
			if !strings.HasSuffix(h.Word, "s") {
				ps.byWord[NounPlural(h.Word)] = append(ps.byWord[NounPlural(h.Word)], Hit{Pred: p, Head: h, Plural: true})
			}
		default:
			ps.byWord[h.Word] = append(ps.byWord[h.Word], Hit{Pred: p, Head: h})
		}
	}
}

func parsePredicate(r record) (*Predicate, error) {
	p := &Predicate{Pattern: strings.Join(strings.Fields(r.get("pattern")), " "), Line: r.line, Mode: r.get("mode")}
	typ := r.get("type")
	if c, ok := cueNames[typ]; ok {
		p.Cue = c
	} else {
		t, err := entente.ParseEventType(typ)
		if err != nil || typ != string(t) {
			return nil, r.errorf("type %q is neither a PLOVER type (in capitals) nor a cue", typ)
		}
		p.Type = t
	}
	switch r.get("kind") {
	case "verb":
		p.Kind = PredVerb
	case "noun":
		p.Kind = PredNoun
	case "adj":
		p.Kind = PredAdj
	default:
		return nil, r.errorf("kind %q is not verb, noun or adj", r.get("kind"))
	}
	if p.Mode != "" {
		if p.Type == "" || !contains(modesByType[p.Type], p.Mode) {
			return nil, r.errorf("mode %q is not a PLOVER mode of %s", p.Mode, typ)
		}
	}
	for _, f := range r.list("flags") {
		for _, name := range strings.Split(f, ",") {
			name = strings.TrimSpace(name)
			flag, ok := flagNames[name]
			if !ok {
				return nil, r.errorf("unknown flag %q", name)
			}
			p.Flags |= flag
		}
	}
	words := strings.Fields(p.Pattern)
	if len(words) == 0 {
		return nil, r.errorf("empty pattern")
	}
	head, err := parseElement(words[0])
	if err != nil {
		return nil, r.errorf("%v", err)
	}
	if head.Target || head.Optional || head.Gap {
		return nil, r.errorf("pattern %q must start with its head word", p.Pattern)
	}
	for _, alt := range head.Alts {
		p.Heads = append(p.Heads, Head{Word: alt[0], Particles: alt[1:]})
	}
	targets := 0
	for _, w := range words[1:] {
		e, err := parseElement(w)
		if err != nil {
			return nil, r.errorf("%v", err)
		}
		if e.Target {
			targets++
		}
		p.Rest = append(p.Rest, e)
	}
	if targets > 1 {
		return nil, r.errorf("pattern %q has %d target slots, at most one", p.Pattern, targets)
	}
	if len(p.Rest) > 0 && p.Rest[len(p.Rest)-1].Optional {
		return nil, r.errorf("pattern %q ends with an optional word, which can never matter", p.Pattern)
	}
	if p.Has(FlagReverse) && targets == 0 {
		return nil, r.errorf("flag rev needs a target slot in %q", p.Pattern)
	}
	return p, nil
}

// parseElement reads one word of a pattern: "_", "~", "word", "a|b",
// "(word)", "phrase+of+words".
func parseElement(w string) (Element, error) {
	switch w {
	case "_":
		return Element{Target: true}, nil
	case "~":
		return Element{Gap: true}, nil
	}
	var e Element
	if strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")") {
		e.Optional = true
		w = w[1 : len(w)-1]
	}
	seen := map[string]bool{}
	for _, alt := range strings.Split(w, "|") {
		if alt == "" || alt != strings.ToLower(alt) || strings.ContainsAny(alt, "()_~ ") {
			return e, fmt.Errorf("bad pattern word %q", w)
		}
		if seen[alt] {
			continue
		}
		seen[alt] = true
		words := strings.Split(alt, "+")
		for _, x := range words {
			if x == "" {
				return e, fmt.Errorf("bad pattern word %q", w)
			}
		}
		e.Alts = append(e.Alts, words)
	}
	return e, nil
}

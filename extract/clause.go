package extract

import "strings"

// The shallow parse of a sentence: every token gets a word class from its
// part-of-speech tag (and, for closed-class words, from the word), and
// runs of tokens are chunked into items — noun phrases, verb groups,
// prepositions, commas, conjunctions, complementisers and relative
// pronouns — in the manner of TABARI's shallow parser. Event coding reads
// subjects, objects and clause boundaries off the item sequence.

// wclass is a token's word class for chunking.
type wclass uint8

const (
	cOther wclass = iota
	cNoun
	cPron  // personal pronoun
	cPoss  // possessive pronoun or clitic 's
	cDet   // determiner
	cAdj   // adjective
	cNum   // number
	cVerb  // any verb form
	cModal // will, would, must
	cAdv   // adverb or particle
	cNeg   // not, n't, never
	cPrep  // preposition
	cTo    // to
	cConj  // and, or, but
	cComp  // that, whether, if: a complementiser
	cWh    // who, which: a relative or interrogative pronoun
	cComma
	cQuote
	cPunct
)

// itemKind is the kind of a chunk.
type itemKind uint8

const (
	iNP itemKind = iota + 1
	iVG
	iPrep
	iComma
	iConj
	iComp
	iWh
	iAdv
	iQuote
	iPunct
	iOther
)

// item is one chunk of a sentence. Token indexes are the document's.
type item struct {
	kind        itemKind
	first, last int // tokens [first, last)
	head        int // a noun phrase's head noun, a verb group's main verb

	// Noun phrases.
	posEnd   int  // possessor tokens are [first, posEnd); posEnd == first when none
	temporal bool // "Monday", "last week": an adjunct, never a subject
	pron     bool // a pronoun

	// Verb groups.
	finite     bool   // carries tense: "urged", "has urged", "will urge"
	passive    bool   // "was urged", "were killed"
	negated    bool   // "did not join", "never visited"
	toInf      bool   // "to improve"
	gerund     bool   // "urging", with no auxiliary
	participle bool   // "signed in Riyadh by …", a past participle with no auxiliary
	base       bool   // a bare infinitive: "and cut support", "help defend"
	copula     bool   // the main verb is a form of "be"
	modal      string // will, would, could, must … (lower case)
	perfect    bool   // "has frozen", "had exchanged"
}

// sentence is the parse of one sentence.
type sentence struct {
	d           *Doc
	ev          *eventCoder
	index       int // sentence index
	first, last int
	tags        []string // PTB tags of the sentence's tokens
	cls         []wclass // word class of every token, from first
	items       []item
	itemAt      []int // token (from first) → item index
	question    bool  // the sentence ends in a question mark

	// Subjects found so far, by verb group item; and the subjects that
	// governing words impose on their infinitives ("urged Y to leave").
	subjects   map[int]subjectMemo
	controlled map[int]subjectMemo
	govOfVG    map[int]int // verb group item → the frame that governs it

	// Who acted and who spoke last in the document, kept from sentence
	// to sentence.
	lastAct, lastSpeech actMemory
}

func (s *sentence) tag(i int) string   { return s.tags[i-s.first] }
func (s *sentence) class(i int) wclass { return s.cls[i-s.first] }
func (s *sentence) low(i int) string   { return s.d.Lower[i] }

// itemOf returns the index of the item holding token i.
func (s *sentence) itemOf(i int) int { return s.itemAt[i-s.first] }

// vgAuxiliaries are the verbs that can stand before another verb in a verb
// group.
var vgAuxiliaries = map[string]bool{
	"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "am": true,
	"'s": true, "'re": true, "'m": true,
	"have": true, "has": true, "had": true, "having": true, "'ve": true, "'d": true,
	"do": true, "does": true, "did": true,
	"get": true, "gets": true, "got": true, "getting": true, "gotten": true,
}

var vgBeForms = map[string]bool{
	"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "am": true,
	"'s": true, "'re": true, "'m": true,
}

var vgGetForms = map[string]bool{"get": true, "gets": true, "got": true, "getting": true, "gotten": true}

var vgHaveForms = map[string]bool{"have": true, "has": true, "had": true, "having": true, "'ve": true}

// clauseComplementisers open a subordinate clause.
var clauseComplementisers = map[string]bool{
	"that": true, "whether": true, "if": true, "unless": true, "because": true, "although": true,
	"though": true, "whereas": true, "while": true, "whilst": true, "once": true, "lest": true,
}

// clauseTimeWords head noun phrases that say when, not who.
var clauseTimeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "today": true, "yesterday": true, "tomorrow": true, "tonight": true, "week": true,
	"weekend": true, "month": true, "year": true, "morning": true, "afternoon": true, "evening": true,
	"night": true, "day": true, "days": true, "weeks": true, "months": true, "years": true, "hours": true,
	"time": true, "january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"overnight": true, "decade": true, "decades": true, "century": true, "now": true, "moment": true,
	"summer": true, "winter": true, "spring": true, "autumn": true, "fall": true,
}

// classify gives every token of the sentence its word class.
func (s *sentence) classify() {
	for i := s.first; i < s.last; i++ {
		s.cls = append(s.cls, s.classOf(i))
	}
	s.retagInfinitives()
	s.retagCoordinatedInfinitives()
	s.retagNouns()
	s.retagPastTenses()
	s.retagPrenominalParticiples()
	s.retagBareInfinitives()
	s.retagPrenominals()
	s.retagSubjunctives()
}

func (s *sentence) classOf(i int) wclass {
	w := s.low(i)
	if s.d.MentionAt != nil && s.d.MentionAt[i] >= 0 {
		m := s.d.Mentions[s.d.MentionAt[i]]
		// A name used as a place, or a possessive clitic inside a
		// mention span, still chunks as a noun phrase.
		_ = m
		if w == "'s" {
			return cPoss
		}
		return cNoun
	}
	switch w {
	case "not", "n't", "never":
		return cNeg
	case ",":
		return cComma
	case "\"", "``", "''":
		return cQuote
	case "to":
		return cTo
	case "and", "or", "but", "nor", "&":
		return cConj
	}
	t := s.tag(i)
	switch {
	case t == "IN":
		if clauseComplementisers[w] {
			return cComp
		}
		return cPrep
	case t == "TO":
		return cTo
	case strings.HasPrefix(t, "NN"), t == "FW":
		return cNoun
	case t == "PRP":
		return cPron
	case t == "PRP$", t == "POS":
		return cPoss
	case t == "DT", t == "PDT":
		if w == "that" && s.nextIsClauseStart(i) {
			return cComp
		}
		return cDet
	case strings.HasPrefix(t, "JJ"):
		return cAdj
	case t == "CD":
		return cNum
	case strings.HasPrefix(t, "VB"):
		return cVerb
	case t == "MD":
		return cModal
	case strings.HasPrefix(t, "RB"), t == "RP":
		return cAdv
	case t == "CC":
		return cConj
	case strings.HasPrefix(t, "W"):
		return cWh
	case t == "``", t == "''":
		return cQuote
	}
	if w == "'" || w == "\u2018" || w == "\u2019" {
		return cQuote
	}
	if len(w) == 1 || w == "--" || w == "..." {
		return cPunct
	}
	return cOther
}

// nextIsClauseStart reports whether the word after token i begins a
// clause (a subject then a verb), so that "that" there is a
// complementiser, not a determiner.
func (s *sentence) nextIsClauseStart(i int) bool {
	if i+1 >= s.last {
		return false
	}
	t := s.tag(i + 1)
	return t == "PRP" || t == "NNP" || t == "NNPS" || t == "DT" || (s.d.MentionAt != nil && s.d.MentionAt[i+1] >= 0)
}

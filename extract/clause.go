package extract

import (
	"strings"

	"github.com/entente/entente/lexicon"
)

// The shallow parse of a sentence: every token gets a word class from its
// part-of-speech tag (and, for closed-class words, from the word), and
// runs of tokens are chunked into items — noun phrases, verb groups,
// prepositions, commas, conjunctions, clauseComplementisers and relative
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
	s.retagNouns()
}

// retagNouns corrects another tagger slip: a word tagged as a verb in
// the present tense right after a determiner, adjective, number or
// possessive is a plural noun ("two suspects", "Kenyan activists").
func (s *sentence) retagNouns() {
	for i := s.first + 1; i < s.last; i++ {
		t := s.tag(i)
		if (t != "VBZ" && t != "VBP") || s.class(i) != cVerb {
			continue
		}
		prev := i - 1
		adjMention := s.d.MentionAt != nil && s.d.MentionAt[prev] >= 0 && s.d.Mentions[s.d.MentionAt[prev]].Via == "adjective"
		switch pt := s.tag(prev); {
		case adjMention, pt == "CD", pt == "PRP$", strings.HasPrefix(pt, "JJ"),
			pt == "DT" && s.low(prev) != "that":
			s.tags[i-s.first] = "NNS"
			s.cls[i-s.first] = cNoun
		}
	}
}

// retagInfinitives corrects a known tagger slip: after a verb or
// adjective and "to", a word the predicate lexicon knows as a verb's base
// form is an infinitive ("threatened to shell Iraqi towns"), even when
// the tagger took it for a noun.
func (s *sentence) retagInfinitives() {
	if s.ev == nil {
		return
	}
	for i := s.first + 1; i+1 < s.last; i++ {
		modal := s.class(i) == cModal
		if !modal && s.low(i) != "to" || s.class(i+1) != cNoun || (s.d.MentionAt != nil && s.d.MentionAt[i+1] >= 0) {
			continue
		}
		// "could host the talks", "threatened to shell".
		if c := s.class(i - 1); !modal && c != cVerb && c != cAdj {
			continue
		}
		for _, h := range s.ev.preds.Lookup(s.low(i + 1)) {
			if h.Pred.Kind == lexicon.PredVerb && h.Form&lexicon.VerbBase != 0 {
				s.tags[i+1-s.first] = "VB"
				s.cls[i+1-s.first] = cVerb
				if !modal {
					s.tags[i-s.first] = "TO"
					s.cls[i-s.first] = cTo
				}
				break
			}
		}
	}
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

// timeStart reports whether a time expression starts at token j: a time
// word, or "last", "next", "this", "earlier", "later", "early", "late"
// before one.
func (s *sentence) timeStart(j int) bool {
	if s.d.MentionAt != nil && s.d.MentionAt[j] >= 0 {
		return false
	}
	w := s.low(j)
	if clauseTimeWords[w] && w != "may" && w != "time" && w != "day" {
		return s.class(j) == cNoun
	}
	switch w {
	case "last", "next", "this", "earlier", "later", "early", "late", "mid", "recent":
		for k := j + 1; k < s.last && k <= j+2; k++ {
			if clauseTimeWords[s.low(k)] {
				return true
			}
		}
	}
	return false
}

// chunk groups the classified tokens into items.
func (s *sentence) chunk() {
	s.itemAt = s.itemAt[:0]
	for i := s.first; i < s.last; i++ {
		s.itemAt = append(s.itemAt, -1)
	}
	for i := s.first; i < s.last; {
		var it item
		switch c := s.class(i); {
		case c == cPron:
			it = item{kind: iNP, first: i, last: i + 1, head: i, posEnd: i, pron: true}
		case c == cVerb && s.adjectivalParticiple(i):
			it = s.nounPhrase(i)
		case c == cVerb || c == cModal || (c == cTo && s.toStartsVerb(i)) || (c == cAdv || c == cNeg) && s.advStartsVerb(i):
			it = s.verbGroup(i)
		case c == cNoun || c == cDet || c == cAdj || c == cNum || c == cPoss:
			it = s.nounPhrase(i)
		case c == cPrep || c == cTo:
			it = item{kind: iPrep, first: i, last: i + 1, head: i}
		case c == cComma:
			it = item{kind: iComma, first: i, last: i + 1, head: i}
		case c == cConj:
			it = item{kind: iConj, first: i, last: i + 1, head: i}
		case c == cComp:
			it = item{kind: iComp, first: i, last: i + 1, head: i}
		case c == cWh:
			it = item{kind: iWh, first: i, last: i + 1, head: i}
		case c == cAdv || c == cNeg:
			it = item{kind: iAdv, first: i, last: i + 1, head: i}
		case c == cQuote:
			it = item{kind: iQuote, first: i, last: i + 1, head: i}
		case c == cPunct:
			it = item{kind: iPunct, first: i, last: i + 1, head: i}
		default:
			it = item{kind: iOther, first: i, last: i + 1, head: i}
		}
		if it.last <= i {
			it = item{kind: iOther, first: i, last: i + 1, head: i}
		}
		for k := it.first; k < it.last; k++ {
			s.itemAt[k-s.first] = len(s.items)
		}
		s.items = append(s.items, it)
		i = it.last
	}
	s.question = s.last > s.first && s.low(s.last-1) == "?"
	s.pastParticiples()
	s.coordinateVerbs()
}

// pastParticiples reads a lone past participle between a noun phrase and
// its object as the past tense the tagger missed: in "Russian aircraft
// killed 46 civilians" the verb has a subject and an object, while "the
// pact signed in Riyadh" and "the weapons seized last year" stay
// participles.
func (s *sentence) pastParticiples() {
	for v := 1; v < len(s.items); v++ {
		it := &s.items[v]
		if it.kind != iVG || !it.participle || it.first != it.head {
			continue
		}
		p := v - 1
		if s.items[p].temporal && p > 0 {
			p-- // "Ukrainian lawmakers Tuesday endorsed …"
		}
		prev := s.items[p]
		if prev.kind != iNP || prev.temporal {
			continue
		}
		if v+1 >= len(s.items) {
			continue
		}
		next := s.items[v+1]
		switch {
		case next.kind == iNP && !next.temporal && s.class(next.first) != cPron:
			it.participle, it.finite = false, true
		case s.clauseInitial(s.phraseChainStart(p)) && !s.followedByBy(v):
			// "Armenian protesters demonstrated against …": a phrase
			// that opens the clause, then the verb.
			it.participle, it.finite = false, true
		}
	}
}

// phraseChainStart returns the first noun phrase of a chain of noun
// phrases joined by prepositions that ends at item k ("thousands of
// Hungarians").
func (s *sentence) phraseChainStart(k int) int {
	for k >= 2 && s.items[k-1].kind == iPrep && s.items[k-2].kind == iNP {
		k -= 2
	}
	return k
}

// clauseInitial reports whether the noun phrase at item k opens its
// clause: nothing before it but a comma, conjunction or quotation mark.
func (s *sentence) clauseInitial(k int) bool {
	if k == 0 {
		return true
	}
	switch s.items[k-1].kind {
	case iComma, iConj, iQuote, iComp:
		return true
	}
	return false
}

// coordinateVerbs reads a lone verb after "and" as the same form as the
// verb it is coordinated with: in "to restart relations and cut support"
// the tagger may take "cut" for a past form, but it is a bare infinitive.
func (s *sentence) coordinateVerbs() {
	for v := range s.items {
		it := &s.items[v]
		if it.kind != iVG || it.first != it.head || v == 0 || s.items[v-1].kind != iConj {
			continue
		}
		for n := v - 2; n >= 0; n-- {
			p := s.items[n]
			if p.kind == iComp || p.kind == iWh || p.kind == iQuote || p.kind == iComma {
				break
			}
			if p.kind != iVG {
				continue
			}
			if (p.toInf || p.base) && !it.base {
				it.base, it.finite, it.participle, it.gerund = true, false, false, false
			}
			break
		}
	}
}

// modifierSlot reports whether a participle at j inside a noun phrase
// that began at i stands where a modifier can: after a determiner,
// adjective, number, possessive or adverb ("the newly signed pact"), not
// after a noun, where it is the verb ("tanks shelled positions").
func (s *sentence) modifierSlot(j, i int) bool {
	if j == i {
		return s.adjectivalParticiple(j)
	}
	switch s.class(j - 1) {
	case cDet, cAdj, cNum, cPoss, cAdv:
		return true
	}
	return false
}

// adjectivalParticiple reports whether a past participle at i modifies
// the noun after it ("of increased cooperation", "by armed groups")
// rather than heading a verb group.
func (s *sentence) adjectivalParticiple(i int) bool {
	if s.tag(i) != "VBN" || i+1 >= s.last || s.class(i+1) != cNoun || i == s.first {
		return false
	}
	switch s.class(i - 1) {
	case cPrep, cDet, cPoss, cAdj, cNum:
		return true
	}
	return false
}

// toStartsVerb reports whether "to" at i marks an infinitive: a verb
// follows, perhaps after adverbs.
func (s *sentence) toStartsVerb(i int) bool {
	for j := i + 1; j < s.last && j <= i+3; j++ {
		switch s.class(j) {
		case cAdv, cNeg:
			continue
		case cVerb:
			t := s.tag(j)
			return t == "VB" || t == "VBP"
		}
		return false
	}
	return false
}

// advStartsVerb reports whether adverbs at i lead into a verb group
// ("also urged", "never visited"), which then begins at the adverb.
func (s *sentence) advStartsVerb(i int) bool {
	for j := i; j < s.last && j <= i+3; j++ {
		switch s.class(j) {
		case cAdv, cNeg:
			continue
		case cVerb, cModal:
			return true
		}
		return false
	}
	return false
}

// verbGroup reads the verb group starting at token i: vgAuxiliaries,
// modals, adverbs and negation up to the main verb.
func (s *sentence) verbGroup(i int) item {
	it := item{kind: iVG, first: i, head: -1}
	j := i
	if s.class(j) == cTo {
		it.toInf = true
		j++
	}
	var verbs []int
	for ; j < s.last; j++ {
		c := s.class(j)
		switch {
		case c == cQuote && len(verbs) > 0 && j+1 < s.last && s.class(j+1) == cVerb:
			// Scare quotes inside the group: "has “frozen”".
			continue
		case c == cAdv || c == cNeg:
			if c == cNeg {
				it.negated = true
			}
			// An adverb ends the group unless a verb follows it.
			if !s.advStartsVerb(j) {
				goto done
			}
			continue
		case c == cModal:
			if len(verbs) > 0 {
				goto done
			}
			it.modal = s.low(j)
			it.finite = true
			continue
		case c == cVerb:
			// A verb after a non-auxiliary ends the group: "said
			// Sunday they are" splits before "are" anyway, and "urged
			// attendees" ends at the object.
			if len(verbs) > 0 && !vgAuxiliaries[s.low(verbs[len(verbs)-1])] {
				goto done
			}
			verbs = append(verbs, j)
			continue
		}
		goto done
	}
done:
	// Trailing adverbs belong after the group.
	for j > i+1 && (s.class(j-1) == cAdv) && (len(verbs) == 0 || j-1 > verbs[len(verbs)-1]) {
		j--
	}
	it.last = j
	if len(verbs) == 0 {
		it.kind = iAdv
		it.head = i
		if it.last <= it.first {
			it.last = it.first + 1
		}
		return it
	}
	main := verbs[len(verbs)-1]
	it.head = main
	mt := s.tag(main)
	first := verbs[0]
	ft := s.tag(first)
	switch {
	case it.toInf:
	case it.modal != "":
		it.finite = true
	case ft == "VBD" || ft == "VBZ" || ft == "VBP":
		it.finite = true
	case ft == "VB" && len(verbs) == 1:
		it.base = true
	case ft == "VBG" && len(verbs) == 1:
		it.gerund = true
	case ft == "VBN" && len(verbs) == 1:
		it.participle = true
	case ft == "VBG" || ft == "VBN":
		// "having signed", "being held": a non-finite group.
		it.gerund = ft == "VBG"
		it.participle = ft == "VBN"
	default:
		it.finite = true
	}
	for k, v := range verbs[:len(verbs)-1] {
		w := s.low(v)
		if (vgBeForms[w] || vgGetForms[w]) && mt == "VBN" && k == len(verbs)-2 {
			it.passive = true
		}
		if vgHaveForms[w] {
			it.perfect = true
		}
	}
	// "been" directly before a participle also makes it passive when
	// other vgAuxiliaries intervene ("has been killed").
	if len(verbs) >= 2 && vgBeForms[s.low(verbs[len(verbs)-2])] && mt == "VBN" {
		it.passive = true
	}
	it.copula = vgBeForms[s.low(main)]
	return it
}

// nounPhrase reads the noun phrase starting at token i: determiners,
// possessives, adjectives, numbers and nouns, with mentions taken whole.
func (s *sentence) nounPhrase(i int) item {
	it := item{kind: iNP, first: i, posEnd: i, head: -1}
	j := i
	for j < s.last {
		// A time expression after other words is a phrase of its own:
		// "told the FT last week", "said Sunday".
		if j > i && s.timeStart(j) {
			break
		}
		if s.d.MentionAt != nil && s.d.MentionAt[j] >= 0 {
			j = min(s.d.Mentions[s.d.MentionAt[j]].Last, s.last)
			it.head = j - 1
			// "gave Yemen two billion dollars": a number after a name
			// starts the next phrase.
			if j < s.last && s.class(j) == cNum {
				break
			}
			continue
		}
		c := s.class(j)
		switch c {
		case cDet, cAdj, cNum:
			// A determiner after a noun starts a new phrase: "told
			// the minister the plan".
			if c == cDet && it.head >= 0 && s.class(j-1) == cNoun {
				goto done
			}
			j++
			continue
		case cNoun:
			it.head = j
			j++
			continue
		case cPoss:
			// "Turkey 's", "his": what came before is the possessor.
			if s.low(j) == "'s" || s.low(j) == "'" {
				if j == i {
					goto done
				}
			}
			j++
			it.posEnd = j
			it.head = -1
			continue
		case cVerb:
			// Participles and gerunds inside a noun phrase: "the newly
			// signed pact", "the ruling party", "armed groups".
			t := s.tag(j)
			if (t == "VBN" || t == "VBG") && j+1 < s.last && (s.class(j+1) == cNoun || s.class(j+1) == cAdj) && s.modifierSlot(j, i) {
				j++
				continue
			}
		case cPunct:
			// Hyphens inside names and compounds ("non -EU").
			if s.low(j) == "-" && it.head >= 0 && j+1 < s.last && s.class(j+1) == cNoun {
				j++
				continue
			}
		}
		break
	}
done:
	it.last = j
	if it.head < 0 {
		// A phrase of determiners or adjectives alone ("the two", "more"):
		// its last word heads it.
		it.head = j - 1
	}
	if it.last <= it.first {
		it.last = it.first + 1
		it.head = it.first
	}
	it.temporal = clauseTimeWords[s.low(it.head)] && !(s.d.MentionAt != nil && s.d.MentionAt[it.head] >= 0)
	return it
}

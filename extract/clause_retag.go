package extract

// Corrections of the tags and chunks where the tagger is known to slip,
// read from the words around.

import (
	"strings"

	"github.com/entente/entente/lexicon"
)

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
		case strings.HasPrefix(pt, "NNP") && (s.indefiniteName(prev) || strings.Contains(s.low(prev), "-") && prev > s.first && s.low(prev-1) == "the"):
			// "a United Nations plan to return people", "the
			// Ukraine-Russia talks": a name after "a", or a compound
			// of names after "the", modifies the noun that follows.
			s.tags[i-s.first] = "NN"
			s.cls[i-s.first] = cNoun
		}
	}
}

// indefiniteName reports whether the proper noun ending at token i opens
// with "a" or "an": "a United Nations", "an EU".
func (s *sentence) indefiniteName(i int) bool {
	k := i
	for k > s.first && strings.HasPrefix(s.tag(k-1), "NNP") {
		k--
	}
	if k == s.first {
		return false
	}
	w := s.low(k - 1)
	return w == "a" || w == "an"
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

// helpVerbs take a bare infinitive: "help narrow the deficit".
var helpVerbs = map[string]bool{"help": true, "helps": true, "helped": true, "helping": true}

// retagBareInfinitives reads an adjective or noun between "help" and a
// determiner as the bare infinitive it is ("to help narrow the US trade
// deficit", "helped end the war"): neither stands right before "the".
func (s *sentence) retagBareInfinitives() {
	for i := s.first + 1; i+1 < s.last; i++ {
		if !helpVerbs[s.low(i-1)] || s.class(i-1) != cVerb || (s.d.MentionAt != nil && s.d.MentionAt[i] >= 0) {
			continue
		}
		if c := s.class(i); c != cAdj && c != cNoun || strings.HasPrefix(s.tag(i), "NNP") {
			continue
		}
		if c := s.class(i + 1); c == cDet || c == cPoss {
			s.tags[i-s.first] = "VB"
			s.cls[i-s.first] = cVerb
		}
	}
}

// retagCoordinatedInfinitives reads a noun or adjective after "and" as the base verb
// the predicate lexicon knows it as when an infinitive comes before it
// in the clause and an object after it: "to offer support and condemn
// reports of the attack".
func (s *sentence) retagCoordinatedInfinitives() {
	if s.ev == nil {
		return
	}
	for i := s.first + 1; i+2 < s.last; i++ {
		if c := s.class(i + 1); s.low(i) != "and" || c != cNoun && c != cAdj || (s.d.MentionAt != nil && s.d.MentionAt[i+1] >= 0) {
			continue
		}
		switch s.class(i + 2) {
		case cDet, cPoss, cAdj, cNoun, cNum:
		case cVerb:
			// "condemn reports": a plural noun the tagger read as a
			// verb.
			if s.tag(i+2) != "VBZ" {
				continue
			}
		default:
			continue
		}
		if !s.infinitiveBefore(i) || !s.baseVerb(s.low(i+1)) {
			continue
		}
		s.tags[i+1-s.first] = "VB"
		s.cls[i+1-s.first] = cVerb
	}
}

// infinitiveBefore reports whether "to" and a verb stand before token i
// in the same clause.
func (s *sentence) infinitiveBefore(i int) bool {
	for k := i - 1; k > s.first && k >= i-8; k-- {
		switch s.class(k) {
		case cComma, cComp, cWh, cQuote:
			return false
		case cVerb:
			if s.low(k-1) == "to" {
				return true
			}
		}
	}
	return false
}

// baseVerb reports whether the predicate lexicon knows w as a verb's
// base form.
func (s *sentence) baseVerb(w string) bool {
	for _, h := range s.ev.preds.Lookup(w) {
		if h.Pred.Kind == lexicon.PredVerb && h.Form&lexicon.VerbBase != 0 {
			return true
		}
	}
	return false
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
			if s.items[p].kind == iPrep && p > 0 {
				p-- // "The US on Thursday rejected …"
			}
		}
		prev := s.items[p]
		if prev.kind != iNP || prev.temporal {
			continue
		}
		if v+1 >= len(s.items) {
			continue
		}
		if p > 0 && s.items[p-1].kind == iVG && s.items[p-1].gerund && s.finiteAfter(v) {
			// "British aircraft using precision guided missiles
			// killed …": the participle is inside the gerund's object;
			// the clause's verb comes later.
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

// retagPastTenses corrects a slip a weak tagger makes: a word in "-ed"
// that the predicate lexicon knows as a verb's past, right after a name
// or a noun and before what can follow a verb, is that verb ("Egypt
// negotiated with Hamas"), whatever tag it was given.
func (s *sentence) retagPastTenses() {
	if s.ev == nil {
		return
	}
	for i := s.first + 1; i+1 < s.last; i++ {
		if s.class(i) == cVerb || !strings.HasSuffix(s.low(i), "ed") {
			continue
		}
		if s.d.MentionAt != nil && s.d.MentionAt[i] >= 0 {
			continue
		}
		prevNoun := s.class(i-1) == cNoun || s.class(i-1) == cPron
		if !prevNoun {
			continue
		}
		switch s.class(i + 1) {
		case cPrep, cDet, cNoun, cPoss, cNum, cTo, cAdv:
		default:
			continue
		}
		for _, h := range s.ev.preds.Lookup(s.low(i)) {
			if h.Pred.Kind == lexicon.PredVerb && h.Form&lexicon.VerbPast != 0 {
				s.tags[i-s.first] = "VBD"
				s.cls[i-s.first] = cVerb
				break
			}
		}
	}
}

// negatedInfinitives marks "vowed not to return" and "agreed never to
// attack": the negation stands before "to", outside the verb group.
func (s *sentence) negatedInfinitives() {
	for v := 1; v < len(s.items); v++ {
		it := &s.items[v]
		if it.kind == iVG && it.toInf && s.items[v-1].kind == iAdv && s.class(s.items[v-1].first) == cNeg {
			it.negated = true
		}
		// "nor has it opened its market", "neither did Turkey": the
		// verb after an inverted auxiliary.
		if it.kind == iVG && v >= 3 && s.items[v-1].kind == iNP && s.items[v-2].kind == iVG &&
			s.items[v-2].last == s.items[v-2].first+1 && s.items[v-3].kind == iConj {
			switch s.low(s.items[v-3].first) {
			case "nor", "neither":
				it.negated = true
			}
		}
	}
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
			if (p.toInf || p.base) && !it.base && s.tag(it.head) != "VBD" {
				// ("pledged to make a push … and defended the invasion":
				// a past form coordinates with the main verb.)
				it.base, it.finite, it.participle, it.gerund = true, false, false, false
			}
			break
		}
	}
}

// retagPrenominalParticiples reads a word in "-ed" right after a main
// verb and before a noun or adjective as an adjective of the object
// ("extradited suspected British militant", "reject proposed Israeli
// changes"): a main verb does not take a participle after it, only an
// auxiliary does ("has deployed troops").
func (s *sentence) retagPrenominalParticiples() {
	for i := s.first + 1; i+1 < s.last; i++ {
		if s.class(i) != cVerb || !strings.HasSuffix(s.low(i), "ed") {
			continue
		}
		if t := s.tag(i); t != "VBN" && t != "VBD" {
			continue
		}
		if s.d.MentionAt != nil && s.d.MentionAt[i] >= 0 {
			continue
		}
		afterPrep := s.class(i-1) == cPrep && s.low(i-1) != "by"
		if !afterPrep && (s.class(i-1) != cVerb || vgAuxiliaries[s.low(i-1)]) {
			// After a preposition too: "built on occupied Palestinian
			// land".
			continue
		}
		switch s.class(i + 1) {
		case cNoun, cAdj:
		default:
			continue
		}
		s.tags[i-s.first] = "JJ"
		s.cls[i-s.first] = cAdj
	}
}

// prenominalAdjectives are "-ing" words that, before a noun, describe it:
// "from neighbouring Lebanon", "the ruling party".
var prenominalAdjectives = map[string]bool{
	"neighboring": true, "neighbouring": true, "ruling": true, "warring": true,
	"ongoing": true, "outgoing": true, "incoming": true, "visiting": true,
	"opposing": true, "governing": true, "remaining": true, "leading": true,
}

// freeCompounds follow "free" in compounds: "free trade", "free elections".
var freeCompounds = map[string]bool{
	"trade": true, "market": true, "markets": true, "zone": true, "zones": true, "election": true,
	"elections": true, "speech": true, "press": true, "movement": true, "enterprise": true, "world": true,
}

// championNouns are the titles "defending" qualifies.
var championNouns = map[string]bool{"champion": true, "champions": true, "titleholder": true, "titleholders": true}

// retagPrenominals reads an "-ing" adjective before a noun, adjective or
// name as an adjective, and a present-tense verb form that ends a
// compound noun before a preposition or punctuation as a plural noun:
// "the final status talks with the Palestinians", "border clashes in".
func (s *sentence) retagPrenominals() {
	for i := s.first; i+1 < s.last; i++ {
		if s.low(i) == "free" && freeCompounds[s.low(i+1)] {
			// "the US free trade agreements with Canada": an adjective
			// of the compound, no release.
			s.tags[i-s.first] = "JJ"
			s.cls[i-s.first] = cAdj
			continue
		}
		if s.low(i) == "defending" && championNouns[s.low(i+1)] {
			// "against defending champion Croatia": a title, no
			// defence.
			s.tags[i-s.first] = "JJ"
			s.cls[i-s.first] = cAdj
			continue
		}
		if !prenominalAdjectives[s.low(i)] {
			continue
		}
		if i > s.first && s.class(i-1) == cNoun && (s.tag(i-1) == "NN" || s.tag(i-1) == "NNS") {
			// "candidates opposing President Karzai": after a
			// common noun the word opens a phrase describing it.
			s.tags[i-s.first] = "VBG"
			s.cls[i-s.first] = cVerb
			continue
		}
		switch s.class(i + 1) {
		case cNoun, cAdj:
			s.tags[i-s.first] = "JJ"
			s.cls[i-s.first] = cAdj
		}
	}
	if s.ev == nil {
		return
	}
	for i := s.first + 2; i < s.last; i++ {
		if t := s.tag(i); (t != "VBZ" && t != "VBP") || s.class(i) != cVerb {
			continue
		}
		prev, pp := i-1, i-2
		if s.class(prev) != cNoun || !strings.HasPrefix(s.tag(prev), "NN") || strings.HasPrefix(s.tag(prev), "NNP") {
			continue
		}
		if s.d.MentionAt != nil && (s.d.MentionAt[prev] >= 0 || s.d.MentionAt[i] >= 0) {
			continue
		}
		switch pt := s.tag(pp); {
		case strings.HasPrefix(pt, "JJ"), strings.HasPrefix(pt, "NN"), pt == "CD", pt == "PRP$", pt == "POS":
		default:
			continue
		}
		if i+1 < s.last {
			switch s.class(i + 1) {
			case cPrep, cComma, cPunct, cConj:
			default:
				continue
			}
		}
		for _, h := range s.ev.preds.Lookup(s.low(i)) {
			if h.Pred.Kind == lexicon.PredNoun {
				s.tags[i-s.first] = "NNS"
				s.cls[i-s.first] = cNoun
				break
			}
		}
	}
}

// retagSubjunctives reads a word the predicate lexicon knows as a verb's
// base form, right after a name that follows "that" and before its
// object, as the verb of a subjunctive clause the tagger took for a
// compound noun: "demanded that Israel ease restrictions", "that the
// Sudanese government end curbs".
func (s *sentence) retagSubjunctives() {
	if s.ev == nil || s.d.MentionAt == nil {
		return
	}
	for i := s.first + 2; i+1 < s.last; i++ {
		// ("that the European Union open accession negotiations": the
		// tagger may take the verb for an adjective too.)
		if c := s.class(i); c != cNoun && c != cAdj || s.d.MentionAt[i] >= 0 || s.low(i) == "free" && freeCompounds[s.low(i+1)] {
			continue
		}
		end := i - 1
		if s.d.MentionAt[end] < 0 && peopleHeads[s.low(end)] {
			end-- // "that the Sudanese government end curbs"
		}
		if s.d.MentionAt[end] < 0 {
			continue
		}
		switch s.class(i + 1) {
		case cDet, cNoun, cAdj, cPoss, cNum:
		default:
			continue
		}
		m := s.d.Mentions[s.d.MentionAt[end]]
		k := m.First - 1
		if k > s.first && s.low(k) == "the" {
			k--
		}
		if k < s.first || s.low(k) != "that" {
			continue
		}
		for _, h := range s.ev.preds.Lookup(s.low(i)) {
			if h.Pred.Kind == lexicon.PredVerb && h.Form&lexicon.VerbBase != 0 {
				s.tags[i-s.first] = "VB"
				s.cls[i-s.first] = cVerb
				break
			}
		}
	}
}

// finiteAfter reports whether a finite verb group follows item v in its
// clause.
func (s *sentence) finiteAfter(v int) bool {
	for n := v + 1; n < len(s.items); n++ {
		switch it := s.items[n]; it.kind {
		case iVG:
			if it.finite {
				return true
			}
		case iComma, iComp, iWh, iPunct, iConj:
			return false
		}
	}
	return false
}

// reducedRelatives reads "four men accused of plotting … have been
// pardoned": a verb that never stands without its object, found with none
// before a preposition while the clause's finite verb is still to come, is
// a participle describing the noun before it, whatever its tag.
func (s *sentence) reducedRelatives() {
	if s.ev == nil {
		return
	}
	for v := 1; v+1 < len(s.items); v++ {
		it := &s.items[v]
		if it.kind != iVG || !it.finite || it.first != it.last-1 || !strings.HasSuffix(s.low(it.head), "ed") {
			continue
		}
		if s.items[v-1].kind != iNP {
			continue
		}
		if c := s.phraseChainStart(v - 1); !s.clauseInitial(c) && !(s.items[c-1].kind == iVG && s.reportingVerb(s.items[c-1].head)) {
			// "believes three UN workers abducted … are held": a
			// clause reported without "that" opens after its verb.
			continue
		}
		if n := s.pastAdverbials(v + 1); n >= len(s.items) || s.items[n].kind != iPrep && !(s.items[n].kind == iVG && s.items[n].finite) {
			continue
		}
		if s.finiteAfter(v) && s.objectFirst(it.head) {
			it.finite, it.participle = false, true
		}
	}
}

// pastAdverbials returns the first item from n on that is no adverb or
// time phrase ("abducted nearly three weeks ago in …").
func (s *sentence) pastAdverbials(n int) int {
	for n < len(s.items) {
		it := s.items[n]
		switch {
		case it.kind == iAdv, it.kind == iNP && it.temporal:
		case it.kind == iNP && s.class(it.head) == cNum && n+1 < len(s.items) && s.items[n+1].temporal:
		default:
			return n
		}
		n++
	}
	return n
}

// objectFirst reports whether every pattern of the verb at token i puts
// its object right after it ("accuse _ of", "jail _"), so that the verb
// with a preposition after it is passive.
func (s *sentence) objectFirst(i int) bool {
	found := false
	for _, h := range s.ev.preds.Lookup(s.low(i)) {
		if h.Pred.Kind != lexicon.PredVerb || len(h.Head.Particles) > 0 {
			continue
		}
		if h.Form&lexicon.VerbParticiple == 0 || h.Pred.Cue != lexicon.CueNone || len(h.Pred.Rest) == 0 {
			return false
		}
		if first := h.Pred.Rest[0]; first.Optional || !first.Target && !first.Gap && !nounObject(first) {
			return false
		}
		found = true
	}
	return found
}

// nounObject reports whether a pattern element names the verb's object
// ("abduct workers|journalists from _") rather than a particle or
// preposition ("accuse _ of", "pull out").
func nounObject(e lexicon.Element) bool {
	for _, alt := range e.Alts {
		if len(alt) == 0 || particleWords[alt[0]] {
			return false
		}
	}
	return len(e.Alts) > 0
}

// particleWords may follow a verb without an object between them.
var particleWords = map[string]bool{"of": true, "from": true, "to": true, "with": true, "on": true,
	"in": true, "at": true, "for": true, "against": true, "into": true, "over": true, "about": true,
	"by": true, "as": true, "out": true, "up": true, "down": true, "off": true, "away": true,
	"back": true, "upon": true, "that": true, "through": true, "across": true, "behind": true}

package extract

// Subjects: who acts in a clause, found to the left of its verb past
// adjuncts, appositions, parentheses and relative clauses, or imposed by
// the verb a clause is coordinated with.

import (
	"strings"

	"github.com/entente/entente/lexicon"
)

// groupStart returns the index of the first noun phrase of the
// coordinated group that ends at item k.
func (s *sentence) groupStart(k int) int {
	start := k
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		switch it := s.items[j]; it.kind {
		case iNP:
			if j >= 2 && s.items[j-1].kind == iComma && s.items[j-2].kind == iNP && s.objectPosition(j-2) {
				// The phrase after an object and a comma opens the
				// subject's list ("After talks with Iran, Russia and
				// China said") or is the object's apposition ("As a
				// member of the OECD, OECD, the United States agreed").
				if s.conjBetween(j, k) && !it.temporal && s.groupEnd(j) >= k {
					start = j
				}
				return start
			}
			if !it.temporal && s.groupEnd(j) >= k && !s.objectPosition(j) {
				start = j
			}
		case iComma, iConj, iAdv, iPrep:
			// separators, and the words of "as well as", "along with"
		default:
			return start
		}
	}
	return start
}

// conjBetween reports whether a conjunction stands between items i and k.
func (s *sentence) conjBetween(i, k int) bool {
	for n := i + 1; n < k; n++ {
		if s.items[n].kind == iConj {
			return true
		}
	}
	return false
}

// objectPosition reports whether the noun phrase at item k follows a
// preposition or a verb: the object of what came before, so that
// "donated $1m to the Red Cross and actor DiCaprio pledged …" does not
// make the Red Cross a subject.
func (s *sentence) objectPosition(k int) bool {
	if k == 0 {
		return false
	}
	switch p := s.items[k-1]; p.kind {
	case iPrep:
		// "after Islamabad and Riyadh inked the pact": a conjunction
		// that opens a clause, no preposition.
		return !clauseOpeners[s.low(p.first)]
	case iVG:
		// After "said", a clause of its own begins.
		return !s.reportingVerb(p.head)
	}
	return false
}

// clauseOpeners are words tagged as prepositions that also open clauses.
var clauseOpeners = map[string]bool{"after": true, "before": true, "since": true, "until": true,
	"as": true, "when": true, "while": true, "because": true, "once": true}

// reportingVerb reports whether token i is a verb that reports speech.
func (s *sentence) reportingVerb(i int) bool {
	if s.ev == nil {
		return false
	}
	for _, h := range s.ev.preds.Lookup(s.low(i)) {
		switch h.Pred.Cue {
		case lexicon.CueSay, lexicon.CueAllege, lexicon.CueDeny:
			return true
		}
	}
	return false
}

// clauseSubject finds the subject of the verb group at item v: the noun
// phrase before it in the same clause, past adverbs, time expressions,
// appositions, parenthetical phrases and relative clauses; the subject of
// an earlier verb coordinated with it; the antecedent of a relative
// pronoun. It returns the item index of the subject phrase (or -1) and
// its actors.
func (s *sentence) clauseSubject(v int) (int, []ref) {
	if r, ok := s.subjects[v]; ok {
		return r.item, r.refs
	}
	s.subjects[v] = subjectMemo{item: -1} // guards against cycles
	k, refs := s.findSubject(v)
	s.subjects[v] = subjectMemo{item: k, refs: refs}
	return k, refs
}

type subjectMemo struct {
	item int
	refs []ref
}

func (s *sentence) findSubject(v int) (int, []ref) {
	vg := s.items[v]
	if !vg.finite && !vg.copula {
		return s.nonFiniteSubject(v)
	}
	for k := v - 1; k >= 0; k-- {
		it := s.items[k]
		switch it.kind {
		case iAdv, iQuote:
			continue
		case iNP:
			if it.temporal {
				continue
			}
			if k >= 3 && s.items[k-1].kind == iPrep && s.items[k-3].kind == iNP {
				if p := s.items[k-2]; p.kind == iVG && !p.finite && (p.gerund || p.participle) {
					// "The Red Cross operating in Iraq said": the
					// phrase describes the subject before it.
					if item, refs := s.subjectPhrase(k); len(refs) > 0 {
						return item, refs
					}
					return s.subjectPhrase(k - 3)
				}
			}
			if h := s.modifiedHead(k); h >= 0 {
				return s.subjectPhrase(h)
			}
			if s.adjunctPP(k) {
				// "and in return offered": an adverbial phrase between
				// a conjunction and the verb.
				k--
				continue
			}
			return s.subjectPhrase(k)
		case iPrep:
			// "…, Turkey on Monday said": a temporal phrase between
			// subject and verb.
			if k+1 < v && s.items[k+1].kind == iNP && s.items[k+1].temporal {
				continue
			}
			return -1, nil
		case iPunct:
			// "The United Arab Emirates (UAE) acted": a bracketed
			// phrase.
			if s.low(it.first) == ")" {
				if open := s.openingBracket(k); open > 0 {
					if in := open + 1; in < k && s.items[in].kind == iNP && s.items[open-1].kind == iNP {
						// "The International Labor Office (ILO)
						// reiterated": the acronym may be the only
						// name recognised.
						if item, refs := s.subjectPhrase(open - 1); len(refs) > 0 {
							return item, refs
						}
						if refs := s.npRefs(in); len(refs) > 0 {
							return in, refs
						}
					}
					k = open
					continue
				}
			}
			return -1, nil
		case iComma:
			return s.subjectAcrossComma(k, v)
		case iConj:
			// "praised the talks and invited the premier": the subject
			// of the verb coordinated before.
			prev := s.previousVerb(k)
			if w := s.low(s.items[k].first); (w == "and" || w == "or") && k > 0 && s.items[k-1].kind != iComma &&
				prev > 0 && s.items[prev-1].kind == iWh && s.relativePronoun(prev-1) && s.items[prev].finite && s.items[v].finite {
				// "a group that hurled rocks and tried to …": the
				// relative clause goes on, with its subject.
				return s.clauseSubject(prev)
			}
			for n := 0; prev >= 0 && n < 4 && s.items[v].finite && (s.embedded(prev) || !s.items[prev].finite); n++ {
				// "demanded Washington explain how it subsidizes
				// Boeing and warned": the verbs of an embedded clause
				// and of a complement are not the one coordinated.
				prev = s.verbBeforeClause(prev)
			}
			if prev >= 0 && s.reducedRelative(prev) {
				// "opened its borders to West Africans ordered out of
				// Nigeria, but was refusing …": the verb before is a
				// participle describing a noun, not the clause's verb.
				if pp := s.previousVerb(prev); pp >= 0 {
					prev = pp
				}
			}
			if prev >= 0 {
				return s.clauseSubject(prev)
			}
			return -1, nil
		case iWh:
			return s.relativeAntecedent(k)
		case iVG:
			// "two citizens accused of spying were released"
			if h := s.modifiedHead(k); h >= 0 {
				return s.subjectPhrase(h)
			}
			return -1, nil
		default:
			return -1, nil
		}
	}
	return -1, nil
}

// modifiedHead returns the noun phrase that opens the clause when the
// phrase at item k, right before the clause's verb, ends a participle
// phrase describing it: in "four men accused of planning to kill Castro
// have been pardoned" the men are pardoned, not Castro. It returns -1
// when the phrase at k ends no such phrase.
func (s *sentence) modifiedHead(k int) int {
	last := k
	if s.items[k].kind == iNP {
		last = k - 1
	}
	if last < 1 || s.items[last].kind != iVG || s.items[last].finite {
		return -1
	}
	for n := last; n >= 1; n-- {
		switch it := s.items[n]; it.kind {
		case iVG:
			if it.finite {
				return -1
			}
			if h := n - 1; (it.participle || it.gerund) && s.items[h].kind == iNP && !s.items[h].temporal && s.clauseInitial(s.phraseChainStart(h)) {
				return h
			}
		case iPrep, iNP, iAdv:
		default:
			return -1
		}
	}
	return -1
}

// nounModifierClause reports whether item v is a participle or gerund
// that opens a phrase describing the noun before it: "holding …",
// "loyal to" is not one, "including …" is.
func (s *sentence) nounModifierClause(v int) bool {
	it := s.items[v]
	return it.kind == iVG && (it.gerund || it.participle) && !it.finite
}

// adjunctPP reports whether the noun phrase at item k is the object of a
// preposition that opens an adverbial phrase: one right after a
// conjunction, a comma or a verb ("and in return offered").
func (s *sentence) adjunctPP(k int) bool {
	if k < 2 || s.items[k-1].kind != iPrep {
		return false
	}
	switch s.items[k-2].kind {
	case iConj, iComma, iVG:
		return true
	}
	return false
}

// openingBracket returns the item of the "(" that the ")" at item k
// closes, or -1.
func (s *sentence) openingBracket(k int) int {
	for n := k - 1; n >= 0 && n >= k-8; n-- {
		if s.items[n].kind == iPunct && s.low(s.items[n].first) == "(" {
			return n
		}
	}
	return -1
}

// subjectPhrase returns the subject whose phrase ends at item k: the
// whole coordinated group, and the noun a prepositional phrase hangs from
// ("the Russian Embassy in Seoul said", "leaders of the coalition
// agreed").
func (s *sentence) subjectPhrase(k int) (int, []ref) {
	start := s.groupStart(k)
	if start >= 2 && s.items[start-2].kind == iNP && !s.items[start-2].temporal && s.nounModifierClause(start-1) {
		// "A Taliban group holding three UN workers hostage demanded":
		// the participle phrase describes the phrase before it, which
		// is the subject.
		return s.subjectPhrase(start - 2)
	}
	for start >= 2 && s.items[start-1].kind == iPrep && s.items[start-2].kind == iNP && !s.items[start-2].temporal {
		switch s.low(s.items[start-1].first) {
		case "of", "from", "in", "at", "for", "to", "on":
		default:
			return start, s.groupRefs(start)
		}
		start = s.groupStart(start - 2)
	}
	refs := s.groupRefs(start)
	if len(refs) == 0 {
		refs = s.attachedRefs(start)
	}
	if len(refs) == 0 {
		// "North Korean hackers", "Armenian villages": a nationality
		// before a noun that is not a political head.
		refs = s.adjectiveAgent(start)
	}
	if len(refs) == 0 && start >= 2 {
		// "Russian aircraft including helicopter gunships killed":
		// the phrase a participle or "such as" phrase hangs from.
		if p := s.items[start-1]; p.kind == iVG && (p.gerund || p.participle) || p.kind == iPrep && (s.low(p.first) == "as" || s.low(p.first) == "like") {
			if k := start - 2; s.items[k].kind == iNP && !s.items[k].temporal {
				return s.subjectPhrase(k)
			}
		}
	}
	return start, refs
}

// subjectAcrossComma handles a comma right before a verb group: the end
// of a subject list ("Mali, Burkina Faso and Niger, said"), an
// apposition ("Zinoviev, Russia's envoy, said"), a relative clause
// ("Turkey, which …, said") or a parenthetical phrase ("Turkey, on
// Monday, said").
func (s *sentence) subjectAcrossComma(c, v int) (int, []ref) {
	// The segment between this comma and the previous one.
	p := c - 1
	for p >= 0 && s.items[p].kind != iComma && s.items[p].kind != iQuote {
		p--
	}
	segStart := p + 1
	if segStart >= c {
		return -1, nil
	}
	for n := c - 1; n > 0 && n >= c-16; n-- {
		if s.items[n].kind == iWh && s.items[n-1].kind == iComma {
			// "Turkey, which has …, said", also when the relative
			// clause holds commas of its own: the antecedent.
			return s.relativeAntecedent(n)
		}
		if it := s.items[n]; it.kind == iVG && it.finite && n+1 < c && s.items[n+1].kind == iComma {
			break // an earlier clause of its own
		}
	}
	first := s.items[segStart]
	switch first.kind {
	case iPrep, iAdv:
		// A parenthetical phrase: the subject stands before it.
		if p >= 1 {
			return s.findSubjectBefore(p, v)
		}
		return -1, nil
	case iNP:
		end := c - 1
		for end > segStart && s.items[end].kind != iNP {
			end--
		}
		gs := s.groupStart(end)
		if gs < segStart {
			// The list began before the comma: "Mali, Burkina Faso and
			// Niger, said".
			return s.subjectPhrase(end)
		}
		if p >= 1 && s.items[p].kind == iComma {
			// An apposition: the subject is the phrase before it.
			if k, refs := s.findSubjectBefore(p, v); k >= 0 {
				if len(refs) == 0 {
					_, refs = s.subjectPhrase(end)
				}
				return k, refs
			}
		}
		return s.subjectPhrase(end)
	}
	return -1, nil
}

// findSubjectBefore continues the search for the subject of v left of the
// comma at item c.
func (s *sentence) findSubjectBefore(c, v int) (int, []ref) {
	for k := c - 1; k >= 0; k-- {
		it := s.items[k]
		switch it.kind {
		case iAdv, iQuote:
			continue
		case iNP:
			if it.temporal {
				continue
			}
			return s.subjectPhrase(k)
		case iComma:
			return s.subjectAcrossComma(k, v)
		}
		return -1, nil
	}
	return -1, nil
}

// relativeAntecedent returns the noun phrase a relative pronoun at item w
// refers to: "Erdogan, who …", "the G5 that was set up".
func (s *sentence) relativeAntecedent(w int) (int, []ref) {
	switch s.low(s.items[w].first) {
	case "who", "which", "that", "whom":
	default:
		return -1, nil
	}
	k := w - 1
	if k >= 0 && s.items[k].kind == iComma {
		k--
	}
	if k < 0 || s.items[k].kind != iNP {
		return -1, nil
	}
	return s.subjectPhrase(k)
}

// relativePronoun reports whether item w is a relative pronoun that can
// be a subject: who, which, that.
func (s *sentence) relativePronoun(w int) bool {
	switch s.low(s.items[w].first) {
	case "who", "which", "that":
		return true
	}
	return false
}

// embedded reports whether the verb group at item v opens with a
// question word or complementiser before its subject: "how it
// subsidizes".
func (s *sentence) embedded(v int) bool {
	for n := v - 1; n >= 0; n-- {
		switch s.items[n].kind {
		case iNP, iAdv:
			continue
		case iWh, iComp:
			return true
		}
		return false
	}
	return false
}

// verbBeforeClause returns the verb group before the one at item v,
// across the question word or complementiser that opens v's clause, or
// -1.
func (s *sentence) verbBeforeClause(v int) int {
	for n := v - 1; n >= 0; n-- {
		switch s.items[n].kind {
		case iVG:
			return n
		case iQuote, iComma:
			return -1
		}
	}
	return -1
}

// previousVerb returns the verb group before item k in the same clause,
// or -1.
func (s *sentence) previousVerb(k int) int {
	for n := k - 1; n >= 0; n-- {
		switch s.items[n].kind {
		case iVG:
			return n
		case iComp, iWh, iQuote:
			return -1
		}
	}
	return -1
}

// nonFiniteSubject finds the understood subject of an infinitive, gerund
// or participle that no governing word controls: a participle clause
// after a comma takes the main clause's subject (", urging attendees");
// one that opens the sentence takes the subject of the clause it leads
// into ("Expressing concern, Chinese authorities announced"); a gerund
// right after a noun phrase takes it ("with the watchdog greenlighting
// the move"); an infinitive of purpose takes the main clause's subject.
func (s *sentence) nonFiniteSubject(v int) (int, []ref) {
	vg := s.items[v]
	k := v - 1
	for k >= 0 && (s.items[k].kind == iAdv || s.items[k].kind == iQuote) {
		k--
	}
	if vg.base {
		// "demanded that the Democratic People's Republic of Korea
		// (DPRK) forsake": a bracketed name after the subject.
		k = s.beforeBracket(k)
	}
	if k < 0 {
		// Sentence-initial participle: the next finite clause's subject.
		for n := v + 1; n < len(s.items); n++ {
			if s.items[n].kind == iComma {
				for m := n + 1; m < len(s.items); m++ {
					if s.items[m].kind == iVG && s.items[m].finite {
						return s.clauseSubject(m)
					}
				}
				break
			}
		}
		return -1, nil
	}
	prev := s.items[k]
	switch {
	case prev.kind == iConj:
		// "to restart relations … and cut support": the coordinated
		// verb's subject.
		if pv := s.previousVerb(k); pv >= 0 {
			if vg.base && s.items[pv].perfect && s.embedded(pv) {
				// "agree that China has taken advantage of the US and
				// support Trump's efforts": a bare verb does not go
				// on a perfect ("has taken … and supported"); it goes
				// on the clause the perfect is embedded in.
				if outer := s.verbBeforeClause(pv); outer >= 0 {
					return s.subjectOfAny(outer)
				}
			}
			return s.subjectOfAny(pv)
		}
	case vg.base && prev.kind == iNP && !prev.temporal:
		// "demanded that the US cancel its plans", "made Iran halt".
		return s.subjectPhrase(k)
	case (vg.gerund || vg.participle) && prev.kind == iNP && !prev.temporal:
		if vg.participle {
			// "the pact signed by X": the participle is passive; its
			// subject is the agent, found elsewhere.
			return -1, nil
		}
		return s.subjectPhrase(k)
	case prev.kind == iComma || prev.kind == iPrep:
		pv := s.previousFinite(v)
		for n := 0; pv > 0 && n < 3 && prev.kind == iComma && s.items[pv-1].kind == iWh && s.relativePronoun(pv-1); n++ {
			// "go to Wellington for talks with New Zealand, which had a
			// surplus …, to encourage it": the purpose is the main
			// clause's, not the relative clause's.
			pv = s.previousFinite(pv - 1)
		}
		if pv >= 0 {
			return s.clauseSubject(pv)
		}
	case vg.toInf:
		if pv := s.previousFinite(v); pv >= 0 {
			if prev.kind == iNP && !prev.temporal && s.objectAfter(pv) == s.groupStart(k) {
				// "Washington wants Israel to withdraw", "allowed
				// Ukraine to export grain": a named object is the
				// infinitive's subject.
				if item, refs := s.subjectPhrase(k); len(refs) > 0 {
					return item, refs
				}
			}
			return s.clauseSubject(pv)
		}
	}
	return -1, nil
}

// subjectOfAny returns the subject of a verb group, whether finite or
// governed.
func (s *sentence) subjectOfAny(v int) (int, []ref) {
	if g, ok := s.controlled[v]; ok {
		return g.item, g.refs
	}
	return s.clauseSubject(v)
}

// previousFinite returns the nearest finite verb group before item v, or
// -1.
func (s *sentence) previousFinite(v int) int {
	for n := v - 1; n >= 0; n-- {
		if s.items[n].kind == iVG && (s.items[n].finite || s.items[n].copula) {
			return n
		}
	}
	return -1
}

// objectAfter returns the first noun phrase after item v (the direct
// object of a verb), or -1.
func (s *sentence) objectAfter(v int) int {
	for n := v + 1; n < len(s.items); n++ {
		switch it := s.items[n]; it.kind {
		case iAdv:
			continue
		case iPrep:
			// A particle: "speeded up the withdrawal", "called off
			// the talks".
			if n == v+1 && particles[s.low(it.first)] && it.last == it.first+1 {
				continue
			}
		case iNP:
			if it.temporal {
				continue
			}
			return n
		}
		return -1
	}
	return -1
}

// particles are the words that complete a phrasal verb before its object.
var particles = map[string]bool{"up": true, "off": true, "out": true, "down": true, "back": true}

// byAgent returns the actors of the "by" phrase that names the agent of a
// passive verb group at item v or of a noun at item k ("was urged by
// Rutte", "attacks by militants on …"), searching up to the clause's end.
func (s *sentence) byAgent(v int) []ref {
	for n := v + 1; n+1 < len(s.items) && n <= v+8; n++ {
		it := s.items[n]
		switch it.kind {
		case iPrep:
			if s.low(it.first) == "by" && s.items[n+1].kind == iNP {
				refs := s.groupRefs(n + 1)
				if len(refs) == 0 {
					refs = s.attachedRefs(s.groupEnd(n + 1))
				}
				if len(refs) == 0 {
					refs = s.adjectiveAgent(n + 1) // "hit by Israeli strikes"
				}
				return refs
			}
		case iVG, iComp, iWh, iQuote:
			return nil
		case iComma:
			if n+1 < len(s.items) && s.items[n+1].kind != iNP {
				return nil
			}
		}
	}
	return nil
}

// reducedRelative reports whether the verb group at item v is a lone
// "-ed" form right after the object of a preposition and before a
// preposition or particle: a participle describing that noun ("to West
// Africans ordered out of Nigeria"), whatever its tag.
func (s *sentence) reducedRelative(v int) bool {
	it := s.items[v]
	if v < 2 || it.first != it.last-1 || !strings.HasSuffix(s.low(it.head), "ed") {
		return false
	}
	if s.items[v-1].kind != iNP || s.items[v-2].kind != iPrep || v+1 >= len(s.items) {
		return false
	}
	return s.items[v+1].kind == iPrep
}

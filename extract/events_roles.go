package extract

import (
	"strings"

	"github.com/entente/entente/lexicon"
)

// ref is an actor as a sentence refers to it: a mention, or a pronoun or
// description standing for its antecedent.
type ref struct {
	m           Mention // the mention naming the actor (the antecedent's, for a pronoun)
	first, last int     // the words of the reference in this sentence
	coref       bool    // reached through a pronoun or description
}

func (r ref) actor() string { return r.m.Actor }

// peopleHeads are head nouns that stand for their possessor's actor:
// "Seoul's foreign ministry", "Russia's top envoy", "its leaders".
var peopleHeads = map[string]bool{
	"envoy": true, "envoys": true, "ambassador": true, "ambassadors": true, "minister": true,
	"ministers": true, "president": true, "premier": true, "leader": true, "leaders": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "chief": true, "head": true,
	"government": true, "ministry": true, "officials": true, "official": true, "representative": true,
	"representatives": true, "delegation": true, "negotiator": true, "negotiators": true,
	"army": true, "military": true, "forces": true, "troops": true, "navy": true, "police": true,
	"authorities": true, "administration": true, "cabinet": true, "parliament": true, "diplomats": true,
	"diplomat": true, "counterpart": true, "side": true, "regime": true, "leadership": true,
	"king": true, "emir": true, "prince": true, "chancellor": true, "secretary": true,
}

// politicalHead reports whether token i is a head noun that stands for
// its possessor ("Seoul's foreign ministry").
func (s *sentence) politicalHead(i int) bool {
	w := s.low(i)
	if peopleHeads[w] {
		return true
	}
	if s.ev != nil && s.ev.lex != nil {
		_, ok := s.ev.lex.HeadSector(w)
		return ok
	}
	return false
}

// npRefs returns the actors the noun phrase at item k stands for by its
// own words: the mention it is or holds, its possessor when its head is
// a political noun, or the antecedent of a pronoun or description.
func (s *sentence) npRefs(k int) []ref {
	it := s.items[k]
	if it.kind != iNP {
		return nil
	}
	var poss, head []Mention
	for _, m := range s.d.MentionsIn(s.index) {
		if m.Last <= it.first || m.First >= it.last {
			continue
		}
		if !usable(m) {
			continue
		}
		if m.First < it.posEnd {
			poss = append(poss, m)
		} else {
			head = append(head, m)
		}
	}
	if len(head) > 0 {
		m := head[0]
		if m.Via == "capital" && m.Last <= it.head && !s.politicalHead(it.head) {
			// "the London Marathon runner-up", "the Paris stock
			// exchange": a city that only modifies the noun.
			return nil
		}
		return []ref{{m: m, first: max(m.First, it.first), last: min(m.Last, it.last)}}
	}
	if it.pron && s.low(it.first) == "it" && s.expletive(k) {
		return nil
	}
	if ms := s.corefRefs(it); len(ms) > 0 {
		return ms
	}
	if len(poss) > 0 && it.head >= it.posEnd && s.politicalHead(it.head) {
		m := poss[len(poss)-1]
		return []ref{{m: m, first: it.first, last: it.last}}
	}
	return nil
}

// expletive reports whether "it" at item k only fills the subject slot:
// "it was agreed", "it is expected", "it seems".
func (s *sentence) expletive(k int) bool {
	if k+1 >= len(s.items) || s.items[k+1].kind != iVG {
		return false
	}
	v := s.items[k+1]
	if v.passive {
		return true
	}
	switch s.low(v.head) {
	case "seems", "seemed", "appears", "appeared", "remains", "remained", "took", "takes":
		return true
	}
	if v.copula && k+2 < len(s.items) {
		n := s.items[k+2]
		return n.kind == iNP && s.class(n.first) == cAdj || n.kind == iVG && n.participle
	}
	return false
}

// possessorRefs returns the actor of a noun phrase's possessor ("Trump's
// threat", "his move", "Israel's strikes").
func (s *sentence) possessorRefs(k int) []ref {
	it := s.items[k]
	if it.kind != iNP || it.posEnd <= it.first {
		return nil
	}
	var out []ref
	for _, m := range s.d.MentionsIn(s.index) {
		// A possessor is never a mere place: "into Iran's enrichment".
		m.Location = false
		if m.First >= it.first && m.Last <= it.posEnd && usable(m) {
			out = append(out, ref{m: m, first: m.First, last: m.Last})
		}
	}
	if len(out) > 0 {
		return out[len(out)-1:]
	}
	// "his", "their", "its" before the head.
	for i := it.first; i < it.posEnd; i++ {
		if s.class(i) == cPoss && pronounClasses[s.low(i)] != refNone {
			var refs []ref
			for _, m := range s.d.Antecedents(i) {
				if usable(m) {
					refs = append(refs, ref{m: m, first: i, last: i + 1, coref: true})
				}
			}
			return refs
		}
	}
	return nil
}

// corefRefs resolves a pronoun or description noun phrase.
func (s *sentence) corefRefs(it item) []ref {
	tok := -1
	switch {
	case it.pron:
		tok = it.first
	case s.d.RefersBack(it.head):
		tok = it.head
	default:
		return nil
	}
	var out []ref
	for _, m := range s.d.Antecedents(tok) {
		if usable(m) && m.Actor != "" {
			out = append(out, ref{m: m, first: it.first, last: it.last, coref: true})
		}
	}
	return out
}

// adjectiveAgent returns the state an adjective right before a noun
// names ("Israeli air strikes", "Russian shelling"), looked up in the
// actor lexicon when actor recognition left it alone.
func (s *sentence) adjectiveAgent(k int) []ref {
	it := s.items[k]
	if it.kind != iNP {
		return nil
	}
	for _, m := range s.d.MentionsIn(s.index) {
		// A capital before a noun is a place ("the Lisbon targets"),
		// not the nation acting.
		if m.First >= it.first && m.Last <= it.head && usable(m) && m.First >= it.posEnd && m.Via != "capital" {
			return []ref{{m: m, first: m.First, last: m.Last}}
		}
	}
	if s.ev == nil || s.ev.lex == nil {
		return nil
	}
	ix := s.ev.lex.Index()
	keys := make([]string, 0, 4)
	for i := it.posEnd; i < it.head; i++ {
		if s.class(i) != cAdj && s.class(i) != cNoun {
			continue
		}
		// "North Korean", "Saudi": adjectives of one or more words.
		keys = keys[:0]
		for j := i; j < it.head && j < i+4; j++ {
			keys = append(keys, s.d.Tokens[j].Key)
		}
		n, pats := ix.Longest(keys, s.d.Lower[i:i+len(keys)], 0, false)
		if n == 0 {
			continue
		}
		for _, p := range pats {
			if p.Via.String() != "adjective" || p.Marker != 0 {
				continue
			}
			if e, ok := s.ev.lex.Entry(p.ID); ok {
				m := Mention{First: i, Last: i + n, Start: s.d.Tokens[i].Start, End: s.d.Tokens[i+n-1].End,
					Sentence: s.index, Actor: e.ID, Kind: e.Kind, Via: "adjective"}
				return []ref{{m: m, first: i, last: i + n}}
			}
		}
		i += n - 1
	}
	return nil
}

// attachedRefs looks for the actor of an actor-less noun phrase in what
// follows it: "leaders of Romania's government", "a number of Ukrainian
// fighters", "an international force known as the G5", "cooperation
// between Pyongyang and Moscow".
func (s *sentence) attachedRefs(k int) []ref { return s.attached(k, false) }

// attached is attachedRefs; withToo also follows "with" ("praised the
// talks with Mitsotakis"), which suits objects but not subjects.
func (s *sentence) attached(k int, withToo bool) []ref {
	n := k + 1
	if n+1 >= len(s.items) {
		return nil
	}
	p := s.items[n]
	switch {
	case p.kind == iPrep && (s.low(p.first) == "of" || s.low(p.first) == "from" || s.low(p.first) == "for"):
		if s.items[n+1].kind == iNP {
			if refs := s.npRefs(n + 1); len(refs) > 0 {
				return refs
			}
			return s.attached(n+1, withToo)
		}
	case p.kind == iPrep && (s.low(p.first) == "with" || s.low(p.first) == "by") && withToo:
		if s.items[n+1].kind == iNP {
			return s.groupRefs(n + 1)
		}
	case p.kind == iPrep && (s.low(p.first) == "between" || s.low(p.first) == "among"):
		if s.items[n+1].kind == iNP {
			return s.groupRefs(n + 1)
		}
	case p.kind == iVG && p.participle && (s.low(p.head) == "known" || s.low(p.head) == "called" || s.low(p.head) == "named"):
		if n+2 < len(s.items) && s.items[n+1].kind == iPrep && s.low(s.items[n+1].first) == "as" && s.items[n+2].kind == iNP {
			return s.npRefs(n + 2)
		}
		if s.items[n+1].kind == iNP {
			return s.npRefs(n + 1)
		}
	}
	return nil
}

// groupRefs returns the actors of the coordinated noun phrases starting
// at item k ("Mali, Burkina Faso and Niger"), each once, in text order.
// A phrase without an actor of its own borrows the one attached to it.
func (s *sentence) groupRefs(k int) []ref { return s.groupRefsTo(k, s.groupEnd(k)) }

// groupRefsTo is groupRefs for the phrases of items [k, end].
func (s *sentence) groupRefsTo(k, end int) []ref {
	var out []ref
	seen := map[string]bool{}
	for n := k; n <= end; n++ {
		if s.items[n].kind != iNP {
			continue
		}
		refs := s.npRefs(n)
		if len(refs) == 0 && n == end {
			refs = s.attachedRefs(n)
		}
		if len(refs) == 0 && n == k && end > k {
			// "four hurricanes, and Japan": a list that does not open
			// with an actor is not a list of actors.
			return nil
		}
		for _, r := range refs {
			if key := actorKey(r.m); key != "" && !seen[key] {
				seen[key] = true
				out = append(out, r)
			}
		}
	}
	return out
}

// groupStart returns the index of the first noun phrase of the
// coordinated group that ends at item k.
func (s *sentence) groupStart(k int) int {
	start := k
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		switch it := s.items[j]; it.kind {
		case iNP:
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
			if prev := s.previousVerb(k); prev >= 0 {
				return s.clauseSubject(prev)
			}
			return -1, nil
		case iWh:
			return s.relativeAntecedent(k)
		default:
			return -1, nil
		}
	}
	return -1, nil
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
		if pv := s.previousFinite(v); pv >= 0 {
			return s.clauseSubject(pv)
		}
	case vg.toInf:
		if pv := s.previousFinite(v); pv >= 0 {
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
		switch s.items[n].kind {
		case iAdv:
			continue
		case iNP:
			if s.items[n].temporal {
				continue
			}
			return n
		}
		return -1
	}
	return -1
}

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

// text returns the words of tokens [first, last).
func (s *sentence) text(first, last int) string {
	if first >= last {
		return ""
	}
	return s.d.Text[s.d.Tokens[first].Start:s.d.Tokens[last-1].End]
}

// wordsText returns the words of the given tokens, as written, joined by
// spaces.
func (s *sentence) wordsText(toks []int) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s.d.Text[s.d.Tokens[t].Start:s.d.Tokens[t].End])
	}
	return b.String()
}

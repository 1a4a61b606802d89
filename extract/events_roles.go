package extract

import (
	"strings"

	"github.com/entente/entente"
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
	"analyst": true, "analysts": true, "aide": true, "aides": true, "adviser": true, "advisers": true,
	"advisor": true, "advisors": true, "staffer": true, "staffers": true, "investigators": true,
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
		if !usable(m) || s.ethnic(m.First) {
			continue
		}
		if m.First < it.posEnd {
			poss = append(poss, m)
		} else {
			head = append(head, m)
		}
	}
	if len(head) > 0 {
		// "our NATO Ally Türkiye": the name that heads the phrase, not
		// one that modifies it.
		m := head[0]
		for _, h := range head[1:] {
			if h.First <= it.head && it.head < h.Last {
				m = h
			}
		}
		if m.Via == "capital" && m.Last <= it.head && !s.politicalHead(it.head) {
			// "the London Marathon runner-up", "the Paris stock
			// exchange": a city that only modifies the noun.
			return nil
		}
		if m.Kind == entente.KindIGO && m.Last <= it.head && it.posEnd > it.first && s.politicalHead(it.head) {
			// "its U.N. diplomats", "Iran's UN ambassador": the
			// possessor's people at the organisation.
			if refs := s.possessorRefs(k); len(refs) > 0 {
				return refs
			}
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
	if k+2 < len(s.items) && s.items[k+2].kind == iNP && personalAdjectives[s.low(s.items[k+2].first)] {
		// "it is willing to withdraw", "it remains ready to talk": an
		// adjective only an agent can be.
		return false
	}
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
	if len(out) == 1 && s.low(it.first) == "it" {
		// "the Pakistan–Saudi Arabia defence pact, hailing it": "it"
		// is the pact, and the pact is both parties'.
		if more := s.partiesOf(out[0].m); len(more) > 1 {
			out = out[:0]
			for _, m := range more {
				out = append(out, ref{m: m, first: it.first, last: it.last, coref: true})
			}
		}
	}
	return out
}

// partiesOf returns the mentions of the noun phrase of this sentence that
// holds mention m when that phrase names a thing shared by several actors
// ("the Pakistan–Saudi Arabia defence pact"): more than one name before a
// head noun that is no name. Otherwise nil.
func (s *sentence) partiesOf(m Mention) []Mention {
	if m.Sentence != s.index || m.First < s.first || m.First >= s.last {
		return nil
	}
	it := s.items[s.itemOf(m.First)]
	if it.kind != iNP || s.d.MentionAt == nil || s.d.MentionAt[it.head] >= 0 {
		return nil
	}
	var out []Mention
	for _, x := range s.d.MentionsIn(s.index) {
		if x.First >= it.first && x.Last <= it.head && usable(x) && x.Actor != "" {
			out = append(out, x)
		}
	}
	return out
}

// ethnic reports whether the word at token i follows "ethnic": "ethnic
// Albanian leaders" are a people, not the state.
func (s *sentence) ethnic(i int) bool {
	return i > s.first && s.low(i-1) == "ethnic"
}

// adjectiveAgent returns the state an adjective right before a noun
// names ("Israeli air strikes", "Russian shelling"), looked up in the
// actor lexicon when actor recognition left it alone.
func (s *sentence) adjectiveAgent(k int) []ref {
	it := s.items[k]
	if it.kind != iNP || marketHeads[s.low(it.head)] {
		return nil
	}
	for _, m := range s.d.MentionsIn(s.index) {
		// A capital before a noun is a place ("the Lisbon targets"),
		// not the nation acting.
		if m.First >= it.first && m.Last <= it.head && usable(m) && m.First >= it.posEnd && m.Via != "capital" && !s.ethnic(m.First) {
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
		if s.ethnic(i) {
			continue
		}
		// "North Korean", "Saudi": adjectives of one or more words.
		// The head too, so that a name that is no actor ("American
		// Airlines") is read whole.
		keys = keys[:0]
		for j := i; j < it.last && j < i+4; j++ {
			keys = append(keys, s.d.Tokens[j].Key)
		}
		n, pats := ix.Longest(keys, s.d.Lower[i:i+len(keys)], 0, false)
		if n == 0 {
			continue
		}
		if i+n > it.head {
			// A name ending in the head is no adjective of it.
			break
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

// marketHeads are nouns a nationality describes without the state acting:
// "the Australian dollar", "Japanese shares". (Companies and banks are
// the state's business sector, named in heads.tsv.)
var marketHeads = map[string]bool{
	"dollar": true, "dollars": true, "currency": true, "yen": true, "franc": true, "francs": true,
	"mark": true, "marks": true, "pound": true, "sterling": true, "crown": true, "crowns": true,
	"peso": true, "pesos": true, "rupee": true, "euro": true, "shares": true, "stocks": true,
	"bonds": true, "market": true, "markets": true, "brand": true, "brands": true,
}

// attachedRefs looks for the actor of an actor-less noun phrase in what
// follows it: "leaders of Romania's government", "a number of Ukrainian
// fighters", "an international force known as the G5", "cooperation
// between Pyongyang and Moscow".
func (s *sentence) attachedRefs(k int) []ref { return s.attached(k, false) }

// topicHeads are nouns for a place or a subject that an actor named after
// them only locates or specifies: "demands on the sticking point of
// Cyprus", "shelled the outskirts of Donetsk" aim at no one.
var topicHeads = map[string]bool{
	"outskirts": true, "edge": true, "coast": true, "region": true, "area": true, "areas": true, "territory": true,
	"city": true, "town": true, "village": true, "villages": true, "north": true, "south": true,
	"east": true, "west": true, "centre": true, "center": true, "heart": true,
	"point": true, "issue": true, "issues": true, "question": true, "matter": true,
	"subject": true, "topic": true, "problem": true, "situation": true, "fate": true,
	"future": true, "status": true,
}

// kinHeads name relatives, who do not act for the actor of the person
// they are related to: "Nasser al-Kidwa, nephew of the Palestinian leader,
// arrived in Paris".
var kinHeads = map[string]bool{
	"nephew": true, "niece": true, "son": true, "daughter": true, "wife": true, "husband": true,
	"widow": true, "widower": true, "brother": true, "sister": true, "father": true, "mother": true,
	"cousin": true, "uncle": true, "aunt": true, "grandson": true, "granddaughter": true,
	"son-in-law": true, "brother-in-law": true, "relative": true, "relatives": true, "family": true,
	"children": true, "sons": true, "daughters": true, "brothers": true,
}

// borderHeads name a line between two sides.
var borderHeads = map[string]bool{"border": true, "borders": true, "frontier": true, "boundary": true, "line": true}

// attached is attachedRefs; withToo also follows "with" ("praised the
// talks with Mitsotakis"), which suits objects but not subjects.
func (s *sentence) attached(k int, withToo bool) []ref {
	n := k + 1
	if n+1 >= len(s.items) || s.items[k].kind == iNP && (topicHeads[s.low(s.items[k].head)] || kinHeads[s.low(s.items[k].head)]) {
		return nil
	}
	if s.items[n].kind == iPrep && s.low(s.items[n].first) == "between" && borderHeads[s.low(s.items[k].head)] {
		// "fire on the border between Egypt and Gaza"; a border
		// "with Finland" faces Finland.
		return nil
	}
	p := s.items[n]
	switch {
	case p.kind == iPrep && (s.low(p.first) == "of" || s.low(p.first) == "from" || s.low(p.first) == "for"):
		if s.items[n+1].kind == iNP {
			// "scores of Sierra Leonean and Liberian refugees": all
			// the phrases coordinated there.
			if refs := s.groupRefs(n + 1); len(refs) > 0 {
				return refs
			}
			return s.attached(n+1, withToo)
		}
	case p.kind == iPrep && s.low(p.first) == "in" && s.localHead(k):
		// "Security forces in Guinea", "a court in Guyana": the
		// actor recognition has made the place its own actor only where
		// the phrase stands for it; a mere location stays unusable.
		if s.items[n+1].kind == iNP {
			return s.npRefs(n + 1)
		}
	case p.kind == iPrep && (s.low(p.first) == "with" || s.low(p.first) == "by") && withToo:
		if s.items[n+1].kind == iNP {
			return s.groupRefs(n + 1)
		}
	case p.kind == iPrep && (s.low(p.first) == "between" || s.low(p.first) == "among"):
		if s.items[n+1].kind == iNP {
			return s.groupRefs(n + 1)
		}
	case p.kind == iVG && p.participle && withToo && s.participleAgent(n) >= 0:
		// "an investigation into crimes committed by Croat forces",
		// "condemned the attack carried out by Hamas": the agent.
		return s.groupRefs(s.participleAgent(n))
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

// localHead reports whether the noun phrase at item k is headed by a noun
// that stands for the actor of the place it is in ("police", "a court").
func (s *sentence) localHead(k int) bool {
	if s.ev == nil || s.ev.lex == nil {
		return false
	}
	h := s.items[k].head
	if h > s.items[k].first {
		// "security forces": a compound head.
		if _, ok := s.ev.lex.LocalHead(s.low(h-1) + " " + s.low(h)); ok {
			return true
		}
	}
	_, ok := s.ev.lex.LocalHead(s.low(h))
	return ok
}

// groupRefs returns the actors of the coordinated noun phrases starting
// at item k ("Mali, Burkina Faso and Niger"), each once, in text order.
// A phrase without an actor of its own borrows the one attached to it.
func (s *sentence) groupRefs(k int) []ref { return s.groupRefsTo(k, s.groupEnd(k)) }

// coPossessed reports whether the list of phrases [k, end] is "Greece and
// Turkey's NATO allies": names joined to a possessive whose noun names an
// actor of its own. The names before own it with the last possessor; the
// phrase is that actor alone.
func (s *sentence) coPossessed(k, end int) bool {
	last := s.items[end]
	if end < k+2 || last.kind != iNP || last.posEnd <= last.first || s.items[end-1].kind != iConj || s.d.MentionAt == nil {
		return false
	}
	owned := false
	for i := last.posEnd; i < last.last; i++ {
		if s.d.MentionAt[i] >= 0 {
			owned = true
		}
	}
	if !owned {
		return false
	}
	for n := k; n < end-1; n++ {
		switch it := s.items[n]; {
		case it.kind == iComma:
		case it.kind == iNP && s.bareName(n) != "" && it.posEnd == it.first:
		default:
			return false
		}
	}
	return true
}

// groupRefsTo is groupRefs for the phrases of items [k, end].
func (s *sentence) groupRefsTo(k, end int) []ref {
	if s.coPossessed(k, end) {
		k = end
	}
	var out []ref
	seen := map[string]bool{}
	for n := k; n <= end; n++ {
		if s.items[n].kind != iNP {
			continue
		}
		refs := s.npRefs(n)
		if len(refs) == 0 && n == end && !s.items[n].pron {
			// "Serbia's suppression of Albanian unrest" is Serbia's
			// act: a named possessor before what is attached. A
			// pronoun ("its labour market for new EU members") most
			// often points back to the subject.
			if refs = s.possessorRefs(n); relationalHeads[s.low(s.items[n].head)] {
				// "Israel's militia ally", "Russia's neighbours": another
				// party than the possessor.
				refs = nil
			}
			if len(refs) == 0 || refs[0].coref {
				if att := s.attachedRefs(n); len(att) > 0 || len(refs) == 0 {
					refs = att
				}
			}
		}
		if len(refs) == 0 && end > k {
			// "between an Israeli peace movement and the PLO": a
			// nationality stands for its side in a list of sides.
			refs = s.adjectiveAgent(n)
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

// relationalHeads name a party by its relation to the possessor.
var relationalHeads = map[string]bool{
	"ally": true, "allies": true, "rival": true, "rivals": true, "enemy": true, "enemies": true,
	"foe": true, "foes": true, "neighbour": true, "neighbours": true, "neighbor": true, "neighbors": true,
	"opponent": true, "opponents": true, "adversary": true, "adversaries": true, "proxy": true,
	"proxies": true, "partner": true, "partners": true,
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

// personalAdjectives say what an agent is disposed to do: "it" before
// them is the actor, not a placeholder.
var personalAdjectives = map[string]bool{
	"willing": true, "unwilling": true, "ready": true, "prepared": true, "eager": true,
	"keen": true, "determined": true, "committed": true, "reluctant": true, "able": true,
	"unable": true, "poised": true, "resolved": true, "open": true,
}

// participleAgent returns the noun phrase of the "by" phrase after the
// participle at item n ("committed by", "carried out by"), or -1.
func (s *sentence) participleAgent(n int) int {
	b := n + 1
	if b < len(s.items) && s.items[b].kind == iAdv {
		b++
	}
	if b+2 < len(s.items) && s.items[b].kind == iPrep && s.low(s.items[b].first) != "by" && s.items[b+1].temporal {
		b += 2 // "announced on Monday by …"
	}
	if b+1 < len(s.items) && s.items[b].kind == iPrep && s.low(s.items[b].first) == "by" && s.items[b+1].kind == iNP {
		return b + 1
	}
	return -1
}

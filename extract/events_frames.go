package extract

import (
	"github.com/entente/entente"
	"github.com/entente/entente/lexicon"
)

// frame is a matched predicate or cue with its roles: who acts (subj),
// on whom (obj), and which frame governs it (whose infinitive, clause or
// object it stands in).
type frame struct {
	m    match
	typ  entente.EventType // empty for a cue
	cue  lexicon.Cue
	vg   int // item of the verb group it belongs to, -1 for a noun
	np   int // item of the noun phrase a noun heads, -1 otherwise
	subj []ref
	obj  []ref
	gov  int // index of the governing frame, -1
	comp int // item of its complement verb group, -1

	nominalSubject bool // the source of a noun taken from its clause
	fallbackTarget bool // the target was not found by structure
}

func (f *frame) isCue() bool { return f.cue != lexicon.CueNone }

// buildFrames turns the matches of a sentence into frames and links each
// to its governor.
func (s *sentence) buildFrames(ms []match) []frame {
	frames := make([]frame, 0, len(ms))
	for _, m := range ms {
		f := frame{m: m, typ: m.pred.Type, cue: m.pred.Cue, vg: -1, np: -1, gov: -1, comp: -1}
		switch m.pred.Kind {
		case lexicon.PredVerb:
			f.vg = s.itemOf(m.head)
		case lexicon.PredNoun:
			f.np = s.itemOf(m.head)
		case lexicon.PredAdj:
			if it := s.items[s.itemOf(m.head)]; it.kind == iVG {
				f.vg = s.itemOf(m.head) // "is opposed to", read as a passive
			} else {
				f.vg = s.copulaBefore(s.itemOf(m.head))
			}
		}
		frames = append(frames, f)
	}
	// Infinitives and gerunds belong to the word they complete; the
	// verbs left over in a reported clause to the nearest reporting
	// verb before them (or after, for a quotation that precedes it).
	govOfVG := s.govOfVG
	for fi := range frames {
		f := &frames[fi]
		f.comp = s.complementOf(f)
		if f.comp >= 0 {
			if _, taken := govOfVG[f.comp]; !taken {
				govOfVG[f.comp] = fi
			}
		}
	}
	// "willing to send material to help defend Saudi Arabia": when the
	// verb an intent or request governs codes nothing itself, the
	// purpose it is done for is what is intended.
	for fi := range frames {
		f := &frames[fi]
		if f.comp < 0 || !governsObject(f) || s.vgHasFrame(frames, f.comp) {
			continue
		}
		if p := s.purposeAfter(f.comp); p >= 0 {
			if _, taken := govOfVG[p]; !taken {
				govOfVG[p] = fi
			}
		}
	}
	// "demanded that the US cancel its plans", "its demand that Israel
	// ease restrictions": what is demanded, promised or considered in a
	// that-clause is governed as an infinitive would be.
	for fi := range frames {
		f := &frames[fi]
		if !governsObject(f) || f.m.pred.Has(lexicon.FlagSpeech) || f.cue == lexicon.CueAllege {
			continue
		}
		if v := s.thatClauseVerb(f); v >= 0 {
			if _, taken := govOfVG[v]; !taken {
				govOfVG[v] = fi
			}
		}
	}
	// Verbs coordinated with a governed infinitive share its governor
	// before reporting verbs claim the rest: "said the resolution aims
	// to tighten sanctions and impose a blockade".
	s.shareCoordinatedGovernors(govOfVG)
	reporter := map[int]int{}
	for fi := range frames {
		f := &frames[fi]
		if f.cue != lexicon.CueSay && f.cue != lexicon.CueAllege && f.cue != lexicon.CueDeny {
			continue
		}
		for _, v := range s.reportedVerbs(f) {
			if prev, ok := reporter[v]; ok && frames[prev].m.head > f.m.head && frames[prev].m.head < s.items[v].first {
				continue // a nearer reporting verb already holds it
			}
			reporter[v] = fi
		}
	}
	for v, fi := range reporter {
		if _, taken := govOfVG[v]; !taken && v != frames[fi].vg {
			govOfVG[v] = fi
		}
	}
	s.shareCoordinatedGovernors(govOfVG)
	for fi := range frames {
		f := &frames[fi]
		switch {
		case f.vg >= 0:
			if g, ok := govOfVG[f.vg]; ok && g != fi {
				f.gov = g
			}
		case f.np >= 0:
			f.gov = s.nounGovernor(frames, fi, govOfVG)
		}
	}
	return frames
}

// vgHasFrame reports whether the verb group at item v heads a frame.
func (s *sentence) vgHasFrame(frames []frame, v int) bool {
	for fi := range frames {
		if frames[fi].vg == v {
			return true
		}
	}
	return false
}

// purposeAfter returns the infinitive of purpose right after the object
// of the verb group at item v ("send material to help"), or -1.
func (s *sentence) purposeAfter(v int) int {
	n := v + 1
	if n < len(s.items) && s.items[n].kind == iNP {
		n++
	}
	if n < len(s.items) && s.items[n].kind == iVG && s.items[n].toInf {
		return n
	}
	return -1
}

// shareCoordinatedGovernors gives verbs coordinated with a governed verb
// its governor: "his move to restart relations … and cut support".
func (s *sentence) shareCoordinatedGovernors(govOfVG map[int]int) {
	for v := range s.items {
		if _, ok := govOfVG[v]; ok || s.items[v].kind != iVG {
			continue
		}
		if pv := s.coordinatedVerb(v); pv >= 0 {
			if g, ok := govOfVG[pv]; ok {
				govOfVG[v] = g
			}
		}
	}
}

// copulaBefore returns the copular verb group an adjective at item k is
// predicated by ("is ready to", "are willing to"), or -1.
func (s *sentence) copulaBefore(k int) int {
	for n := k - 1; n >= 0 && n >= k-3; n-- {
		switch it := s.items[n]; it.kind {
		case iAdv:
			continue
		case iVG:
			if it.copula || vgBeForms[s.low(it.head)] || s.low(it.head) == "seem" || s.low(it.head) == "seems" ||
				s.low(it.head) == "appear" || s.low(it.head) == "appears" || s.low(it.head) == "remain" || s.low(it.head) == "remains" {
				return n
			}
			return -1
		case iNP:
			// "is more ready": a comparative adjective chunked as a
			// phrase.
			continue
		default:
			return -1
		}
	}
	return -1
}

// complementOf returns the verb group that completes a frame: the
// infinitive after it ("urged Y to improve", "threat to withdraw"), or a
// gerund after a preposition ("accused Y of attacking", "join Y in
// imposing").
func (s *sentence) complementOf(f *frame) int {
	if f.cue == lexicon.CueSay {
		return -1
	}
	if f.m.slot >= 0 && !f.m.pred.Has(lexicon.FlagObjectControl) && f.m.end == f.m.slotEnd && len(f.m.pred.Rest) > 0 && f.m.pred.Rest[0].Target {
		// What follows a plain object completes the object: "rejected a
		// UN appeal for deploying troops" (the appeal's, not the
		// rejection's).
		return -1
	}
	j := f.m.end
	if f.np >= 0 && s.items[f.np].last > j && len(f.m.pred.Rest) == 0 {
		j = s.items[f.np].last
	}
	j = s.skipAdverbs(j)
	if j < s.last && s.low(j) == "by" && f.m.slot == passiveSlot {
		// "Serbia was urged by the EU to normalise relations": past
		// the agent.
		if n := s.itemOf(j) + 1; n < len(s.items) && s.items[n].kind == iNP {
			j = s.items[s.groupEnd(n)].last
		}
	}
	if j >= s.last {
		return -1
	}
	k := s.itemOf(j)
	it := s.items[k]
	switch {
	case it.kind == iVG && it.toInf:
		return k
	case it.kind == iVG && (it.gerund || it.base) && j == f.m.end && f.m.end > f.m.head+1 && s.class(j-1) == cPrep:
		// The pattern ended with its preposition: "join _ in", "accuse
		// _ of".
		return k
	case it.kind == iPrep && k+1 < len(s.items) && s.items[k+1].kind == iVG && s.items[k+1].gerund:
		switch s.low(it.first) {
		case "of", "in", "on", "about", "for", "from", "against", "into", "to":
			return k + 1
		}
	case it.kind == iNP && f.m.pred.Has(lexicon.FlagSpeech) && s.class(j-1) == cPrep && k+2 < len(s.items) &&
		s.items[k+1].kind == iPrep && (s.low(s.items[k+1].first) == "by" || s.low(s.items[k+1].first) == "in") && s.items[k+2].gerund:
		// "accused North Korea of miscalculation by refusing to
		// resume talks": the refusal is what the accused is charged
		// with.
		return k + 2
	case it.kind == iVG && it.gerund && f.cue == lexicon.CueAspect && j == f.m.end:
		// "resumed shelling Ukrainian towns", "began bombing".
		return k
	case it.kind == iVG && it.base && f.cue == lexicon.CueNone && f.m.pred.Kind == lexicon.PredVerb:
		// "help defend", "let them go".
		return k
	}
	return -1
}

// reportedVerbs returns the verb groups of the clause a reporting verb
// governs: the clause after it ("said (that) Y attacked Z", "told the FT
// that …") or the quotation before it ("“…,” Pashinyan said").
func (s *sentence) reportedVerbs(f *frame) []int {
	var out []int
	v := f.vg
	if v < 0 {
		return nil
	}
	// The clause after: skip the addressee and "that", take the verbs up
	// to the sentence's end; a nested report governs its own clause.
	for n := v + 1; n < len(s.items); n++ {
		if s.items[n].kind == iVG {
			out = append(out, n)
		}
	}
	// A quotation before the verb: "“We …,” he said".
	inQuote := false
	quoteVerbs := []int(nil)
	for n := 0; n < v; n++ {
		switch s.items[n].kind {
		case iQuote:
			inQuote = !inQuote
		case iVG:
			if inQuote || s.d.inQuotation(s.items[n].first) {
				quoteVerbs = append(quoteVerbs, n)
			}
		}
	}
	return append(out, quoteVerbs...)
}

// coordinatedVerb returns the verb group a verb group at item v is
// coordinated with ("restart … and cut", "praised … and invited"), or -1.
func (s *sentence) coordinatedVerb(v int) int {
	k := v - 1
	for k >= 0 && s.items[k].kind == iAdv {
		k--
	}
	if k < 0 || s.items[k].kind != iConj {
		return -1
	}
	it := s.items[v]
	for n := k - 1; n >= 0; n-- {
		switch p := s.items[n]; p.kind {
		case iVG:
			// Only verbs of the same form coordinate: "to restart …
			// and cut", "praised … and invited".
			// "will not dismantle … or improve": a base form after a
			// modal's verb.
			if it.finite == p.finite || it.base && p.toInf || it.base && p.base || it.gerund && p.gerund || it.base && p.modal != "" {
				return n
			}
			return -1
		case iComp, iWh, iQuote:
			return -1
		}
	}
	return -1
}

// nounGovernor returns the frame whose object a noun predicate stands in
// ("called for the withdrawal of troops", "discussing … the deployment
// of weapons"), when that frame makes its object hypothetical or
// reported; -1 otherwise.
func (s *sentence) nounGovernor(frames []frame, fi int, govOfVG map[int]int) int {
	f := &frames[fi]
	best := -1
	for gi := range frames {
		g := &frames[gi]
		if gi == fi || g.m.head >= f.m.head || !governsObject(g) {
			continue
		}
		if g.m.end > f.m.head && g.m.slot < 0 {
			continue
		}
		if !s.sameClauseSpan(g.m.head, f.m.head) || s.listBreak(g.m.end, f.m.head) {
			continue
		}
		if s.presupposed(f.np) {
			// "discussed the consequences of Russia's war": the war
			// is a fact whose consequences are discussed.
			continue
		}
		if best < 0 || g.m.head > frames[best].m.head {
			best = gi
		}
	}
	if best >= 0 {
		return best
	}
	// A noun in the object of a governed infinitive shares its
	// governor: "to seek the release of …".
	if v := s.verbBefore(f.np); v >= 0 {
		if g, ok := govOfVG[v]; ok {
			return g
		}
	}
	return -1
}

// presupposed reports whether the noun phrase at item np (with its
// coordinated adjectives) is what an "of" phrase after a noun of
// consequence or record attaches to: "the consequences of", "the victims
// of", "the anniversary of".
func (s *sentence) presupposed(np int) bool {
	if np < 2 || s.items[np-1].kind != iPrep || s.items[np-2].kind != iNP {
		return false
	}
	switch s.low(s.items[np-1].first) {
	case "of":
		return presupposingNouns[s.low(s.items[np-2].head)]
	case "to":
		// "the global response to Russia's war".
		return reactionNouns[s.low(s.items[np-2].head)]
	}
	return false
}

var reactionNouns = map[string]bool{"response": true, "reaction": true, "answer": true, "responses": true, "reactions": true}

var presupposingNouns = map[string]bool{
	"consequences": true, "consequence": true, "impact": true, "effects": true, "effect": true,
	"aftermath": true, "victims": true, "causes": true, "cost": true, "costs": true, "toll": true,
	"anniversary": true, "history": true, "legacy": true, "scale": true, "extent": true, "results": true,
	"implications": true, "repercussions": true, "fallout": true,
}

// governsObject reports whether a frame's object is not a plain fact:
// what is requested, threatened, promised, rejected, considered or
// alleged.
func governsObject(g *frame) bool {
	switch g.cue {
	case lexicon.CueIntent, lexicon.CueExplore, lexicon.CueAllege, lexicon.CueFail:
		return true
	}
	switch g.typ {
	case entente.Request, entente.Threaten, entente.Reject:
		return true
	case entente.Agree:
		return g.m.slot < 0
	}
	return g.m.pred.Has(lexicon.FlagSpeech)
}

// sameClauseSpan reports whether tokens a < b lie in one clause: no
// finite verb, complementiser or relative pronoun between them.
func (s *sentence) sameClauseSpan(a, b int) bool {
	for n := s.itemOf(a) + 1; n < s.itemOf(b); n++ {
		switch it := s.items[n]; it.kind {
		case iVG:
			if it.finite {
				return false
			}
		case iComp, iWh:
			return false
		}
	}
	return true
}

// listBreak reports whether a comma between tokens a and b ends the
// object that starts at a: "the threat …, along with his move" is two
// things; "measures, including sanctions" is one.
func (s *sentence) listBreak(a, b int) bool {
	for t := a; t < b && t < s.last; t++ {
		if s.class(t) == cComma && t+1 < s.last {
			switch s.low(t + 1) {
			case "including", "such", "notably", "especially", "particularly":
				continue
			}
			return true
		}
	}
	return false
}

// verbBefore returns the verb group whose object the phrase at item k is
// part of, or -1.
func (s *sentence) verbBefore(k int) int {
	for n := k - 1; n >= 0 && n >= k-6; n-- {
		switch s.items[n].kind {
		case iVG:
			return n
		case iComma, iComp, iWh, iQuote, iConj:
			return -1
		}
	}
	return -1
}

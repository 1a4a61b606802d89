package extract

import (
	"sort"

	"github.com/entente/entente"
	"github.com/entente/entente/lexicon"
)

// emitter collects the events of one sentence: one per (source, target,
// type), the most factual and confident when several say the same.
type emitter struct {
	s   *sentence
	out []entente.Event
	idx map[[3]string]int
}

// frameEvents emits a frame's events between its subjects and objects,
// as its flags say: a symmetric act between the members of one group
// once, with the party named first as source ("X and Y met"); a mutual
// one in both directions ("exchanged prisoners"); a target slot after
// "between" names both parties ("talks between X and Y").
func (em *emitter) frameEvents(f *frame, subj, obj []ref, typ entente.EventType, st status) {
	sym := f.m.pred.Has(lexicon.FlagSymmetric)
	mutual := f.m.pred.Has(lexicon.FlagMutual)
	switch {
	case (sym || mutual) && (len(obj) == 0 || em.s.pairSlot(f) && len(subj) == 0):
		group := obj
		if len(group) == 0 {
			if mutual && f.m.slot >= 0 && !fightNouns[em.s.low(em.s.items[em.s.itemOf(f.m.slot)].head)] {
				// "efforts to combat COVID-19": the fight has an
				// object, only not an actor; its subjects did not
				// fight each other.
				return
			}
			if sym && em.s.otherPartner(f) {
				// "Venezuela and Chile struck agreements with
				// commercial banks": each with the banks, not with
				// each other.
				return
			}
			group = subj
		}
		for i := range group {
			for j := i + 1; j < len(group); j++ {
				em.add(f, f.m.words, group[i], group[j], typ, st)
				if mutual {
					em.add(f, f.m.words, group[j], group[i], typ, st)
				}
			}
		}
	default:
		for _, a := range subj {
			for _, b := range obj {
				em.add(f, f.m.words, a, b, typ, st)
				if mutual {
					em.add(f, f.m.words, b, a, typ, st)
				}
			}
		}
	}
}

// otherPartner reports whether a symmetric act names a partner that is
// no actor in its target slot: "with commercial banks", not "with each
// other" or "with their counterparts".
func (s *sentence) otherPartner(f *frame) bool {
	if f.m.slot <= s.first || f.m.slot >= s.last || s.low(f.m.slot-1) != "with" {
		return false
	}
	it := s.items[s.itemOf(s.skipAdverbs(f.m.slot))]
	if it.kind != iNP || it.pron {
		return false
	}
	switch s.low(it.head) {
	case "other", "another", "counterpart", "counterparts", "sides", "parties":
		return false
	}
	return true
}

// fightNouns head the objects that only repeat a fight ("fought pitched
// battles").
var fightNouns = map[string]bool{
	"battle": true, "battles": true, "war": true, "wars": true, "clashes": true, "gunfight": true,
	"gunfights": true, "skirmish": true, "skirmishes": true, "duel": true, "duels": true, "fight": true,
}

// pairs emits an event from every subject to every object.
func (em *emitter) pairs(f *frame, subj, obj []ref, typ entente.EventType, st status) {
	for _, a := range subj {
		for _, b := range obj {
			em.add(f, f.m.words, a, b, typ, st)
		}
	}
}

// pairsFrom emits a derived event whose trigger is the deriving frame's
// words with the act's ("agreed … resume").
func (em *emitter) pairsFrom(f, by *frame, subj, obj []ref, typ entente.EventType, st status) {
	words := f.m.words
	if by != f {
		words = append(append([]int(nil), by.m.words...), f.m.words...)
		sort.Ints(words)
	}
	if em.s.pairSlot(f) && len(obj) > 1 && len(subj) == 0 {
		subj, obj = obj[:1], obj[1:]
	}
	for _, a := range subj {
		for _, b := range obj {
			em.add(f, words, a, b, typ, st)
		}
	}
}

// add records one event, unless its actors make it no event: a missing
// or unknown actor, a news outlet, a place, or the same actor on both
// sides.
func (em *emitter) add(f *frame, words []int, src, tgt ref, typ entente.EventType, st status) {
	if src.actor() == "" || tgt.actor() == "" || src.actor() == tgt.actor() {
		return
	}
	if src.coref && tgt.coref && pronounClasses[em.s.low(src.first)] != refNone && pronounClasses[em.s.low(tgt.first)] != refNone {
		// "exhorting people … when all their incentives …, encourage
		// them": two pronouns make no event one can stand by.
		return
	}
	if !usable(src.m) || !usable(tgt.m) {
		return // a news outlet, or a name used as a place
	}
	if f.m.pred.Has(lexicon.FlagOrgTarget) && tgt.m.Kind == entente.KindState {
		return
	}
	// A government's protest is diplomatic (ACCUSE), its boycott a
	// SANCTION; PROTEST is for civilians.
	if typ == entente.Protest && governmental(src.m) {
		typ = entente.Accuse
		if f.m.pred.Mode == "boycott" {
			typ = entente.Sanction
		}
	}
	info, ok := typ.Info()
	if !ok {
		return
	}
	s := em.s
	sent := s.d.Sentences[s.index]
	ev := entente.Event{
		Source: src.actor(), Target: tgt.actor(), Type: typ,
		CAMEO: info.CAMEO, Quad: info.Quad, Score: info.Score,
		Negated: st.negated, Hypothetical: st.hypothetical,
		SourceMention: s.text(src.first, src.last), TargetMention: s.text(tgt.first, tgt.last),
		SourceSector: src.m.Sector, TargetSector: tgt.m.Sector,
		Trigger:  s.wordsText(words),
		Date:     s.d.eventDateNear(s.index, f.m.head),
		Sentence: s.d.Text[sent.Start:sent.End], Start: sent.Start, End: sent.End,
		Confidence: em.confidence(f, src, tgt, typ),
	}
	if typ == f.typ {
		ev.Mode = f.m.pred.Mode
	}
	if em.idx == nil {
		em.idx = map[[3]string]int{}
	}
	key := [3]string{ev.Source, ev.Target, string(typ)}
	if k, dup := em.idx[key]; dup {
		if better(ev, em.out[k]) {
			em.out[k] = ev
		}
		return
	}
	em.idx[key] = len(em.out)
	em.out = append(em.out, ev)
}

// better reports whether a is to be kept over b for the same (source,
// target, type) in one sentence: a factual reading over a hedged one,
// then the more confident.
func better(a, b entente.Event) bool {
	if a.Factual() != b.Factual() {
		return a.Factual()
	}
	return a.Confidence > b.Confidence
}

// confidence says how sure the structure behind an event is: a verb with
// both roles in place is surest; a noun, a role borrowed from the clause,
// an antecedent or a target found without structure each lower it.
func (em *emitter) confidence(f *frame, src, tgt ref, typ entente.EventType) float64 {
	c := 0.9
	if f.np >= 0 {
		c -= 0.1
	}
	if f.nominalSubject {
		c -= 0.1
	}
	if f.fallbackTarget {
		c -= 0.3
	}
	if src.coref {
		c -= 0.1
	}
	if tgt.coref {
		c -= 0.1
	}
	if typ != f.typ {
		c -= 0.1
	}
	return max(0.1, min(c, 1))
}

// governmental reports whether a mention is a government or state rather
// than civilians: protests by it are diplomatic.
func governmental(m Mention) bool {
	switch m.Sector {
	case entente.SectorCivilian, entente.SectorOpposition, entente.SectorRebel, entente.SectorBusiness:
		return false
	case entente.SectorGovernment:
		return true
	}
	if m.PersonID != "" {
		return true
	}
	return !m.Plural && m.Via != "adjective" && (m.Kind == entente.KindState || m.Kind == entente.KindIGO)
}

func (em *emitter) finish() []entente.Event { return em.out }

// fallbackTarget gives a frame without a target the one its complement
// names. What is asked is asked of the subject of the request's clause
// ("demanded that the US cancel its plans"); what is threatened,
// promised or refused is aimed at the target of the act ("threatened to
// cut off electricity to Nakhichevan", "Trump's threat to withdraw
// guarantees to NATO allies"): the target of an event coded there, else
// the first actor there that is not the frame's own subject.
func (s *sentence) fallbackTarget(frames []frame, fi int) {
	f := &frames[fi]
	if f.m.slot >= 0 || f.m.slot == passiveSlot {
		// The target is named, only not as an actor ("urged attendees
		// to …").
		return
	}
	if !f.m.pred.HasTarget() && s.objectTarget(f) {
		return
	}
	if f.typ == entente.Request || f.typ == entente.Accuse {
		if v := s.thatClauseVerb(f); v >= 0 {
			_, refs := s.clauseSubject(v)
			if f.obj = without(refs, f.subj); len(f.obj) > 0 {
				f.fallbackTarget = true
			}
			return
		}
		if refs := without(s.mainClauseAddressee(f), f.subj); len(refs) > 0 {
			f.obj, f.fallbackTarget = refs, true
		}
		return
	}
	if f.typ == entente.Agree && f.comp < 0 && f.vg >= 0 {
		// "agreed to US mediation", "accepted to Egypt's proposal": one
		// agrees with whom the proposal is from.
		if n := f.vg + 1; n+1 < len(s.items) && s.items[n].kind == iPrep && s.low(s.items[n].first) == "to" && s.items[n+1].kind == iNP {
			refs := s.possessorRefs(n + 1)
			if len(refs) == 0 {
				refs = s.adjectiveAgent(n + 1)
			}
			if refs = without(refs, f.subj); len(refs) > 0 {
				f.obj, f.fallbackTarget = refs[:1], true
				return
			}
		}
	}
	if f.comp < 0 {
		return
	}
	switch {
	case f.typ == entente.Threaten || f.typ == entente.Agree || f.typ == entente.Reject:
	case f.typ == entente.Protest && protestPurposes[s.low(s.items[f.comp].head)]:
		// "blocked a road to show their disapproval of the United
		// States' policies": a protest is aimed at whom its purpose
		// names.
	default:
		// Other acts are not aimed at what their purpose clause names:
		// "the deployment of troops to assist Russia" is no MOBILIZE
		// against Russia.
		return
	}
	comp := f.comp
	for gi := range frames {
		// "commitment to continue supporting Ukraine": through the
		// aspect to the act.
		if g := &frames[gi]; gi != fi && g.vg == comp && g.cue == lexicon.CueAspect && g.comp >= 0 {
			comp = g.comp
		}
	}
	for gi := range frames {
		g := &frames[gi]
		if gi != fi && g.vg == comp && f.typ == entente.Reject && !g.isCue() && !cooperative(g.typ) {
			// "refusing to cut aid to Mexico": declining to act
			// against someone rejects no one.
			return
		}
		if gi != fi && g.vg == comp && len(g.obj) > 0 && !g.isCue() {
			f.obj = without(g.obj, f.subj)
			if len(f.obj) == 0 && len(f.subj) > 1 {
				// "Ukraine and the United States reaffirmed their
				// commitment to supporting Ukraine": one subject
				// commits to the other.
				f.obj = g.obj
			}
			if len(f.obj) > 0 {
				f.fallbackTarget = true
				return
			}
		}
	}
	if f.m.pred.Has(lexicon.FlagSymmetric) && len(f.subj) > 1 {
		// "Blinken and Jaishankar agreed to close coordination in
		// support of … Afghanistan": with no act naming another
		// party, the parties are the subjects.
		return
	}
	c := s.items[f.comp]
	nps := 0
	topic := false // inside "over control of …": what the act is about
	for n := f.comp + 1; n < len(s.items); n++ {
		it := s.items[n]
		switch it.kind {
		case iPrep:
			switch w := s.low(it.first); {
			case topicPreps[w]:
				topic = true
			case w != "of":
				topic = false
			}
		case iComp:
			if f.typ == entente.Threaten && (s.low(it.first) == "if" || s.low(it.first) == "unless") {
				// "threatened to stop the talks if the United States
				// deploys the missiles": the threat is aimed at whom
				// the condition names.
				s.conditionTarget(f, n)
			}
			return
		case iComma, iWh, iQuote, iPunct:
			return
		case iConj:
			if n+1 < len(s.items) && s.items[n+1].kind == iVG {
				// "to offer support and condemn reports of Russia's
				// attack": a second act, aimed its own way.
				return
			}
		case iVG:
			if it.finite && n > f.comp+1 {
				return
			}
			if f.typ == entente.Reject && n > f.comp {
				// "declined to discuss methods of relieving the strain
				// between the two countries": a refusal is aimed at
				// what the refused act names first, not deeper.
				return
			}
		case iNP:
			if it.first < c.last || it.temporal || topic || locativeBefore(s, n) {
				continue
			}
			if nps++; f.typ == entente.Reject && nps > 2 {
				return
			}
			all := s.slotRefs(it.first, true)
			if refs := without(all, f.subj); len(refs) > 0 {
				f.obj = refs
				f.fallbackTarget = true
				return
			}
			if len(all) > 0 {
				// "commitment to continue supporting Ukraine's efforts
				// to defend itself against Russian aggression": the act
				// is for the subject's own side; a later name is no
				// target.
				return
			}
		}
	}
}

// topicPreps open what an act is about, not whom it is aimed at: "agreed
// to set aside differences over control of the IADB".
var topicPreps = map[string]bool{
	"over": true, "about": true, "regarding": true, "concerning": true,
	"under": true, "within": true, "amid": true, "despite": true,
}

// protestPurposes are the verbs of a purpose clause that say whom a
// protest is against.
var protestPurposes = map[string]bool{
	"show": true, "express": true, "voice": true, "protest": true, "denounce": true, "condemn": true,
	"oppose": true, "demand": true, "press": true, "decry": true, "reject": true, "register": true,
}

// locativeBefore reports whether the noun phrase at item n follows a
// preposition of place: "expanding into Lebanon" names where, not whom.
func locativeBefore(s *sentence, n int) bool {
	if n == 0 || s.items[n-1].kind != iPrep {
		return false
	}
	switch s.low(s.items[n-1].first) {
	case "in", "into", "at", "across", "throughout", "near", "inside", "within", "around":
		return true
	}
	return false
}

// conditionTarget takes a threat's target from the subject of the
// condition clause that opens at item k.
func (s *sentence) conditionTarget(f *frame, k int) {
	for n := k + 1; n < len(s.items); n++ {
		it := s.items[n]
		switch it.kind {
		case iComma, iComp, iWh, iQuote, iPunct:
			return
		case iVG:
			if !it.finite {
				return
			}
			_, refs := s.clauseSubject(n)
			if refs = without(refs, f.subj); len(refs) > 0 {
				f.obj, f.fallbackTarget = refs, true
			}
			return
		}
	}
}

// objectTarget takes the target of a pattern that has no target slot
// from the object phrase its last word heads, when a nationality or a
// possessor there names one: "violated Chinese airspace", "agreed to US
// mediation", "backed Albania's bid".
func (s *sentence) objectTarget(f *frame) bool {
	last := f.m.words[len(f.m.words)-1]
	k := s.itemOf(last)
	if s.items[k].kind != iNP || s.items[k].head != last || forceNouns[s.low(last)] {
		// "help deploy more African Union troops": the nation of the
		// troops is whose they are, not whom they face.
		return false
	}
	refs := s.possessorRefs(k)
	if len(refs) == 0 {
		refs = s.adjectiveAgent(k)
	}
	if refs = without(refs, f.subj); len(refs) == 0 {
		return false
	}
	f.obj = refs[:1]
	f.fallbackTarget = true
	return true
}

// forceNouns are the heads of phrases that name armed forces.
var forceNouns = map[string]bool{
	"troops": true, "forces": true, "force": true, "soldiers": true, "army": true, "units": true,
	"peacekeepers": true, "contingent": true, "personnel": true, "warships": true, "ships": true,
	"jets": true, "aircraft": true, "planes": true, "tanks": true, "battalion": true, "battalions": true,
	"fighters": true, "bombers": true, "squadron": true, "squadrons": true, "warplanes": true, "fleet": true,
}

// mainClauseAddressee finds whom a participle clause's request is made
// of: the one the main clause addresses ("delivered the position to
// Russia's envoy, calling for a withdrawal").
func (s *sentence) mainClauseAddressee(f *frame) []ref {
	if f.vg < 1 || !s.items[f.vg].gerund || s.items[f.vg-1].kind != iComma {
		return nil
	}
	main := s.previousFinite(f.vg)
	if main < 0 {
		return nil
	}
	for n := main + 1; n < f.vg-1; n++ {
		it := s.items[n]
		switch {
		case it.kind == iPrep && s.low(it.first) == "to" && n+1 < len(s.items) && s.items[n+1].kind == iNP:
			return s.slotRefs(s.items[n+1].first, true)
		case it.kind == iComp || it.kind == iWh || it.kind == iVG:
			return nil
		}
	}
	if o := s.objectAfter(main); o >= 0 && o < f.vg {
		return s.npRefs(o)
	}
	return nil
}

// thatClauseVerb returns the first verb group of the clause a frame
// introduces with "that" ("demanded that the US cancel"), or -1.
func (s *sentence) thatClauseVerb(f *frame) int {
	end := f.m.end
	if f.np >= 0 {
		end = max(end, s.items[f.np].last)
	}
	// "refuted a report made by some US media that …": a report's
	// content may come after what describes the report.
	reportObj := f.m.slot >= 0 && f.m.slot < s.last && reportNouns[s.low(s.items[s.itemOf(f.m.slot)].head)]
	for n := s.itemOf(min(end, s.last-1)); n < len(s.items) && end < s.last; n++ {
		it := s.items[n]
		if it.first < end {
			continue
		}
		switch {
		case it.kind == iAdv || it.kind == iNP && it.temporal:
			continue
		case reportObj && (it.kind == iPrep || it.kind == iNP || it.kind == iVG && it.participle && !it.finite):
			continue
		case it.kind == iComp && s.low(it.first) == "that":
			for m := n + 1; m < len(s.items); m++ {
				if s.items[m].kind == iVG {
					return m
				}
			}
		}
		return -1
	}
	return -1
}

// reportNouns head the objects whose content a that-clause gives.
var reportNouns = map[string]bool{
	"report": true, "reports": true, "claim": true, "claims": true, "allegation": true, "allegations": true,
	"accusation": true, "accusations": true, "suggestion": true, "suggestions": true, "charge": true,
	"charges": true, "assertion": true, "assertions": true, "rumour": true, "rumours": true, "rumor": true,
	"rumors": true, "speculation": true,
}

// without returns the refs of a whose actors are not in b.
func without(a, b []ref) []ref {
	var out []ref
	for _, x := range a {
		if !sharesActor([]ref{x}, b) {
			out = append(out, x)
		}
	}
	return out
}

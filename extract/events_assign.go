package extract

import (
	"strings"

	"github.com/entente/entente"
	"github.com/entente/entente/lexicon"
)

// assignRoles fills the subject and object of every frame. A frame whose
// subject its governor supplies ("urged Y to improve": Y improves) is
// done after its governor.
func (s *sentence) assignRoles(frames []frame) {
	done := make([]bool, len(frames))
	for pass := 0; pass < 4; pass++ {
		progress := false
		for fi := range frames {
			if done[fi] {
				continue
			}
			if g := frames[fi].gov; g >= 0 && !done[g] && pass < 3 {
				continue
			}
			s.rolesOf(frames, fi)
			done[fi] = true
			progress = true
		}
		if !progress {
			break
		}
	}
}

func (s *sentence) rolesOf(frames []frame, fi int) {
	f := &frames[fi]
	switch f.m.pred.Kind {
	case lexicon.PredNoun:
		f.subj = s.nominalSource(frames, fi)
	default:
		if f.vg < 0 {
			return
		}
		f.subj = s.verbSubject(frames, fi)
	}
	if f.m.slot >= 0 {
		f.obj = s.slotRefs(f.m.slot, f.m.pred.Kind == lexicon.PredVerb)
		if len(f.obj) == 0 && s.aimedAt(f) {
			f.obj = s.placeRefs(s.itemOf(s.skipAdverbs(f.m.slot)))
		}
	}
	if len(f.obj) == 0 && f.m.slot < 0 && f.typ == entente.Aid && f.comp >= 0 && !hasFrameAt(frames, f.comp) && s.actorHeadedSubject(f) {
		// "will help rebuild Somalia": helping to do what codes no
		// event of its own is aid for whom it is done to; "EU
		// cooperation would help get better controls" is no one's aid.
		if o := s.objectAfter(f.comp); o >= 0 && s.d.MentionAt != nil && s.d.MentionAt[s.items[o].head] >= 0 {
			// Only the actor itself: "help narrow the US trade
			// deficit" aids no one.
			f.obj = s.npRefs(o)
		}
	}
	if f.vg >= 0 && f.m.passiveObject {
		f.subj = s.byAgent(f.vg)
	}
	if f.vg >= 0 && f.m.slot == passiveSlot {
		// The passive's subject is the patient; the "by" phrase names
		// the agent.
		f.obj = f.subj
		f.subj = s.byAgent(f.vg)
		if vg := s.items[f.vg]; vg.participle && !vg.passive {
			// "the pact signed by X": the phrase right before the
			// participle, if any, is what was done to.
			f.obj = nil
			if k := f.vg - 1; k >= 0 && s.items[k].kind == iNP {
				f.obj = s.npRefs(k)
			}
		}
	}
	if f.vg >= 0 && len(f.subj) > 0 && (f.typ == entente.Assault || f.m.pred.Mode == "visit") {
		if k, _ := s.subjectOfAny(f.vg); k >= 0 && k < len(s.items) {
			switch h := s.low(s.items[k].head); {
			case f.typ == entente.Assault && nonPhysicalAgents[h]:
				// "any U.S. challenge targeting EU rivals": a measure
				// attacks no one.
				f.subj = nil
			case f.m.pred.Mode == "visit" && (forceNouns[h] || conveyedNouns[h]):
				// "US fighters will fly to South Korea", "the body of
				// Yasser Arafat has arrived in Cairo": aircraft, troops
				// and the dead pay no visits.
				f.subj = nil
			}
		}
	}
	f.obj = s.bindPossessives(f.obj, f.subj)
	if len(f.obj) > 1 && f.obj[0].coref && s.low(f.obj[0].first) == "they" && len(without(f.obj, f.subj)) == 0 {
		// "South Korea and Japan denied they were planning a
		// sell-off": a pronoun for the subject group itself is no
		// other party.
		f.obj = nil
	}
	if f.typ == entente.Threaten && s.clauseAfterSlot(f, false) || f.typ == entente.Support && f.m.pred.Kind == lexicon.PredVerb && s.clauseAfterSlot(f, true) {
		// "warned demand for Opec's crude would outstrip supply", "he
		// acknowledged Palestinian leaders were in an election
		// campaign": what follows the verb is the subject of a clause,
		// no one threatened or praised.
		f.obj = nil
	}
	if f.m.pred.Has(lexicon.FlagReverse) {
		if f.np >= 0 && len(s.possessorRefs(f.np)) > 0 {
			// "its demands from the Afghan government": the
			// possessor asks, and "from" names whom it asks.
			return
		}
		f.subj, f.obj = f.obj, f.subj
	}
}

// actorHeadedSubject reports whether the subject phrase of a verb frame
// is headed by an actor's name or a pronoun, not by a noun an actor only
// modifies ("EU cooperation").
func (s *sentence) actorHeadedSubject(f *frame) bool {
	if f.vg < 0 {
		return false
	}
	k, refs := s.subjectOfAny(f.vg)
	if k < 0 || k >= len(s.items) {
		return false
	}
	it := s.items[k]
	if it.pron || s.d.MentionAt != nil && s.d.MentionAt[it.head] >= 0 {
		return true
	}
	// An adjective stands for an actor only before a political head
	// noun: "Japanese officials".
	for _, r := range refs {
		if r.m.Via == "adjective" {
			return true
		}
	}
	return false
}

// hasFrameAt reports whether a frame's verb group is item v.
func hasFrameAt(frames []frame, v int) bool {
	for i := range frames {
		if frames[i].vg == v {
			return true
		}
	}
	return false
}

// clauseAfterSlot reports whether a frame's target phrase, with the
// phrases attached to it, is followed by a finite verb: the subject of a
// reported clause. Unless named is set, the phrase must also name no
// actor of its own ("warned Iran would pay" threatens Iran).
func (s *sentence) clauseAfterSlot(f *frame, named bool) bool {
	if f.m.slot < 0 || f.m.slot >= s.last {
		return false
	}
	k := s.itemOf(f.m.slot)
	if s.items[k].kind != iNP || !named && len(s.npRefs(k)) > 0 && !s.items[k].pron {
		// A pronoun before a finite verb is that clause's subject:
		// "warned it would counter".
		return false
	}
	n := k + 1
	for n+1 < len(s.items) && s.items[n].kind == iPrep && s.items[n+1].kind == iNP {
		n += 2
	}
	return n < len(s.items) && s.items[n].kind == iVG && s.items[n].finite
}

// antecedentsInclude reports whether the pronoun at token t refers to a
// group that includes one of the actors of refs.
func (s *sentence) antecedentsInclude(t int, refs []ref) bool {
	ms := s.d.Antecedents(t)
	if len(ms) < 2 {
		return false
	}
	for _, m := range ms {
		for _, r := range refs {
			if m.Actor != "" && m.Actor == r.actor() {
				return true
			}
		}
	}
	return false
}

// bindPossessives resolves a possessive pronoun in an object to the
// clause's subject when they agree: in "Pakistan urged its citizens",
// "its" is Pakistan, whatever was named last before it.
func (s *sentence) bindPossessives(obj, subj []ref) []ref {
	if len(subj) == 0 {
		return obj
	}
	out := obj[:0:0]
	for _, r := range obj {
		if r.coref && r.last == r.first+1 && s.class(r.first) == cPoss && s.antecedentsInclude(r.first, subj) {
			// "Mexico and Kuwait protect their resources", "Brazil and
			// China limit their exports": the owners are the subject
			// itself, each of them; no one else is acted on.
			return nil
		}
		if r.coref && r.last == r.first+1 && s.class(r.first) == cPoss {
			switch w := s.low(r.first); {
			case w == "its" && !isPersonMention(subj[0].m),
				(w == "his" || w == "her") && isPersonMention(subj[0].m),
				w == "their" && (len(subj) > 1 || subj[0].m.Plural):
				b := subj[0]
				b.first, b.last, b.coref = r.first, r.last, true
				out = append(out, b)
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// aimedAt reports whether a frame's target slot aims the act at what it
// names, so that a name read as a place there is the target: "fired
// missiles at Israel", "massed tanks near Armenia", and a sanction, which
// is never held somewhere ("sanctions in Moscow" names Russia).
func (s *sentence) aimedAt(f *frame) bool {
	if f.m.slot <= s.first {
		return false
	}
	switch s.low(f.m.slot - 1) {
	case "at", "into", "toward", "towards", "near", "along", "against", "on", "upon":
		return true
	case "in":
		// "imposed a curfew in Gaza"; "arrived in Amman on a visit":
		// where a visitor arrives is whom they visit.
		return f.typ == entente.Sanction || f.m.pred.Has(lexicon.FlagPlace) && (f.m.pred.Mode != "visit" || s.visitor(f))
	}
	return false
}

// visitor reports whether a frame's subject can pay a visit: a person or
// a government, not troops arriving ("NATO troops have arrived in
// Bosnia").
func (s *sentence) visitor(f *frame) bool {
	if len(f.subj) == 0 {
		return false
	}
	m := f.subj[0].m
	return !m.Plural && m.Sector != entente.SectorMilitary && m.Sector != entente.SectorPolice
}

// placeRefs returns the actors of the names used as places in the noun
// phrase at item k, as actors.
func (s *sentence) placeRefs(k int) []ref {
	it := s.items[k]
	for _, m := range s.d.MentionsIn(s.index) {
		if m.Location && m.First >= it.first && m.Last <= it.last && m.Actor != "" && !m.IsMedia() {
			m.Location = false
			return []ref{{m: m, first: m.First, last: m.Last}}
		}
	}
	return nil
}

// namesPlace reports whether the noun phrase at item k is a name used as
// a place.
func (s *sentence) namesPlace(k int) bool {
	it := s.items[k]
	for _, m := range s.d.MentionsIn(s.index) {
		if m.Location && placeKind(m.Kind) && m.First >= it.first && m.Last <= it.last {
			return true
		}
	}
	return false
}

// quantifierWords lead a noun phrase into the one they count: "more
// than 100 Palestinians", "at least three Iraqis".
var quantifierWords = map[string]bool{"more": true, "less": true, "fewer": true, "least": true, "up": true,
	"many": true, "nearly": true, "almost": true, "about": true, "around": true, "some": true, "over": true}

// quantified returns the noun phrase a quantity phrase at item k counts,
// or k.
func (s *sentence) quantified(k int) int {
	it := s.items[k]
	if it.kind != iNP || !quantifierWords[s.low(it.head)] {
		return k
	}
	for n := k + 1; n < len(s.items) && n <= k+3; n++ {
		switch s.items[n].kind {
		case iPrep, iAdv:
			continue
		case iNP:
			return n
		}
		break
	}
	return k
}

// slotRefs returns the actors of the target noun phrase starting at
// token t, with its coordinated phrases. A phrase that names no actor by
// its head stands for the actor it belongs to: its possessor ("praised
// Haiti's efforts", "rejected North Korea's demand"), an adjective
// ("rejected an Indian proposal"), or what follows it ("leaders of
// Romania's government").
func (s *sentence) slotRefs(t int, verbal bool) []ref {
	k := s.quantified(s.itemOf(s.skipAdverbs(t)))
	if s.namesPlace(k) {
		// "arrived in Cairo from Paris": the phrase names a place;
		// nothing after it stands for it.
		return nil
	}
	end := s.groupEnd(k)
	if verbal {
		end = s.objectGroupEnd(k)
	}
	if refs := s.groupRefsTo(k, end); len(refs) > 0 {
		return refs
	}
	if homeHeads[s.low(s.items[k].head)] {
		// "return people to their homes": a place, whoever's it is.
		return nil
	}
	if refs := s.possessorRefs(k); len(refs) > 0 {
		return refs
	}
	if refs := s.adjectiveAgent(k); len(refs) > 0 {
		return refs
	}
	if s.items[k].pron {
		// "defend us from al-Qaeda": what follows a pronoun is not
		// its actor.
		return nil
	}
	return s.attached(s.groupEnd(k), true)
}

// hyphenPair returns the two actors a noun phrase names joined by a
// hyphen or dash before its head: "the Ukraine-Russia talks", "the
// U.S.-ROK alliance".
func (s *sentence) hyphenPair(k int) []ref {
	it := s.items[k]
	var ms []Mention
	for _, m := range s.d.MentionsIn(s.index) {
		if m.First >= it.first && m.Last <= it.head && usable(m) && m.Actor != "" {
			ms = append(ms, m)
		}
	}
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.Actor == b.Actor {
			continue
		}
		// Both parts of one hyphenated token ("Ukraine-Russia"), or two
		// names with a dash between them.
		if a.First == b.First || b.First == a.Last+1 && dashes[s.low(a.Last)] {
			return []ref{{m: a, first: a.First, last: a.Last}, {m: b, first: b.First, last: b.Last}}
		}
	}
	return nil
}

var dashes = map[string]bool{"-": true, "–": true, "—": true}

// homeHeads name dwellings, which their owners' actor does not stand for.
var homeHeads = map[string]bool{"home": true, "homes": true, "house": true, "houses": true, "homestead": true}

// verbSubject returns the subject of a verb or adjective frame: the one
// its governor imposes, else the one its clause has.
func (s *sentence) verbSubject(frames []frame, fi int) []ref {
	f := &frames[fi]
	if vg := s.items[f.vg]; vg.finite || vg.base && s.thatClause(f.vg) {
		// "demanded that Argentina lift …": a clause with its own
		// subject.
		_, refs := s.subjectOfAny(f.vg)
		return refs
	}
	if g := f.gov; g >= 0 && frames[g].cue != lexicon.CueSay && frames[g].cue != lexicon.CueAllege {
		gf := &frames[g]
		var subj []ref
		switch {
		case gf.m.pred.Has(lexicon.FlagObjectControl) && gf.m.slot >= 0:
			subj = s.slotRefs(gf.m.slot, true)
		case gf.m.pred.Has(lexicon.FlagObjectControl) && gf.m.slot == passiveSlot:
			subj = gf.obj // "Serbia was urged by the EU to …": Serbia
		case gf.cue == lexicon.CueJoin:
			subj = gf.subj
		default:
			subj = gf.subj
		}
		s.controlled[f.vg] = subjectMemo{item: -1, refs: subj}
		return subj
	}
	_, refs := s.subjectOfAny(f.vg)
	return refs
}

// thatClause reports whether the verb group at item v opens a clause
// introduced by "that" with a subject of its own.
func (s *sentence) thatClause(v int) bool {
	k := s.beforeBracket(v - 1)
	if k < 1 || s.items[k].kind != iNP {
		return false
	}
	for k >= 1 && s.items[k].kind == iNP {
		k = s.beforeBracket(k - 1)
	}
	return k >= 0 && s.items[k].kind == iComp
}

// beforeBracket skips back over a bracketed phrase that ends at item k
// ("the Democratic People's Republic of Korea (DPRK) forsake"), returning
// the item before it, or k when none ends there.
func (s *sentence) beforeBracket(k int) int {
	if k > 0 && s.items[k].kind == iPunct && s.low(s.items[k].first) == ")" {
		if open := s.openingBracket(k); open > 0 {
			return open - 1
		}
	}
	return k
}

// nominalSource finds who does what a noun names: its possessor
// ("Trump's threat"), an adjective ("Israeli strikes"), a "by" phrase
// ("attacks by militants"), an "of" phrase when the target is elsewhere
// ("the withdrawal of Serbian forces from Bosnia"), or, for meetings and
// cooperation, the subject of the clause that holds the noun as its
// object or in a time adjunct ("praised the talks with Mitsotakis",
// "during a meal with EU leaders").
func (s *sentence) nominalSource(frames []frame, fi int) []ref {
	f := &frames[fi]
	np := f.np
	if (f.m.pred.Has(lexicon.FlagSymmetric) || f.m.pred.Has(lexicon.FlagMutual)) && f.typ != entente.Agree {
		// "the Ukraine-Russia talks"; "the Pakistan–Saudi Arabia
		// pact" names a document, coded where it is agreed.
		if pair := s.hyphenPair(np); len(pair) == 2 {
			return pair
		}
	}
	if refs := s.possessorRefs(np); len(refs) > 0 {
		if refs[0].coref {
			// "Both leaders underscored their resolve": a pronoun
			// possessing the object is the clause's subject when
			// their numbers agree.
			if subj := s.objectOwner(np, s.low(refs[0].first)); len(subj) > 0 {
				return subj
			}
		}
		if np >= 2 && s.items[np-1].kind == iConj && s.low(s.items[np-1].first) == "and" && !refs[0].coref {
			// "Russia and Ukraine's exchange of prisoners": both own
			// it.
			if first := s.npRefs(np - 2); len(first) > 0 && s.bareName(np-2) != "" {
				return append(first, refs...)
			}
		}
		return refs
	}
	if refs := s.adjectiveAgent(np); len(refs) > 0 {
		return refs
	}
	if refs := s.nounByAgent(np); len(refs) > 0 {
		return refs
	}
	if np >= 2 && s.items[np-1].kind == iPrep && s.low(s.items[np-1].first) == "of" && s.items[np-2].kind == iNP {
		// "Russia's war of aggression against Ukraine", "Israel's
		// campaign of strikes": the possessor of the phrase the noun
		// qualifies.
		if refs := s.possessorRefs(np - 2); len(refs) > 0 {
			return refs
		}
	}
	if v := s.passiveAfter(np); v >= 0 {
		// "Sanctions against Iran were imposed by the EU": the noun is
		// the passive's subject, its agent the source.
		if refs := s.byAgent(v); len(refs) > 0 {
			return refs
		}
	}
	if n := np + 1; n+1 < len(s.items) && s.items[n].kind == iPrep && s.low(s.items[n].first) == "of" && s.items[n+1].kind == iNP {
		if f.m.slot < 0 || s.itemOf(f.m.slot) != n+1 {
			if refs := s.npRefs(n + 1); len(refs) > 0 {
				return refs
			}
		}
	}
	if g := f.gov; g >= 0 && (frames[g].cue == lexicon.CueIntent || frames[g].cue == lexicon.CueExplore) && !s.pairSlot(f) {
		// "Germany is considering sanctions against Hungary": what one
		// considers or plans, one would do oneself; "discussed the
		// ceasefire between Israel and Lebanon" names its own parties.
		return frames[g].subj
	}
	if v := s.verbBefore(s.listStart(np)); v >= 0 && s.inObjectOf(v, np) && executiveVerbs[s.low(s.items[v].head)] && !s.pairSlot(f) {
		// "Italy announced a suspension of air links with Serbia", "the
		// US speeded up the withdrawal of its forces from Panama": who
		// announces, orders or carries out an act does it.
		f.nominalSubject = true
		_, refs := s.subjectOfAny(v)
		return refs
	}
	if (f.cue == lexicon.CueIntent || f.cue == lexicon.CueExplore) && !s.pairSlot(f) {
		// "Germany faces a deadline to reach …", "Iran has no plans
		// to …": whose chance, plan or deadline it is.
		if v := s.verbBefore(np); v >= 0 && s.objectAfter(v) == np {
			_, refs := s.subjectOfAny(v)
			return refs
		}
	}
	if !participation(f) || s.pairSlot(f) {
		return nil
	}
	if v := s.verbBefore(np); v >= 0 && s.objectAfter(v) == np && !breachVerbs[s.low(s.items[v].head)] {
		f.nominalSubject = true
		_, refs := s.subjectOfAny(v)
		return refs
	}
	if p := np - 1; p >= 0 && s.items[p].kind == iPrep {
		switch s.low(s.items[p].first) {
		case "during", "at", "after", "before", "following", "in", "on", "throughout", "amid":
			f.nominalSubject = true
			if v := s.previousFinite(p); v >= 0 {
				_, refs := s.clauseSubject(v)
				return refs
			}
			for n := np + 1; n < len(s.items); n++ {
				if s.items[n].kind == iVG && s.items[n].finite {
					_, refs := s.clauseSubject(n)
					return refs
				}
			}
		}
	}
	return nil
}

// passiveAfter returns the passive verb group whose subject is the noun
// phrase at item k with its prepositional phrases ("evidence against
// Russia was presented"), or -1.
func (s *sentence) passiveAfter(k int) int {
	if k > 0 && s.items[k-1].kind != iComma && s.items[k-1].kind != iComp && s.items[k-1].kind != iWh && s.items[k-1].kind != iQuote {
		// Only a phrase that opens its clause is its subject.
		return -1
	}
	n := k + 1
	for n+1 < len(s.items) && s.items[n].kind == iPrep && s.items[n+1].kind == iNP {
		n += 2
	}
	if n < len(s.items) && s.items[n].kind == iVG && s.items[n].passive && s.items[n].finite {
		return n
	}
	return -1
}

// conveyedNouns head subjects that travel without visiting anyone.
var conveyedNouns = map[string]bool{
	"body": true, "bodies": true, "remains": true, "coffin": true, "casket": true, "plane": true,
	"flight": true, "ship": true, "convoy": true, "shipment": true, "cargo": true,
}

// nonPhysicalAgents head subjects that can attack only in a figure of
// speech.
var nonPhysicalAgents = map[string]bool{
	"challenge": true, "challenges": true, "policy": true, "policies": true, "law": true, "laws": true,
	"tariff": true, "tariffs": true, "sanctions": true, "measure": true, "measures": true, "campaign": true,
	"legislation": true, "bill": true, "rule": true, "rules": true, "criticism": true, "report": true,
	"ads": true, "advert": true, "lawsuit": true, "complaint": true, "probe": true, "inquiry": true,
}

// participation reports whether a noun names an act its clause's subject
// takes part in when no one else is said to: meetings, talks,
// cooperation, agreements, demonstrations.
func participation(f *frame) bool {
	switch f.typ {
	case entente.Consult, entente.Cooperate, entente.Agree, entente.Protest:
		return true
	}
	return f.m.pred.Has(lexicon.FlagSymmetric)
}

// pairSlot reports whether a frame's target slot follows "between" or
// "among": it names both parties.
func (s *sentence) pairSlot(f *frame) bool {
	if f.m.slot < 0 || f.m.slot == 0 {
		return false
	}
	w := s.low(f.m.slot - 1)
	return w == "between" || w == "among"
}

// nounByAgent returns the actors of a "by" phrase right after the noun
// phrase at item k ("attacks by militants on the town").
func (s *sentence) nounByAgent(k int) []ref {
	n := k + 1
	if n+1 < len(s.items) && s.items[n].kind == iPrep && s.low(s.items[n].first) == "by" && s.items[n+1].kind == iNP {
		return s.groupRefs(n + 1)
	}
	return nil
}

// breachVerbs are the forms of verbs whose object names an agreement or
// meeting their subject stands against, not one it takes part in now:
// "are guilty of violating the ceasefire agreement", "abandoned the
// talks".
var breachVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`violate violates violated violating breach breaches breached breaching
		break breaks broke broken breaking flout flouts flouted flouting
		abandon abandons abandoned abandoning scrap scraps scrapped scrapping
		undermine undermines undermined undermining sabotage sabotages sabotaged sabotaging
		derail derails derailed derailing wreck wrecks wrecked wrecking
		oppose opposes opposed opposing ignore ignores ignored ignoring
		denounce denounces denounced denouncing`) {
		m[w] = true
	}
	return m
}()

// objectOwner returns the subject of the verb whose object is the noun
// phrase at item np, when it agrees in number with the possessive
// pronoun w ("their" for a group, "its", "his", "her" for one).
func (s *sentence) objectOwner(np int, w string) []ref {
	v := s.verbBefore(np)
	if v < 0 || s.objectAfter(v) != np {
		return nil
	}
	_, subj := s.subjectOfAny(v)
	if len(subj) == 0 {
		return nil
	}
	plural := len(subj) > 1 || subj[0].m.Plural
	switch w {
	case "their":
		if plural {
			return subj
		}
	case "its", "his", "her":
		if !plural {
			return subj
		}
	}
	return nil
}

// listStart returns the first noun phrase of the list the one at item k
// ends ("artillery, mortar, and rocket fire"), or k.
func (s *sentence) listStart(k int) int {
	for {
		p := k - 1
		switch {
		case p >= 0 && s.items[p].kind == iConj:
			if p--; p >= 0 && s.items[p].kind == iComma {
				p--
			}
		case p >= 0 && s.items[p].kind == iComma:
			p--
		default:
			return k
		}
		if p < 0 || s.items[p].kind != iNP {
			return k
		}
		k = p
	}
}

// inObjectOf reports whether the noun phrase at item np is the object of
// the verb group at item v, or one of a list of objects ("launched
// artillery, mortar, and rocket fire against").
func (s *sentence) inObjectOf(v, np int) bool {
	o := s.objectAfter(v)
	return o >= 0 && o <= np && np <= s.groupEnd(o)
}

// executiveVerbs are the forms of verbs whose object noun names an act of
// their own subject: one announces, orders, begins or completes one's own
// suspension, withdrawal or expulsion.
var executiveVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`announce announces announced announcing
		order orders ordered ordering begin begins began begun beginning
		start starts started starting complete completes completed completing
		speed speeds speeded sped speeding accelerate accelerates accelerated accelerating
		implement implements implemented implementing
		decree decrees decreed decreeing launch launches launched launching
		mount mounts mounted mounting conduct conducts conducted conducting
		carry carries carried carrying stage stages staged staging`) {
		m[w] = true
	}
	return m
}()

package extract

import (
	"strings"

	"github.com/entente/entente"

	"github.com/entente/entente/lexicon"
)

// match is a predicate of the lexicon found in a sentence.
type match struct {
	pred    *lexicon.Predicate
	head    int   // the head word's token
	end     int   // the first token after the match
	slot    int   // first token of the target noun phrase, -1 when none
	slotEnd int   // the token after it (and after any coordinated phrases)
	words   []int // the tokens of the pattern's own words: the trigger
	headLen int   // how many of words are the head (with its particles)
	// slotActor: a name stands in the target slot, the sign that the
	// pattern read the sentence right ("blamed Russia for the attack",
	// not "blamed … on the dam").
	slotActor bool
	// passiveObject: the pattern's object word is the subject of a
	// passive ("sanctions were imposed on …"); the agent is in "by".
	passiveObject bool
}

// score ranks matches that compete for the same words: more words of the
// pattern, and a filled target slot, win.
func (m *match) score() int {
	s := 2 * len(m.words)
	if m.slot >= 0 || m.slot == passiveSlot {
		s += 3
	}
	if m.slotActor {
		s += 4
	}
	return s
}

// agentAfter reports whether the phrase ending at token end is followed by
// "by" and a name: "over violations by the Turkish air force" names whom
// the act is about as surely as a name in the slot.
func (s *sentence) agentAfter(end int) bool {
	if end+1 >= s.last || s.low(end) != "by" {
		return false
	}
	stop := end + 6
	if stop > s.last {
		stop = s.last
	}
	return s.hasMention(end+1, stop)
}

// Limits of the gaps a pattern may leave.
const (
	modifierGap = 5  // modifiers before a pattern word: "imposed new economic sanctions"
	objectGap   = 10 // the object "~" stands for: "offered its troops to"
)

// findMatches returns every predicate and cue of the lexicon that
// matches in the sentence, after competing matches are resolved.
func (s *sentence) findMatches(ps *lexicon.Predicates) []match {
	var out []match
	for i := s.first; i < s.last; i++ {
		hits := ps.Lookup(s.low(i))
		if len(hits) == 0 {
			continue
		}
		var bestEvent, bestCue *match
		for _, h := range hits {
			if !s.kindFits(i, h) {
				continue
			}
			m, ok := s.matchHit(i, h)
			if !ok {
				continue
			}
			best := &bestEvent
			if h.Pred.Cue != lexicon.CueNone {
				best = &bestCue
			}
			if *best == nil || m.score() > (*best).score() {
				mm := m
				*best = &mm
			}
		}
		if bestCue != nil {
			out = append(out, *bestCue)
		}
		if bestEvent != nil {
			out = append(out, *bestEvent)
		}
	}
	return dropCovered(out)
}

// dropCovered removes noun and adjective matches whose head is one of the
// words of a verb pattern: "held talks with" is one CONSULT, not also the
// noun "talks with".
func dropCovered(ms []match) []match {
	covered := map[int]bool{}
	for _, m := range ms {
		if m.pred.Kind == lexicon.PredVerb && m.pred.Cue == lexicon.CueNone {
			for _, w := range m.words[1:] {
				covered[w] = true
			}
		}
	}
	out := ms[:0]
	for i, m := range ms {
		if m.pred.Kind != lexicon.PredVerb && m.pred.Cue == lexicon.CueNone &&
			(anyCovered(m.words[:m.contentLen()], covered) || longerNounOver(ms, i)) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// longerNounOver reports whether another noun pattern matched more of the
// words of noun match i: "security guarantees to" (AID) over
// "guarantees to" (AGREE).
func longerNounOver(ms []match, i int) bool {
	m := ms[i]
	if m.pred.Kind != lexicon.PredNoun {
		return false
	}
	for j, o := range ms {
		if j == i || o.pred.Kind != lexicon.PredNoun || o.pred.Cue != lexicon.CueNone || len(o.words) <= len(m.words) {
			continue
		}
		for _, w := range m.words[:m.headLen] {
			if slicesContains(o.words, w) {
				return true
			}
		}
	}
	return false
}

func slicesContains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// contentLen is how many of a match's words come before its last
// preposition: the words a light verb construction can share with it
// ("ratified a trade agreement with" covers "trade agreement with", but
// "mediator … between" does not cover "exchange … between").
func (m *match) contentLen() int {
	n := len(m.words)
	if n > m.headLen && len(m.pred.Rest) > 0 {
		n--
	}
	return n
}

func anyCovered(words []int, covered map[int]bool) bool {
	for _, w := range words {
		if covered[w] {
			return true
		}
	}
	return false
}

// kindFits checks the part of speech of token i against the hit: a verb
// pattern needs the main verb of a verb group, a noun pattern a noun.
func (s *sentence) kindFits(i int, h lexicon.Hit) bool {
	c := s.class(i)
	switch h.Pred.Kind {
	case lexicon.PredVerb:
		if c != cVerb {
			return false
		}
		it := s.items[s.itemOf(i)]
		return it.kind == iVG && it.head == i
	case lexicon.PredNoun:
		if s.d.MentionAt != nil && s.d.MentionAt[i] >= 0 {
			return false
		}
		if strings.HasSuffix(s.low(i), "ing") && len(h.Head.Particles) == 0 && i+1 < s.last {
			// "towards meeting the Lisbon targets": a gerund with its
			// object, not the noun "meeting".
			switch s.class(i + 1) {
			case cDet, cPoss, cNum:
				return false
			}
			if s.d.MentionAt != nil && s.d.MentionAt[i+1] >= 0 {
				return false
			}
		}
		return c == cNoun || (c == cAdj && len(h.Head.Particles) > 0)
	default:
		return c == cAdj || (c == cVerb && s.tag(i) == "VBN")
	}
}

// inTitle reports whether token i is a capitalised word that continues a
// name, in a sentence that is not itself written in capitals.
func (s *sentence) inTitle(i int) bool {
	if i <= s.first || !capitalised(s.d.Tokens[i].Text) || !capitalised(s.d.Tokens[i-1].Text) {
		return false
	}
	caps := 0
	for k := s.first; k < s.last; k++ {
		if capitalised(s.d.Tokens[k].Text) {
			caps++
		}
	}
	return caps*2 < s.last-s.first // a headline capitalises most words
}

func capitalised(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// matchHit matches the rest of a pattern after its head word at token i.
func (s *sentence) matchHit(i int, h lexicon.Hit) (match, bool) {
	m := match{pred: h.Pred, head: i, slot: -1, words: []int{i}}
	if h.Pred.Type == entente.Assault && h.Pred.Kind == lexicon.PredNoun && i > s.first && figurative[s.low(i-1)] {
		// "the legal battle between Sendo and Microsoft", "a trade
		// war with China": no one is hurt.
		return m, false
	}
	if h.Pred.Kind == lexicon.PredNoun && s.inTitle(i) {
		// "the General Agreement on Tariffs and Trade", "the Paris
		// Agreement": a noun capitalised inside a name names a treaty
		// or a body, no act.
		return m, false
	}
	j := i + 1
	for _, part := range h.Head.Particles {
		j = s.skipAdverbs(j)
		if j >= s.last || s.low(j) != part {
			return m, false
		}
		m.words = append(m.words, j)
		j++
	}
	m.headLen = len(m.words)
	rest := h.Pred.Rest
	if h.Pred.Kind == lexicon.PredVerb && len(rest) > 0 && s.passiveVerb(i) {
		switch {
		case rest[0].Target:
			// "EU leaders were urged by Rutte", "the pact signed by
			// X": the object of the active verb is the passive's
			// subject, found with the subject.
			m.slot = passiveSlot
			rest = rest[1:]
		case len(rest) > 1 && s.passiveSubjectIs(i, rest[0]):
			// "Sanctions were imposed on Russia by Japan": the object
			// word of the pattern is the passive's subject.
			m.passiveObject = true
			rest = rest[1:]
		case !rest[0].Gap && h.Pred.Cue == lexicon.CueNone && s.items[s.itemOf(i)].passive:
			// "King and Weeks were handed over to US forces": the
			// passive's subject was acted on; only a "by" phrase
			// names who acted.
			m.passiveObject = true
		}
	}
	if !s.matchRest(rest, 0, j, &m) {
		return m, false
	}
	if h.Pred.Type == entente.Assault && m.slot >= 0 && m.slot < s.last {
		// "have hit Japanese industry's sales abroad", "imports are
		// injuring Canadian farmers": a blow to an economy hurts no
		// one physically.
		obj := s.low(s.items[s.itemOf(m.slot)].head)
		if economicNouns[obj] || documentObjects[obj] || softHarm[s.low(i)] && economicPeople[obj] || h.Pred.Kind == lexicon.PredNoun && rivalNouns[obj] {
			return m, false
		}
	}
	if h.Pred.Type == entente.Consult && m.slot >= 0 && m.slot < s.last && meetForms[s.low(i)] && metTerms[s.low(s.items[s.itemOf(m.slot)].head)] {
		// "agreed to meet a U.S. request", "after meeting the
		// conditions": one meets terms, not people.
		return m, false
	}
	return m, true
}

// meetForms are the forms of "meet"; metTerms head what is met when no
// one is.
var meetForms = map[string]bool{"meet": true, "meets": true, "met": true, "meeting": true}

var metTerms = map[string]bool{
	"request": true, "requests": true, "demand": true, "demands": true, "condition": true, "conditions": true,
	"deadline": true, "deadlines": true, "target": true, "targets": true, "needs": true, "expectations": true,
	"criteria": true, "standards": true, "obligations": true, "commitments": true, "requirements": true,
	"goal": true, "goals": true, "costs": true, "cost": true, "challenge": true, "challenges": true,
	"reception": true, "response": true, "resistance": true, "opposition": true, "criticism": true,
	"approval": true, "praise": true, "silence": true, "scepticism": true, "skepticism": true, "fate": true,
}

// softHarm are the attack verbs also said of economic damage.
var softHarm = map[string]bool{
	"hurt": true, "hurts": true, "hurting": true, "injure": true, "injures": true, "injured": true,
	"injuring": true, "harm": true, "harms": true, "harmed": true, "harming": true, "hit": true,
	"hits": true, "hitting": true, "damage": true, "damages": true, "damaged": true, "damaging": true,
}

// economicPeople head the objects that make a soft harm verb economic:
// one hurts farmers' incomes, not their bodies.
var economicPeople = map[string]bool{
	"producers": true, "farmers": true, "exporters": true, "importers": true, "consumers": true,
	"manufacturers": true, "growers": true, "companies": true, "firms": true, "interests": true,
	"shareholders": true, "taxpayers": true, "savers": true, "banks": true, "automakers": true,
	"carmakers": true, "airlines": true, "retailers": true, "workers": true, "industries": true,
}

// economicNouns head the objects that make an attack verb a metaphor.
// withNouns take a "with" phrase of their own: "negotiations with Iran".
var withNouns = map[string]bool{
	"talks": true, "negotiations": true, "relations": true, "ties": true, "cooperation": true,
	"dialogue": true, "agreement": true, "deal": true, "contacts": true, "trade": true,
	"partnership": true, "alliance": true, "meeting": true, "meetings": true, "war": true,
	"conflict": true, "dispute": true, "border": true, "ceasefire": true, "truce": true,
}

// rivalNouns head the sides of a contest that is no fighting: "a lengthy
// battle between rival bidders from France and Spain".
var rivalNouns = map[string]bool{
	"bidders": true, "bidder": true, "companies": true, "firms": true, "banks": true,
	"shareholders": true, "investors": true, "candidates": true, "teams": true, "clubs": true,
	"players": true, "lawyers": true, "brands": true, "rivals": true, "suitors": true,
}

// documentObjects are what one executes, hits or breaks without harming
// anyone: "executed a share purchase agreement".
var documentObjects = map[string]bool{
	"agreement": true, "agreements": true, "contract": true, "contracts": true, "deal": true,
	"deals": true, "order": true, "orders": true, "transaction": true, "transactions": true,
	"plan": true, "plans": true, "strategy": true, "purchase": true, "sale": true, "will": true,
	"record": true, "records": true, "milestone": true, "attempt": true, "attempts": true,
	"bid": true, "bids": true, "decision": true, "ruling": true, "law": true, "laws": true,
	"ban": true, "proposal": true, "proposals": true, "legislation": true, "policy": true,
	"policies": true, "case": true, "charges": true, "takeover": true, "merger": true,
}

var economicNouns = map[string]bool{
	"sales": true, "exports": true, "imports": true, "profits": true, "profit": true, "shares": true,
	"economy": true, "economies": true, "markets": true, "market": true, "prices": true, "revenue": true,
	"revenues": true, "earnings": true, "demand": true, "output": true, "growth": true, "stocks": true,
	"trade": true, "industry": true, "business": true, "businesses": true, "jobs": true, "currency": true,
	"tourism": true, "investment": true, "investors": true, "confidence": true, "production": true,
	"forecasts": true, "budget": true, "goods": true, "products": true, "commodities": true,
	"product": true, "gdp": true,
}

// figurative are the words that make a battle or a war a contest of
// another kind.
var figurative = map[string]bool{
	"legal": true, "court": true, "courtroom": true, "trade": true, "price": true, "bidding": true,
	"takeover": true, "political": true, "verbal": true, "diplomatic": true, "propaganda": true,
	"tariff": true, "currency": true, "ratings": true, "custody": true, "patent": true, "election": true,
	"electoral": true, "campaign": true, "cultural": true, "culture": true, "media": true, "budget": true,
	"turf": true, "bureaucratic": true, "ideological": true, "rhetorical": true, "sanctions": true,
}

// passiveSubjectIs reports whether the head noun of the subject of the
// passive verb at token i is one of the words of element e.
func (s *sentence) passiveSubjectIs(i int, e lexicon.Element) bool {
	v := s.itemOf(i)
	k := v - 1
	for k >= 0 && s.items[k].kind == iAdv {
		k--
	}
	if k < 0 || s.items[k].kind != iNP {
		return false
	}
	w := s.low(s.items[k].head)
	for _, alt := range e.Alts {
		if len(alt) == 1 && alt[0] == w {
			return true
		}
	}
	return false
}

// passiveSlot marks a target slot filled by the subject of a passive.
const passiveSlot = -2

// passiveVerb reports whether token i is the main verb of a passive verb
// group or a past participle standing alone ("the pact signed by X").
func (s *sentence) passiveVerb(i int) bool {
	it := s.items[s.itemOf(i)]
	return it.kind == iVG && (it.passive || it.participle && s.tag(i) == "VBN" && s.followedByBy(s.itemOf(i)))
}

// followedByBy reports whether a "by" phrase follows item k closely.
func (s *sentence) followedByBy(k int) bool {
	for n := k + 1; n < len(s.items) && n <= k+4; n++ {
		if s.items[n].kind == iPrep && s.low(s.items[n].first) == "by" {
			return true
		}
		if s.items[n].kind == iVG || s.items[n].kind == iComma {
			return false
		}
	}
	return false
}

func (s *sentence) skipAdverbs(j int) int {
	for j < s.last && (s.class(j) == cAdv && s.low(j) != "out" && s.low(j) != "off" && s.low(j) != "up" &&
		s.low(j) != "down" && s.low(j) != "back" && s.low(j) != "over" && s.low(j) != "in" && s.low(j) != "away" || timeAdverbs[s.low(j)] || s.weekdayPhrase(j)) {
		if s.weekdayPhrase(j) {
			j++ // "gave a warm welcome on Thursday to"
		}
		j++
	}
	return j
}

// weekdayPhrase reports whether "on" at token j opens a day's name: "on
// Thursday", "on Monday".
func (s *sentence) weekdayPhrase(j int) bool {
	if j+1 >= s.last || s.low(j) != "on" {
		return false
	}
	switch s.low(j + 1) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// timeAdverbs are one-word time expressions that stand between a verb
// and the rest of its pattern like adverbs: "opened its borders today to".
var timeAdverbs = map[string]bool{"today": true, "yesterday": true, "tonight": true, "overnight": true}

// matchRest matches pattern elements rest[k:] from token j, backtracking
// over the choices gaps and optional words leave.
func (s *sentence) matchRest(rest []lexicon.Element, k, j int, m *match) bool {
	if k == len(rest) {
		m.end = j
		return true
	}
	e := rest[k]
	switch {
	case e.Target:
		start, end, ok := s.slotAt(j, m.pred.Kind == lexicon.PredVerb)
		if !ok {
			return false
		}
		m.slot, m.slotEnd = start, end
		m.slotActor = s.hasMention(j, end) || s.agentAfter(end)
		if s.matchRest(rest, k+1, end, m) {
			return true
		}
		if a := s.appositionEnd(end); a > end && k+1 < len(rest) && s.matchRest(rest, k+1, a, m) {
			// "forced the UN refugee agency, UNHCR, out of": the
			// pattern goes on after an apposition.
			return true
		}
		if k+1 < len(rest) && end-1 > start && s.matchRest(rest, k+1, end-1, m) {
			// "took two French journalists hostage": the phrase took
			// in the pattern's next word.
			m.slotEnd = end - 1
			return true
		}
		m.slot, m.slotEnd, m.slotActor = -1, 0, false
		return false
	case e.Gap:
		for g := j + 1; g <= j+objectGap && g <= s.last; g++ {
			if !s.gapToken(g - 1) {
				break
			}
			if g < s.last && s.items[s.itemOf(g)].first != g {
				// The object ends where a phrase does: "denounced as
				// an ugly crime Serbia's suppression".
				continue
			}
			if g < s.last && s.low(g) == "with" && withNouns[s.low(g-1)] {
				// "discussed the ongoing negotiations with Iran": the
				// "with" is the negotiations'.
				continue
			}
			if s.class(g-1) == cAdj && s.low(g-1) != "much" {
				// "proposing a points system similar to Australia's":
				// the preposition after an adjective is the
				// adjective's.
				continue
			}
			if s.matchRest(rest, k+1, g, m) {
				return true
			}
		}
		return false
	}
	function := functionWords(e)
	for skip := 0; skip <= modifierGap; skip++ {
		pos := j + skip
		if skip > 0 && !s.modifierToken(pos-1) {
			break
		}
		if skip > 0 && function && !s.beforeFunctionWord(pos-1) {
			// Only adverbs, time phrases and coordinated words may
			// come before a preposition or "to" of the pattern: "have
			// a great opportunity to" is no "have to".
			break
		}
		for _, alt := range e.Alts {
			if !s.wordsAt(pos, alt) {
				continue
			}
			n := len(m.words)
			for w := range alt {
				m.words = append(m.words, pos+w)
			}
			if s.matchRest(rest, k+1, pos+len(alt), m) {
				return true
			}
			m.words = m.words[:n]
		}
	}
	if e.Optional {
		return s.matchRest(rest, k+1, j, m)
	}
	return false
}

// appositionEnd returns the token after an apposition that starts at
// token t (", UNHCR,"), or t when there is none.
func (s *sentence) appositionEnd(t int) int {
	if t+2 >= s.last || s.class(t) != cComma {
		return t
	}
	k := s.itemOf(t + 1)
	it := s.items[k]
	if it.kind != iNP || it.first != t+1 || it.last >= s.last || s.class(it.last) != cComma || !s.hasMention(it.first, it.last) {
		return t
	}
	return it.last + 1
}

// functionWords reports whether every alternative of a pattern element is
// one preposition, particle or "to".
func functionWords(e lexicon.Element) bool {
	for _, alt := range e.Alts {
		if len(alt) != 1 || !patternFunctionWords[alt[0]] {
			return false
		}
	}
	return len(e.Alts) > 0
}

var patternFunctionWords = map[string]bool{
	"to": true, "of": true, "on": true, "in": true, "at": true, "with": true, "for": true, "from": true,
	"against": true, "by": true, "into": true, "upon": true, "over": true, "about": true, "between": true,
	"among": true, "toward": true, "towards": true, "as": true, "out": true, "off": true, "up": true,
	"down": true, "back": true, "that": true, "near": true, "along": true, "through": true, "across": true,
}

// beforeFunctionWord reports whether token t may stand between a
// pattern's words and the preposition that follows them: an adverb, a
// time phrase, or the second of coordinated objects ("inspectors and aid
// workers from").
func (s *sentence) beforeFunctionWord(t int) bool {
	switch s.class(t) {
	case cAdv, cConj, cNeg:
		return true
	case cDet, cAdj, cNoun, cNum, cPoss:
		// Inside a coordination or a time phrase.
		for k := t; k >= s.first && k > t-5; k-- {
			if s.class(k) == cConj || s.timeStart(k) {
				return true
			}
		}
		return s.items[s.itemOf(t)].temporal
	case cPrep:
		return t+1 < s.last && s.timeStart(t+1)
	}
	return false
}

// hasMention reports whether tokens [from, to) hold an actor mention.
func (s *sentence) hasMention(from, to int) bool {
	for i := from; i < to && i < s.last; i++ {
		if s.d.MentionAt != nil && s.d.MentionAt[i] >= 0 {
			return true
		}
	}
	return false
}

// wordsAt reports whether the tokens from pos are the words ws.
func (s *sentence) wordsAt(pos int, ws []string) bool {
	if pos+len(ws) > s.last {
		return false
	}
	for k, w := range ws {
		if s.low(pos+k) != w {
			return false
		}
	}
	return true
}

// modifierToken reports whether token t may stand between the words of a
// pattern: determiners, adjectives, numbers, nouns and names used as
// modifiers, possessives, adverbs, "of" in quantities ("a round of talks"), and
// time expressions ("held talks on Monday with").
func (s *sentence) modifierToken(t int) bool {
	if t >= s.last {
		return false
	}
	if s.d.MentionAt != nil && s.d.MentionAt[t] >= 0 {
		// A name used as a modifier: "withdraw US security
		// guarantees", "imposed EU sanctions".
		return true
	}
	switch s.class(t) {
	case cDet, cAdj, cNum, cNoun, cPoss, cAdv, cNeg:
		return true
	case cConj:
		// "withdraw inspectors and aid workers from": coordinated
		// objects.
		return (s.low(t) == "and" || s.low(t) == "or") && t+1 < s.last && s.class(t+1) != cVerb
	case cPrep:
		w := s.low(t)
		if w == "of" {
			return true
		}
		if w == "in" && t+1 < s.last && s.low(t+1) == "principle" {
			// "agreed in principle on Saturday to provide".
			return true
		}
		return (w == "on" || w == "in" || w == "at" || w == "during") && t+1 < s.last && s.timeStart(t+1)
	case cPunct:
		return s.low(t) == "-" || s.low(t) == "$"
	case cQuote:
		// Scare quotes: "has “frozen” its participation".
		return true
	case cVerb:
		// "the newly signed", "the ruling": participles inside the
		// phrase.
		return s.items[s.itemOf(t)].kind == iNP
	}
	return false
}

// gapToken reports whether token t may be part of the object a "~" in a
// pattern stands for: anything inside a noun phrase or a prepositional
// phrase, but no clause boundary and no verb of its own.
func (s *sentence) gapToken(t int) bool {
	if t >= s.last {
		return false
	}
	switch s.items[s.itemOf(t)].kind {
	case iNP, iAdv:
		return true
	case iPrep:
		return true
	case iConj:
		return s.low(t) == "and" || s.low(t) == "or"
	case iPunct:
		return s.low(t) == "-" || s.low(t) == "$" || s.low(t) == "%"
	}
	return false
}

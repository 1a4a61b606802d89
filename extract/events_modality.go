package extract

import (
	"github.com/entente/entente"
	"github.com/entente/entente/lexicon"
)

// status is how a frame's act is asserted: done or not, only possible,
// reported by someone, alleged.
type status struct {
	negated      bool
	hypothetical bool
	future       bool  // "will", "would": the subject states an intent
	obligation   bool  // "must", "should": a demand when said of another
	alleged      bool  // the act is what a speaker claims or accuses of
	speaker      []ref // who reports it (the nearest reporting verb's subject)
	joinedBy     int   // the "join _ in" frame the act comes through, -1
}

// Modal verbs by what they make of their verb.
var (
	futureModals     = map[string]bool{"will": true, "would": true, "shall": true, "'ll": true, "wo": true, "'d": true}
	possibleModals   = map[string]bool{"could": true, "may": true, "might": true, "can": true, "ca": true}
	obligationModals = map[string]bool{"must": true, "should": true, "ought": true}
)

// statusOf works out a frame's status from its own verb group (negation,
// modals), the clause it stands in (conditions, questions) and the
// frames that govern it (what is requested, promised or considered is
// hypothetical; what is refused or failed did not happen; what is
// reported keeps its speaker).
func (s *sentence) statusOf(frames []frame, fi int) status {
	f := &frames[fi]
	st := status{joinedBy: -1}
	if f.vg >= 0 {
		vg := s.items[f.vg]
		st.negated = vg.negated
		switch {
		case futureModals[vg.modal]:
			st.future, st.hypothetical = true, true
		case possibleModals[vg.modal]:
			st.hypothetical = true
		case obligationModals[vg.modal]:
			st.obligation, st.hypothetical = true, true
		}
		if vg.gerund && (f.gov < 0 || frames[f.gov].comp != f.vg) {
			s.gerundStatus(f.vg, &st)
		}
		if vg.toInf && f.gov < 0 && s.beTo(f.vg) {
			// "Karzai is to visit Pakistan": an arrangement for later.
			st.future, st.hypothetical = true, true
		}
		if s.purposeHypothetical(frames, f) {
			st.hypothetical = true
		}
		if gv := s.goingTo(f.vg); vg.toInf && gv >= 0 && (f.gov < 0 || frames[f.gov].vg != gv) {
			// "is going to attack", "is not going to equip": a
			// future, negated with its auxiliary.
			st.future, st.hypothetical = true, true
			st.negated = st.negated || s.items[gv].negated
		}
		if pv := s.coordinatedVerb(f.vg); pv >= 0 && !vg.finite {
			// "will not dismantle its programs or improve ties with
			// Seoul": the second verb shares the first's auxiliary.
			pst := s.items[pv]
			st.negated = st.negated || pst.negated
			if futureModals[pst.modal] {
				st.future, st.hypothetical = true, true
			} else if possibleModals[pst.modal] || obligationModals[pst.modal] {
				st.hypothetical = true
			}
		}
		if s.contentClause(f.vg) {
			// "described the idea that the US is training the Islamic
			// State as absurd": what an idea or a rumour holds is not
			// asserted.
			st.hypothetical = true
		}
		if s.whenFuture(f.vg) {
			// "… will top the agenda when Zapatero welcomes Chirac": a
			// time clause of what will be is still to come.
			st.future, st.hypothetical = true, true
		}
	}
	if f.np >= 0 && f.gov < 0 {
		// "Israel's evacuation of the Gaza Strip will begin next
		// summer": a noun is as planned as the verb it is subject of.
		if v := s.verbAfterSubject(f.np); v >= 0 && futureModals[s.items[v].modal] {
			st.future, st.hypothetical = true, true
		} else if v >= 0 && forecastVerb(frames, v, s.items[v].passive) {
			// "Talks between Serbia and Kosovo are expected to resume":
			// a forecast of the act.
			st.hypothetical = true
		}
	}
	if f.np >= 0 && s.negatedNoun(f.np) {
		st.negated = true
	}
	for _, w := range f.m.words[f.m.headLen:] {
		// "held no talks with": the object's determiner.
		if k := s.itemOf(w); s.items[k].kind == iNP && s.items[k].head == w && s.negatedNoun(k) {
			st.negated = true
		}
	}
	if f.np >= 0 {
		// A noun that is a verb's object is as hypothetical as the
		// verb: "could host the talks between Israel and Hamas", "I
		// think Brazil could have an agreement with the IMF".
		if v := s.verbBefore(f.np); v >= 0 && s.objectAfter(v) == f.np {
			st.hypothetical = st.hypothetical || s.vgHypothetical(v) || s.purposeInfinitive(v)
		}
	}
	if f.np >= 0 && s.plannedNoun(f.np) {
		// "their planned meeting with Michel", "a possible attack".
		st.hypothetical = true
	}
	if s.question || s.inCondition(f.m.head) {
		st.hypothetical = true
	}
	presupposed, presupFuture := false, false
	if f.np >= 0 {
		presupFuture, presupposed = s.presupposedNoun(f.np)
	}
	seenSay := false
	for g, hops := f.gov, 0; g >= 0 && hops < 8; g, hops = frames[g].gov, hops+1 {
		gf := &frames[g]
		if hops == 0 && !s.nounGoverns(gf, f) {
			break
		}
		gst := s.ownStatus(gf)
		if s.purposeHypothetical(frames, gf) {
			// "willing to send material to help defend Saudi Arabia":
			// the help is only offered, and so is what it helps do.
			gst.hypothetical = true
		}
		switch {
		case gf.cue == lexicon.CueSay:
			if !seenSay {
				st.speaker = gf.subj
				seenSay = true
			}
			// A report does not make its content true or false; a
			// report that is itself conditional does, and one denied
			// asserts nothing ("did not mean that Libya had cut its
			// ties").
			st.hypothetical = st.hypothetical || gst.hypothetical || gst.negated
			continue
		case gf.cue == lexicon.CueDeny:
			// "Japan denied that it had violated …": as the speaker
			// has it, the act did not happen.
			if !seenSay {
				st.speaker = gf.subj
				seenSay = true
			}
			st.negated = !gst.negated
			continue
		case gf.cue == lexicon.CueAllege || gf.typ != "" && gf.m.pred.Has(lexicon.FlagSpeech):
			st.alleged = true
			if !seenSay {
				st.speaker = gf.subj
				seenSay = true
			}
		case gf.cue == lexicon.CueIntent || gf.cue == lexicon.CueExplore || gf.cue == lexicon.CueNeed:
			st.hypothetical = true
		case gf.cue == lexicon.CueFail:
			st.negated = !gst.negated
			continue
		case gf.cue == lexicon.CueAttempt:
			if quadOf(f.typ) <= entente.MaterialCooperation {
				st.hypothetical = true
			}
		case gf.cue == lexicon.CueJoin:
			if st.joinedBy < 0 {
				st.joinedBy = g
			}
		case gf.typ == entente.Reject:
			st.negated = true
			continue
		case gf.typ == entente.Request || gf.typ == entente.Threaten || gf.typ == entente.Agree:
			st.hypothetical = true
		case gf.typ == entente.Aid && f.vg >= 0 && s.items[f.vg].toInf:
			// "trained Syrian forces to fight Islamic State": what
			// aid is for is its purpose, not yet done.
			st.hypothetical = true
		}
		// What governs a negated or hypothetical act passes that on:
		// "did not join … in imposing", "would agree to resume".
		st.negated = st.negated || gst.negated
		st.hypothetical = st.hypothetical || gst.hypothetical
	}
	if presupposed {
		// "during his visit to Colombia last week", "urged Russia to
		// cease its attacks on Ukraine": what a time phrase names or
		// what is to stop took place, whatever is asked, planned or
		// denied around it; only a main clause still to come makes it
		// so too.
		st.hypothetical = presupFuture || s.question
		st.negated = s.negatedNoun(f.np)
	}
	return st
}

// purposeHypothetical reports whether a frame's verb is an ungoverned
// infinitive of purpose after a hypothetical verb: "China could use them
// to threaten Taiwan" (the purpose of a possible act is only possible).
func (s *sentence) purposeHypothetical(frames []frame, f *frame) bool {
	if f.vg < 0 || !s.items[f.vg].toInf {
		return false
	}
	if f.gov >= 0 && frames[f.gov].cue != lexicon.CueSay {
		// A report governs its clause, not the purpose of a verb in
		// it: "argues that … arms China could use to threaten Taiwan".
		return false
	}
	p := s.previousVerbGroup(f.vg)
	if p < 0 {
		return false
	}
	if s.vgHypothetical(p) || s.governedHypothetical(frames, p) {
		return true
	}
	for gi := range frames {
		// "wants Israel to withdraw", "expects Iran to attack": what
		// one wants or expects another to do is only wanted.
		if g := &frames[gi]; g.vg == p && g.np < 0 {
			switch g.cue {
			case lexicon.CueIntent, lexicon.CueExplore, lexicon.CueNeed:
				return true
			}
			if g.typ == entente.Request {
				return true // "demanding a UN presence to protect them"
			}
		}
	}
	return false
}

// governedHypothetical reports whether the verb group at item v is the
// complement of a word that makes it hypothetical: "pledged to restrain
// output to support OPEC" (the support is pledged, not given).
func (s *sentence) governedHypothetical(frames []frame, v int) bool {
	g, ok := s.govOfVG[v]
	if !ok {
		return false
	}
	gf := &frames[g]
	switch gf.cue {
	case lexicon.CueIntent, lexicon.CueExplore, lexicon.CueNeed:
		return true
	}
	switch gf.typ {
	case entente.Request, entente.Threaten, entente.Agree, entente.Reject:
		return true
	}
	return false
}

// goingTo returns the verb group "be going" that the infinitive at item
// v completes ("is going to attack"), or -1.
func (s *sentence) goingTo(v int) int {
	if v < 1 {
		return -1
	}
	p := s.items[v-1]
	if p.kind != iVG || p.head != p.last-1 || s.low(p.head) != "going" || p.head == p.first {
		return -1
	}
	for i := p.first; i < p.head; i++ {
		if vgBeForms[s.low(i)] {
			return v - 1
		}
	}
	return -1
}

// beTo reports whether the infinitive at item v completes a bare form of
// "be": "is to visit", "are to meet".
func (s *sentence) beTo(v int) bool {
	if v < 1 {
		return false
	}
	p := s.items[v-1]
	return p.kind == iVG && p.copula && p.head == p.last-1 && p.first == p.head
}

// previousVerbGroup returns the verb group before item v in its clause,
// or -1.
func (s *sentence) previousVerbGroup(v int) int {
	for n := v - 1; n >= 0; n-- {
		switch s.items[n].kind {
		case iVG:
			return n
		case iComma, iComp, iWh, iQuote, iPunct:
			return -1
		}
	}
	return -1
}

// vgHypothetical reports whether a verb group is only possible: a modal,
// a condition, a question.
func (s *sentence) vgHypothetical(v int) bool {
	vg := s.items[v]
	return futureModals[vg.modal] || possibleModals[vg.modal] || obligationModals[vg.modal] ||
		s.question || s.inCondition(vg.head)
}

// purposeInfinitive reports whether the verb group at item v is an
// infinitive no frame governs that completes a noun or states a purpose:
// "a source of pressure to get the deal done".
func (s *sentence) purposeInfinitive(v int) bool {
	if !s.items[v].toInf || v == 0 {
		return false
	}
	if _, governed := s.govOfVG[v]; governed {
		return false
	}
	return s.items[v-1].kind == iNP
}

// ownStatus is the status a frame has from its own words only.
func (s *sentence) ownStatus(f *frame) status {
	st := status{joinedBy: -1}
	if f.vg >= 0 {
		vg := s.items[f.vg]
		st.negated = vg.negated
		st.future = futureModals[vg.modal]
		st.obligation = obligationModals[vg.modal]
		st.hypothetical = st.future || st.obligation || possibleModals[vg.modal]
	}
	if s.question || s.inCondition(f.m.head) {
		st.hypothetical = true
	}
	return st
}

// gerundStatus reads a gerund no word governs by the preposition before
// it: "by imposing" and "after signing" are facts, "without consulting"
// did not happen, "in reinforcing" and "on improving" are only
// considered.
func (s *sentence) gerundStatus(v int, st *status) {
	k := v - 1
	if k < 0 || s.items[k].kind != iPrep {
		return
	}
	switch s.low(s.items[k].first) {
	case "without":
		st.negated = true
	case "in", "on", "about", "of", "at", "toward", "towards", "for", "to":
		st.hypothetical = true
	}
}

// negatedNoun reports whether a noun phrase is negated by its
// determiner: "no talks", "no agreement".
func (s *sentence) negatedNoun(k int) bool {
	it := s.items[k]
	for i := it.first; i < it.head; i++ {
		if s.low(i) == "no" {
			return true
		}
	}
	return false
}

// inCondition reports whether token t stands in a conditional clause or
// an indirect question: from "if", "unless" or "whether" to the next
// comma or the end of the sentence.
func (s *sentence) inCondition(t int) bool {
	for k := s.itemOf(t) - 1; k >= 0; k-- {
		it := s.items[k]
		switch it.kind {
		case iComp:
			switch s.low(it.first) {
			case "if", "unless", "whether", "lest":
				return true
			case "that":
				// "if Japan shows a clear indication that it will open
				// its markets": a clause inside the condition.
				continue
			}
			return false
		case iComma, iQuote, iPunct:
			return false
		}
	}
	return false
}

// whenFuture reports whether the verb group at item v stands in a time
// clause ("when", "once", "after", "before", "until") of a main clause
// with a future modal.
func (s *sentence) whenFuture(v int) bool {
	for k := v - 1; k >= 0; k-- {
		it := s.items[k]
		switch it.kind {
		case iComp, iWh, iAdv, iPrep:
			switch s.low(it.first) {
			case "when", "once", "after", "before", "until":
				// "when he visits Washington on April 29": in a time
				// clause the present tense speaks of what is to come.
				main := s.previousFinite(k)
				return main >= 0 && futureModals[s.items[main].modal] || s.presentSimple(v)
			}
			if it.kind == iComp || it.kind == iWh {
				return false
			}
		case iVG, iComma, iQuote, iPunct:
			return false
		}
	}
	return false
}

// contentClause reports whether the verb group at item v heads a "that"
// clause completing a noun of thought or talk: "the idea that …", "rumours
// that …".
func (s *sentence) contentClause(v int) bool {
	for k := v - 1; k >= 1; k-- {
		switch it := s.items[k]; it.kind {
		case iNP, iAdv:
			continue
		case iComp:
			p := s.items[k-1]
			return s.low(it.first) == "that" && p.kind == iNP && contentNouns[s.low(p.head)]
		}
		return false
	}
	return false
}

// contentNouns name thoughts and talk whose "that" clause is not
// asserted.
var contentNouns = map[string]bool{
	"idea": true, "notion": true, "suggestion": true, "suggestions": true, "speculation": true,
	"rumour": true, "rumours": true, "rumor": true, "rumors": true, "theory": true, "possibility": true,
	"prospect": true, "fear": true, "fears": true, "hope": true, "hopes": true, "belief": true,
	"assumption": true, "impression": true, "perception": true, "myth": true, "scenario": true,
}

// presentSimple reports whether the verb group at item v is one verb in
// the present tense: "visits", "meet".
func (s *sentence) presentSimple(v int) bool {
	it := s.items[v]
	if it.kind != iVG || it.last-it.first != 1 || it.copula || it.modal != "" {
		return false
	}
	t := s.tag(it.head)
	return t == "VBZ" || t == "VBP"
}

// forecastVerb reports whether the verb group at item v carries a frame
// that only forecasts or considers what follows: "are expected to",
// "is likely to", "were discussed".
func forecastVerb(frames []frame, v int, passive bool) bool {
	for j := range frames {
		if frames[j].vg != v {
			continue
		}
		if c := frames[j].cue; c == lexicon.CueExplore || c == lexicon.CueIntent && passive {
			return true
		}
	}
	return false
}

// verbAfterSubject returns the finite verb group that the noun phrase at
// item k, with its prepositional phrases, is the subject of, or -1.
func (s *sentence) verbAfterSubject(k int) int {
	n := k + 1
	for n+1 < len(s.items) && (s.items[n].kind == iPrep || s.items[n].kind == iConj) && s.items[n+1].kind == iNP {
		n += 2 // "talks between Serbia and Kosovo are"
	}
	if n < len(s.items) && s.items[n].kind == iVG && s.items[n].finite {
		return n
	}
	return -1
}

// conditionAfter returns the word ("if" or "unless") that opens a
// condition in the same clause after token t, or "".
func (s *sentence) conditionAfter(t int) string {
	w, _ := s.conditionItem(t)
	return w
}

// conditionItem returns the word ("if" or "unless") that opens a
// condition after token t in the same clause, and its item; "" and -1
// when there is none. A closing quotation mark does not end the clause
// ("would “defend itself” if").
func (s *sentence) conditionItem(t int) (string, int) {
	if t >= s.last {
		return "", -1
	}
	for k := s.itemOf(t); k < len(s.items); k++ {
		it := s.items[k]
		switch it.kind {
		case iComp:
			switch w := s.low(it.first); w {
			case "if", "unless":
				return w, k
			}
		case iQuote:
			if k+1 < len(s.items) && s.items[k+1].kind == iComp {
				continue
			}
			return "", -1
		case iPunct:
			return "", -1
		}
	}
	return "", -1
}

// quadOf returns the PLOVER quad class of a type, 0 for none.
func quadOf(t entente.EventType) int {
	info, ok := t.Info()
	if !ok {
		return 0
	}
	return info.Quad
}

// cooperative reports whether a type is cooperation (quads 1 and 2).
func cooperative(t entente.EventType) bool {
	q := quadOf(t)
	return q == entente.VerbalCooperation || q == entente.MaterialCooperation
}

// plannedNoun reports whether a noun phrase names an act that is only
// planned or possible by an adjective before its head: "the planned
// meeting", "a proposed ceasefire", "his upcoming visit".
func (s *sentence) plannedNoun(k int) bool {
	it := s.items[k]
	for i := it.first; i < it.head; i++ {
		if plannedAdjectives[s.low(i)] {
			return true
		}
	}
	return false
}

var plannedAdjectives = map[string]bool{
	"planned": true, "proposed": true, "possible": true, "potential": true, "upcoming": true,
	"forthcoming": true, "prospective": true, "future": true, "intended": true, "envisaged": true,
	"mooted": true, "would-be": true, "hypothetical": true, "threatened": true, "imminent": true,
	"impending": true, "pending": true, "expected": true, "anticipated": true, "scheduled": true,
	// "in the event of any US strike against Iran": no act in
	// particular.
	"any": true,
}

// presupposedNoun reports whether the noun phrase at item k names an act
// the sentence takes as done, whatever governs it: the object of a
// preposition of time or circumstance ("during his visit", "amid the
// fighting"), of a verb of stopping ("to halt the war", "cease its
// attacks") or of a noun of consequence ("to address the consequences of
// the war"). fut reports whether the clause it stands in is still to
// come ("will raise it during her visit").
func (s *sentence) presupposedNoun(k int) (fut bool, ok bool) {
	if k < 1 {
		return false, false
	}
	n := k - 1
	for n > 0 && (s.items[n].kind == iQuote || s.items[n].kind == iNP && s.items[n].last == s.items[n].first+1 && bareDeterminers[s.low(s.items[n].first)]) {
		n-- // "to halt the “war of extermination”"
	}
	p := s.items[n]
	switch {
	case s.presupposed(k):
		// "to address the consequences of Russia's war against Ukraine"
	case p.kind == iPrep && presupposingPreps[s.low(p.first)] && p.last == p.first+1:
	case p.kind == iVG && stopVerbs[s.low(p.head)] && !p.passive:
	default:
		return false, false
	}
	if s.plannedNoun(k) {
		return false, false
	}
	if v := s.previousFinite(k); v >= 0 {
		fut = futureModals[s.items[v].modal] || possibleModals[s.items[v].modal]
	}
	return fut, true
}

var bareDeterminers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true}

var presupposingPreps = map[string]bool{
	"during": true, "amid": true, "amidst": true, "despite": true, "following": true, "since": true,
}

var stopVerbs = map[string]bool{
	"stop": true, "stops": true, "stopped": true, "stopping": true,
	"halt": true, "halts": true, "halted": true, "halting": true,
	"end": true, "ends": true, "ended": true, "ending": true,
	"cease": true, "ceases": true, "ceased": true, "ceasing": true,
}

// nounGoverns reports whether the governing frame gf reaches frame f. A
// noun of intent whose "to" takes a noun phrase ("the US commitment to
// its allies") governs only that phrase, not what is coordinated after
// it ("… and serious concern over China's actions").
func (s *sentence) nounGoverns(gf, f *frame) bool {
	if gf.np < 0 || gf.vg >= 0 || f.np < 0 || gf.m.end <= gf.m.head+1 || gf.m.end >= s.last {
		return true
	}
	if s.low(gf.m.end-1) != "to" {
		return true
	}
	k := s.itemOf(gf.m.end)
	if s.items[k].kind != iNP {
		return true
	}
	return k == f.np
}

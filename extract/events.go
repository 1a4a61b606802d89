package extract

import (
	"fmt"
	"sync"

	"github.com/entente/entente"
	"github.com/entente/entente/lexicon"
	"github.com/entente/entente/text/postag"
)

// eventCoder is the stage that codes PLOVER events: it parses every
// sentence that holds a predicate of the lexicon and an actor, finds who
// did what to whom through the sentence's structure, and records each
// event with the sentence that proves it.
type eventCoder struct {
	lex    *lexicon.Lexicon
	preds  *lexicon.Predicates
	tagger *postag.Tagger // for sentences the pipeline left untagged
	// strict lets a panic in the parser through; tests set it. Otherwise
	// a sentence the parser fails on is skipped, so that one odd sentence
	// never stops a run over a corpus.
	strict bool
	// scratch recycles the parser's buffers between documents; the
	// coder is shared by concurrent extractions.
	scratch sync.Pool
}

// newEventCoder returns the event stage. The predicate lexicon is
// embedded in the binary and checked by lexicon's tests, so failing to
// load it is a build defect, reported as a panic like a bad regular
// expression literal.
func newEventCoder(lex *lexicon.Lexicon, tagger *postag.Tagger) *eventCoder {
	preds, err := lexicon.LoadPredicates()
	if err != nil {
		panic(fmt.Sprintf("extract: embedded predicate lexicon: %v", err))
	}
	ec := &eventCoder{lex: lex, preds: preds, tagger: tagger}
	ec.scratch.New = func() any {
		return &sentence{subjects: map[int]subjectMemo{}, controlled: map[int]subjectMemo{}, govOfVG: map[int]int{}}
	}
	return ec
}

// run codes the events of every sentence.
func (ec *eventCoder) run(d *Doc, x *entente.Extraction) {
	x.Events = append(x.Events, ec.code(d)...)
}

// code returns the events of a document, sentence by sentence.
func (ec *eventCoder) code(d *Doc) []entente.Event {
	tags := d.Tags
	if len(tags) != len(d.Tokens) {
		tags = fallbackTags(d)
	}
	var out []entente.Event
	s := ec.scratch.Get().(*sentence)
	defer func() {
		s.d = nil // hold no document in the pool
		ec.scratch.Put(s)
	}()
	s.d, s.ev = d, ec
	s.lastAct, s.lastSpeech = actMemory{sentence: -10}, actMemory{sentence: -10}
	for si := range d.Sentences {
		if !ec.worthParsing(d, si) {
			continue
		}
		out = append(out, ec.codeSentence(s, si, tags)...)
	}
	return out
}

// codeSentence codes one sentence, skipping it if the parser fails on it.
func (ec *eventCoder) codeSentence(s *sentence, si int, tags []string) (evs []entente.Event) {
	if !ec.strict {
		defer func() {
			if recover() != nil {
				evs = nil
			}
		}()
	}
	s.load(si, tags)
	return s.events()
}

// load parses sentence si.
func (s *sentence) load(si int, tags []string) {
	sent := s.d.Sentences[si]
	st := tags[sent.First:sent.Last]
	if len(st) > 0 && st[0] == "" {
		// The pipeline tags only sentences where it saw an actor; a
		// description such as "the two sides" is found only here.
		st = s.tagSentence(sent.First, sent.Last)
	}
	s.reset(si, sent.First, sent.Last, st)
}

// tagSentence tags tokens [first, last) with the tagger, or guesses
// when there is none.
func (s *sentence) tagSentence(first, last int) []string {
	if s.ev.tagger == nil {
		out := make([]string, last-first)
		for i := range out {
			out[i] = guessTag(s.d, first+i)
		}
		return out
	}
	words := make([]string, 0, last-first)
	for i := first; i < last; i++ {
		words = append(words, s.d.Tokens[i].Text)
	}
	return s.ev.tagger.Tag(words, nil)
}

// worthParsing reports whether a sentence can hold an event: a word of
// the predicate lexicon and an actor, or a pronoun that may stand for
// one. Most sentences of a news article fail this cheap test.
func (ec *eventCoder) worthParsing(d *Doc, si int) bool {
	sent := d.Sentences[si]
	pred := false
	for i := sent.First; i < sent.Last && !pred; i++ {
		pred = len(ec.preds.Lookup(d.Lower[i])) > 0
	}
	if !pred {
		return false
	}
	for _, m := range d.MentionsIn(si) {
		if usable(m) {
			return true
		}
	}
	for i := sent.First; i < sent.Last; i++ {
		if pronounClasses[d.Lower[i]] != refNone || descriptionHeads[d.Lower[i]] != refNone || pairHeads[d.Lower[i]] {
			return true
		}
	}
	return false
}

// reset prepares the parser for sentence si, reusing its buffers.
func (s *sentence) reset(si, first, last int, tags []string) {
	s.index, s.first, s.last = si, first, last
	// A copy: the parser corrects some tags for itself.
	s.tags = append(s.tags[:0], tags...)
	s.cls = s.cls[:0]
	s.items = s.items[:0]
	clear(s.subjects)
	clear(s.controlled)
	clear(s.govOfVG)
	s.classify()
	s.chunk()
}

// events codes the events of the sentence.
func (s *sentence) events() []entente.Event {
	ms := s.findMatches(s.ev.preds)
	if len(ms) == 0 {
		return nil
	}
	frames := s.buildFrames(ms)
	s.assignRoles(frames)
	s.resolveActAnaphors(frames)
	s.rememberAct(frames)
	var em emitter
	em.s = s
	for fi := range frames {
		f := &frames[fi]
		if f.isCue() {
			switch f.cue {
			case lexicon.CueNeed:
				s.demandOf(frames, fi, &em)
			case lexicon.CueBreach, lexicon.CueKeep:
				s.breachOf(frames, fi, &em)
			}
			continue
		}
		s.emitFrame(frames, fi, &em)
	}
	s.obligations(frames, &em)
	return em.finish()
}

// emitFrame turns one event frame into events: the act itself, and what
// it implies — a stated intent (AGREE or THREATEN), an accusation for an
// act alleged or reported by its victim.
func (s *sentence) emitFrame(frames []frame, fi int, em *emitter) {
	f := &frames[fi]
	if s.verbalAttack(f) {
		f.typ = entente.Accuse
	}
	st := s.statusOf(frames, fi)
	if len(f.obj) == 0 {
		s.fallbackTarget(frames, fi)
	}
	if quadOf(f.typ) == entente.MaterialConflict && len(st.speaker) > 0 {
		// "Israel said Hamas attacked its posts": one does not attack
		// one's own; "its" is the speaker.
		for k, r := range f.obj {
			if r.coref && s.class(r.first) == cPoss && sharesActor([]ref{r}, f.subj) {
				b := st.speaker[0]
				b.first, b.last, b.coref = r.first, r.last, true
				f.obj[k] = b
			}
		}
	}
	switch {
	case st.alleged:
		// "Seoul accused Pyongyang of detaining the crew": the speech
		// act is the event, coded by the frame that made it.
		if quadOf(f.typ) >= entente.VerbalConflict && isCueFrame(frames, f.gov, lexicon.CueAllege) {
			em.pairs(f, st.speaker, f.subj, entente.Accuse, status{joinedBy: -1})
		}
		return
	case len(st.speaker) > 0 && quadOf(f.typ) == entente.MaterialConflict && sharesActor(st.speaker, f.obj) &&
		!(len(f.subj) > 0 && f.subj[0].coref):
		// "Israel said a mortar was fired at it": the victim's report is
		// an accusation.
		em.pairs(f, st.speaker, f.subj, entente.Accuse, status{joinedBy: -1})
		return
	case len(st.speaker) > 0 && quadOf(f.typ) == entente.MaterialConflict && len(without(f.obj, f.subj)) == 0 && !st.negated && !st.hypothetical &&
		!sharesActor(st.speaker, f.subj) && s.reportedMainVerb(f) && len(f.subj) > 0 && !f.subj[0].coref:
		// "Seoul said Pyongyang detained the crew", "the US said Iraq
		// had attacked themselves": with no actor to code the act
		// against, what the sentence states is the accusation. Only
		// of one named: a pronoun may point back at the speaker.
		em.pairs(f, st.speaker, f.subj, entente.Accuse, status{joinedBy: -1})
		return
	}
	em.frameEvents(f, f.subj, f.obj, f.typ, st)
	if st.negated && cooperative(f.typ) && len(st.speaker) > 0 && f.gov >= 0 && frames[f.gov].cue == lexicon.CueFail &&
		!sharesActor(st.speaker, f.subj) {
		// "The organization failed to assist these states," Abdramane
		// added: a failure to help that another actor reports is its
		// reproach.
		em.pairs(f, st.speaker, f.subj, entente.Accuse, status{joinedBy: -1})
	}
	if st.joinedBy >= 0 {
		// "Turkey did not join the EU in imposing sanctions": the EU
		// imposed them.
		j := &frames[st.joinedBy]
		co := st
		co.negated = s.statusOf(frames, st.joinedBy).negated && false
		em.frameEvents(f, s.slotRefs(j.m.slot, true), f.obj, f.typ, co)
	}
	s.intentOf(frames, fi, st, em)
}

// nounGoverned reports whether the noun phrase at item np is what the
// frame g governs directly: the object of its complement ("ready to
// resume talks with"), or the phrase right after it ("agreed to talks
// with").
func (s *sentence) nounGoverned(g *frame, np int) bool {
	if g.comp >= 0 {
		return s.inObjectOf(g.comp, np)
	}
	if g.m.end >= s.last {
		return false
	}
	return s.itemOf(s.skipAdverbs(g.m.end)) == np
}

// verbalAttack reports whether an attack verb is said of words: a person
// attacks with speech ("Mbeki attacked British imperialists, saying …",
// "attacked the government for its handling of …"), an army with arms.
func (s *sentence) verbalAttack(f *frame) bool {
	if f.typ != entente.Assault || f.vg < 0 || !attackVerbs[s.low(f.m.head)] {
		return false
	}
	if f.m.slot >= 0 && f.m.slot < s.last && verbalTargets[s.low(s.items[s.itemOf(f.m.slot)].head)] {
		// "attacked British imperialists", "attacked the plan".
		return true
	}
	for t := f.m.end; t+1 < s.last; t++ {
		switch {
		case s.low(t) == "," && (s.low(t+1) == "saying" || s.low(t+1) == "calling" || s.low(t+1) == "describing"):
			return true
		case s.low(t) == "for" && (s.class(t+1) == cPoss || s.tag(t+1) == "VBG"):
			return true
		case s.class(t) == cComma || s.class(t) == cComp:
			return false
		}
	}
	return false
}

// verbalTargets head the objects one attacks with words.
var verbalTargets = map[string]bool{
	"policy": true, "policies": true, "plan": true, "plans": true, "proposal": true, "proposals": true,
	"decision": true, "decisions": true, "remarks": true, "comments": true, "record": true, "stance": true,
	"approach": true, "handling": true, "critics": true, "imperialists": true, "imperialism": true,
	"opponents": true, "leadership": true, "media": true, "press": true, "idea": true, "ideas": true,
	"report": true, "statement": true, "statements": true, "speech": true, "rhetoric": true, "views": true,
	"position": true, "motives": true, "hypocrisy": true, "budget": true, "reforms": true, "strategy": true,
}

// attackVerbs are the forms of the verbs of attack also said of words.
var attackVerbs = map[string]bool{"attack": true, "attacks": true, "attacked": true, "attacking": true}

// reportedMainVerb reports whether a frame is the finite verb of a
// reported clause, not of a relative clause or a participle inside it
// ("a helicopter that was captured by", "victims killed by").
func (s *sentence) reportedMainVerb(f *frame) bool {
	if f.vg < 0 || !s.items[f.vg].finite {
		return false
	}
	return f.vg == 0 || s.items[f.vg-1].kind != iWh
}

// intentOf adds the event a stated intent is: "will support", "agreed
// to resume talks", "ready to send troops" are an AGREE (PLOVER codes
// future cooperation so), "vowed to retaliate", "plans to impose
// restrictions" a THREATEN, "would not provide support" a REJECT.
func (s *sentence) intentOf(frames []frame, fi int, st status, em *emitter) {
	f := &frames[fi]
	if f.vg >= 0 && (s.contentClause(f.vg) || s.items[f.vg].perfect && s.items[f.vg].modal != "") {
		// "speculation that the administration would offer Moscow a
		// subsidy", "investigations that would have targeted his son":
		// no one's stated intent.
		return
	}
	subj := f.subj
	trigger := f
	own := s.ownStatus(f)
	intent := own.future && !s.inCondition(f.m.head)
	cond := s.conditionAfter(f.m.end)
	if f.vg >= 0 && cond != "" && !s.inCondition(f.m.head) && (!cooperative(f.typ) || len(st.speaker) > 0 && sharesActor(st.speaker, subj)) {
		// A cooperative act held out on a condition is an offer only
		// as the actor's own word: "the two sides could finalize an
		// agreement if negotiators compromise" is a forecast.
		switch s.items[f.vg].modal {
		case "may", "might", "could":
			// "may halt its mediation if cooperation founders": an
			// act held out on a condition.
			intent = true
		}
	}
	g := f.gov
	if g >= 0 && frames[g].cue == lexicon.CueAspect && frames[g].gov >= 0 {
		// "prepared to resume shelling": the intent governs the act
		// through its aspect.
		g = frames[g].gov
	}
	if g >= 0 && frames[g].cue == lexicon.CueIntent {
		if f.np >= 0 && !s.nounGoverned(&frames[f.gov], f.np) {
			// "determination to retain the rebate on its contributions
			// to the EU": what is intended is to retain, not to
			// contribute.
			return
		}
		intent = true
		trigger = &frames[g]
		gst := s.statusOf(frames, g)
		own.negated = gst.negated || own.negated
		if gst.hypothetical && !gst.future {
			return
		}
		if gf := &frames[g]; gf.m.pred.Kind == lexicon.PredVerb && gf.vg >= 0 && s.items[gf.vg].passive {
			// "Trump and Xi have been expected to sign a deal": others
			// expect it; no one states it.
			return
		}
		if s.documentSubject(&frames[g]) || s.nonActorSubject(&frames[g]) {
			// "a resolution that aims to tighten sanctions", "the moves
			// were intended to balance trade between Taiwan and the
			// US": a text's or a measure's purpose is no one's stated
			// intent.
			return
		}
		if len(frames[g].subj) > 0 {
			subj = frames[g].subj
		}
	}
	if !intent || st.alleged {
		return
	}
	obj := f.obj
	if len(obj) == 0 {
		// "willing to help defend Saudi Arabia": the intent is aimed at
		// whom the act it leads to is aimed at.
		for gi := range frames {
			if frames[gi].gov == fi && !frames[gi].isCue() && len(frames[gi].obj) > 0 {
				obj = without(frames[gi].obj, subj)
				break
			}
		}
	}
	if len(obj) == 0 && len(subj) > 1 && (f.m.pred.Has(lexicon.FlagSymmetric) || f.m.pred.Has(lexicon.FlagMutual)) {
		// "Greece and Turkey are expected to hold talks": each states
		// the intent towards the other.
		subj, obj = subj[:1], subj[1:]
	}
	derived := status{joinedBy: -1}
	if len(obj) > 0 && len(without(obj, subj)) == 0 && cond == "if" && !own.negated {
		// "would “defend itself” if Ethiopia went ahead with the deal":
		// an act for oneself held out against whom the condition names.
		if _, k := s.conditionItem(f.m.end); k >= 0 {
			g := *f
			g.subj, g.obj = subj, nil
			s.conditionTarget(&g, k)
			if len(g.obj) > 0 {
				em.pairsFrom(f, trigger, subj, g.obj, entente.Threaten, derived)
			}
		}
		return
	}
	var typ entente.EventType
	switch {
	case cond == "unless" && !own.negated:
		// "will withdraw its force from Chad unless …": an act made
		// to depend on the other's yielding is a threat, whatever the
		// act.
		typ = entente.Threaten
	case cooperative(f.typ) && own.negated:
		typ = entente.Reject
	case cooperative(f.typ):
		typ = entente.Agree
	case f.typ == entente.Assault && !own.negated && trigger != f && preparation[s.low(trigger.m.head)]:
		// "the army prepared to resume shelling": getting ready to
		// attack is a military move.
		typ = entente.Mobilize
	case quadOf(f.typ) == entente.MaterialConflict && !own.negated:
		// "vowed to retaliate", "would boycott all official contact":
		// a stated intent to act against someone warns them.
		typ = entente.Threaten
	default:
		return
	}
	if (typ == entente.Agree || typ == entente.Reject) && trigger == f && f.m.pred.Has(lexicon.FlagReverse) && f.vg >= 0 && !s.items[f.vg].passive {
		// "Japan will host China", "would no longer accept credit
		// from Brazil": the subject states the intent or the refusal;
		// the act itself runs the other way.
		subj, obj = obj, subj
	}
	em.pairsFrom(f, trigger, subj, obj, typ, derived)
}

// nonActorSubject reports whether a verb frame's clause has a subject
// phrase that names no actor ("the moves were intended to").
func (s *sentence) nonActorSubject(f *frame) bool {
	if f.vg < 0 || f.m.pred.Kind != lexicon.PredVerb && f.m.pred.Kind != lexicon.PredAdj {
		return false
	}
	k, refs := s.clauseSubject(f.vg)
	return k >= 0 && k < len(s.items) && len(refs) == 0 && !s.items[k].pron
}

// documentSubject reports whether a verb frame's subject is a text or a
// measure rather than an actor ("the resolution aims to …").
func (s *sentence) documentSubject(f *frame) bool {
	if f.vg < 0 {
		return false
	}
	k, _ := s.clauseSubject(f.vg)
	return k >= 0 && k < len(s.items) && documentNouns[s.low(s.items[k].head)]
}

// documentNouns are the heads of phrases that name texts and measures.
var documentNouns = map[string]bool{
	"resolution": true, "resolutions": true, "plan": true, "plans": true, "bill": true, "bills": true,
	"law": true, "laws": true, "proposal": true, "proposals": true, "draft": true, "text": true,
	"report": true, "measure": true, "measures": true, "initiative": true, "decree": true,
	"statement": true, "document": true, "legislation": true, "amendment": true, "motion": true,
}

// preparation are the words of intent that say an attack is being made
// ready.
var preparation = map[string]bool{
	"prepare": true, "prepares": true, "prepared": true, "preparing": true, "poised": true,
}

// demandOf codes "X needs to clarify", said by someone else, as that
// speaker's demand of X.
func (s *sentence) demandOf(frames []frame, fi int, em *emitter) {
	f := &frames[fi]
	st := s.statusOf(frames, fi)
	if len(st.speaker) == 0 || st.negated || st.alleged || !s.demanding(f) {
		return
	}
	em.pairs(f, st.speaker, f.subj, entente.Request, status{joinedBy: -1})
}

// demanding reports whether a need frame states an obligation rather
// than a forecast: "China will need to import more corn", "projects
// would have to be scrapped" demand nothing.
func (s *sentence) demanding(f *frame) bool {
	if f.vg >= 0 && f.m.pred.Kind == lexicon.PredVerb {
		switch s.items[f.vg].modal {
		case "would", "could", "might", "may":
			return false
		case "will", "'ll", "shall":
			if s.low(f.m.head) == "need" {
				return false
			}
		}
	}
	if f.comp >= 0 && s.items[f.comp].passive {
		return false
	}
	return true
}

// breachOf codes a broken agreement or obligation that someone else
// reports as that speaker's accusation: "Pashinyan said the CSTO had not
// fulfilled its obligations", "Kyiv said Moscow violated the truce".
func (s *sentence) breachOf(frames []frame, fi int, em *emitter) {
	f := &frames[fi]
	st := s.statusOf(frames, fi)
	broken := f.cue == lexicon.CueBreach && !st.negated || f.cue == lexicon.CueKeep && st.negated
	if !broken || st.hypothetical || len(st.speaker) == 0 {
		return
	}
	em.pairs(f, st.speaker, without(f.subj, st.speaker), entente.Accuse, status{joinedBy: -1})
}

// obligations codes "Turkey must be constructive", said by someone else,
// as that speaker's demand: a modal of obligation in a reported clause.
func (s *sentence) obligations(frames []frame, em *emitter) {
	for v, it := range s.items {
		if it.kind != iVG || !obligationModals[it.modal] || it.negated {
			continue
		}
		if it.modal == "should" && !s.eventVerb(it.head) {
			// "should emerge with minimal damage", "should have sole
			// rights": a forecast or a judgement, no demand.
			continue
		}
		g, ok := s.govOfVG[v]
		if !ok || frames[g].cue != lexicon.CueSay {
			continue
		}
		speaker := frames[g].subj
		_, subj := s.clauseSubject(v)
		if len(speaker) == 0 || len(subj) == 0 {
			continue
		}
		if subj[0].coref && s.d.inQuotation(it.first) {
			// "they will realise they should buy now," he said: a
			// pronoun in a quotation most often means people in
			// general.
			continue
		}
		f := frame{m: match{head: it.head, words: s.verbWords(v), slot: -1}, vg: v, np: -1, gov: g,
			typ: entente.Request, cue: lexicon.CueNone}
		f.m.pred = frames[g].m.pred
		em.pairs(&f, speaker, subj, entente.Request, status{joinedBy: -1})
	}
}

// eventVerb reports whether token i is a verb the predicate lexicon codes
// as an event.
func (s *sentence) eventVerb(i int) bool {
	for _, h := range s.ev.preds.Lookup(s.low(i)) {
		if h.Pred.Kind == lexicon.PredVerb && h.Pred.Type != "" {
			return true
		}
	}
	return false
}

// verbWords returns the tokens of a verb group's modal and main verb.
func (s *sentence) verbWords(v int) []int {
	it := s.items[v]
	var out []int
	for i := it.first; i < it.last; i++ {
		if s.class(i) == cModal || i == it.head {
			out = append(out, i)
		}
	}
	return out
}

func isCueFrame(frames []frame, g int, c lexicon.Cue) bool {
	for ; g >= 0; g = frames[g].gov {
		if frames[g].cue == c {
			return true
		}
		if frames[g].typ != "" && frames[g].m.pred.Has(lexicon.FlagSpeech) {
			return false
		}
	}
	return false
}

func sharesActor(a, b []ref) bool {
	for _, x := range a {
		for _, y := range b {
			if x.actor() != "" && x.actor() == y.actor() {
				return true
			}
		}
	}
	return false
}

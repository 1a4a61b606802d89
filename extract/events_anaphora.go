package extract

import (
	"github.com/entente/entente"
	"github.com/entente/entente/lexicon"
)

// actMemory remembers who acted last in a document: the subject of the
// last frame, of any kind, in the last sentence that had one. A reaction
// to "the move" or "the remarks" is aimed at them.
type actMemory struct {
	subj     []ref
	sentence int
}

// actAnaphors are the nouns that refer back to an act just reported:
// "China condemned the move", "the IAEA greenlighting the plan", "Seoul
// rejected the remarks".
var actAnaphors = map[string]bool{
	"move": true, "moves": true, "decision": true, "step": true, "steps": true, "action": true,
	"actions": true, "measure": true, "measures": true, "plan": true, "announcement": true,
	"remarks": true, "comments": true, "statement": true, "statements": true, "remark": true,
	"comment": true, "claim": true, "claims": true, "accusation": true, "accusations": true,
	"allegation": true, "allegations": true, "decisions": true, "policy": true,
}

// reactionTypes are the events whose target can be an act rather than an
// actor: what is condemned, welcomed or rejected is often "the move".
func reactionType(t entente.EventType) bool {
	switch t {
	case entente.Accuse, entente.Support, entente.Reject:
		return true
	}
	return false
}

// resolveActAnaphors gives a reaction aimed at "the move" the actor who
// made it: the subject of the frame before it in the sentence, else of
// the last frame with a subject in the two sentences before.
func (s *sentence) resolveActAnaphors(frames []frame) {
	for fi := range frames {
		f := &frames[fi]
		if len(f.obj) > 0 || !reactionType(f.typ) || f.m.slot < 0 || len(f.subj) == 0 {
			continue
		}
		k := s.itemOf(s.skipAdverbs(f.m.slot))
		it := s.items[k]
		if it.kind != iNP || !actAnaphors[s.low(it.head)] || !determiners[s.low(it.first)] || len(s.npRefs(k)) > 0 {
			continue
		}
		if k+1 < len(s.items) && s.items[k+1].kind == iPrep {
			switch s.low(s.items[k+1].first) {
			case "of", "by", "from":
				continue // "the decision of the court", "the moves by Citicorp" name their maker
			}
		}
		if n := k + 1; n < len(s.items) && s.items[n].kind == iVG && s.items[n].last-s.items[n].first == 1 && s.participleAgent(n) >= 0 {
			// "the unilateral move announced on Monday by US Secretary
			// of State Mike Pompeo": the agent made it.
			f.obj = without(s.groupRefs(s.participleAgent(n)), f.subj)
			continue
		}
		speech := speechAnaphors[s.low(it.head)]
		var ante []ref
		best := -1
		for j := range frames {
			g := &frames[j]
			if j != fi && len(g.subj) > 0 && g.m.head < f.m.slot && g.m.head > best && g.gov != fi && (!speech || spoken(g)) {
				best, ante = g.m.head, g.subj
			}
		}
		if ante == nil && s.lastAct.sentence >= s.index-2 {
			ante = s.lastAct.subj
			if speech {
				ante = nil
				if s.lastSpeech.sentence >= s.index-2 {
					ante = s.lastSpeech.subj
				}
			}
		}
		for _, r := range without(ante, f.subj) {
			f.obj = append(f.obj, ref{m: r.m, first: it.first, last: it.last, coref: true})
		}
	}
}

// rememberAct records the subject of the sentence's last frame that has
// one, and of its last statement, for reactions in the sentences after
// it.
func (s *sentence) rememberAct(frames []frame) {
	best, bestSpeech := -1, -1
	for j := range frames {
		g := &frames[j]
		if len(g.subj) == 0 {
			continue
		}
		if g.m.head > best {
			best = g.m.head
			s.lastAct = actMemory{subj: append([]ref(nil), g.subj...), sentence: s.index}
		}
		if spoken(g) && g.m.head > bestSpeech {
			bestSpeech = g.m.head
			s.lastSpeech = actMemory{subj: append([]ref(nil), g.subj...), sentence: s.index}
		}
	}
}

// speechAnaphors refer back to something said: "rejected these
// accusations", "condemned the remarks".
var speechAnaphors = map[string]bool{
	"remarks": true, "comments": true, "statement": true, "statements": true, "remark": true,
	"comment": true, "claim": true, "claims": true, "accusation": true, "accusations": true,
	"allegation": true, "allegations": true, "announcement": true,
}

// spoken reports whether a frame is a statement: a reporting verb or a
// verbal act (an accusation, a demand, a threat).
func spoken(f *frame) bool {
	switch {
	case f.cue == lexicon.CueSay || f.cue == lexicon.CueAllege:
		return true
	case f.isCue():
		return false
	}
	q := quadOf(f.typ)
	return q == entente.VerbalConflict || q == entente.VerbalCooperation
}

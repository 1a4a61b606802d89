package extract

import (
	"github.com/entente/entente"
	"github.com/entente/entente/lexicon"
	"github.com/entente/entente/text"
)

// isGovernmentCollective reports whether a noun, after a leader's
// surname, names the government the leader heads: "the Bush
// administration", "the Putin government".
func isGovernmentCollective(w string) bool {
	switch w {
	case "administration", "government", "regime", "cabinet", "presidency":
		return true
	}
	return false
}

// headOffices are the offices whose holder's surname can name the
// government they head.
var headOffices = map[string]bool{
	"President": true, "Prime Minister": true, "Premier": true, "Chancellor": true, "King": true,
	"Queen": true, "Emir": true, "Sultan": true, "Head of State": true, "Supreme Leader": true,
	"Taoiseach": true, "General Secretary": true, "Acting President": true,
}

// leaderGovernments finds governments named by the head of state or
// government who leads them: "the Bush administration", "the Putin
// government", "the Clinton White House". The name, a surname or a
// person the lexicon knows, must be that of someone who held such an
// office of a state at the document's date (in an undated text, at any
// date, and all such holders of the surname must be of one state); else
// it names nothing here. A seat of power after the surname is already a
// mention of the state: the surname joins it. ms are the mentions found
// so far; a person's mention before a collective becomes the state's.
func (f *actorFinder) leaderGovernments(d *Doc, taken []bool, ms []Mention, mentioned map[string]bool) []Mention {
	var out []Mention
	mentionAt := func(i int) int {
		for k := range ms {
			if ms[k].First <= i && i < ms[k].Last {
				return k
			}
		}
		return -1
	}
	for _, s := range d.Sentences {
		for i := s.First; i+1 < s.Last; i++ {
			// Cheap tests first: this looks at every token.
			if !taken[i+1] && !isGovernmentCollective(d.Lower[i+1]) || !taken[i] && !startsUpper(d.Tokens[i].Key) {
				continue
			}
			if m, ok := f.leaderAt(d, taken, ms, mentioned, s, i, mentionAt); ok {
				out = append(out, m)
			}
		}
	}
	return out
}

// leaderAt applies leaderGovernments at token i of sentence s: it
// returns a new mention, or changes one of ms in place.
func (f *actorFinder) leaderAt(d *Doc, taken []bool, ms []Mention, mentioned map[string]bool, s text.Sentence, i int, mentionAt func(int) int) (Mention, bool) {
	collective := !taken[i+1] && isGovernmentCollective(d.Lower[i+1])
	withArticle := func(first int) int {
		if first > s.First && d.Lower[first-1] == "the" {
			return first - 1
		}
		return first
	}
	collectiveMention := func(first int, state string) Mention {
		sector, _ := f.lex.HeadSector(d.Lower[i+1])
		return Mention{First: first, Last: i + 2, Start: d.Tokens[first].Start, End: d.Tokens[i+1].End,
			Sentence: d.SentenceOf(i), Actor: state, Kind: entente.KindState, Via: "leader", Sector: sector}
	}
	if taken[i] {
		// "The Erdogan government": a person named.
		if !collective {
			return Mention{}, false
		}
		k := mentionAt(i)
		if k < 0 || ms[k].Last != i+1 || ms[k].PersonID == "" {
			return Mention{}, false
		}
		state := f.leaderState(d, []string{ms[k].PersonID})
		if state == "" {
			return Mention{}, false
		}
		taken[i+1] = true
		mentioned[state] = true
		ms[k] = collectiveMention(withArticle(ms[k].First), state)
		return Mention{}, false
	}
	k := d.Tokens[i].Key
	if notNames[d.Lower[i]] || isShouted(k) {
		return Mention{}, false
	}
	// "George Bush administration" is for the full name; a word after
	// another capitalised one is part of a longer name.
	if i > s.First && startsUpper(d.Tokens[i-1].Key) && !notNames[d.Lower[i-1]] {
		return Mention{}, false
	}
	seat := -1
	if !collective {
		if !taken[i+1] || len(f.surnames[d.Lower[i]]) == 0 {
			return Mention{}, false
		}
		if seat = mentionAt(i + 1); seat < 0 || ms[seat].First != i+1 || ms[seat].Via != lexicon.ViaMetonym.String() || ms[seat].Location {
			return Mention{}, false
		}
	}
	state := f.leaderState(d, f.surnames[d.Lower[i]])
	if state == "" || seat >= 0 && ms[seat].Actor != state {
		return Mention{}, false
	}
	first := withArticle(i)
	taken[i] = true
	mentioned[state] = true
	if seat >= 0 {
		ms[seat].First, ms[seat].Start = first, d.Tokens[first].Start
		return Mention{}, false
	}
	taken[i+1] = true
	return collectiveMention(first, state), true
}

// leaderState returns the one state of which one of the given persons
// was head of state or government at the document's date (at any date
// when the document is undated), or "".
func (f *actorFinder) leaderState(d *Doc, ids []string) string {
	state := ""
	for _, id := range ids {
		for _, o := range f.lex.Offices(id) {
			if !headOffices[o.Role] || d.Published != "" && !o.HeldOn(d.Published) {
				continue
			}
			if e, ok := f.lex.Entry(o.Affiliation); !ok || e.Kind != entente.KindState {
				continue
			}
			if state != "" && state != o.Affiliation {
				return ""
			}
			state = o.Affiliation
		}
	}
	return state
}

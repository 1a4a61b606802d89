package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente/entente"
	"github.com/entente/entente/lexicon"
	"github.com/entente/entente/text"
)

// actorFinder recognises and resolves the actors of a document: lexicon
// names, adjectives before political head nouns, capitals acting for their
// state, officials introduced by their titles or appositions, and later
// references to them by surname, role or misspelt name.
type actorFinder struct {
	// stateNames are one-word state names of six letters or more, by
	// first letter, for recognising misspelt ones ("Afganistan").
	stateNames [256][]stateName
	words      text.Words // common English words, lower case
	lex        *lexicon.Lexicon
	index      *lexicon.Index
	roles      roleIndex
	surnames   map[string][]string // lower-case surname → lexicon person ids
	// surnameList holds the keys of surnames by first byte, for
	// recognising misspelt ones.
	surnameList [256][]string
	// givenNames are the lower-case first words of the lexicon's
	// people: "Margaret" opening a sentence starts a name.
	givenNames map[string]bool
	// capitals are the lower-case folded capital cities of states, the
	// first metonym of each ("london", "new delhi"), as against seats of
	// power ("kremlin", "downing street").
	capitals map[string]bool
}

func newActorFinder(lex *lexicon.Lexicon, words text.Words) *actorFinder {
	f := &actorFinder{
		words:      words,
		lex:        lex,
		index:      lex.Index(),
		roles:      newRoleIndex(lex.Roles()),
		surnames:   make(map[string][]string),
		givenNames: make(map[string]bool),
		capitals:   make(map[string]bool),
	}
	for _, e := range lex.Entries() {
		if e.Kind != entente.KindState {
			continue
		}
		if len(e.Metonyms) > 0 {
			name, _ := lexicon.StripMarker(e.Metonyms[0])
			if i := strings.IndexByte(name, '@'); i >= 0 {
				name = name[:i]
			}
			f.capitals[capitalKey(strings.Fields(name))] = true
		}
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			if name, mark := lexicon.StripMarker(name); mark == 0 && !strings.Contains(name, " ") && len(name) >= 6 {
				lower := lexicon.Lower(foldKey(name))
				f.stateNames[lower[0]] = append(f.stateNames[lower[0]], stateName{lower, e.ID})
			}
		}
	}
	for _, id := range lex.People() {
		seen := map[string]bool{}
		for _, o := range lex.Offices(id) {
			for _, name := range append([]string{o.Name}, o.Aliases...) {
				if ws := strings.Fields(name); len(ws) > 1 {
					f.givenNames[lexicon.Lower(foldKey(ws[0]))] = true
				}
				s := surnameKey(name)
				if s != "" && !seen[s] {
					seen[s] = true
					if len(f.surnames[s]) == 0 {
						f.surnameList[s[0]] = append(f.surnameList[s[0]], s)
					}
					f.surnames[s] = append(f.surnames[s], id)
				}
			}
		}
	}
	return f
}

// surnameKey returns the lower-case folded last word of a name, or ""
// for names that are not referred to by a surname: monarchs and popes
// ("Felipe VI", "Philippe of Belgium").
func surnameKey(name string) string {
	fields := strings.Fields(name)
	if len(fields) < 2 {
		return ""
	}
	last := fields[len(fields)-1]
	if isRomanNumeral(last) || strings.Contains(name, " of ") || fields[0] == "Pope" {
		return ""
	}
	return lexicon.Lower(foldKey(last))
}

func isRomanNumeral(w string) bool {
	return w != "" && strings.Trim(w, "IVXLC") == ""
}

// candidate is a lexicon or role hit before resolution.
type candidate struct {
	first, last int
	pats        []lexicon.Pattern
	role        *lexicon.Role
	// part is the byte span of an actor inside a hyphenated token
	// ("EU-Turkey"); zero otherwise.
	partStart, partEnd int
}

// capitalPlaces are prepositions after which a capital is a place, not a
// government: "talks in Ankara", "a meeting at the Kremlin". After "from"
// it may be either ("a statement from Moscow").
var capitalPlaces = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "across": true, "around": true,
	"into": true, "throughout": true, "inside": true, "within": true, "via": true,
}

// modifiers may stand between an adjective or affiliation and its head
// noun or role: "Turkish senior officials", "Niger junta spokesman".
var modifiers = map[string]bool{
	"senior": true, "top": true, "former": true, "new": true, "acting": true, "deputy": true,
	"junior": true, "chief": true, "interim": true, "junta": true, "military": true, "government": true,
	"state": true, "outgoing": true, "incoming": true, "then": true, "veteran": true, "current": true,
	"two": true, "three": true, "several": true, "some": true, "many": true, "other": true, "both": true,
	"high-ranking": true, "high-level": true, "regime": true, "transitional": true,
}

// nameParticles may appear in lower case inside a person's name.
var nameParticles = map[string]bool{
	"bin": true, "bint": true, "al": true, "el": true, "von": true, "van": true, "der": true, "den": true,
	"de": true, "da": true, "di": true, "du": true, "la": true, "le": true, "ibn": true, "abu": true,
	"dos": true, "das": true, "del": true, "ben": true,
}

// notNames are capitalised words that never begin or continue a person's
// name in running text.
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "in": true, "on": true, "at": true, "but": true, "and": true, "or": true, "of": true,
	"this": true, "that": true, "these": true, "those": true, "his": true, "her": true, "their": true,
	"its": true, "our": true, "after": true, "before": true, "during": true, "while": true, "when": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "mr": true, "mrs": true, "ms": true, "mr.": true, "mrs.": true, "ms.": true,
	"said": true, "says": true, "according": true, "also": true, "however": true, "meanwhile": true,
	"if": true, "as": true, "for": true, "with": true, "by": true, "to": true, "from": true,
	"there": true, "here": true, "last": true, "next": true, "earlier": true, "later": true,
	"minister": true, "president": true, "general": true, "secretary": true,
	"you": true, "your": true, "us": true, "me": true, "my": true, "him": true, "them": true,
}

// honorifics introduce a name without naming an office.
var honorifics = map[string]bool{"mr.": true, "mrs.": true, "ms.": true, "mr": true, "mrs": true, "ms": true,
	"dr.": true, "dr": true, "sir": true, "dame": true, "sheikh": true, "ayatollah": true}

// find fills d.Mentions, d.MentionAt and d.Persons.
func (f *actorFinder) find(d *Doc, cands []candidate) {
	d.Persons = make(map[string]*Person)
	var ms []Mention
	taken := make([]bool, len(d.Tokens))
	add := func(m Mention) {
		if m.Start == m.End { // a part of a hyphenated token may share it
			for i := m.First; i < m.Last; i++ {
				if taken[i] {
					return
				}
			}
			m.Start, m.End = d.Tokens[m.First].Start, d.Tokens[m.Last-1].End
		}
		for i := m.First; i < m.Last; i++ {
			taken[i] = true
		}
		m.Sentence = d.SentenceOf(m.First)
		ms = append(ms, m)
	}
	// Officials introduced by titles and appositions come first: their
	// spans hold affiliations and roles that belong to the person.
	for ci := range cands {
		if c := cands[ci]; c.role != nil {
			f.personFromRole(d, cands, ci, add)
		}
	}
	mentioned := map[string]bool{}
	for _, m := range ms {
		mentioned[m.Actor] = true
	}
	supported := supportedIDs(cands)
	for ci, c := range cands {
		if c.role != nil {
			continue
		}
		if m, ok := f.resolve(d, cands, ci, mentioned, supported); ok {
			add(m)
			// A place named is no antecedent for "the island".
			if !m.Location {
				mentioned[m.Actor] = true
			}
		}
	}
	// Role phrases left over refer to an office without a name: "the NATO
	// Secretary General said", "the minister".
	for ci, c := range cands {
		if c.role != nil && !taken[c.first] {
			if m, ok := f.roleOnly(d, cands, ci); ok {
				add(m)
			}
		}
	}
	ms = append(ms, introducedOrgs(d, taken, func(id string) bool {
		_, ok := f.lex.Entry(id)
		return ok
	})...)
	ms = append(ms, f.leaderGovernments(d, taken, ms, mentioned)...)
	ms = append(ms, f.laterReferences(d, taken, actingIDs(d, ms))...)
	ms = append(ms, f.misspeltStates(d, taken)...)
	f.datePersons(d)
	sort.Slice(ms, func(i, j int) bool { return ms[i].First < ms[j].First })
	ms = dropMinorities(d, ms)
	fillAffiliations(d, ms)
	d.Mentions = ms
	d.MentionAt = make([]int, len(d.Tokens))
	for i := range d.MentionAt {
		d.MentionAt[i] = -1
	}
	for k, m := range ms {
		for i := m.First; i < m.Last; i++ {
			d.MentionAt[i] = k
		}
	}
}

// candidates lists every lexicon and role hit, longest first, left to
// right, without overlaps.
func (f *actorFinder) candidates(d *Doc) []candidate {
	var out []candidate
	keys := make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		keys[i] = t.Key
	}
	for _, s := range d.Sentences {
		allCaps := headlineCaps(d, s.First, s.Last)
		for i := s.First; i < s.Last; {
			n, pats := f.index.LongestOn(keys[:s.Last], d.Lower[:s.Last], i, allCaps, d.Published)
			rn, role := f.roles.longest(d.Lower[:s.Last], i)
			if rn == 1 && attributiveTitle(d, i, s.Last) {
				rn, role = 0, nil
			}
			switch {
			case n > 0 && n >= rn:
				out = append(out, candidate{first: i, last: i + n, pats: pats})
				i += n
			case rn > 0:
				// "Chief" before another title ("Gibraltar's Chief
				// Minister") qualifies it: the office is the one after.
				if rn == 1 && modifiers[d.Lower[i]] && i+1 < s.Last {
					if n, r := f.roles.longest(d.Lower[:s.Last], i+1); n > 0 {
						rn, role = n+1, r
					}
				}
				out = append(out, candidate{first: i, last: i + rn, role: role})
				i += rn
			default:
				if c, ok := f.compound(d, keys, i); ok {
					out = append(out, c...)
				}
				i++
			}
		}
	}
	return out
}

// attributiveTitle reports whether the one-word title at token i is an
// adjective before a noun: "Indonesia's premier tourist island", not "the
// premier said" or "Premier Wen".
func attributiveTitle(d *Doc, i, end int) bool {
	if d.Lower[i] != "premier" || i+1 >= end {
		return false
	}
	w := d.Lower[i+1]
	if !isLowerWord(d, i+1) || nounlessWords[w] || verbLike(w) || strings.HasSuffix(w, "s") {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// compound finds actors inside hyphenated tokens: "EU-Turkey relations",
// "Russia-Ukraine talks", but not "non-EU" or "anti-American".
func (f *actorFinder) compound(d *Doc, keys []string, i int) ([]candidate, bool) {
	k := keys[i]
	if !strings.Contains(k, "-") || !startsUpper(k) {
		return nil, false
	}
	var out []candidate
	off := d.Tokens[i].Start
	parts := strings.Split(d.Tokens[i].Text, "-")
	// "US-led", "Iranian-backed": the actor that leads or backs.
	if len(parts) == 2 && agentSuffixes[strings.ToLower(parts[1])] {
		parts = parts[:1]
	}
	for _, raw := range parts {
		start := off
		off += len(raw) + 1
		part := foldKey(raw)
		if part == "" || !startsUpper(part) {
			return nil, false
		}
		n, pats := f.index.LongestOn([]string{part}, []string{lexicon.Lower(part)}, 0, false, d.Published)
		if n == 0 {
			return nil, false
		}
		var names []lexicon.Pattern
		for _, p := range pats {
			if p.Via == lexicon.ViaName || p.Via == lexicon.ViaMetonym || p.Via == lexicon.ViaAdjective && len(parts) == 1 {
				if p.Via == lexicon.ViaAdjective {
					p.Via = lexicon.ViaName // "Iranian-backed" names Iran
				}
				names = append(names, p)
			}
		}
		if len(names) == 0 {
			return nil, false
		}
		out = append(out, candidate{first: i, last: i + 1, pats: names, partStart: start, partEnd: start + len(raw)})
	}
	return out, len(out) > 1 || len(out) == 1 && len(parts) == 1
}

// agentSuffixes make the actor before the hyphen the agent: "US-led
// coalition", "Iran-backed militias".
var agentSuffixes = map[string]bool{"led": true, "backed": true, "brokered": true, "sponsored": true, "funded": true, "supported": true, "armed": true}

// backsWhatFollows reports whether the actor written in token tok up to
// byte end stands before an agent suffix ("U.S.-backed", "Syrian-led"):
// it is the outside actor that backs what the token modifies, never the
// one that a title after it belongs to ("U.S.-backed interim President
// Hamid Karzai" is Afghanistan's) nor the one a description refers to.
func backsWhatFollows(d *Doc, tok, end int) bool {
	t := d.Tokens[tok]
	if end <= t.Start || end+1 >= t.End || d.Text[end] != '-' {
		return false
	}
	return agentSuffixes[strings.ToLower(d.Text[end+1:t.End])]
}

// headlineCaps reports whether a sentence is written in capitals.
func headlineCaps(d *Doc, first, last int) bool {
	words := 0
	for i := first; i < last; i++ {
		t := d.Tokens[i].Key
		r, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsLetter(r) {
			continue
		}
		if !lexicon.IsAllCaps(t) {
			return false
		}
		words++
	}
	return words >= 3
}

// supportedIDs returns the actors that some candidate of the document
// names without ambiguity: they support ambiguous aliases of the same
// actor anywhere in the document ("Niger" in a text that also says
// "Republic of Niger" or "Nigerien").
func supportedIDs(cands []candidate) map[string]bool {
	out := map[string]bool{}
	for _, c := range cands {
		for _, p := range c.pats {
			if p.Marker == 0 && (p.Via == lexicon.ViaName || p.Via == lexicon.ViaMetonym) {
				out[p.ID] = true
			}
		}
	}
	return out
}

// besideState reports whether the ambiguous state name cands[ci] stands
// as subject or object beside a plainly named state, a verb between them:
// "Russia attacked Georgia", "Chad accuses Sudan". Two states joined by a
// verb are parties to an act, where a namesake (a US state, a river, a
// person) seldom stands. After a preposition of place or a place noun
// ("in Georgia", "the state of Georgia") the name gets no support.
func (f *actorFinder) besideState(d *Doc, cands []candidate, ci int) bool {
	c := cands[ci]
	if c.partEnd != 0 || placedBy(d, c.first, capitalPlaces) || !f.standsAlone(d, c.last-1) {
		return false // "Georgia Tech"
	}
	first := d.Sentences[d.SentenceOf(c.first)].First
	i := c.first - 1
	if i >= first && startsUpper(d.Tokens[i].Key) && !notNames[d.Lower[i]] {
		return false // "Michael Jordan", also opening a sentence
	}
	if i-1 >= first && d.Lower[i] == "of" && startsUpper(d.Tokens[i-1].Key) {
		return false // "the State Bank of Victoria"
	}
	for i >= first && directions[d.Lower[i]] {
		i--
	}
	if i >= first && inPlaces[d.Lower[i]] {
		return false // "in northern Chad"
	}
	id := cands[ci].pats[0].ID
	plainState := func(k int) bool {
		for _, p := range cands[k].pats {
			if p.ID != id && p.Marker == 0 && (p.Via == lexicon.ViaName || p.Via == lexicon.ViaAdjective) {
				if e, ok := f.lex.Entry(p.ID); ok && e.Kind == entente.KindState {
					return true
				}
			}
		}
		return false
	}
	if ci > 0 && plainState(ci-1) && f.verbBetween(d, cands[ci-1].last, c.first) {
		return true
	}
	return ci+1 < len(cands) && plainState(ci+1) && f.verbBetween(d, c.last, cands[ci+1].first)
}

// directions qualify a place name: "northern Chad".
var directions = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "central": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true,
}

// verbBetween reports whether tokens [from, to) are a few lower-case
// words, one of them shaped like a finite verb ("attacked", "accuses",
// "sent troops to"), none a preposition of place.
func (f *actorFinder) verbBetween(d *Doc, from, to int) bool {
	if to-from < 1 || to-from > 4 || d.SentenceOf(from) != d.SentenceOf(to) {
		return false
	}
	verb := false
	for i := from; i < to; i++ {
		w := d.Lower[i]
		if d.Tokens[i].Key != w || inPlaces[w] {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) {
				return false
			}
		}
		if isPastVerb(w) || irregularVerbs[w] && !adverbials[w] {
			verb = true
		} else if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !nounlessWords[w] {
			// "accuses", but not a plural noun ("troops").
			_, head := f.lex.HeadSector(w)
			verb = verb || !head
		}
	}
	return verb
}

// hasOtherState reports whether some pattern names a state other than id
// by its name or adjective.
func hasOtherState(lex *lexicon.Lexicon, pats []lexicon.Pattern, id string) bool {
	for _, p := range pats {
		if p.ID != id && p.Marker == 0 && (p.Via == lexicon.ViaName || p.Via == lexicon.ViaAdjective) {
			if e, ok := lex.Entry(p.ID); ok && e.Kind == entente.KindState {
				return true
			}
		}
	}
	return false
}

// listedWithActors reports whether candidate ci stands in a list with a
// plainly named actor: "Mali, Burkina Faso and Niger".
func listedWithActors(d *Doc, cands []candidate, ci int) bool {
	plain := func(c candidate) bool {
		for _, p := range c.pats {
			if p.Marker == 0 && p.Via == lexicon.ViaName {
				return true
			}
		}
		return false
	}
	separated := func(from, to int) bool {
		if to-from < 1 || to-from > 2 {
			return false
		}
		for i := from; i < to; i++ {
			if w := d.Lower[i]; w != "," && w != "and" && w != "or" {
				return false
			}
		}
		return true
	}
	c := cands[ci]
	if ci > 0 && plain(cands[ci-1]) && separated(cands[ci-1].last, c.first) {
		return true
	}
	return ci+1 < len(cands) && plain(cands[ci+1]) && separated(c.last, cands[ci+1].first)
}

// isCommonWord reports whether a one-word candidate is an ordinary English
// word written with a capital only because it starts its sentence.
func (f *actorFinder) isCommonWord(d *Doc, i int) bool {
	return d.Sentences[d.SentenceOf(i)].First == i && f.words.Has(d.Lower[i])
}

// sharedInstitution reports whether candidate ci is an ambiguous name of
// an organisation that national bodies share ("Security Council", "Red
// Cross"), and if so whether it stands alone, where it names the
// international one: not qualified by a state before it ("Russia's
// Security Council", "the American Red Cross"), not inside a longer name
// ("National Security Council") and not followed by "of" and a state
// ("the Security Council of Ukraine").
func (f *actorFinder) sharedInstitution(d *Doc, cands []candidate, ci int) (shared, alone bool) {
	c := cands[ci]
	if c.last-c.first < 2 || c.partEnd != 0 {
		return false, false
	}
	id := ""
	for _, p := range c.pats {
		if id != "" && p.ID != id || !p.Ambiguous() || p.Via != lexicon.ViaName {
			return false, false
		}
		id = p.ID
		for _, w := range p.Words {
			if !startsUpper(w) {
				return false, false
			}
		}
	}
	if e, ok := f.lex.Entry(id); !ok || e.Kind != entente.KindIGO && e.Kind != entente.KindOrg {
		return false, false
	}
	s := d.Sentences[d.SentenceOf(c.first)]
	if i := c.first - 1; i >= s.First {
		if d.Lower[i] == "'s" || startsUpper(d.Tokens[i].Key) && !notNames[d.Lower[i]] {
			return true, false
		}
		if ci > 0 && cands[ci-1].last == c.first && cands[ci-1].role == nil && hasStatePattern(f.lex, cands[ci-1].pats) {
			return true, false
		}
	}
	if c.last < s.Last && d.Lower[c.last] == "of" && ci+1 < len(cands) {
		next := cands[ci+1]
		if next.first == c.last+1 || next.first == c.last+2 && d.Lower[c.last+1] == "the" {
			if hasStatePattern(f.lex, next.pats) {
				return true, false
			}
		}
	}
	return true, true
}

// otherStateAdjective reports whether some pattern is the adjective of
// a state other than id.
func otherStateAdjective(lex *lexicon.Lexicon, pats []lexicon.Pattern, id string) bool {
	for _, p := range pats {
		if p.Via == lexicon.ViaAdjective && p.ID != id {
			if e, ok := lex.Entry(p.ID); ok && e.Kind == entente.KindState {
				return true
			}
		}
	}
	return false
}

// hasStatePattern reports whether some pattern names a state.
func hasStatePattern(lex *lexicon.Lexicon, pats []lexicon.Pattern) bool {
	for _, p := range pats {
		if e, ok := lex.Entry(p.ID); ok && e.Kind == entente.KindState && p.Via != lexicon.ViaNothing {
			return true
		}
	}
	return false
}

// resolve turns a lexicon candidate into a mention, applying the rules for
// adjectives, capitals, ambiguous and anaphoric aliases.
func (f *actorFinder) resolve(d *Doc, cands []candidate, ci int, mentioned, supported map[string]bool) (Mention, bool) {
	c := cands[ci]
	m := Mention{First: c.first, Last: c.last, Start: c.partStart, End: c.partEnd}
	// Prefer a plain name, then a person, a capital, an adjective.
	var best *lexicon.Pattern
	for k := range c.pats {
		p := &c.pats[k]
		if best == nil || rank(p) < rank(best) {
			best = p
		}
	}
	if best == nil || best.Via == lexicon.ViaNothing {
		return m, false
	}
	p := *best
	if p.Via != lexicon.ViaPerson && f.companyName(d, c) {
		return m, false
	}
	switch {
	case p.Anaphoric():
		// "the bloc", "this alliance": the most recently mentioned actor
		// it can mean; "a bloc" or "rebels" refer to nothing.
		if c.first == 0 || !determiners[d.Lower[c.first-1]] {
			return m, false
		}
		id := ""
		for _, q := range c.pats {
			if mentioned[q.ID] {
				id = q.ID
			}
		}
		if id == "" {
			return m, false
		}
		p.ID = id
		m.Via = "description"
	case p.Ambiguous():
		// A name national bodies share is decided by its qualifiers
		// alone: "the Security Council" is the UN's, "Russia's
		// Security Council" is not, whatever else the text names.
		if shared, alone := f.sharedInstitution(d, cands, ci); shared {
			if !alone {
				return m, false
			}
			break
		}
		// A wire story's dateline is a place ("THE HAGUE, Netherlands -"),
		// and an office named after another state's adjective is that
		// state's ("a Pakistani Foreign Office spokesman").
		if isDateline(d, c.first, c.last) || ci > 0 && cands[ci-1].last == c.first && cands[ci-1].role == nil && hasOtherState(f.lex, cands[ci-1].pats, p.ID) {
			return m, false
		}
		if supported[p.ID] || listedWithActors(d, cands, ci) || f.besideState(d, cands, ci) {
			break
		}
		// A capital letter at a sentence's start says nothing: "Male MPs"
		// is not the Maldives' capital.
		if !f.hasHeadAfter(d, cands, ci) || c.last-c.first == 1 && f.isCommonWord(d, c.first) {
			return m, false
		}
	}
	if p.Via == lexicon.ViaPerson {
		// A one-word alias after another given name is a namesake:
		// "his son Bilal Erdogan".
		if c.last-c.first == 1 && f.otherGivenBefore(d, c.first, p.ID) {
			return m, false
		}
		return f.personMention(d, c.first, c.last, p.ID, "person"), true
	}
	e, ok := f.lex.Entry(p.ID)
	if !ok {
		return m, false
	}
	m.Actor, m.Kind = e.ID, e.Kind
	if m.Via == "" {
		m.Via = p.Via.String()
	}
	switch p.Via {
	case lexicon.ViaAdjective:
		head, sector, ok := f.headAfter(d, cands, ci)
		if !ok {
			// A plural demonym standing alone is the people or its
			// leadership: "the Palestinians", "Israelis and Palestinians";
			// but "ethnic Albanians" are an ethnic group, not the state.
			if !isPluralDemonym(d, c) || c.first > 0 && d.Lower[c.first-1] == "ethnic" {
				return m, false
			}
			// "Ecuadorean Indians", "American Indians": a people of the
			// state named before, not of India.
			if ci > 0 && cands[ci-1].last == c.first && otherStateAdjective(f.lex, cands[ci-1].pats, p.ID) {
				return m, false
			}
			m.Via, m.Plural = "demonym", true
			break
		}
		m.Sector = sector
		m.Plural = strings.HasSuffix(d.Lower[head], "s") && !strings.HasSuffix(d.Lower[head], "ss")
	case lexicon.ViaMetonym:
		// "Mr Wellington": a person's surname.
		if c.first > 0 && honorifics[d.Lower[c.first-1]] {
			return m, false
		}
		if f.capitalModifier(d, cands, ci) {
			m.Location = true
			break
		}
		m.Location = placedBy(d, c.first, capitalPlaces) || isDateline(d, c.first, c.last) || provincialCapital(d, c.first)
		m.Sector = entente.SectorGovernment
	default:
		if _, sector, ok := f.headAfter(d, cands, ci); ok {
			m.Sector = sector
		}
		// Organisations are never places: "in NATO" is membership; states
		// and de-facto entities ("the state of Puntland") may be.
		m.Location = (e.Kind == entente.KindState || e.Kind == entente.KindGroup) && isPlaceName(d, c.first, c.last)
	}
	// "Security forces in Guinea", "a court in Guyana": the state's own
	// institution or people, placed in it.
	if m.Location && e.Kind == entente.KindState && !isDateline(d, c.first, c.last) {
		if sector, ok := f.localHeadBefore(d, c.first); ok {
			m.Location, m.Sector = false, sector
		}
	}
	// "the Iraq war": a war named after a state is a place's name, no
	// actor acting.
	if e.Kind == entente.KindState && m.Start == m.End && c.last < len(d.Lower) && warNouns[d.Lower[c.last]] && d.SentenceOf(c.last) == d.SentenceOf(c.first) {
		m.Location = true
	}
	// "the Kremlin", "the European Union": the article is part of the
	// mention as written; in "the Iraq war" or "the Downing Street
	// spokesman" it belongs to the noun after the name.
	if c.first > 0 && d.Lower[c.first-1] == "the" && m.Via != "adjective" && m.Start == m.End && !f.nounAfter(d, cands, ci) {
		m.First--
	}
	return m, true
}

// adverbials may follow a name without modifying it: "the UK every
// year", "the US last week".
var adverbials = map[string]bool{"every": true, "each": true, "last": true, "next": true, "all": true,
	"both": true, "alone": true, "too": true, "again": true, "now": true, "then": true, "today": true,
	"yesterday": true, "tomorrow": true, "itself": true, "first": true, "once": true, "still": true}

// warNouns after a state's name make it the name of a war.
var warNouns = map[string]bool{"war": true, "wars": true}

// nounAfter reports whether the name cands[ci] modifies a noun after it:
// a head noun, a title, or a lower-case content word that is no verb
// ("the Iraq war", "the UK government", "the Kremlin spokesman").
func (f *actorFinder) nounAfter(d *Doc, cands []candidate, ci int) bool {
	c := cands[ci]
	sent := d.Sentences[d.SentenceOf(c.first)]
	if c.last >= sent.Last {
		return false
	}
	if ci+1 < len(cands) && cands[ci+1].first == c.last && cands[ci+1].role != nil {
		return true
	}
	if _, _, ok := f.headAfter(d, cands, ci); ok {
		return true
	}
	k := d.Tokens[c.last].Key
	w := d.Lower[c.last]
	if k != w || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ly") || adverbials[w] {
		return false
	}
	return isModifier(d, c.last)
}

// companyHeads end the names of companies called after a country, its
// adjective or its capital: "Thai Airways", "Singapore Airlines", "Korean
// Air", "Russian Railways", "Deutsche Telekom".
var companyHeads = map[string]bool{
	"airlines": true, "airline": true, "airways": true, "air": true, "railways": true, "railway": true,
	"rail": true, "telecom": true, "telekom": true, "telecommunications": true, "petroleum": true,
	"shipping": true, "motors": true, "steel": true, "electric": true, "mining": true, "insurance": true,
}

// stateBodies follow a company head in the name of a state's body: "the
// Indian Air Force", "the Iraqi Oil Ministry", "Russian Railways Minister".
var stateBodies = map[string]bool{
	"force": true, "forces": true, "defence": true, "defense": true, "command": true, "corps": true,
	"marshal": true, "ministry": true, "minister": true, "wing": true, "authority": true, "agency": true,
	"administration": true, "regulator": true, "department": true, "staff": true,
}

// companyName reports whether the name or adjective at c is part of a
// company's name: followed by a capitalised company head ("Malaysia
// Airlines", "KLM Royal Dutch Airlines", "Korean Air", "Pakistan
// International Airlines") or after "Air"
// ("Air India"). The head must not go on into a state's body ("Israeli
// Air Force").
func (f *actorFinder) companyName(d *Doc, c candidate) bool {
	if c.partEnd != 0 {
		return false
	}
	s := d.Sentences[d.SentenceOf(c.first)]
	if c.first > s.First && d.Tokens[c.first-1].Key == "Air" && !lexicon.IsAllCaps(d.Tokens[c.first].Key) {
		return true
	}
	h := c.last
	if h+1 < s.Last && (d.Lower[h] == "international" || d.Lower[h] == "national") && startsUpper(d.Tokens[h].Key) {
		h++ // "Pakistan International Airlines"
	}
	if h >= s.Last || !companyHeads[d.Lower[h]] || !startsUpper(d.Tokens[h].Key) || headlineCaps(d, s.First, s.Last) {
		return false
	}
	if h+1 < s.Last && stateBodies[d.Lower[h+1]] {
		return false
	}
	// In a headline in title case every word is capitalised: "Indian Air
	// Strikes" is no airline.
	return !titleCase(d, s.First, s.Last) || d.Lower[h] != "air"
}

// capitalKey is the lower-case folded key of a name's words.
func capitalKey(words []string) string {
	return lexicon.Lower(foldKey(strings.Join(words, " ")))
}

// capitalModifier reports whether the capital city at cands[ci] only
// modifies what follows it, a common noun or a name: "the London
// boroughs of Hillingdon", "the Athens Games", "the Tokyo Stock
// Exchange", "a Baghdad suburb". A capital acting for its state is followed
// by a verb ("Moscow insists", "London said"), a possessive or a
// political head noun ("Beijing officials"), and seats of power ("the
// Kremlin", "the White House") are never taken here.
func (f *actorFinder) capitalModifier(d *Doc, cands []candidate, ci int) bool {
	c := cands[ci]
	s := d.Sentences[d.SentenceOf(c.first)]
	if c.partEnd != 0 || c.last >= s.Last {
		return false
	}
	if !f.capitals[capitalKey(tokenKeys(d, c.first, c.last))] {
		return false
	}
	next := c.last
	w, k := d.Lower[next], d.Tokens[next].Key
	if !wordStart(k) || nounlessWords[w] || notNames[w] || modifiers[w] {
		return false
	}
	// Another actor or a title: "London Mayor Ken Livingstone" is a
	// person of the city, "Moscow Russia" a list.
	if ci+1 < len(cands) && cands[ci+1].first == next {
		return false
	}
	if _, ok := f.lex.HeadSector(w); ok {
		return false
	}
	if next+1 < s.Last {
		if _, ok := f.lex.HeadSector(w + " " + d.Lower[next+1]); ok {
			return false
		}
	}
	determined := c.first > s.First && cityDeterminers[d.Lower[c.first-1]]
	if startsUpper(k) {
		// "the Athens Games", "Tokyo Stock Exchange"; but a headline in
		// title case capitalises every word.
		return determined || !titleCase(d, s.First, s.Last)
	}
	// Without an article the capital may be a subject: "Ankara first
	// suspended".
	return determined && !verbLike(w)
}

// cityDeterminers open a noun phrase in which a city's name is a
// modifier: "the London boroughs", "his Tokyo hospital", "west London".
var cityDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true,
	"west": true, "east": true, "north": true, "south": true, "central": true, "western": true,
	"eastern": true, "northern": true, "southern": true, "greater": true, "downtown": true,
}

// verbLike reports whether a lower-case word may be a verb or an adverb
// after a subject: "said", "attacked", "insists", "quickly", "took".
func verbLike(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || irregularVerbs[w] || nounlessWords[w]
}

// irregularVerbs are past tenses and adverbs that follow a subject and
// look like neither: "Moscow sent troops", "London still wants".
var irregularVerbs = map[string]bool{
	"told": true, "sent": true, "took": true, "made": true, "gave": true, "went": true, "came": true,
	"held": true, "met": true, "saw": true, "knew": true, "thought": true, "felt": true, "found": true,
	"kept": true, "left": true, "lost": true, "put": true, "set": true, "won": true, "struck": true,
	"sought": true, "brought": true, "bought": true, "began": true, "became": true, "spoke": true,
	"wrote": true, "chose": true, "drew": true, "fell": true, "fought": true, "hit": true, "led": true,
	"let": true, "paid": true, "ran": true, "rose": true, "sold": true, "stood": true, "threw": true,
	"shot": true, "cut": true, "quit": true, "got": true, "broke": true, "bore": true, "swore": true,
	"still": true, "now": true, "already": true, "again": true, "never": true, "then": true, "too": true,
	"even": true, "just": true, "only": true, "once": true, "soon": true, "however": true, "yet": true,
	"hopes": true, "fears": true, "wants": true, "must": true, "did": true, "won't": true, "can't": true,
	"remain": true, "want": true, "need": true, "hope": true, "fear": true, "say": true, "insist": true,
}

// titleCase reports whether most words of a sentence are capitalised, as
// in a headline written in title case.
func titleCase(d *Doc, first, last int) bool {
	upper, words := 0, 0
	for i := first; i < last; i++ {
		if !wordStart(d.Tokens[i].Key) {
			continue
		}
		words++
		if startsUpper(d.Tokens[i].Key) {
			upper++
		}
	}
	return words > 0 && upper*3 > words*2
}

// localHeadBefore reports whether the place name at tokens[first:]
// follows "in" after a head noun that stands for the place's own actor
// ("Demonstrators in Baghdad", "a court in Guyana", see
// lexicon.LocalHead) and opens a subject or an object: the sentence's
// first noun phrase, one after "that", or one after a past-tense verb
// ("police arrested demonstrators in Baghdad"). In other places, and
// after other nouns ("talks in Istanbul", "troops in Lebanon"), the
// place is a location. It returns the head's sector.
func (f *actorFinder) localHeadBefore(d *Doc, first int) (string, bool) {
	s := d.Sentences[d.SentenceOf(first)]
	in := first - 1
	if in > s.First && d.Lower[in] == "the" {
		in--
	}
	if in-1 <= s.First-1 || d.Lower[in] != "in" {
		return "", false
	}
	head, sector, ok := in-1, "", false
	if head-1 >= s.First {
		sector, ok = f.lex.LocalHead(d.Lower[head-1] + " " + d.Lower[head])
		if ok {
			head--
		}
	}
	if !ok {
		if sector, ok = f.lex.LocalHead(d.Lower[head]); !ok {
			return "", false
		}
	}
	np := head
	if np > s.First && articles[d.Lower[np-1]] {
		np--
	}
	start := s.First
	for start < np && !wordStart(d.Tokens[start].Key) {
		start++ // "{The Security Council", "“Police in …"
	}
	switch {
	case np == start:
		return sector, true
	case d.Lower[np-1] == "that":
		return sector, true
	case np-1 > start && isPastVerb(d.Lower[np-1]):
		return sector, true
	}
	return "", false
}

// articles open a noun phrase.
var articles = map[string]bool{"the": true, "a": true, "an": true}

// wordStart reports whether a token begins with a letter or digit.
func wordStart(k string) bool {
	r, _ := utf8.DecodeRuneInString(k)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isPastVerb reports whether a lower-case word has the form of a
// past-tense verb ("arrested", "attacked").
func isPastVerb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && !nounlessWords[w]
}

// determiners make a description refer back: "the bloc", "this alliance".
var determiners = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true}

// placeNouns name the kind of place a following "of X" is: "the island of
// Cyprus", "the semi-autonomous state of Puntland".
var placeNouns = map[string]bool{
	"island": true, "state": true, "region": true, "province": true, "city": true, "town": true,
	"coast": true, "peninsula": true, "port": true, "capital": true, "village": true, "district": true,
}

// stormWords name the storms that are given people's names.
var stormWords = map[string]bool{"hurricane": true, "typhoon": true, "cyclone": true, "storm": true, "tropical": true}

// provincialCapital reports whether the name at token first follows
// "regional capital" or the like: "shelled the southern regional capital
// Juba" names a city of a province, not a seat of government.
func provincialCapital(d *Doc, first int) bool {
	if first < 2 || d.Lower[first-1] != "capital" {
		return false
	}
	switch d.Lower[first-2] {
	case "regional", "provincial", "state", "district", "county", "departmental":
		return true
	}
	return false
}

// dropMinorities removes a people named by its plural demonym when it
// lives in another state: "the Albanians of southern Serbia", "Turks in
// Germany" are a minority there, not the state of their name.
func dropMinorities(d *Doc, ms []Mention) []Mention {
	out := ms[:0]
	for k, m := range ms {
		if m.Via == "demonym" && k+1 < len(ms) && minorityIn(d, m, ms[k+1]) {
			continue
		}
		if m.Last < len(d.Tokens) && (d.Lower[m.Last] == "born" || d.Lower[m.Last] == "based") {
			// "Kenya born laureate Wangari Maathai", "a UK based
			// group": where someone comes from, not who acts.
			continue
		}
		out = append(out, m)
	}
	return out
}

// minorityIn reports whether mention n, a state other than m's, follows
// m's demonym through "of" or "in" and words of direction.
func minorityIn(d *Doc, m, n Mention) bool {
	if n.Kind != entente.KindState || n.Actor == m.Actor || m.Last >= len(d.Tokens) {
		return false
	}
	if w := d.Lower[m.Last]; w != "of" && w != "in" {
		return false
	}
	for i := m.Last + 1; i < n.First; i++ {
		switch d.Lower[i] {
		case "the", "southern", "south", "northern", "north", "eastern", "east", "western", "west", "central":
		default:
			return false
		}
	}
	return n.First > m.Last && n.First <= m.Last+3
}

// isDateline reports whether a capital at tokens[first:last] opens a
// wire story's dateline ("WASHINGTON (Reuters) -", "ATHENS, Dec 7 -"):
// where the story was filed, not who acted.
func isDateline(d *Doc, first, last int) bool {
	if last >= len(d.Tokens) || !lexicon.IsAllCaps(d.Tokens[first].Key) {
		return false
	}
	s := d.Sentences[d.SentenceOf(first)]
	if first-s.First > 2 || headlineCaps(d, s.First, s.Last) {
		return false
	}
	switch d.Tokens[last].Key {
	case "(", ",", "-", "--", ":":
		return true
	}
	// "LONDON President Vladimir Putin …": a capitalised place opening
	// the text before a capitalised word, with no mark between.
	next := d.Tokens[last].Key
	return first == s.First && d.SentenceOf(first) == 0 && startsUpper(next) && !lexicon.IsAllCaps(next)
}

// inPlaces are the prepositions after which a country's name is a place:
// "fighting in Sudan". Other prepositions take countries as parties:
// "fired at Israel", "talks near Armenia's border".
var inPlaces = map[string]bool{"in": true, "inside": true, "within": true, "throughout": true, "across": true}

// isPlaceName reports whether the name of a state at tokens[first:last]
// is used only as a place: "in Sudan", "the island of Cyprus", but not
// "in Iran's enrichment programme".
func isPlaceName(d *Doc, first, last int) bool {
	if last < len(d.Lower) && d.Lower[last] == "'s" {
		return false
	}
	return placedBy(d, first, inPlaces)
}

// placedBy reports whether the words before tokens[first:] make it a
// place: one of preps ("in Turkey", "in the Kremlin") or a place noun and
// "of" ("the island of Cyprus").
func placedBy(d *Doc, first int, preps map[string]bool) bool {
	i := first
	if i > 0 && d.Lower[i-1] == "the" {
		i--
	}
	if i > 0 && preps[d.Lower[i-1]] {
		return true
	}
	return i > 1 && d.Lower[i-1] == "of" && placeNouns[d.Lower[i-2]]
}

func rank(p *lexicon.Pattern) int {
	r := 0
	switch p.Via {
	case lexicon.ViaNothing:
		return -1
	case lexicon.ViaName:
		r = 0
	case lexicon.ViaPerson:
		r = 1
	case lexicon.ViaMetonym:
		r = 2
	default:
		r = 3
	}
	if p.Marker != 0 {
		r += 4
	}
	return r
}

// headAfter finds the political head noun an adjective (or name) stands
// before, skipping modifiers and coordinated adjectives: "Turkish
// officials", "Turkish and Greek diplomats", "the Turkish foreign
// minister". It returns the head's token index and sector.
func (f *actorFinder) headAfter(d *Doc, cands []candidate, ci int) (int, string, bool) {
	c := cands[ci]
	next := ci + 1
	sentEnd := d.Sentences[d.SentenceOf(c.first)].Last
	for i := c.last; i < sentEnd && i < c.last+5; i++ {
		if next < len(cands) && cands[next].first == i {
			nc := cands[next]
			next++
			if nc.role != nil {
				// "The British leader of a group of mercenaries" is a
				// Briton, no office of Britain's.
				if roleOfUnnamedBody(d, nc.last) {
					return 0, "", false
				}
				return i, nc.role.Sector, true
			}
			if hasVia(nc.pats, lexicon.ViaAdjective) {
				i = nc.last - 1
				continue
			}
			// "the rebels" may refer back to a group, but "Rwandan
			// rebels" is a head noun after an adjective; so is an
			// ambiguous office ("Pakistani Foreign Office").
			if !onlyAnaphoric(nc.pats) && !onlyAmbiguous(nc.pats) {
				return 0, "", false
			}
		}
		w := d.Lower[i]
		// A two-word head ("foreign ministry", "security forces", "air
		// force") gives the more specific sector, also when its first
		// word is no head alone.
		if i+1 < sentEnd {
			if s2, ok := f.lex.HeadSector(w + " " + d.Lower[i+1]); ok {
				return i + 1, s2, true
			}
		}
		if sector, ok := f.lex.HeadSector(w); ok {
			return i, sector, true
		}
		if w == "and" || w == "," || w == "'s" || modifiers[w] {
			continue
		}
		// Up to two ordinary modifiers: "Bangladeshi peacekeeping
		// troops", "the Latvian Constitutional Court".
		if i < c.last+2 && isModifier(d, i) {
			continue
		}
		return 0, "", false
	}
	return 0, "", false
}

// isModifier reports whether token i can modify a head noun after it: by
// its tag when the sentence is tagged, else by its form (a content word,
// not a function word or a finite verb).
func isModifier(d *Doc, i int) bool {
	switch d.Tags[i] {
	case "JJ", "NN", "VBG", "NNP", "VBN":
		return true
	case "":
	default:
		return false
	}
	w := d.Lower[i]
	if nounlessWords[w] || strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// nounlessWords never modify a noun.
var nounlessWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "or": true, "but": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "with": true, "by": true, "from": true, "as": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "could": true, "should": true, "may": true, "might": true,
	"can": true, "must": true, "said": true, "says": true, "say": true, "that": true, "which": true,
	"who": true, "whom": true, "this": true, "these": true, "those": true, "it": true, "its": true,
	"they": true, "their": true, "he": true, "she": true, "his": true, "her": true,
	"not": true, "no": true, "also": true, "than": true, "into": true, "over": true, "after": true,
	"before": true, "about": true, "against": true, "between": true, "during": true, "under": true,
	"do": true, "does": true, "did": true, "if": true, "so": true, "such": true, "there": true,
}

// isPluralDemonym reports whether an adjective candidate is a plural
// demonym used as a noun ("Palestinians").
func isPluralDemonym(d *Doc, c candidate) bool {
	if c.last-c.first != 1 {
		return false
	}
	w := d.Tokens[c.first].Key
	return len(w) > 3 && strings.HasSuffix(w, "s") && startsUpper(w) && !lexicon.IsAllCaps(w)
}

func (f *actorFinder) hasHeadAfter(d *Doc, cands []candidate, ci int) bool {
	_, _, ok := f.headAfter(d, cands, ci)
	return ok
}

func onlyAnaphoric(pats []lexicon.Pattern) bool {
	for _, p := range pats {
		if !p.Anaphoric() {
			return false
		}
	}
	return len(pats) > 0
}

func onlyAmbiguous(pats []lexicon.Pattern) bool {
	for _, p := range pats {
		if !p.Ambiguous() {
			return false
		}
	}
	return len(pats) > 0
}

func hasVia(pats []lexicon.Pattern, via lexicon.Via) bool {
	for _, p := range pats {
		if p.Via == via {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// fillAffiliations gives a person whose affiliation neither the text nor
// the lexicon stated the actor nearest before their first mention in the
// same sentence ("Senior adviser to Iran's Supreme Leader …, Major General
// X"), else the subject of the sentence before. What follows the person
// is not looked at: "Chancellor Gordon Brown will visit Japan".
func fillAffiliations(d *Doc, ms []Mention) {
	tried := map[string]bool{}
	for k, m := range ms {
		if m.PersonID == "" || d.Persons[m.PersonID].Affiliation != "" || tried[m.PersonID] {
			continue
		}
		tried[m.PersonID] = true
		actorAt := func(j int) string {
			if isPoliticalKind(ms[j].Kind) && ms[j].PersonID == "" && !ms[j].Location && !d.backer(ms[j]) {
				return ms[j].Actor
			}
			return ""
		}
		// The actor must stand close before the person, in the phrase
		// that introduces them, not anywhere in a long sentence.
		const reach = 12
		aff := ""
		j := k - 1
		for ; j >= 0 && ms[j].Sentence == m.Sentence && aff == ""; j-- {
			if m.First-ms[j].Last <= reach {
				aff = actorAt(j)
			}
		}
		for j >= 0 && ms[j].Sentence == m.Sentence {
			j--
		}
		// Else the subject of the sentence just before: "Seoul's foreign
		// ministry summoned … . First Vice Foreign Minister Kim …".
		if aff == "" && j >= 0 && ms[j].Sentence == m.Sentence-1 {
			prev := ms[j].Sentence
			for j >= 0 && ms[j].Sentence == prev {
				j--
			}
			if first := j + 1; ms[first].First-d.Sentences[prev].First <= 2 {
				aff = actorAt(first)
			}
		}

		if aff != "" {
			d.Persons[m.PersonID].Affiliation = aff
		}
	}
	for k := range ms {
		if id := ms[k].PersonID; id != "" && ms[k].Actor == "" {
			ms[k].Actor = d.Persons[id].Affiliation
			ms[k].Kind = kindOfMention(ms, ms[k].Actor)
		}
	}
}

func isPoliticalKind(k entente.ActorKind) bool {
	return k == entente.KindState || k == entente.KindIGO || k == entente.KindGroup
}

func kindOfMention(ms []Mention, id string) entente.ActorKind {
	for _, m := range ms {
		if m.Actor == id && m.PersonID == "" {
			return m.Kind
		}
	}
	return ""
}

// governmentWords mark an outlet as a government's own office.
var governmentWords = map[string]bool{
	"department": true, "ministry": true, "government": true, "embassy": true, "mission": true,
	"presidency": true, "chancellery": true, "office": true, "cabinet": true,
}

// governmentOutlet returns the state an outlet belongs to when the outlet
// is a government's own office: a seat of power ("The White House", "the
// Kremlin") or a department, ministry or embassy of a named state ("U.S.
// Department of State"). News outlets, even state-owned, have no home.
func (f *actorFinder) governmentOutlet(outlet string) string {
	if outlet == "" {
		return ""
	}
	toks := text.Tokenize(outlet)
	keys := make([]string, len(toks))
	lower := make([]string, len(toks))
	official := false
	for i, t := range toks {
		keys[i], lower[i] = t.Key, lexicon.Lower(t.Key)
		official = official || governmentWords[lower[i]]
	}
	for i := 0; i < len(toks); i++ {
		n, pats := f.index.Longest(keys, lower, i, false)
		if n == 0 {
			continue
		}
		for _, p := range pats {
			if p.Marker != 0 {
				continue
			}
			e, ok := f.lex.Entry(p.ID)
			if !ok || e.Kind != entente.KindState {
				continue
			}
			if p.Via == lexicon.ViaMetonym || official && (p.Via == lexicon.ViaName || p.Via == lexicon.ViaAdjective) {
				return e.ID
			}
		}
		i += n - 1
	}
	return ""
}

type stateName struct{ lower, id string }

// misspeltStates finds states whose one-word name is misspelt by a letter
// ("Afganistan", "Quatar"), as machine translation and hurried typing
// leave them: capitalised words that are neither English words nor names
// the lexicon knows.
func (f *actorFinder) misspeltStates(d *Doc, taken []bool) []Mention {
	var out []Mention
	for i, t := range d.Tokens {
		w := d.Lower[i]
		if taken[i] || len(w) < 6 || !startsUpper(t.Key) {
			continue
		}
		id := ""
		for _, sn := range f.stateNames[w[0]] {
			if sn.lower == w || !oneEditApart(sn.lower, w) {
				continue
			}
			if id != "" && id != sn.id {
				id = ""
				break
			}
			id = sn.id
		}
		// Checked last, as few words come this far: an English word or
		// an acronym is not a misspelling.
		if id == "" || f.words.Has(w) || lexicon.IsAllCaps(t.Key) || f.knownName(d, i) {
			continue
		}
		// A given name before a surname: "Europe Director Dominick
		// Chilcott" is no misspelt Dominica.
		if i+1 < len(d.Tokens) && d.SentenceOf(i+1) == d.SentenceOf(i) && startsUpper(d.Tokens[i+1].Key) && !notNames[d.Lower[i+1]] {
			continue
		}
		if i > 0 && stormWords[d.Lower[i-1]] {
			// "Hurricane Frances": a storm's name.
			continue
		}
		taken[i] = true
		out = append(out, Mention{First: i, Last: i + 1, Start: t.Start, End: t.End, Sentence: d.SentenceOf(i),
			Actor: id, Kind: entente.KindState, Via: "misspelt", Location: isPlaceName(d, i, i+1)})
	}
	return out
}

// knownName reports whether token i is a name or adjective the lexicon
// knows ("Albanian" is no misspelt "Albania"), though no mention took it.
func (f *actorFinder) knownName(d *Doc, i int) bool {
	n, _ := f.index.Longest(tokenKeys(d, i, i+1), d.Lower[i:i+1], 0, false)
	return n > 0
}

// oneEditApart reports whether a and b differ by at most one insertion,
// deletion or substitution, without allocating.
func oneEditApart(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return i == len(a) || a[i+1:] == b[i+1:]
	}
	return a[i+1:] == b[i:]
}

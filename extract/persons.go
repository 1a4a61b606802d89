package extract

import (
	"strings"
	"unicode"

	"github.com/entente/entente"
	"github.com/entente/entente/lexicon"
)

// sameOffice reports whether a person's role is the office a role phrase
// names. "Head" ("NATO chief", "the head of the IAEA") is whoever leads
// the body named with it; "premier" is a prime minister.
func sameOffice(personRole, phraseRole string, bodyNamed bool) bool {
	norm := func(r string) string {
		r = strings.ToLower(strings.ReplaceAll(r, "-", " "))
		if r == "premier" {
			return "prime minister"
		}
		return r
	}
	if bodyNamed && (phraseRole == "Head" || phraseRole == "Leader") {
		return true
	}
	// "Chancellor" for the Chancellor of the Exchequer.
	pr, ph := norm(personRole), norm(phraseRole)
	return pr == ph || strings.HasPrefix(pr, ph+" of ")
}

// roleIndex finds role phrases ("foreign minister", "secretary general")
// in lower-case tokens, longest first.
type roleIndex struct {
	next  map[string]*roleIndex
	role  *lexicon.Role
	roles []lexicon.Role
}

func newRoleIndex(roles []lexicon.Role) roleIndex {
	ix := roleIndex{roles: roles}
	for k := range ix.roles {
		r := &ix.roles[k]
		n := &ix
		for _, w := range strings.Fields(strings.ReplaceAll(r.Phrase, "-", " - ")) {
			if n.next == nil {
				n.next = make(map[string]*roleIndex)
			}
			child := n.next[w]
			if child == nil {
				child = &roleIndex{}
				n.next[w] = child
			}
			n = child
		}
		n.role = r
	}
	return ix
}

// longest returns the length in tokens of the longest role phrase at
// lower[i]. Hyphenated tokens ("secretary-general") are matched word by
// word.
func (ix *roleIndex) longest(lower []string, i int) (int, *lexicon.Role) {
	n := ix
	best, bestLen := (*lexicon.Role)(nil), 0
	for j := i; j < len(lower) && n != nil; j++ {
		w := lower[j]
		if strings.IndexByte(w, '-') < 0 || len(w) == 1 {
			n = n.next[w]
		} else {
			n = n.hyphenated(w)
		}
		if n == nil {
			break
		}
		if n.role != nil {
			best, bestLen = n.role, j-i+1
		}
	}
	return bestLen, best
}

// hyphenated follows a hyphenated word ("secretary-general") word by
// word.
func (ix *roleIndex) hyphenated(w string) *roleIndex {
	n := ix
	for k, p := range strings.Split(w, "-") {
		if k > 0 {
			if n = n.next["-"]; n == nil {
				return nil
			}
		}
		if n = n.next[p]; n == nil {
			return nil
		}
	}
	return n
}

// roleComplements introduce the place or body an office is held at:
// "ambassador to Seoul", "envoy to the UN".
var roleComplements = map[string]bool{"to": true, "at": true, "in": true, "for": true}

// personFromRole recognises an official introduced by a title or an
// apposition around the role candidate cands[ci]:
//
//	Turkish Foreign Minister Hakan Fidan
//	NATO Secretary-General, Mark Rutte
//	Fidan, Turkey's foreign minister
//	Colonel Amadou Abdramane, Niger junta spokesman
func (f *actorFinder) personFromRole(d *Doc, cands []candidate, ci int, add func(Mention)) {
	c := cands[ci]
	sent := d.Sentences[d.SentenceOf(c.first)]
	if f.inInstitutionName(d, c.first) || c.first > sent.First && nameParticles[d.Lower[c.first-1]] {
		return // "Zaid bin Sultan": a name's word
	}
	aff, affFirst := f.affiliationBefore(d, cands, ci)
	// Name after the title, possibly after a comma.
	j := c.last
	for j < sent.Last && honorifics[d.Lower[j]] {
		j++
	}
	// The mention runs from the title to the name, but the affiliation
	// before the title stays a mention of its own ("Turkish" is a mention
	// of Turkey), and so does an office's complement between title and
	// name ("Russia's top envoy to Seoul, Georgy Zinoviev").
	first := c.first
	if j+1 < sent.Last && roleComplements[d.Lower[j]] {
		for k := ci + 1; k < len(cands) && cands[k].first <= j+2; k++ {
			if cands[k].first == j+1 || cands[k].first == j+2 && d.Lower[j+1] == "the" {
				j = cands[k].last
				break
			}
		}
	}
	if j < sent.Last && d.Lower[j] == "," && aff != "" {
		j++
	}
	if j > c.last {
		first = j
	}
	if end := f.nameEnd(d, cands, j, sent.Last); end > j {
		if aff == "" {
			aff = f.affiliationAfter(d, cands, end)
		}
		f.addPerson(d, add, first, j, end, aff, c.role)
		return
	}
	// Apposition after a name: "<Name>, [the] [Turkey's|Turkish] <role>".
	start := c.first
	if affFirst >= 0 {
		start = affFirst
	}
	if start > sent.First && d.Lower[start-1] == "the" {
		start--
	}
	if start-2 < sent.First || d.Lower[start-1] != "," {
		return
	}
	end := start - 1
	first = f.nameStartBefore(d, cands, end, sent.First)
	for first < end && (notNames[d.Lower[first]] || honorifics[d.Lower[first]]) {
		first++
	}
	if first == end {
		return
	}
	// "In a speech in Edinburgh, the prime minister said": a place, not a
	// name in apposition; so is "the province of Herat, Washington's
	// envoy said".
	if first > sent.First {
		if w := d.Lower[first-1]; capitalPlaces[w] || w == "from" {
			return
		}
		if first-1 > sent.First && d.Lower[first-1] == "of" && placeNouns[d.Lower[first-2]] {
			return
		}
	}
	// A title before the name ("Colonel Amadou Abdramane") is part of
	// the mention but not of the name.
	mstart := first
	if k, _ := f.roles.longest(d.Lower[:end], first); k > 0 && first+k < end {
		first += k
	}
	f.addPerson(d, add, mstart, first, end, aff, c.role)
}

// nameStartBefore returns where a name that ends before token end begins,
// going back up to five tokens over name words, a particle between two
// and a title after one ("Sheikh Suroor bin Sultan al-Dhahiri, Chairman
// of …").
func (f *actorFinder) nameStartBefore(d *Doc, cands []candidate, end, limit int) int {
	nameWord := func(i int) bool { return startsUpper(d.Tokens[i].Key) && !notNames[d.Lower[i]] }
	first := end
	for first > limit && first > end-5 {
		switch {
		case f.isNameToken(d, cands, first-1):
			first--
		case first-2 >= limit && nameWord(first-1) && nameParticles[d.Lower[first-2]]:
			first--
		case first-2 >= limit && nameParticles[d.Lower[first-1]] && nameWord(first-2):
			first -= 2
		default:
			return first
		}
	}
	return first
}

// inInstitutionName reports whether a capitalised title at token i is a
// word of an institution's name, not an office: "the Association of Chief
// Police Officers", "the Institute of Directors".
func (f *actorFinder) inInstitutionName(d *Doc, i int) bool {
	s := d.Sentences[d.SentenceOf(i)]
	if i-2 < s.First || d.Lower[i-1] != "of" || !startsUpper(d.Tokens[i].Key) {
		return false
	}
	k := d.Tokens[i-2].Key
	if !startsUpper(k) || isShouted(k) || notNames[d.Lower[i-2]] {
		return false
	}
	n, _ := f.roles.longest(d.Lower, i-2)
	return n == 0
}

// properNameWord reports whether a capitalised title at token i is a word
// of a proper name that continues after it ("King Cross station", "Queen
// Street"), not an office.
func (f *actorFinder) properNameWord(d *Doc, c candidate) bool {
	s := d.Sentences[d.SentenceOf(c.first)]
	if c.last >= s.Last || !startsUpper(d.Tokens[c.first].Key) || c.first == s.First {
		return false
	}
	k := d.Tokens[c.last].Key
	if !startsUpper(k) || isShouted(k) || notNames[d.Lower[c.last]] || honorifics[d.Lower[c.last]] || titleCase(d, s.First, s.Last) {
		return false
	}
	if n, _ := f.roles.longest(d.Lower, c.last); n > 0 {
		return false
	}
	// "President Carter's White House": a title before a surname.
	w := d.Lower[c.last]
	return f.words.Has(w) && len(f.surnames[w]) == 0 && docPersonBySurname(d, w, "") == ""
}

// plausibleName reports whether tokens[first:last] can name a person: a
// single word must not be an ordinary English word ("General Election"),
// unless it is the surname of someone known.
func (f *actorFinder) plausibleName(d *Doc, first, last int) bool {
	// "General Motors Corp", "the Textile Federation": companies and
	// bodies, not people.
	for i := first; i < last; i++ {
		if orgHeads[d.Lower[i]] {
			return false
		}
	}
	if last-first > 1 {
		return true
	}
	w := d.Lower[first]
	return !f.words.Has(w) || len(f.surnames[w]) > 0 || docPersonBySurname(d, w, "") != ""
}

// affiliationBefore returns the actor a role phrase belongs to when it is
// written before it ("Turkish", "NATO", "Turkey's", "Niger junta") and the
// token where that affiliation starts, or -1.
func (f *actorFinder) affiliationBefore(d *Doc, cands []candidate, ci int) (string, int) {
	c := cands[ci]
	i := c.first
	for k := 0; k < 2 && i > 0 && (modifiers[d.Lower[i-1]] || d.Lower[i-1] == "'s"); k++ {
		i--
	}
	if ci == 0 {
		return "", -1
	}
	p := cands[ci-1]
	// "Iraq's US-backed leader": the backer is no affiliation; the
	// owner may stand before it. So may the owner of an ambiguous
	// office ("a Pakistani Foreign Office spokesman").
	if p.last == i && (p.partEnd != 0 && backsWhatFollows(d, p.first, p.partEnd) ||
		onlyAmbiguous(p.pats) && ci > 1 && cands[ci-2].last == p.first && hasStatePattern(f.lex, cands[ci-2].pats)) {
		ci--
		i = p.first
		for k := 0; k < 2 && i > 0 && (modifiers[d.Lower[i-1]] || d.Lower[i-1] == "'s"); k++ {
			i--
		}
		if ci == 0 {
			return "", -1
		}
		p = cands[ci-1]
	}
	if p.last != i || p.role != nil {
		return "", -1
	}
	for _, pat := range p.pats {
		if pat.Via == lexicon.ViaPerson || pat.Anaphoric() {
			continue
		}
		if e, ok := f.lex.Entry(pat.ID); ok && e.Kind != entente.KindMedia {
			return e.ID, p.first
		}
	}
	return "", -1
}

// affiliationAfter returns the state or organisation named right after a
// titled name: "King Hassan of Morocco".
func (f *actorFinder) affiliationAfter(d *Doc, cands []candidate, end int) string {
	if end+1 >= len(d.Lower) || d.Lower[end] != "of" {
		return ""
	}
	for _, c := range cands {
		if c.first != end+1 && !(c.first == end+2 && d.Lower[end+1] == "the") {
			continue
		}
		for _, p := range c.pats {
			if p.Via == lexicon.ViaName && p.Marker == 0 {
				if e, ok := f.lex.Entry(p.ID); ok && e.Kind != entente.KindMedia {
					return e.ID
				}
			}
		}
	}
	return ""
}

// isNameToken reports whether token i can be part of a person's name.
func (f *actorFinder) isNameToken(d *Doc, cands []candidate, i int) bool {
	k := d.Tokens[i].Key
	// "al-Turabi", "el-Sisi" are names; "al-Qaeda" is found below as an
	// actor's.
	if !startsUpper(k) && !particleName(k) || notNames[d.Lower[i]] {
		return false
	}
	for _, r := range k {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '.' {
			return false
		}
	}
	if n, _ := f.roles.longest(d.Lower, i); n > 0 {
		return false
	}
	// A state, organisation or outlet is not part of a name.
	n, pats := f.index.Longest(tokenKeys(d, i, i+1), d.Lower[i:i+1], 0, false)
	if n > 0 {
		for _, p := range pats {
			if p.Via != lexicon.ViaPerson && !p.Ambiguous() {
				return false
			}
		}
	}
	return true
}

// particleName reports whether a token is a name joined to its particle
// in lower case: "al-Turabi", "el-Sisi", "bin-Laden".
func particleName(k string) bool {
	h := strings.IndexByte(k, '-')
	return h > 0 && h+1 < len(k) && nameParticles[k[:h]] && startsUpper(k[h+1:])
}

// capitalSurname reports whether token i, after a given name, is a
// capital city's name used as a surname: "spokesman Bob Wellington".
func (f *actorFinder) capitalSurname(d *Doc, i int) bool {
	if !startsUpper(d.Tokens[i].Key) || lexicon.IsAllCaps(d.Tokens[i].Key) {
		return false
	}
	return f.capitals[capitalKey(tokenKeys(d, i, i+1))]
}

// titleSurname reports whether token i, after a given name, is a
// one-word title ending the name, a surname: "MP Oona King", "Mervyn
// King", "Paul Major".
func (f *actorFinder) titleSurname(d *Doc, cands []candidate, i, limit int) bool {
	k := d.Tokens[i].Key
	if !startsUpper(k) || isShouted(k) || notNames[d.Lower[i]] {
		return false
	}
	if n, _ := f.roles.longest(d.Lower[:limit], i); n != 1 {
		return false
	}
	return i+1 >= limit || !f.isNameToken(d, cands, i+1)
}

func tokenKeys(d *Doc, first, last int) []string {
	out := make([]string, last-first)
	for i := range out {
		out[i] = d.Tokens[first+i].Key
	}
	return out
}

// nameEnd returns the end of a person's name starting at token j, or j
// when none starts there. Names run over capitalised words and the
// particles of Arabic, Dutch or German names.
func (f *actorFinder) nameEnd(d *Doc, cands []candidate, j, limit int) int {
	end := j
	for i := j; i < limit && i < j+5; i++ {
		if f.isNameToken(d, cands, i) || i > j && (f.capitalSurname(d, i) || f.titleSurname(d, cands, i, limit)) {
			end = i + 1
			continue
		}
		// "Abdullah bin Zayed", "Jean-Marc de la Sabliere"; after a
		// particle a title is a name ("Zaid bin Sultan").
		if i > j && nameParticles[d.Lower[i]] {
			k := i + 1
			if k < limit && nameParticles[d.Lower[k]] {
				k++
			}
			if k < limit && (f.isNameToken(d, cands, k) || startsUpper(d.Tokens[k].Key) && !notNames[d.Lower[k]]) {
				i, end = k, k+1
				continue
			}
		}
		break
	}
	return end
}

// addPerson registers the person named by tokens[nameFirst:nameLast] and
// adds a mention spanning tokens[first:nameLast].
func (f *actorFinder) addPerson(d *Doc, add func(Mention), first, nameFirst, nameLast int, aff string, role *lexicon.Role) {
	if !f.plausibleName(d, nameFirst, nameLast) {
		return
	}
	// Wire copy wraps lines inside names: the name is its words.
	name := strings.Join(strings.Fields(d.Text[d.Tokens[nameFirst].Start:d.Tokens[nameLast-1].End]), " ")
	id := ""
	// A name the lexicon knows, or a surname of someone already named.
	if n, pats := f.index.Longest(tokenKeys(d, nameFirst, nameLast), d.Lower[nameFirst:nameLast], 0, false); n == nameLast-nameFirst {
		for _, p := range pats {
			if p.Via == lexicon.ViaPerson {
				id = p.ID
			}
		}
	}
	// "Sheikh Hasina": an honorific the lexicon writes as part of the
	// name.
	if h := nameFirst - 1; id == "" && h >= 0 && honorifics[d.Lower[h]] {
		if n, pats := f.index.Longest(tokenKeys(d, h, nameLast), d.Lower[h:nameLast], 0, false); n == nameLast-h {
			for _, p := range pats {
				if p.Via == lexicon.ViaPerson {
					id = p.ID
				}
			}
		}
	}
	// A title and a name the lexicon spells otherwise ("President Omar
	// Hassan al-Bashir", "President Obama" in an undated text, "King
	// Hassan"): the one person of that surname who held that office. The
	// title decides before any other holder of the surname.
	if id == "" && role != nil {
		surname := surnameKey("x " + d.Text[d.Tokens[nameLast-1].Start:d.Tokens[nameLast-1].End])
		given := ""
		if nameLast-nameFirst > 1 && !peerTitles[d.Lower[nameFirst]] {
			given = d.Lower[nameFirst]
		}
		id = f.titledPerson(surname, given, aff, role)
		if h := strings.IndexByte(surname, '-'); id == "" && h > 0 && nameParticles[surname[:h]] {
			// "Prime Minister Rafik al-Hariri" is Rafik Hariri.
			id = f.titledPerson(surname[h+1:], given, aff, role)
		}
		if id == "" {
			id = f.misspeltTitled(d, nameFirst, nameLast, surname, aff, role)
		}
		// Two holders of the office with that surname (the two
		// Presidents Bush) still tell whose office it is.
		if id == "" && aff == "" {
			aff = f.titledAffiliation(surname, role)
		}
	}
	if id == "" && nameLast-nameFirst == 1 {
		if id = docPersonBySurname(d, d.Lower[nameFirst], aff); id == "" && role == nil {
			id = f.incumbentBySurname(d, d.Lower[nameFirst], aff)
		}
	}
	p := f.person(d, id, name)
	if aff != "" && !f.holdsTitle(d, id, aff, role) {
		p.Affiliation = aff
	}
	if role != nil && (p.Role == "" || id == "" || !strings.Contains(strings.ToLower(p.Role), role.Phrase)) && (p.Affiliation == aff || aff == "") {
		if p.Role == "" || aff != "" {
			p.Role = role.Role
			p.Sector = role.Sector
			p.lexiconRole = false
		} else if p.lexiconRole {
			p.titleRole, p.titleSector = role.Role, role.Sector
		}
	}
	// A title the lexicon knows for this person dates an undated text.
	if role != nil && id != "" && d.Published == "" {
		for _, o := range f.lex.Offices(id) {
			if sameOffice(o.Role, role.Role, false) {
				// The title names this office ("Chancellor Gordon
				// Brown" before he was prime minister).
				if p.lexiconRole && o.Affiliation == p.Affiliation {
					p.Role, p.Sector = o.Role, o.Sector
				}
				p.dated = true
				if d.eraFrom == "" || o.Start > d.eraFrom {
					d.eraFrom = o.Start
				}
				if o.End != "" && (d.eraTo == "" || o.End < d.eraTo) {
					d.eraTo = o.End
				}
			}
		}
	}
	add(Mention{First: first, Last: nameLast, Actor: p.Affiliation, Kind: f.kindOf(p.Affiliation),
		PersonID: p.ID, Via: "person", Sector: p.Sector})
}

// holdsTitle reports whether lexicon person id holds, at the document's
// date, an office of the title's kind for another actor than aff: then
// the office decides ("LONDON President Vladimir Putin of Russia" is
// Russia's, not the dateline's).
func (f *actorFinder) holdsTitle(d *Doc, id, aff string, role *lexicon.Role) bool {
	if id == "" || d.Published == "" {
		return false
	}
	o, ok := f.lex.OfficeOn(id, d.Published)
	if !ok || o.Affiliation == aff {
		return false
	}
	return role == nil || strings.EqualFold(o.Role, role.Role)
}

// person returns the document's record of a person, creating it from the
// lexicon (id set) or from the name as written.
func (f *actorFinder) person(d *Doc, id, name string) *Person {
	if id == "" {
		id = "person:" + lexicon.Slug(name)
	}
	if p, ok := d.Persons[id]; ok {
		return p
	}
	p := &Person{ID: id, Name: name}
	o, known := f.lex.OfficeOn(id, d.Published)
	if known {
		p.Affiliation, p.Role, p.Sector = o.Affiliation, o.Role, o.Sector
		p.lexiconRole = true
		if p.Sector == "" {
			p.Sector = entente.SectorGovernment
		}
		// The name as the document writes it, when it writes it in
		// full; the lexicon's otherwise.
		if len(strings.Fields(name)) < 2 {
			p.Name = o.Name
		}
	}
	p.Surnames = surnameKeys(p.Name)
	if known {
		p.Surnames = append(p.Surnames, surnameKeys(o.Name)...)
	}
	d.Persons[id] = p
	return p
}

// eastAsianSurnames come first in the names they begin ("Kim Hong-kyun" is
// later "Kim"); most common Korean and Chinese family names.
var eastAsianSurnames = map[string]bool{
	"kim": true, "lee": true, "park": true, "choi": true, "jung": true, "kang": true, "cho": true,
	"yoon": true, "jang": true, "lim": true, "han": true, "shin": true, "seo": true, "kwon": true,
	"hwang": true, "ahn": true, "song": true, "yoo": true, "hong": true, "moon": true, "chung": true,
	"wang": true, "li": true, "zhang": true, "liu": true, "chen": true, "yang": true, "huang": true,
	"zhao": true, "wu": true, "zhou": true, "xu": true, "sun": true, "ma": true, "zhu": true, "hu": true,
	"guo": true, "lin": true, "xi": true, "qin": true, "wen": true, "dong": true,
}

// surnameKeys returns the lower-case words that refer back to a person by
// name alone: the last word, or the first for East Asian names.
func surnameKeys(name string) []string {
	fields := strings.Fields(name)
	if len(fields) < 2 {
		return nil
	}
	first := lexicon.Lower(foldKey(fields[0]))
	if eastAsianSurnames[first] && (len(fields) == 2 || strings.Contains(fields[len(fields)-1], "-")) {
		return []string{first}
	}
	return []string{surnameKey(name)}
}

// surnamePerson resolves a bare surname: someone already named in the
// document, else the one lexicon person of that surname in office at the
// document's date (and of the given affiliation, when known).
func (f *actorFinder) surnamePerson(d *Doc, surname, aff string) string {
	if id := docPersonBySurname(d, surname, aff); id != "" {
		return id
	}
	return f.incumbentBySurname(d, surname, aff)
}

// titledPerson returns the one lexicon person with that surname who held
// the office the title names, at any date. A given name written with the
// surname must be the person's: "Prime Minister Rafik al-Hariri" is not
// Saad al-Hariri.
func (f *actorFinder) titledPerson(surname, given, aff string, role *lexicon.Role) string {
	found := ""
	for _, id := range f.surnames[surname] {
		for _, o := range f.lex.Offices(id) {
			if (aff == "" || o.Affiliation == aff) && sameOffice(o.Role, role.Role, false) && (given == "" || givenFits(o, given)) {
				if found != "" && found != id {
					return ""
				}
				found = id
			}
		}
	}
	return found
}

// misspeltTitled returns the one lexicon person who held the office a
// title names and whose surname the name misspells by one letter
// ("President Francois Mitterand"); when the name has a given name, it
// must be the person's, accents aside.
func (f *actorFinder) misspeltTitled(d *Doc, nameFirst, nameLast int, surname, aff string, role *lexicon.Role) string {
	if len(surname) < 6 {
		return ""
	}
	given := ""
	if nameLast-nameFirst > 1 {
		given = d.Lower[nameFirst]
	}
	found := ""
	for _, s := range f.surnameList[surname[0]] {
		if s == surname || !oneEditApart(s, surname) {
			continue
		}
		for _, id := range f.surnames[s] {
			for _, o := range f.lex.Offices(id) {
				if aff != "" && o.Affiliation != aff || !sameOffice(o.Role, role.Role, false) {
					continue
				}
				if given != "" && !hasGivenName(o, given) {
					continue
				}
				if found != "" && found != id {
					return ""
				}
				found = id
			}
		}
	}
	return found
}

// hasGivenName reports whether an office holder's name or an alias
// begins with the lower-case folded given name.
func hasGivenName(o lexicon.Office, given string) bool {
	for _, name := range append([]string{o.Name}, o.Aliases...) {
		if fs := strings.Fields(name); len(fs) > 1 && lexicon.Lower(foldKey(fs[0])) == given {
			return true
		}
	}
	return false
}

// givenFits reports whether a given name written before a surname may be
// an office holder's, spelt as transliteration varies ("Mahmud" for
// "Mahmoud"): a given name of theirs within two edits.
func givenFits(o lexicon.Office, given string) bool {
	for _, name := range append([]string{o.Name}, o.Aliases...) {
		fs := strings.Fields(name)
		if len(fs) < 2 {
			continue
		}
		g := lexicon.Lower(foldKey(fs[0]))
		if g == given || sameInitial(g[0], given[0]) && editDistance(g, given) <= 2 {
			return true
		}
	}
	return false
}

// sameInitial reports whether two given names may begin alike: the same
// letter, or two vowels ("Iyad", "Ayad", "Eyad" Allawi).
func sameInitial(a, b byte) bool {
	return a == b || strings.IndexByte("aeiou", a) >= 0 && strings.IndexByte("aeiou", b) >= 0
}

// titledAffiliation returns the one affiliation of every lexicon person
// with that surname who held the office the title names, or "".
func (f *actorFinder) titledAffiliation(surname string, role *lexicon.Role) string {
	aff := ""
	for _, id := range f.surnames[surname] {
		for _, o := range f.lex.Offices(id) {
			if sameOffice(o.Role, role.Role, false) {
				if aff != "" && aff != o.Affiliation {
					return ""
				}
				aff = o.Affiliation
			}
		}
	}
	return aff
}

func docPersonBySurname(d *Doc, surname, aff string) string {
	found := ""
	for _, p := range d.Persons {
		for _, s := range p.Surnames {
			if s == surname && (aff == "" || p.Affiliation == aff) {
				if found != "" && found != p.ID {
					return ""
				}
				found = p.ID
			}
		}
	}
	return found
}

func (f *actorFinder) incumbentBySurname(d *Doc, surname, aff string) string {
	found := ""
	for _, id := range f.surnames[surname] {
		o, ok := f.lex.OfficeOn(id, d.Published)
		if !ok || !o.HeldOn(d.Published) || (aff != "" && o.Affiliation != aff) {
			continue
		}
		// Someone of that surname the document names with another
		// given name ("Margaret Hassan … Mrs Hassan") is not them.
		if f.otherGivenName(d, surname, o) {
			continue
		}
		if found != "" && found != id {
			return "" // two people of that name in office: say nothing
		}
		found = id
	}
	return found
}

// datePersons gives the persons of an undated text that its titled
// officials date (see Doc.eraFrom) the lexicon office they held then, or
// no lexicon role when they took office only later: Theresa May is no
// prime minister beside "Chancellor Gordon Brown".
func (f *actorFinder) datePersons(d *Doc) {
	if d.Published != "" || d.eraFrom == "" && d.eraTo == "" || d.eraTo != "" && d.eraFrom > d.eraTo {
		return
	}
	for _, p := range d.Persons {
		if !p.lexiconRole || p.dated {
			continue
		}
		var best lexicon.Office
		found, later := false, false
		for _, o := range f.lex.Offices(p.ID) {
			if d.eraTo != "" && o.Start > d.eraTo {
				later = true
				continue
			}
			if o.End != "" && o.End < d.eraFrom {
				continue
			}
			// The latest office, but one begun only on the era's last
			// day after any other.
			if !found || o.Start > best.Start && (o.Start < d.eraTo || d.eraTo == "" || best.Start == d.eraTo) {
				best, found = o, true
			}
		}
		switch {
		case found && best.Affiliation == p.Affiliation:
			p.Role, p.Sector = best.Role, best.Sector
		case !found && later:
			p.Role, p.Sector = p.titleRole, p.titleSector
		}
	}
}

// otherGivenName reports whether the document writes the surname after a
// capitalised given name that is not one of the office holder's.
func (f *actorFinder) otherGivenName(d *Doc, surname string, o lexicon.Office) bool {
	for i := 1; i < len(d.Lower); i++ {
		if d.Lower[i] != surname || d.SentenceOf(i-1) != d.SentenceOf(i) {
			continue
		}
		g := d.Lower[i-1]
		if !startsUpper(d.Tokens[i-1].Key) || isShouted(d.Tokens[i-1].Key) || notNames[g] || honorifics[g] {
			continue
		}
		// "Presidents Obama and Calderon", "Yesterday Obama said".
		if n, _ := f.roles.longest([]string{strings.TrimSuffix(g, "s")}, 0); n > 0 ||
			i-1 == d.Sentences[d.SentenceOf(i)].First && f.words.Has(g) && !f.givenNames[g] {
			continue
		}
		if !hasGivenName(o, g) {
			return true
		}
	}
	return false
}

func (f *actorFinder) kindOf(id string) entente.ActorKind {
	if e, ok := f.lex.Entry(id); ok {
		return e.Kind
	}
	return ""
}

// personMention is a mention of a lexicon person by full name or alias.
func (f *actorFinder) personMention(d *Doc, first, last int, id, via string) Mention {
	name := d.Text[d.Tokens[first].Start:d.Tokens[last-1].End]
	p := f.person(d, id, name)
	return Mention{First: first, Last: last, Actor: p.Affiliation, Kind: f.kindOf(p.Affiliation),
		PersonID: p.ID, Via: via, Sector: p.Sector}
}

// roleOnly resolves a role phrase that names no one: "the NATO Secretary
// General said", "the minister added". It refers to a person of that role
// already named in the document, else to the affiliation it states.
func (f *actorFinder) roleOnly(d *Doc, cands []candidate, ci int) (Mention, bool) {
	c := cands[ci]
	m := Mention{First: c.first, Last: c.last, Via: "role", Sector: c.role.Sector}
	if f.inInstitutionName(d, c.first) || f.properNameWord(d, c) {
		return m, false
	}
	aff, _ := f.affiliationBefore(d, cands, ci)
	// "chief" or "leader" alone names no office: "chief economist".
	if aff == "" && (c.role.Role == "Head" || c.role.Role == "Leader") {
		return m, false
	}
	// "the region's assassinated president", "the company's president":
	// the office of what the possessive names, no actor's.
	if aff == "" && possessedByNonActor(d, c.first) || roleOfUnnamedBody(d, c.last) {
		return m, false
	}
	// In a government's own readout, "the President" is its president.
	if aff == "" && d.Home != "" && c.role.Sector == entente.SectorGovernment {
		aff = d.Home
	}
	var match *Person
	for _, p := range d.Persons {
		if (aff == "" || p.Affiliation == aff) && sameOffice(p.Role, c.role.Role, aff != "") {
			if match != nil && match.ID != p.ID {
				match = nil
				break
			}
			match = p
		}
	}
	// A known office holder of the day: "the Turkish foreign minister" in
	// an article of 2025 is Hakan Fidan. Only with a publication date: an
	// undated text's office holders are unknown.
	if match == nil && aff != "" && d.Published != "" {
		if hs := f.lex.Holders(aff, c.role.Role, d.Published); len(hs) == 1 {
			match = f.person(d, hs[0].PersonID, hs[0].Name)
		}
	}
	if match != nil {
		m.PersonID, m.Actor, m.Kind = match.ID, match.Affiliation, f.kindOf(match.Affiliation)
		return m, true
	}
	if aff == "" {
		return m, false
	}
	m.Actor, m.Kind = aff, f.kindOf(aff)
	return m, true
}

// possessedByNonActor reports whether the role at token first follows a
// possessive of a common noun, over a few lower-case modifiers: "the
// war-ravaged region's assassinated president". A description of a state
// ("the country's first president") is an actor's.
func possessedByNonActor(d *Doc, first int) bool {
	start := d.Sentences[d.SentenceOf(first)].First
	for i := first - 1; i >= start && i >= first-4; i-- {
		if d.Lower[i] == "'s" {
			if i-1 < start || !isLowerWord(d, i-1) {
				return false
			}
			_, refers := descriptionHeads[d.Lower[i-1]]
			return !refers
		}
		if !isLowerWord(d, i) || !wordStart(d.Lower[i]) || nounlessWords[d.Lower[i]] {
			return false
		}
	}
	return false
}

// roleOfUnnamedBody reports whether the role ending before token last is
// followed by "of a" or "of an": the office is in a body the text does
// not name as an actor ("the British head of a key agency", "the leader
// of a group of mercenaries"), where portfolios ("minister of defence")
// take no indefinite article.
func roleOfUnnamedBody(d *Doc, last int) bool {
	end := d.Sentences[d.SentenceOf(last-1)].Last
	return last+1 < end && d.Lower[last] == "of" && (d.Lower[last+1] == "a" || d.Lower[last+1] == "an")
}

// laterReferences finds persons referred to by surname alone ("Fidan
// said", "Trump's threat") or by a misspelt surname in noisy text, in the
// tokens no other mention has taken. A surname of someone the document has
// not named resolves only to an office holder of the day whose state or
// organisation acts in the document (see actingIDs), or to a head of
// state or government whose surname is no common word or given name, and
// only where the word stands alone (not inside another name: "Hassan" in
// "Hassan Sheikh Mohamud"). A surname is shared by many: "Liverpool" of a
// football report is no president of Dominica.
func (f *actorFinder) laterReferences(d *Doc, taken []bool, acting map[string]bool) []Mention {
	var out []Mention
	for i, t := range d.Tokens {
		if taken[i] || !startsUpper(t.Key) || notNames[d.Lower[i]] || isShouted(t.Key) {
			continue
		}
		via := "surname"
		id := docPersonBySurname(d, d.Lower[i], "")
		if id != "" && f.otherGivenBefore(d, i, id) {
			continue // "Yasser Arafat's brother Fatehy Arafat"
		}
		if id == "" && f.standsAlone(d, i) {
			if cand := f.incumbentBySurname(d, d.Lower[i], ""); cand != "" {
				if o, ok := f.lex.OfficeOn(cand, d.Published); ok && (acting[o.Affiliation] || leadingOffice(o.Role) && f.distinctiveSurname(d.Lower[i])) {
					id = cand
					// A leader named brings in their state: "Blair and
					// Brown" are both British.
					acting[o.Affiliation] = true
				} else if i > 0 && honorifics[d.Lower[i-1]] {
					// "Mr Howard" of a British article is no Australian
					// prime minister the text never brings in: a
					// person, but of no known affiliation.
					id = f.person(d, "", t.Key).ID
				}
			}
		}
		if id == "" {
			id = f.misspelt(d, i)
			via = "misspelt"
		}
		if id == "" {
			continue
		}
		taken[i] = true
		m := f.personMention(d, i, i+1, id, via)
		m.Start, m.End, m.Sentence = t.Start, t.End, d.SentenceOf(i)
		out = append(out, m)
	}
	return out
}

// actingIDs returns the states and organisations that act in the
// document as political actors, as opposed to being only named: an
// official of theirs named with a title or in full, their capital or an
// adjective before a political noun ("Australian government"), or their
// name next to a verb ("Australia said", "visited Australia") or before a
// political head ("Australia's prime minister"). A name only in a list of
// places or a comparison ("a points system similar to Australia's") does
// not bring its leader into an article.
func actingIDs(d *Doc, ms []Mention) map[string]bool {
	acting := map[string]bool{}
	for k, m := range ms {
		if m.Actor == "" || m.Location || m.IsMedia() {
			continue
		}
		switch {
		case m.Via != "name" || m.Sector != "":
			acting[m.Actor] = true
		case m.First > 0 && d.SentenceOf(m.First-1) == m.Sentence && looksLikeVerb(d, m.First-1):
			acting[m.Actor] = true
		default:
			// Over a coordination to the verb: "Australia and
			// Japan signed".
			end := m.Last
			for j := k + 1; j < len(ms) && ms[j].Sentence == m.Sentence && d.coordinatedGap(end, ms[j].First); j++ {
				end = ms[j].Last
			}
			if end < d.Sentences[m.Sentence].Last && looksLikeVerb(d, end) {
				acting[m.Actor] = true
			}
		}
	}
	return acting
}

// distinctiveSurname reports whether a surname is neither an English word
// nor a given name: one that, written alone, most likely means the office
// holder who bears it ("Putin said"), where "Howard" or "Martin" may be
// anyone.
func (f *actorFinder) distinctiveSurname(w string) bool {
	return !f.words.Has(w) && !f.givenNames[w]
}

// peerTitles stand where a given name would and are part of how a peer is
// named ("Lord Callaghan"), so no given name of another person.
var peerTitles = map[string]bool{"lord": true, "lady": true, "baron": true, "baroness": true}

// otherGivenBefore reports whether the surname at token i follows a
// capitalised given name that is none of person id's: another person of
// the family ("Prime Minister Tony Blair and his wife Cherie Blair").
func (f *actorFinder) otherGivenBefore(d *Doc, i int, id string) bool {
	g := i - 1
	if g < d.Sentences[d.SentenceOf(i)].First {
		return false
	}
	k, w := d.Tokens[g].Key, d.Lower[g]
	if !startsUpper(k) || isShouted(k) || notNames[w] || honorifics[w] || peerTitles[w] || !f.isNameToken(d, nil, g) {
		return false
	}
	if g == d.Sentences[d.SentenceOf(i)].First && f.words.Has(w) && !f.givenNames[w] {
		return false // "Yesterday Arafat said"
	}
	// A name of the person's, or one with its initial: "Jim" is James
	// Callaghan, spellings and nicknames vary.
	if p, ok := d.Persons[id]; ok {
		for _, n := range strings.Fields(p.Name) {
			if n = lexicon.Lower(foldKey(n)); n != "" && sameInitial(n[0], w[0]) {
				return false
			}
		}
	}
	for _, o := range f.lex.Offices(id) {
		for _, name := range append([]string{o.Name}, o.Aliases...) {
			if n := lexicon.Lower(foldKey(name)); n != "" && sameInitial(n[0], w[0]) {
				return false
			}
		}
	}
	return true
}

// standsAlone reports whether token i is not part of a longer capitalised
// name.
func (f *actorFinder) standsAlone(d *Doc, i int) bool {
	s := d.Sentences[d.SentenceOf(i)]
	if i+1 < s.Last && (startsUpper(d.Tokens[i+1].Key) && !notNames[d.Lower[i+1]] || particleName(d.Tokens[i+1].Key)) {
		return false
	}
	if i > s.First && startsUpper(d.Tokens[i-1].Key) && !notNames[d.Lower[i-1]] && (i-1 != s.First || f.givenNames[d.Lower[i-1]] || !f.words.Has(d.Lower[i-1])) {
		// "Margaret Hassan, the kidnapped aid worker": a given name
		// opening the sentence is still part of the name, where an
		// ordinary word ("Yesterday") is not.
		return false
	}
	return true
}

// misspelt returns the person a capitalised word stands for when it is a
// near miss of the surname of someone named in the document ("Route" for
// Rutte) and it stands where a person does: before a verb or after a
// title-less comma, not at a sentence start.
func (f *actorFinder) misspelt(d *Doc, i int) string {
	w := d.Lower[i]
	if len(w) < 4 || i == 0 || d.Sentences[d.SentenceOf(i)].First == i {
		return ""
	}
	if i+1 >= len(d.Tokens) || !looksLikeVerb(d, i+1) {
		return ""
	}
	found := ""
	for _, p := range d.Persons {
		for _, s := range p.Surnames {
			if s == w || len(s) < 4 || s[0] != w[0] || editDistance(s, w) > 2 {
				continue
			}
			if found != "" && found != p.ID {
				return ""
			}
			found = p.ID
		}
	}
	return found
}

// looksLikeVerb reports whether token i is a finite verb: by its tag when
// the tagger ran, else by its form.
func looksLikeVerb(d *Doc, i int) bool {
	if d.Tags != nil && d.Tags[i] != "" {
		switch d.Tags[i] {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
		return false
	}
	w := d.Lower[i]
	return strings.HasSuffix(w, "ed") || w == "said" || w == "says" || w == "told" || w == "has" || w == "had" || w == "will"
}

// editDistance is the Levenshtein distance of two short strings.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// isShouted reports whether a word of two or more letters is in capitals:
// an acronym ("UN"), not a surname.
func isShouted(w string) bool { return len(w) > 1 && lexicon.IsAllCaps(w) }

// leadingOffice reports whether an office is one whose holder the news
// calls by surname alone without naming the country: "Putin said".
func leadingOffice(role string) bool {
	switch role {
	case "President", "Prime Minister", "Chancellor", "Supreme Leader", "Secretary General", "Secretary-General":
		return true
	}
	return false
}

package extract

import (
	"strings"

	"github.com/entente/entente"
)

// refClass says what sort of antecedent a pronoun or a definite
// description looks for.
type refClass uint8

const (
	refNone         refClass = iota
	refPerson                // he, she, him, his, her
	refPlural                // they, them, their
	refNeuter                // it, its
	refSpeaker               // we, our, us inside a quotation: the speaker
	refCountry               // the country, the kingdom, their country
	refGovernment            // the government, the authorities, the ministry
	refOrganisation          // the organisation, the bloc, the alliance
	refGroup                 // the group, the movement, the militants
	refPair                  // the two sides, both countries, the two leaders
)

// pronounClasses maps personal and possessive pronouns to what they refer
// to. "I", "me" and "you" are left out: in news they are quoted speech
// whose referent the quote's attribution decides.
var pronounClasses = map[string]refClass{
	"he": refPerson, "him": refPerson, "his": refPerson, "himself": refPerson,
	"she": refPerson, "her": refPerson, "hers": refPerson, "herself": refPerson,
	"they": refPlural, "them": refPlural, "their": refPlural, "theirs": refPlural, "themselves": refPlural,
	"it": refNeuter, "its": refNeuter, "itself": refNeuter,
	"we": refSpeaker, "us": refSpeaker, "our": refSpeaker, "ours": refSpeaker,
}

// descriptionHeads are the head nouns of definite descriptions that refer
// back to an actor ("the country", "the bloc"), by the kind of actor they
// refer to.
var descriptionHeads = map[string]refClass{
	"country": refCountry, "nation": refCountry, "kingdom": refCountry, "republic": refCountry,
	"emirate": refCountry, "island": refCountry,
	"government": refGovernment, "authorities": refGovernment, "regime": refGovernment,
	"administration": refGovernment, "ministry": refGovernment, "leadership": refGovernment,
	"cabinet": refGovernment, "junta": refGovernment,
	"organization": refOrganisation, "organisation": refOrganisation, "bloc": refOrganisation,
	"alliance": refOrganisation, "union": refOrganisation, "body": refOrganisation,
	"grouping": refOrganisation,
	"group":    refGroup, "movement": refGroup, "militants": refGroup, "militia": refGroup,
	"rebels": refGroup, "insurgents": refGroup, "faction": refGroup,
}

// pairHeads follow "the two" or "both" in descriptions of the two parties
// last named: "the two sides", "both countries".
var pairHeads = map[string]bool{
	"sides": true, "countries": true, "nations": true, "leaders": true, "governments": true,
	"parties": true, "neighbours": true, "neighbors": true, "states": true, "men": true,
	"presidents": true, "ministers": true, "delegations": true, "capitals": true, "allies": true,
	"rivals": true, "powers": true,
}

// statePairs are the pair heads that name states.
var statePairs = map[string]bool{"countries": true, "nations": true, "states": true, "neighbours": true,
	"neighbors": true, "governments": true, "capitals": true}

// personPairs are the pair heads that name people.
var personPairs = map[string]bool{"leaders": true, "presidents": true, "ministers": true, "men": true}

// personPair returns the last two people named before token tok, in the
// document's last six sentences, for two different actors, in text order.
//
// ok is false when a pair of people the lexicon does not know was named
// nearer ("King and Weeks were abducted … Both men claimed"): the pair are
// them, and no one this document knows.
func (d *Doc) personPair(tok int) (pair []Mention, ok bool) {
	s := d.SentenceOf(tok)
	var out []Mention
	seen := map[string]bool{}
	for back := 0; back <= 6 && s-back >= 0; back++ {
		ms := d.MentionsIn(s - back)
		limit := d.Sentences[s-back].Last
		if back == 0 {
			ms = d.mentionsBefore(s, tok)
			limit = tok
		}
		if d.unknownNamePair(s-back, limit) {
			return nil, false
		}
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if m.PersonID == "" || m.Actor == "" || !usable(m) || seen[m.Actor] {
				continue
			}
			seen[m.Actor] = true
			out = append(out, m)
			if len(out) == 2 {
				out[0], out[1] = out[1], out[0]
				return out, true
			}
		}
	}
	return nil, true
}

// unknownNamePair reports whether sentence k names, before token limit,
// two proper names joined by "and" that no mention covers: "King and
// Weeks were abducted".
func (d *Doc) unknownNamePair(k, limit int) bool {
	first := d.Sentences[k].First
	for i := first + 1; i+1 < limit; i++ {
		if d.Lower[i] != "and" || !d.unknownName(i-1) || !d.unknownName(i+1) {
			continue
		}
		return true
	}
	return false
}

// unknownName reports whether token i is a capitalised word that could be
// a name and that no mention covers.
func (d *Doc) unknownName(i int) bool {
	k := d.Tokens[i].Key
	return startsUpper(k) && !isShouted(k) && !notNames[d.Lower[i]] && (d.MentionAt == nil || d.MentionAt[i] < 0)
}

// pairModifiers stand between "the" and a pair head: "the two sides",
// "the warring parties", "the conflicting parties".
var pairModifiers = map[string]bool{"two": true, "warring": true, "conflicting": true, "opposing": true,
	"rival": true, "feuding": true}

// corefWindow is how many sentences back an antecedent is looked for.
const corefWindow = 3

// agentWindow is how many sentences back a government or country that
// acts ("the government has offered") looks for one that acted before:
// such a topic stays in focus longer than any state merely named.
const agentWindow = 6

// RefersBack reports whether token tok is a pronoun or the head of a
// definite description that refers back to an actor.
func (d *Doc) RefersBack(tok int) bool {
	return d.refClassAt(tok) != refNone
}

// Antecedent returns the mention that the pronoun or definite description
// at token tok refers back to: "he" and "his" to the person last in focus,
// "they" to a plural mention or a coordinated group, "it" to a state or
// organisation, "we" inside a quotation to its speaker, "the country",
// "the bloc", "the two sides" to the actor of that kind last named. plural
// says that the caller needs a plural referent; it matters only for words
// that are not pronouns. For a group ("Mali, Burkina Faso and Niger … they")
// the first member is returned; Antecedents returns them all. ok is false
// when the referent is not clear.
func (d *Doc) Antecedent(tok int, plural bool) (Mention, bool) {
	ms := d.antecedents(tok, plural)
	if len(ms) == 0 {
		return Mention{}, false
	}
	return ms[0], true
}

// Antecedents returns every mention that the pronoun or description at
// token tok refers back to: several for a coordinated group or a pair.
func (d *Doc) Antecedents(tok int) []Mention {
	return d.antecedents(tok, false)
}

func (d *Doc) antecedents(tok int, plural bool) []Mention {
	if tok < 0 || tok >= len(d.Tokens) {
		return nil
	}
	c := d.refClassAt(tok)
	if ms := d.bracketedReferent(tok); len(ms) > 0 && c != refNone {
		return ms
	}
	switch c {
	case refPerson:
		return one(d.personAntecedent(tok))
	case refPlural:
		return d.pluralAntecedent(tok)
	case refNeuter:
		want := func(m Mention) bool { return !isPersonMention(m) }
		if m, ok := d.subjectOverPossessor(tok, want); ok {
			return []Mention{m}
		}
		m, ok := d.singularAntecedent(tok, want)
		if ok && (d.unknownSubjectBefore(tok, m) || d.commonNounSubject(tok)) {
			// "BankAmerica said its loans", "UKIP won 12 seats … on the
			// back of its call", "The bank said it approved": its own,
			// and it is no actor.
			return nil
		}
		return one(m, ok)
	case refSpeaker:
		return d.speakerAntecedent(tok)
	case refCountry, refGovernment:
		if owner, ok := d.possessorOf(tok); ok {
			return owner
		}
		// A government or country that acts is one that acted before,
		// not one only named after a preposition: in "an offer might
		// be made to the Sri Lankan government. … the government has
		// formally offered", the government is the one offering. Such
		// a subject is followed by its verb; when no state acted in
		// the sentences before, the nearest named is taken.
		state := func(m Mention) bool { return m.Kind == entente.KindState && !isPersonMention(m) }
		if tok+1 < d.Sentences[d.SentenceOf(tok)].Last && looksLikeVerb(d, tok+1) {
			// An official who acted stands for their state: "Garcia
			// announced the government would …".
			m, ok := d.actorAntecedentWithin(tok, agentWindow, func(m Mention) bool {
				return m.Kind == entente.KindState && d.actedAsSubject(m)
			})
			if ok && d.unknownSubjectBefore(tok, m) {
				return nil // "MITI, anxious …, has been pressing …. The ministry asked"
			}
			if ok {
				if isPersonMention(m) {
					m.PersonID, m.Via = "", "affiliation"
				}
				return []Mention{m}
			}
		}
		return one(d.actorAntecedent(tok, state))
	case refOrganisation:
		return one(d.actorAntecedent(tok, func(m Mention) bool {
			return m.Kind == entente.KindIGO && !isPersonMention(m)
		}))
	case refGroup:
		return one(d.actorAntecedent(tok, func(m Mention) bool {
			return (m.Kind == entente.KindGroup || m.Kind == entente.KindOrg) && !isPersonMention(m)
		}))
	case refPair:
		return d.pairAntecedent(tok)
	}
	if plural {
		return d.pluralAntecedent(tok)
	}
	return nil
}

// bracketedReferent returns the actors a writer names in brackets right
// after a pronoun to say whom it means: "They (the Kuwaitis) have asked
// Britain, China …" are the Kuwaitis, whoever was named before.
func (d *Doc) bracketedReferent(tok int) []Mention {
	end := d.Sentences[d.SentenceOf(tok)].Last
	i := tok + 1
	if i+1 >= end || d.Lower[i] != "(" || d.MentionAt == nil {
		return nil
	}
	i++
	if d.Lower[i] == "the" {
		i++
	}
	if i >= end || d.MentionAt[i] < 0 {
		return nil
	}
	k := d.MentionAt[i]
	group := d.groupFrom(d.Mentions, k)
	last := group[len(group)-1]
	if last.Last >= end || d.Lower[last.Last] != ")" {
		return nil
	}
	for _, m := range group {
		if !usable(m) || m.Actor == "" {
			return nil
		}
	}
	return group
}

func one(m Mention, ok bool) []Mention {
	if !ok {
		return nil
	}
	return []Mention{m}
}

// refClassAt classifies token tok: a pronoun, or the head noun of a
// description introduced by "the", "this", "that", a possessive pronoun,
// "the two" or "both".
func (d *Doc) refClassAt(tok int) refClass {
	w := d.Lower[tok]
	if c, ok := pronounClasses[w]; ok {
		if c == refSpeaker && !d.inQuotation(tok) {
			return refNone
		}
		return c
	}
	if d.MentionAt != nil && d.MentionAt[tok] >= 0 {
		return refNone
	}
	first := d.Sentences[d.SentenceOf(tok)].First
	if pairHeads[w] && tok-1 >= first {
		prev := d.Lower[tok-1]
		if prev == "both" || (pairModifiers[prev] && tok-2 >= first && d.Lower[tok-2] == "the") {
			return refPair
		}
	}
	c, ok := descriptionHeads[w]
	if !ok || tok == first {
		return refNone
	}
	// The determiner may be separated by one adjective: "the Gulf
	// state", "the divided island", "the West African bloc".
	for k := tok - 1; k >= first && k >= tok-2; k-- {
		switch d.Lower[k] {
		case "the", "this", "that", "their", "its", "his", "her":
			return c
		}
		if d.MentionAt != nil && d.MentionAt[k] >= 0 {
			return refNone // "the Turkish government" is a mention of its own
		}
	}
	return refNone
}

func isPersonMention(m Mention) bool { return m.PersonID != "" || m.Via == "role" }

// usable reports whether a mention can be an antecedent: an actor, never
// a news outlet or a name used only as a place.
func usable(m Mention) bool {
	return !m.IsMedia() && !(m.Location && placeKind(m.Kind)) && (m.Actor != "" || m.PersonID != "")
}

// placeKind reports whether actors of a kind can be mere places: states
// can ("talks in Ankara"), an organisation never is ("membership in the
// CSTO").
func placeKind(k entente.ActorKind) bool { return k == entente.KindState || k == "" }

// mentionsBefore returns the mentions of sentence s that start before
// token tok.
func (d *Doc) mentionsBefore(s, tok int) []Mention {
	ms := d.MentionsIn(s)
	n := 0
	for n < len(ms) && ms[n].First < tok {
		n++
	}
	return ms[:n]
}

// personAntecedent finds the person "he" or "his" refers to. The subject
// of the sentence is preferred (the first person named in it), then the
// subject of the sentences before; an object pronoun ("him") takes the
// nearest person instead, since it cannot be its own clause's subject.
func (d *Doc) personAntecedent(tok int) (Mention, bool) {
	s := d.SentenceOf(tok)
	object := d.Lower[tok] == "him" || d.Lower[tok] == "himself" || d.Lower[tok] == "herself"
	for back := 0; back <= corefWindow && s-back >= 0; back++ {
		ms := d.MentionsIn(s - back)
		limit := d.Sentences[s-back].Last
		if back == 0 {
			ms = d.mentionsBefore(s, tok)
			limit = tok
		}
		var first, last *Mention
		for k := range ms {
			if isPersonMention(ms[k]) && usable(ms[k]) {
				if first == nil {
					first = &ms[k]
				}
				last = &ms[k]
			}
		}
		// Someone the lexicon does not know, named with an honorific
		// ("Mr Sharon"), is a person in focus too: when they are the
		// one "he" takes, "he" is no one the document knows.
		unknownFirst, unknownLast := d.honorificNames(s-back, limit)
		switch {
		case first == nil && unknownFirst < 0:
			continue
		case object && back == 0:
			if unknownLast >= 0 && (last == nil || unknownLast > last.First) {
				return Mention{}, false
			}
			return *last, true
		default:
			if unknownFirst >= 0 && (first == nil || unknownFirst < first.First) {
				return Mention{}, false
			}
			return *first, true
		}
	}
	return Mention{}, false
}

// honorificNames returns the first and last tokens of sentence k, before
// token limit, that are names after an honorific no mention covers ("Mr
// Sharon" where the lexicon knows no Sharon), or -1.
func (d *Doc) honorificNames(k, limit int) (first, last int) {
	first, last = -1, -1
	for i := d.Sentences[k].First; i+1 < limit; i++ {
		if honorifics[d.Lower[i]] && d.unknownName(i+1) {
			if first < 0 {
				first = i + 1
			}
			last = i + 1
		}
	}
	return first, last
}

// pluralAntecedent finds what "they" or "their" refers to: a coordinated
// group of actors ("Mali, Burkina Faso and Niger"), or a plural mention
// ("Turkish officials"). "They" prefers the subject (the first candidate of
// a sentence); "their" and "them" the nearest one.
func (d *Doc) pluralAntecedent(tok int) []Mention {
	s := d.SentenceOf(tok)
	nearest := d.Lower[tok] != "they"
	for back := 0; back <= corefWindow && s-back >= 0; back++ {
		ms := d.MentionsIn(s - back)
		if back == 0 {
			ms = d.mentionsBefore(s, tok)
		}
		var found []Mention
		for k := 0; k < len(ms); k++ {
			if !usable(ms[k]) || d.predicative(ms, k) {
				continue
			}
			group := d.groupFrom(ms, k)
			if len(group) < 2 && !ms[k].Plural && ms[k].Kind != entente.KindGroup {
				continue // an armed group or movement is a "they"
			}
			found = group
			k += len(group) - 1
			if !nearest || back > 0 {
				break
			}
		}
		if found != nil {
			return found
		}
	}
	return nil
}

// predicative reports whether ms[k] only says what the plural phrase just
// before it was taken for or described as: in "mistook three Egyptian
// police officers for Palestinian militants and shot them", the
// militants are no one there, and "them" are the officers.
func (d *Doc) predicative(ms []Mention, k int) bool {
	at := ms[k].First - 1
	if k == 0 || at < 0 || d.Lower[at] != "for" && d.Lower[at] != "as" {
		return false
	}
	prev := ms[k-1]
	if !prev.Plural || prev.Sentence != ms[k].Sentence || prev.Last > at || at-prev.Last > 3 {
		return false
	}
	for i := prev.Last; i < at; i++ {
		if !isLowerWord(d, i) || !wordStart(d.Tokens[i].Key) {
			return false
		}
	}
	return true
}

// groupFrom returns the coordinated group of actor mentions starting at
// ms[k]: "Mali, Burkina Faso and Niger", "Greek and Turkish leaders".
// Members are distinct actors; a lone mention is a group of one.
func (d *Doc) groupFrom(ms []Mention, k int) []Mention {
	group := []Mention{ms[k]}
	seen := map[string]bool{actorKey(ms[k]): true}
	for j := k + 1; j < len(ms); j++ {
		if !usable(ms[j]) || !d.coordinatedGap(ms[j-1].Last, ms[j].First) {
			break
		}
		if key := actorKey(ms[j]); !seen[key] {
			seen[key] = true
			group = append(group, ms[j])
		}
	}
	return group
}

func actorKey(m Mention) string {
	if m.Actor != "" {
		return m.Actor
	}
	return m.PersonID
}

// coordinatedGap reports whether the tokens [from, to) only join two
// conjuncts: "and", "or", a comma, "as well as", "along with".
func (d *Doc) coordinatedGap(from, to int) bool {
	if to-from < 1 || to-from > 3 {
		return false
	}
	conj := false
	for i := from; i < to; i++ {
		switch d.Lower[i] {
		case "and", "or", "&", "as", "well", "along", "with", "plus":
			conj = true
		case ",":
		default:
			return false
		}
	}
	return conj || to-from == 1
}

// obliquePrepositions put the noun after them in a role no description of
// an agent refers back to: "aid to the Sri Lankan government", "talks with
// Indonesia". "of" and "by" are left out: "the government of Sri Lanka",
// "an offer by Britain" still name the agent.
var obliquePrepositions = map[string]bool{
	"to": true, "towards": true, "toward": true, "in": true, "at": true, "with": true, "from": true,
	"for": true, "on": true, "into": true, "against": true, "about": true, "between": true, "among": true,
	"per": true,
}

// oblique reports whether mention m is the object of a preposition, over
// a determiner: "to the Sri Lankan government", "in Indonesia"; but not
// the subject of an infinitive ("for Russia to make progress").
func (d *Doc) oblique(m Mention) bool {
	first := d.Sentences[m.Sentence].First
	i := m.First - 1
	if i >= first && (d.Lower[i] == "the" || d.Lower[i] == "a") {
		i--
	}
	if i < first || !obliquePrepositions[d.Lower[i]] {
		return false
	}
	return d.Lower[i] != "for" || m.Last >= d.Sentences[m.Sentence].Last || d.Lower[m.Last] != "to"
}

// unknownSubjectBefore reports whether a sentence from antecedent m's to
// pronoun tok's has for subject a name that is no actor ("UKIP won",
// "BankAmerica said", "MITI, anxious to …, has been pressing"), one that
// stands between them in focus: a company or party the lexicon does not
// know. An antecedent that is itself the subject of tok's sentence after
// that name ("UKIP said Britain should leave") is not blocked.
func (d *Doc) unknownSubjectBefore(tok int, m Mention) bool {
	s := d.SentenceOf(tok)
	for k := s; k >= m.Sentence; k-- {
		at, ok := d.unknownSubject(k)
		if !ok || at >= tok {
			continue
		}
		if k == m.Sentence && (at > m.First || d.actedAsSubject(m)) {
			return false
		}
		return true
	}
	return false
}

// unknownSubject returns where sentence k begins with a proper name that
// no mention covers, followed by its verb or an apposition's comma: the
// token after the name, and true. A name is told from a capitalised
// common word by its tag where the sentence is tagged, else by its form:
// an acronym ("UKIP"), a capital inside the word ("BankAmerica") or two
// capitalised words ("Comissaria Smith").
func (d *Doc) unknownSubject(k int) (int, bool) {
	sent := d.Sentences[k]
	i := sent.First
	if i < sent.Last && d.Lower[i] == "the" {
		i++
	}
	start := i
	for i < sent.Last && i-start < 4 && startsUpper(d.Tokens[i].Key) && !notNames[d.Lower[i]] &&
		(d.MentionAt == nil || d.MentionAt[i] < 0) {
		i++
	}
	if i == start || i >= sent.Last || d.Lower[i] != "," && !looksLikeVerb(d, i) {
		return 0, false
	}
	if i < len(d.Tags) && d.Tags[start] != "" {
		return i, d.Tags[start] == "NNP" || d.Tags[start] == "NNPS"
	}
	w := d.Tokens[start].Key
	return i, i-start > 1 || isShouted(w) || innerCapital(w)
}

// commonNounSubject reports whether the sentence of pronoun tok begins
// with a singular definite description that is no actor and none of the
// descriptions that refer back to one, as the subject of a verb whose
// clause the pronoun opens: "The bank said it approved …", "The company
// said its profits …". Such an "it" or "its" is the subject's own.
func (d *Doc) commonNounSubject(tok int) bool {
	sent := d.Sentences[d.SentenceOf(tok)]
	i := sent.First
	if d.Lower[i] != "the" {
		return false
	}
	i++
	for n := 0; n < 2 && i < tok && !looksLikeVerb(d, i) && isLowerWord(d, i) && wordStart(d.Tokens[i].Key) &&
		(d.MentionAt == nil || d.MentionAt[i] < 0); n++ {
		i++
	}
	head := i - 1
	if head <= sent.First || i >= tok || !looksLikeVerb(d, i) || d.refClassAt(head) != refNone {
		return false
	}
	// The pronoun opens the clause the verb reports: "said it", "has
	// said that its"; deeper in the sentence it may be anyone's.
	for j := i + 1; j < tok; j++ {
		if d.Lower[j] != "that" && !looksLikeVerb(d, j) {
			return false
		}
	}
	if head < len(d.Tags) && d.Tags[head] != "" {
		return d.Tags[head] == "NN"
	}
	return !strings.HasSuffix(d.Lower[head], "s")
}

// innerCapital reports whether a word has a capital letter after its
// first: "BankAmerica", "McDonald".
func innerCapital(w string) bool {
	for k := 1; k < len(w); k++ {
		if w[k] >= 'A' && w[k] <= 'Z' {
			return true
		}
	}
	return false
}

// actedAsSubject reports whether mention m stands as the subject of its
// clause: before a verb ("Britain has offered", "Garcia announced") or an
// infinitive ("for Russia to make progress"), or at the start of its
// sentence ("Taiwan's reserves are growing"). A name
// after a preposition or inside a phrase ("two billion U.S. dlrs") is no
// actor in focus.
func (d *Doc) actedAsSubject(m Mention) bool {
	first := d.Sentences[m.Sentence].First
	if m.First == first || m.First == first+1 && d.Lower[first] == "the" {
		return true
	}
	if m.Last >= d.Sentences[m.Sentence].Last {
		return false
	}
	if m.First > first && d.Lower[m.First-1] == "for" && d.Lower[m.Last] == "to" {
		return true // "for Russia to make progress"
	}
	return !d.oblique(m) && looksLikeVerb(d, m.Last)
}

// actorAntecedent returns the nearest mention before tok that satisfies
// want, in the same sentence or the few before it.
func (d *Doc) actorAntecedent(tok int, want func(Mention) bool) (Mention, bool) {
	return d.actorAntecedentWithin(tok, corefWindow, want)
}

// actorAntecedentWithin is actorAntecedent over window sentences back.
func (d *Doc) actorAntecedentWithin(tok, window int, want func(Mention) bool) (Mention, bool) {
	s := d.SentenceOf(tok)
	for back := 0; back <= window && s-back >= 0; back++ {
		ms := d.MentionsIn(s - back)
		if back == 0 {
			ms = d.mentionsBefore(s, tok)
		}
		for k := len(ms) - 1; k >= 0; k-- {
			if usable(ms[k]) && ms[k].Actor != "" && !d.backer(ms[k]) && want(ms[k]) {
				return ms[k], true
			}
		}
	}
	return Mention{}, false
}

// singularAntecedent finds what "it" or "its" refers to: the nearest
// actor, but not a name that only modifies a plural noun when the
// sentence's subject is another actor: in "A Taliban splinter group
// holding three U.N. workers hostage demanded a response to its demands",
// "its" is the group's, not the workers'. Alone, "U.S. officials said it
// would" still gives the United States; and an adjective before a plural
// act is its agent ("Iranian attacks in an offshoot of its war").
func (d *Doc) singularAntecedent(tok int, want func(Mention) bool) (Mention, bool) {
	m, ok := d.actorAntecedent(tok, want)
	s := d.SentenceOf(tok)
	if !ok || m.Sentence != s || m.Via != "name" || !d.modifiesPlural(m) {
		return m, ok
	}
	for _, n := range d.mentionsBefore(s, m.First) {
		if !usable(n) || n.Actor == "" || d.backer(n) || !want(n) {
			continue
		}
		if d.finiteVerbBefore(n.First) || d.modifiesPlural(n) {
			break
		}
		return n, true
	}
	return m, true
}

// finiteVerbBefore reports whether a finite verb stands between the start
// of token tok's sentence and tok, by the sentence's tags: a mention after
// one is no subject of the sentence.
func (d *Doc) finiteVerbBefore(tok int) bool {
	for i := d.Sentences[d.SentenceOf(tok)].First; i < tok && i < len(d.Tags); i++ {
		switch d.Tags[i] {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// modifiesPlural reports whether mention m stands before a plural common
// noun it modifies, perhaps after a modifier ("three U.N. workers", "U.S.
// aid officials"), by the tags of the sentence.
func (d *Doc) modifiesPlural(m Mention) bool {
	end := d.Sentences[m.Sentence].Last
	for i := m.Last; i < end && i < m.Last+3 && i < len(d.Tags); i++ {
		if !isLowerWord(d, i) {
			return false
		}
		switch d.Tags[i] {
		case "NNS":
			return true
		case "NN", "JJ":
			continue
		}
		return false
	}
	return false
}

// isLowerWord reports whether token i is written in lower case.
func isLowerWord(d *Doc, i int) bool { return d.Tokens[i].Key == d.Lower[i] }

// backer reports whether mention m only backs or leads what its token
// modifies ("U.S.-backed interim President"): an outside actor, no
// antecedent for "it" or "the government" after it.
func (d *Doc) backer(m Mention) bool {
	return m.Last-m.First == 1 && m.End < d.Tokens[m.First].End && backsWhatFollows(d, m.First, m.End)
}

// subordinators open a subordinate clause.
var subordinators = map[string]bool{
	"after": true, "before": true, "when": true, "while": true, "as": true, "because": true,
	"since": true, "although": true, "though": true, "once": true, "until": true, "if": true,
	"whereas": true, "unless": true,
}

// subjectOverPossessor resolves "its" in a subordinate clause to the
// subject of the main clause rather than to a possessor inside its object:
// in "Pakistan says it has dealt a blow to al-Qaeda's operations after its
// security forces shot dead …", "its" is Pakistan's. The subject is the
// sentence's first mention, at its start.
func (d *Doc) subjectOverPossessor(tok int, want func(Mention) bool) (Mention, bool) {
	if d.Lower[tok] != "its" {
		return Mention{}, false
	}
	s := d.SentenceOf(tok)
	ms := d.mentionsBefore(s, tok)
	var cands []Mention
	for _, m := range ms {
		if usable(m) && m.Actor != "" && want(m) {
			cands = append(cands, m)
		}
	}
	if len(cands) < 2 {
		return Mention{}, false
	}
	subj, near := cands[0], cands[len(cands)-1]
	if subj.First-d.Sentences[s].First > 2 || subj.Actor == near.Actor ||
		near.Last >= tok || d.Lower[near.Last] != "'s" || subj.Last < len(d.Lower) && d.Lower[subj.Last] == "'s" {
		return Mention{}, false
	}
	for i := near.Last + 1; i < tok; i++ {
		if subordinators[d.Lower[i]] {
			return subj, true
		}
	}
	return Mention{}, false
}

// possessorOf resolves "their country", "his government": the actor of
// the possessive's own antecedent.
func (d *Doc) possessorOf(tok int) ([]Mention, bool) {
	first := d.Sentences[d.SentenceOf(tok)].First
	for k := tok - 1; k >= first && k >= tok-2; k-- {
		switch d.Lower[k] {
		case "their", "his", "her", "its":
			ms := d.antecedents(k, false)
			if len(ms) == 0 || ms[0].Actor == "" {
				return nil, false
			}
			return ms[:1], true
		}
	}
	return nil, false
}

// pairAntecedent finds the two parties "the two sides" refers to: the last
// two distinct actors named before it.
func (d *Doc) pairAntecedent(tok int) []Mention {
	if personPairs[d.Lower[tok]] {
		// "the two leaders", "both presidents": the last two people
		// named for two different actors, not the last two actors
		// named (a readout of a call names other states in between).
		ms, ok := d.personPair(tok)
		if !ok {
			return nil
		}
		if len(ms) == 2 {
			return ms
		}
	}
	// "Both countries" are states: in "Greece and Turkey's NATO allies
	// called on both countries", NATO is none of them.
	states := statePairs[d.Lower[tok]]
	s := d.SentenceOf(tok)
	var out []Mention
	seen := map[string]bool{}
	// The pair was named before the sentence that refers to it: in "Abu
	// Dhabi gave aid to the conflicting parties", Abu Dhabi is not one.
	order := []int{1, 2, 3, 0}
	if s == 0 {
		order = []int{0}
	}
	for _, back := range order {
		if s-back < 0 {
			continue
		}
		ms := d.MentionsIn(s - back)
		if back == 0 {
			ms = d.mentionsBefore(s, tok)
		}
		for k := len(ms) - 1; k >= 0; k-- {
			if !usable(ms[k]) || ms[k].Actor == "" || seen[ms[k].Actor] || states && ms[k].Kind != entente.KindState {
				continue
			}
			seen[ms[k].Actor] = true
			out = append(out, ms[k])
			if len(out) == 2 {
				// Text order: the party named first comes first.
				out[0], out[1] = out[1], out[0]
				return out
			}
		}
	}
	return nil
}

// speakerAntecedent resolves "we" and "our" inside a quotation to the
// quotation's speaker: an actor named outside the quotation marks in the
// same sentence, else in the next sentence when the quotation runs on to
// it ("… our participation," Pashinyan said), else the last speaker before.
func (d *Doc) speakerAntecedent(tok int) []Mention {
	s := d.SentenceOf(tok)
	for _, k := range []int{s, s + 1, s - 1} {
		if k < 0 || k >= len(d.Sentences) {
			continue
		}
		if m, ok := d.outsideQuotes(k); ok {
			return []Mention{m}
		}
	}
	return nil
}

// outsideQuotes returns the first actor mention of sentence s that stands
// outside quotation marks.
func (d *Doc) outsideQuotes(s int) (Mention, bool) {
	// A person speaks: "In an interview with the British newspaper,
	// Mr Abbas said: “We …”" is Abbas's "we", not Britain's.
	for _, m := range d.MentionsIn(s) {
		if usable(m) && m.Actor != "" && m.PersonID != "" && !d.inQuotation(m.First) {
			return m, true
		}
	}
	for _, m := range d.MentionsIn(s) {
		if usable(m) && m.Actor != "" && !d.inQuotation(m.First) {
			return m, true
		}
	}
	return Mention{}, false
}

// inQuotation reports whether token tok stands inside double quotation
// marks, counting the marks from the start of its paragraph.
func (d *Doc) inQuotation(tok int) bool {
	open := false
	for i := tok - 1; i >= 0; i-- {
		if isDoubleQuote(d.Tokens[i].Key) {
			open = !open
		}
		if i > 0 && paragraphGap(d.Text[d.Tokens[i-1].End:d.Tokens[i].Start]) {
			break
		}
	}
	return open
}

func isDoubleQuote(k string) bool { return k == "\"" || k == "``" || k == "''" }

// paragraphGap reports whether the space between two tokens holds a
// blank line.
func paragraphGap(gap string) bool {
	k := strings.IndexByte(gap, '\n')
	return k >= 0 && strings.IndexByte(gap[k+1:], '\n') >= 0
}

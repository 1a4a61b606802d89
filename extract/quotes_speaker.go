package extract

import "strings"

// speaker is who a quotation is attributed to.
type speaker struct {
	text      string // the name, or the description as written ("a senior EU official")
	actor     string // the speaker's actor: a person's affiliation, an outlet's id
	personID  string
	media     string // the outlet's id when a news outlet speaks
	anonymous bool
	verb      string // the reporting verb as written ("said", "pointed out", "according to")
	aside     bool   // named in a clause aside ("… to Lord Ashcroft after he said"): out of focus for later pronouns
	head      string // the head noun of a description ("official"), for later references
	sentence  int    // where the attribution stands
	at        int    // the token where the speaker is named
	ok        bool
}

// describe makes a speaker of the noun phrase tokens[a:b]: a person
// (named, or referred to by a pronoun or a description), an actor ("the
// Russian Foreign Ministry", "Tokyo"), or an unnamed source ("a senior EU
// official", "three people familiar with the discussion").
func (c *quoteCtx) describe(a, b int) (speaker, bool) {
	d := c.d
	for a < b && (d.Lower[a] == "," || d.Lower[a] == "-" ||
		(subjectOpeners[d.Lower[a]] && a+1 < b && startsUpper(d.Tokens[a+1].Key))) {
		a++ // "Meanwhile Ms Hutt"
	}
	if a >= b || quoteRelatives[d.Lower[a]] {
		// "groups like Migration Watch, which she described as …": a
		// relative clause, whose subject is no phrase of its own.
		return speaker{}, false
	}
	// The core of the phrase holds its head and the actor it belongs
	// to; after "who", "familiar with", "in" comes what the source knows
	// or where it spoke.
	core, textEnd := b, b
	for i := a + 1; i < b; i++ {
		if d.MentionAt[i] >= 0 {
			continue
		}
		// "sources in the Greek government", "a source close to the
		// presidency": where an unnamed source works is its side.
		if w := d.Lower[i]; anonymousHeads[d.Lower[i-1]] && (w == "in" || w == "at" || w == "from" || w == "within" || w == "inside" || w == "close") {
			continue
		}
		if d.Lower[i-1] == "close" && d.Lower[i] == "to" {
			continue
		}
		if phrasePrepositions[d.Lower[i]] {
			core, textEnd = i, i
			break
		}
		if sourceQualifiers[d.Lower[i]] {
			core = i
			break
		}
	}
	// The head noun comes before "of" or "for": "the leaders of the three
	// Sahel nations", "the Ministry of Defense", "a spokesperson for the
	// Commission".
	headEnd := core
	// "A Department for Education and Skills spokeswoman": a name
	// before a lower-case head holds no head of its own.
	inName := func(i int) bool {
		return i+1 < core && startsUpper(d.Tokens[i-1].Key) && startsUpper(d.Tokens[i+1].Key) &&
			isWord(d.Tokens[core-1].Key) && !startsUpper(d.Tokens[core-1].Key)
	}
	for i := a + 1; i < core; i++ {
		if headEnders[d.Lower[i]] && d.MentionAt[i] < 0 && !inName(i) {
			headEnd = i
			break
		}
	}
	head, headTok := "", -1
	for i := headEnd - 1; i >= a; i-- {
		// "one trader now dealing": the head is before the participle.
		if w := d.Lower[i]; i > a && (strings.HasSuffix(w, "ing") || lyAdverb(w) || w == "now") && !startsUpper(d.Tokens[i].Key) {
			continue
		}
		if isWord(d.Tokens[i].Key) && d.Lower[i] != "'s" {
			head, headTok = d.Lower[i], i
			break
		}
	}
	if head == "" {
		return speaker{}, false
	}
	if core-a == 1 {
		if sp, ok := c.pronoun(a); ok {
			return sp, true
		}
		if w := d.Lower[a]; w == "i" || w == "you" || w == "this" || w == "that" || w == "these" || w == "those" || w == "there" {
			// The writer or the reader, or a thing pointed at ("she
			// said this would counter …"): no one the article quotes.
			return speaker{}, false
		}
	}
	// "One of them added": one of the unnamed sources quoted before.
	if core-a == 3 && d.Lower[a] == "one" && d.Lower[a+1] == "of" && (d.Lower[a+2] == "them" || d.Lower[a+2] == "those") {
		if h, ok := c.recent(a, func(h speaker) bool { return strings.HasSuffix(h.head, "s") || h.head == "people" }); ok {
			h.text, h.at, h.sentence = c.textOf(a, b), a, c.sentOf(a)
			return h, true
		}
	}
	sp := speaker{text: strings.TrimRight(c.textOf(a, textEnd), " ,"), head: head, sentence: c.sentOf(a), at: a, ok: true}
	var person, media *Mention
	var actors []string
	coordinated := false
	for i := a; i < core; i++ {
		mi := d.MentionAt[i]
		if mi < 0 {
			if w := d.Lower[i]; (w == "and" || w == "&") && len(actors) > 0 {
				coordinated = true
			}
			continue
		}
		m := &d.Mentions[mi]
		i = m.Last - 1
		if m.First > headEnd && strings.HasSuffix(head, "s") && !startsUpper(d.Tokens[headTok].Key) && !roleWord(head) && !orgWords[head] && !anonymousHeads[head] {
			// "kidnappers of employees of a Kuwaiti company": whom
			// they act on, not whom they act for.
			continue
		}
		switch {
		case m.PersonID != "" && (m.First > headEnd || (m.Last < headTok && d.Lower[m.Last] == "'s")):
			// "a spokesman for President X", "Mr Blair's official
			// spokesman": X's side, not X.
			if m.Actor != "" && !containsString(actors, m.Actor) {
				actors = append(actors, m.Actor)
			}
		case m.PersonID != "" && person == nil:
			if m.Via == "role" && (d.Lower[a] == "a" || d.Lower[a] == "an") {
				// "A spokeswoman for Human Rights Watch": someone
				// unnamed, not the spokesman named before.
				continue
			}
			if m.Via == "role" && namedAfter(d, m.Last, core) {
				// "Sumitomo Bank chief economist Masahiko Koido": the
				// title of someone else than the holder named before.
				continue
			}
			person = m
		case m.IsMedia():
			if media == nil {
				media = m
			}
		case m.Actor != "" && !containsString(actors, m.Actor):
			actors = append(actors, m.Actor)
		}
	}
	switch {
	case person != nil:
		ps := c.fromMention(*person)
		if ps.actor == "" && len(actors) == 1 {
			ps.actor = actors[0]
		}
		ps.sentence, ps.at = sp.sentence, sp.at
		return ps, true
	case len(actors) == 1 || (len(actors) > 1 && !coordinated):
		sp.actor = actors[0]
	case len(actors) == 0 && media != nil:
		sp.media, sp.actor = media.Actor, media.Actor
		return sp, true
	case len(actors) == 0 && (d.Lower[a] == "the" || d.Lower[a] == "this"):
		// "the minister", "the official", "the ministry": someone
		// named or quoted before.
		if ref, ok := c.definite(a, head, headTok); ok {
			if ref.personID == "" && !ref.anonymous && !(namedText(ref.text) && c.personLike(ref)) {
				// "the ministry" of an actor: the words as written; a
				// person keeps the name.
				ref.text, ref.head = sp.text, head
			}
			return ref, true
		}
	}
	// "Liberal Democrat spokeswoman for women Sandra Gidley": a name
	// after the head is the speaker.
	// "The men's solicitor Matthew Knight": a name after a role word.
	from := core
	for from > a+1 && (from > headTok+1 || startsUpper(d.Tokens[headTok].Key)) && startsUpper(d.Tokens[from-1].Key) {
		from--
	}
	if before := d.Lower[from-1]; core-from >= 2 && from > a && (from > headTok || roleWord(before)) && isWord(before) && !startsUpper(d.Tokens[from-1].Key) &&
		!headEnders[before] && !nounDeterminers[before] && !phraseBreaks[before] && c.isName(from, core) {
		sp.text, sp.at = c.textOf(from, core), from
		return sp, true
	}
	sp.anonymous = anonymousHeads[head] && !(d.Lower[a] == "the" && !strings.HasSuffix(head, "s") && head != "people")
	return sp, true
}

// pronoun resolves a speaker written as a pronoun ("he said").
func (c *quoteCtx) pronoun(i int) (speaker, bool) {
	sp, ok := c.resolvePronoun(i)
	if ok && !sp.aside {
		// Named again here: later pronouns count from this one ("…,"
		// he said. … "…," he added).
		sp.at, sp.sentence = i, c.sentOf(i)
	}
	return sp, ok
}

func (c *quoteCtx) resolvePronoun(i int) (speaker, bool) {
	d := c.d
	w := subjectForm(d.Lower[i])
	switch w {
	case "he", "she", "they", "it":
	default:
		return speaker{}, false
	}
	plural := w == "they"
	if w == "he" || w == "she" {
		if h, ok := c.clauseObject(i); ok {
			h.aside = true
			return h, true
		}
	}
	// "“…,” he said" after someone was quoted or reported just before,
	// or named as the subject of a sentence since ("Prof Etzioni
	// criticises …"): the same speaker, as news writing goes. "He" and
	// "she" are people, "it" is not.
	if !plural {
		if h, ok := c.lastNamed(i); ok {
			return h, true
		}
	}
	if ms := d.Antecedents(i); len(ms) > 0 && !c.quoted(ms[0].First) {
		if len(ms) > 1 {
			// "they" for several actors: a joint statement, of no one
			// actor.
			return speaker{text: c.textOf(ms[0].First, ms[len(ms)-1].Last), verb: "", sentence: c.sentOf(i), ok: true}, true
		}
		if sp, ok := c.speakerOf(ms[0]); ok {
			return sp, true
		}
		if m := ms[0]; m.Via == "role" && m.First > 0 && (d.Lower[m.First-1] == "a" || d.Lower[m.First-1] == "an") {
			// "A spokesman for the Home Office …. He said": someone
			// unnamed, not the holder of the role named elsewhere.
			return c.describe(m.First-1, c.ownerEnd(m.Last))
		}
		return c.fromMention(ms[0]), true
	}
	// The last speaker quoted, when the antecedent is not an actor
	// ("officials … they said").
	return c.recent(i, func(h speaker) bool {
		isPlural := strings.HasSuffix(h.head, "s") || h.head == "people"
		if (w == "he" || w == "she") && quantityWords[h.head] {
			return false // "One in four said …. “…,” he said"
		}
		return isPlural == plural && !isPronounText(h.text)
	})
}

// subjectForm returns the subject pronoun of a possessive one ("his" is
// "he"), else w.
func subjectForm(w string) string {
	switch w {
	case "his":
		return "he"
	case "her":
		return "she"
	case "their":
		return "they"
	case "its":
		return "it"
	}
	return w
}

// clauseObject resolves "he" or "she" opening a clause that a
// conjunction hangs on a clause whose subject is no person, to the one
// person that clause names: "the party had repaid £500,000 to Lord
// Ashcroft after he said …" is Lord Ashcroft, not the subject of the
// sentence.
func (c *quoteCtx) clauseObject(i int) (speaker, bool) {
	d := c.d
	first := d.Sentences[c.sentOf(i)].First
	if i-2 < first || !pronounClauseOpeners[d.Lower[i-1]] {
		return speaker{}, false
	}
	// The clause before the conjunction, back to "that", a comma or the
	// start of the sentence.
	a := i - 1
	for a > first && a > i-20 {
		w := d.Lower[a-1]
		if w == "that" || w == "," || w == ";" || w == ":" || c.quoted(a-1) {
			break
		}
		a--
	}
	if a == first || (d.Lower[a] != "the" && d.Lower[a] != "its" && d.Lower[a] != "a") || a+1 >= i-1 || roleWord(d.Lower[a+1]) || c.personLike(speaker{text: c.textOf(a, a+2), head: d.Lower[a+1], ok: true}) {
		return speaker{}, false // the subject may be a person
	}
	var found *Mention
	for k := a + 2; k < i-1; k++ {
		m := d.MentionAt[k]
		if m < 0 {
			if _, ok := c.verbAt(k); ok {
				return speaker{}, false
			}
			continue
		}
		mm := d.Mentions[m]
		k = mm.Last - 1
		if mm.PersonID == "" {
			continue
		}
		if found != nil {
			return speaker{}, false // two people: no telling
		}
		found = &mm
	}
	if found == nil {
		// A name the lexicon does not know, right before the
		// conjunction: "… to former Tory Treasurer Lord Ashcroft after".
		r := i - 1
		for r > a+2 && startsUpper(d.Tokens[r-1].Key) && isWord(d.Tokens[r-1].Key) && d.MentionAt[r-1] < 0 {
			r--
		}
		for k := r; k < i-1; k++ {
			if honorificGender(d.Lower[k]) {
				r = k
				break
			}
		}
		if i-1-r < 2 || i-1-r > 3 || !c.isName(r, i-1) {
			return speaker{}, false
		}
		sp := speaker{text: c.textOf(r, i-1), head: d.Lower[i-2], sentence: c.sentOf(r), at: r, ok: true}
		return sp, c.personLike(sp) && genderFits(sp.text, d.Lower[i])
	}
	sp := c.fromMention(*found)
	return sp, genderFits(sp.text, d.Lower[i])
}

// pronounClauseOpeners open a clause that hangs on the one before: "after he
// said".
var pronounClauseOpeners = map[string]bool{
	"after": true, "before": true, "when": true, "because": true, "since": true, "until": true,
	"while": true, "although": true, "though": true, "once": true,
}

// ownerEnd returns where a description ending at token end goes on
// with the actor it belongs to ("a spokesman for the Home Office"), else
// end.
func (c *quoteCtx) ownerEnd(end int) int {
	d := c.d
	if end >= len(d.Tokens) || !headEnders[d.Lower[end]] {
		return end
	}
	k := end + 1
	if k < len(d.Tokens) && d.Lower[k] == "the" {
		k++
	}
	if k < len(d.Tokens) && d.MentionAt[k] >= 0 && !c.quoted(k) {
		return d.Mentions[d.MentionAt[k]].Last
	}
	// A name no actor stands for: "the Home Office".
	j := k
	for j < len(d.Tokens) && j < k+5 && !c.quoted(j) && isWord(d.Tokens[j].Key) && startsUpper(d.Tokens[j].Key) {
		j++
	}
	if j > k {
		return j
	}
	return end
}

// lastNamed returns the speaker that the singular pronoun at token i
// refers to, among those quoted or reported in the last two sentences
// and the people named as the subject of those sentences: the one named
// last.
func (c *quoteCtx) lastNamed(i int) (speaker, bool) {
	d := c.d
	w := subjectForm(d.Lower[i])
	s := c.sentOf(i)
	fits := func(h speaker) bool {
		if h.aside || c.sentGap(h.sentence, s) > 2 || isPronounText(h.text) {
			return false
		}
		if w == "it" {
			return h.personID == "" && !h.anonymous && h.actor == "" && startsUpper(h.text) && !c.personLike(h)
		}
		return c.personLike(h) && genderFits(h.text, w)
	}
	best, found := speaker{}, false
	if h, ok := c.recent(i, fits); ok {
		best, found = h, true
	}
	if w != "it" {
		for k := s; k >= 0 && c.sentGap(k, s) <= 2; k-- {
			first := d.Sentences[k].First
			if first >= i {
				continue
			}
			if h, ok := c.subjectName(k); ok && fits(h) && !(k == s && c.inReportedClause(h.at, i)) {
				if !found || h.at > best.at {
					best, found = h, true
				}
				break
			}
			if a, head, ok := c.describedSubject(k); ok {
				if found && best.at > head {
					break
				}
				if d.Lower[a] != "the" {
					// "A spokesman for the Home Office defended the
					// proposals. He said": that unnamed person.
					if h, ok := c.describe(a, c.ownerEnd(head+1)); ok && fits(h) {
						return h, true
					}
				}
				// "The Tory leader was asked …. He replies": someone
				// described, whom coreference finds.
				found = false
				break
			}
		}
	}
	return best, found
}

// inReportedClause reports whether token at stands in the clause that
// the pronoun at token i, after a comma, reports: "Mr Blair has failed
// …, he claimed" (a pronoun cannot stand for a name in the clause it
// reports), not "Liam Fox said: “…” Labour had …, he said" nor "the
// prime minister who, he claims, is …".
func (c *quoteCtx) inReportedClause(at, i int) bool {
	d := c.d
	if i < 2 || d.Lower[i-1] != "," || quoteRelatives[d.Lower[i-2]] || d.Lower[i-2] == "that" {
		return false
	}
	for t := i - 1; t > at; t-- {
		if c.quoted(t) {
			return false
		}
	}
	return true
}

// personLike reports whether a speaker is one person: a known one, one
// named as written ("Ms Borthwick", "Fair Trials Abroad director
// Stephen Jakobi"), or an unnamed one ("a party spokesman"); not an
// organisation ("The Labour party", "Downing Street") nor a group.
func (c *quoteCtx) personLike(h speaker) bool {
	if h.personID != "" {
		return true
	}
	if h.media != "" {
		return false
	}
	firstW, lastW, n := edgeWords(h.text)
	if n == 0 {
		return false
	}
	var buf [24]byte
	last := lowerInto(buf[:], strings.Trim(lastW, ".,"))
	if h.anonymous || (h.personID == "" && h.head != "" && !startsUpper(lastW)) {
		// "a party spokesman", "the prime minister's official
		// spokesman".
		return roleWord(h.head) && !strings.HasSuffix(h.head, "s") && h.head != "staff"
	}
	if strings.Contains(h.text, " and ") {
		return false // several
	}
	if m := c.d.MentionAt[h.at]; m >= 0 && c.d.Mentions[m].PersonID == "" && c.d.Mentions[m].Actor != "" {
		return false // an actor: "Downing Street"
	}
	if !startsUpper(lastW) || orgWords[string(last)] || bytesHasSuffix(last, "'s") {
		return false
	}
	switch {
	case strings.EqualFold(firstW, "the"), strings.EqualFold(firstW, "a"), strings.EqualFold(firstW, "an"):
		return false
	}
	if n == 1 {
		// A surname alone, not an actor's name nor a number ("One in
		// four said …").
		return h.actor == "" && !bytesHasSuffix(last, "s") && !quantityWords[string(last)]
	}
	return true
}

// edgeWords returns the first and the last of the space-separated words
// of s and how many there are, without allocating.
func edgeWords(s string) (first, last string, n int) {
	i := 0
	for i < len(s) {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		if i >= len(s) {
			break
		}
		j := i
		for j < len(s) && !isSpaceByte(s[j]) {
			j++
		}
		if n == 0 {
			first = s[i:j]
		}
		last = s[i:j]
		n++
		i = j
	}
	return first, last, n
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// lowerInto writes an ASCII lower-case copy of w into buf, for map
// look-ups that allocate nothing; a word longer than buf is cut, which
// no key of the word lists is.
func lowerInto(buf []byte, w string) []byte {
	n := min(len(w), len(buf))
	for i := 0; i < n; i++ {
		b := w[i]
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		buf[i] = b
	}
	return buf[:n]
}

func bytesHasSuffix(b []byte, suffix string) bool {
	return len(b) >= len(suffix) && string(b[len(b)-len(suffix):]) == suffix
}

// isPronounText reports whether a speaker's text is a bare pronoun ("he").
func isPronounText(s string) bool {
	if len(s) > 4 {
		return false
	}
	var buf [4]byte
	return quotePronouns[string(lowerInto(buf[:], s))]
}

// quantityWords count people rather than name one.
var quantityWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "some": true, "many": true,
	"most": true, "half": true, "none": true, "all": true, "each": true, "both": true, "few": true,
	"several": true, "others": true, "another": true,
}

// nextWord returns the space-separated word of text at or after byte i,
// and the byte after it, without allocating; "" at the end.
func nextWord(text string, i int) (string, int) {
	for i < len(text) && isSpaceByte(text[i]) {
		i++
	}
	j := i
	for j < len(text) && !isSpaceByte(text[j]) {
		j++
	}
	return text[i:j], j
}

// genderFits reports whether a pronoun can stand for a speaker whose
// name may say whether it is a man or a woman ("Ms Kelly", "Lord
// Falconer").
func genderFits(text, pronoun string) bool {
	var buf [16]byte
	for i := 0; i < len(text); {
		var w string
		w, i = nextWord(text, i)
		w = strings.TrimSuffix(w, ".")
		if w == "" || len(w) > len(buf) {
			continue
		}
		g, ok := gendered[string(lowerInto(buf[:], w))]
		if !ok {
			continue
		}
		return (pronoun == "he" && g == 'm') || (pronoun == "she" && g == 'f') || (pronoun != "he" && pronoun != "she")
	}
	return true
}

// subjectName returns namedSubject(s), read once per sentence: each
// pronoun looks back over the same few sentences.
func (c *quoteCtx) subjectName(s int) (speaker, bool) {
	if c.subjectAt == nil {
		c.subjectAt = make([]int32, len(c.d.Sentences))
	}
	switch k := c.subjectAt[s]; {
	case k > 0:
		return c.subjects[k-1], true
	case k < 0:
		return speaker{}, false
	}
	h, ok := c.namedSubject(s)
	if !ok {
		c.subjectAt[s] = -1
		return speaker{}, false
	}
	c.subjects = append(c.subjects, h)
	c.subjectAt[s] = int32(len(c.subjects))
	return h, true
}

// namedSubject returns the person named at the start of sentence s, as
// its subject: "Prof Etzioni criticises …", "But Edward Leigh, who …",
// "Liberal Democrat chairman Matthew Taylor said …". Only names count,
// not descriptions, and a possessor is no subject ("Mr Blair's
// spokesman").
func (c *quoteCtx) namedSubject(s int) (speaker, bool) {
	d := c.d
	sent := d.Sentences[s]
	i := c.subjectStart(sent.First, sent.Last)
	if i >= sent.Last || c.quoted(i) {
		return speaker{}, false
	}
	if m := d.MentionAt[i]; m >= 0 {
		mm := d.Mentions[m]
		if mm.PersonID == "" || (mm.Last < sent.Last && d.Lower[mm.Last] == "'s") {
			return speaker{}, false
		}
		return c.fromMention(mm), true
	}
	// The last run of capitalised words before the verb, after role
	// words: "Liberal Democrat chairman Matthew Taylor".
	runStart, runEnd := -1, -1
	for k := i; k < sent.Last && k < i+8; k++ {
		t := d.Tokens[k].Key
		if m := d.MentionAt[k]; m >= 0 && k > i && !c.quoted(k) {
			// "Shadow home secretary David Davis echoed …": a person
			// named after role words.
			mm := d.Mentions[m]
			if mm.PersonID != "" && mm.Via != "role" && mm.Last < sent.Last && d.Lower[mm.Last] != "'s" && d.Lower[mm.Last] != "and" {
				return c.fromMention(mm), true
			}
			break
		}
		if c.quoted(k) || !isWord(t) || d.MentionAt[k] >= 0 {
			break
		}
		if startsUpper(t) {
			if runEnd != k {
				runStart = k
			}
			runEnd = k + 1
			continue
		}
		if k == i {
			return speaker{}, false // "the …", "in …": not a name
		}
		tag := ""
		if d.Tags != nil {
			tag = d.Tags[k]
		}
		if tag == "" && !roleWord(d.Lower[k]) {
			break // untagged: only a role word goes on ("chairman")
		}
		if strings.HasPrefix(tag, "VB") || tag == "MD" {
			break
		}
		if tag != "" && !strings.HasPrefix(tag, "NN") && !strings.HasPrefix(tag, "JJ") {
			return speaker{}, false
		}
	}
	if runStart < 0 || runEnd >= sent.Last {
		return speaker{}, false
	}
	if n := d.Lower[runEnd]; n == "'s" || n == "and" || n == "of" || startsUpper(d.Tokens[runEnd].Key) || d.MentionAt[runEnd] >= 0 {
		return speaker{}, false
	}
	named := runEnd-runStart >= 2 || (runStart > i && honorificGender(d.Lower[runStart-1]))
	if runEnd-runStart == 2 && honorificGender(d.Lower[runStart]) {
		named = true
	}
	if !named || orgWords[d.Lower[runEnd-1]] || nounDeterminers[d.Lower[runStart]] {
		return speaker{}, false
	}
	h := speaker{text: c.textOf(runStart, runEnd), head: d.Lower[runEnd-1], sentence: s, at: runStart, ok: true}
	if !c.personLike(h) {
		return speaker{}, false
	}
	return h, true
}

// subjectStart returns where the subject of the sentence tokens[first:
// last] may begin: past words that open a sentence ("But", "However,")
// and a short phrase of time before a comma ("On Wednesday, Mr Mallon
// …", "Earlier this week, …").
func (c *quoteCtx) subjectStart(first, last int) int {
	d := c.d
	i := first
	for i < last && (subjectOpeners[d.Lower[i]] || d.Lower[i] == ",") {
		i++
	}
	if i < last && (leadPrepositions[d.Lower[i]] || quoteTimeWords[d.Lower[i]] || i > first) {
		for k := i; k < last && k < i+5; k++ {
			w := d.Lower[k]
			if w == "," {
				if k > i && k+1 < last {
					return k + 1
				}
				break
			}
			if !isWord(d.Tokens[k].Key) || c.quoted(k) || (!quoteTimeWords[w] && !leadPrepositions[w] && !isDigitWord(w) && w != "the" && w != "week" && w != "ago") {
				break
			}
		}
	}
	return i
}

// describedSubject reports whether sentence s opens with a description
// of a person as its subject: "The Tory leader was asked …", "But the
// minister said …", "A spokesman for the Home Office defended …". head is
// the token of its head noun.
func (c *quoteCtx) describedSubject(s int) (first, head int, ok bool) {
	d := c.d
	sent := d.Sentences[s]
	i := c.subjectStart(sent.First, sent.Last)
	if i >= sent.Last || (d.Lower[i] != "the" && d.Lower[i] != "a" && d.Lower[i] != "an") {
		return 0, 0, false
	}
	for k := i + 1; k < sent.Last && k < i+5; k++ {
		if roleWord(d.Lower[k]) && !strings.HasSuffix(d.Lower[k], "s") {
			ok := k+1 < sent.Last && isWord(d.Tokens[k+1].Key) && d.Lower[k+1] != "'s" &&
				(d.Lower[k+1] != "of" || d.Lower[i] != "the")
			return i, k, ok
		}
		if !isWord(d.Tokens[k].Key) {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// roleWord reports whether a lower-case word names a person by role:
// "chairman", "minister", "spokesman".
func roleWord(w string) bool {
	return speakerRoleNouns[w] || anonymousHeads[w] || extraRoleWords[w]
}

func honorificGender(w string) bool {
	_, ok := gendered[strings.TrimSuffix(w, ".")]
	return ok || w == "dr" || w == "dr." || w == "prof" || w == "professor"
}

// subjectOpeners may come before a sentence's subject: "But Edward
// Leigh …", "However, Mr Clarke …".
var subjectOpeners = map[string]bool{
	"but": true, "and": true, "however": true, "meanwhile": true, "yet": true, "so": true,
	"now": true, "later": true, "earlier": true, "separately": true, "also": true,
}

// sentGap returns how many sentences after sentence a up to sentence b
// hold words outside quotation marks: the sentences of a quotation run
// on ("…. …. …," he said) do not move its speaker out of focus.
func (c *quoteCtx) sentGap(a, b int) int {
	if b-a <= 1 {
		return b - a
	}
	if c.narrated == nil {
		d := c.d
		c.narrated = make([]int32, len(d.Sentences))
		n := int32(0)
		for k, sent := range d.Sentences {
			for i := sent.First; i < sent.Last; i++ {
				if !c.quoted(i) && isWord(d.Tokens[i].Key) {
					n++
					break
				}
			}
			c.narrated[k] = n
		}
	}
	return int(c.narrated[b] - c.narrated[a])
}

// recent returns the speaker named last before token i, within a few
// sentences, among those that want accepts.
func (c *quoteCtx) recent(i int, want func(speaker) bool) (speaker, bool) {
	s := c.sentOf(i)
	best := -1
	for k, h := range c.history {
		if h.at < i && c.sentGap(h.sentence, s) <= corefWindow && want(h) && (best < 0 || h.at > c.history[best].at) {
			best = k
		}
	}
	if best < 0 {
		return speaker{}, false
	}
	return c.history[best], true
}

// speakerOf returns an earlier speaker whose phrase holds mention m, so
// that a pronoun for an unnamed source stays anonymous.
func (c *quoteCtx) speakerOf(m Mention) (speaker, bool) {
	text := c.d.Text[m.Start:m.End]
	for k := len(c.history) - 1; k >= 0; k-- {
		h := c.history[k]
		if h.at <= m.First && h.personID == "" && h.anonymous && h.actor == m.Actor && strings.Contains(h.text, text) {
			return h, true
		}
	}
	return speaker{}, false
}

// definite resolves a definite description of a speaker: an earlier
// speaker with the same head ("a senior EU official … the official
// added"), an earlier phrase with that head and an actor ("Seoul's foreign
// ministry … the ministry said"), else the actor or person it refers back
// to.
func (c *quoteCtx) definite(a int, head string, tok int) (speaker, bool) {
	d := c.d
	s := c.sentOf(tok)
	mods := roleModifiers(c.textOf(a, tok))
	if h, ok := c.recent(tok, func(h speaker) bool { return h.head == head && roleModifiers(h.text) == mods }); ok {
		// Named again here: later pronouns count from this mention.
		h.at, h.sentence = tok, s
		return h, true
	}
	for i := tok - 1; i > 0 && s-c.sentOf(i) <= 2*corefWindow; i-- {
		if d.Lower[i] != head || c.quoted(i) {
			continue
		}
		if m, ok := c.actorBefore(i); ok {
			sp := c.fromMention(m)
			if sp.personID == "" {
				sp.head = head
				sp.anonymous = anonymousHeads[head]
				sp.text = c.textOf(c.phraseStart(i, d.Sentences[c.sentOf(i)].First), i+1)
			}
			return sp, true
		}
	}
	if h, ok := c.describedBefore(head, tok); ok {
		return h, true
	}
	if m, ok := d.Antecedent(tok, strings.HasSuffix(head, "s")); ok && !c.quoted(m.First) {
		return c.fromMention(m), true
	}
	if !speakerRoleNouns[head] {
		return speaker{}, false
	}
	// "the minister": the last person named with that role.
	for mi := len(d.Mentions) - 1; mi >= 0; mi-- {
		m := d.Mentions[mi]
		if m.First >= tok || m.PersonID == "" {
			continue
		}
		if s-m.Sentence > 2*corefWindow {
			break
		}
		if p := d.Persons[m.PersonID]; p != nil && strings.Contains(strings.ToLower(p.Role), head) {
			return c.fromMention(m), true
		}
	}
	return speaker{}, false
}

// describedBefore resolves a definite description of a person that
// opens its sentence ("David McLetchie has resigned …. The Scottish
// Conservative leader had insisted …") to the person named as the subject
// of a sentence just before, as news writing varies its words for one
// person. Only people the lexicon does not know: for those it knows,
// their roles decide.
func (c *quoteCtx) describedBefore(head string, tok int) (speaker, bool) {
	d := c.d
	s := c.sentOf(tok)
	if !roleWord(head) || strings.HasSuffix(head, "s") || s == 0 || orgWords[head] {
		return speaker{}, false // "The Scottish Executive": a name
	}
	a, h, ok := c.describedSubject(s)
	if !ok || h != tok || d.Lower[a] != "the" {
		return speaker{}, false
	}
	mods := roleModifiers(c.textOf(a, tok))
	for k := s - 1; k >= 0 && c.sentGap(k, s) <= 2; k-- {
		h, ok := c.subjectName(k)
		if !ok {
			continue
		}
		if p := d.Persons[h.personID]; p != nil {
			// A person the lexicon knows must hold that role, and no
			// one else named since.
			if !strings.Contains(strings.ToLower(p.Role), head) || roleModifiers(p.Role) != mods || c.roleHolderBetween(h.at+1, tok, head, h.personID) {
				return speaker{}, false
			}
		}
		// "Shadow foreign secretary Michael Ancram" is not "The Foreign
		// Secretary".
		if intro := roleModifiers(c.textOf(max(d.Sentences[k].First, h.at-4), h.at)); intro != 0 && intro != mods {
			return speaker{}, false
		}
		h.at, h.sentence = tok, s
		return h, true
	}
	return speaker{}, false
}

// roleHolderBetween reports whether a person other than id whose role
// has the word head is named in tokens[from:to].
func (c *quoteCtx) roleHolderBetween(from, to int, head, id string) bool {
	d := c.d
	for _, m := range d.Mentions {
		if m.First < from || m.First >= to || m.PersonID == "" || m.PersonID == id {
			continue
		}
		if p := d.Persons[m.PersonID]; p != nil && strings.Contains(strings.ToLower(p.Role), head) {
			return true
		}
	}
	return false
}

// roleModifiers returns the words in a description that make its role
// another one ("the shadow chancellor" is not "the chancellor"), as a
// set of bits.
func roleModifiers(text string) int {
	bits := 0
	for i := 0; i < len(text); {
		var w string
		w, i = nextWord(text, i)
		var buf [12]byte
		if len(w) <= len(buf) {
			switch string(lowerInto(buf[:], w)) {
			case "shadow":
				bits |= 1
			case "former", "ex":
				bits |= 2
			case "deputy", "vice", "assistant", "junior":
				bits |= 4
			}
		}
	}
	return bits
}

// namedText reports whether a speaker's text is a name ("David
// McLetchie"), not a description ("The chancellor").
func namedText(text string) bool {
	first, last, n := edgeWords(text)
	if n == 0 || !startsUpper(last) {
		return false
	}
	switch strings.ToLower(first) {
	case "the", "a", "an", "this", "that":
		return false
	}
	return true
}

// actorBefore returns the actor mention that qualifies the noun at token
// i: "EU official", "Seoul's foreign ministry", "Greek senior diplomat".
func (c *quoteCtx) actorBefore(i int) (Mention, bool) {
	d := c.d
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if m := d.MentionAt[k]; m >= 0 {
			mm := d.Mentions[m]
			return mm, !mm.IsMedia() && mm.Actor != ""
		}
		if w := d.Lower[k]; w != "'s" && (!isWord(w) || startsUpper(d.Tokens[k].Key)) {
			break
		}
	}
	return Mention{}, false
}

// fromMention makes a speaker of an actor mention.
func (c *quoteCtx) fromMention(m Mention) speaker {
	d := c.d
	sp := speaker{text: d.Text[m.Start:m.End], actor: m.Actor, personID: m.PersonID, sentence: m.Sentence, at: m.First, ok: true}
	if p := d.Persons[m.PersonID]; p != nil {
		sp.text = p.Name
	}
	if m.IsMedia() {
		sp.media = m.Actor
	}
	if m.Last < len(d.Tokens) {
		sp.head = d.Lower[m.Last-1]
		if m.Via == "adjective" && m.PersonID == "" && isWord(d.Tokens[m.Last].Key) {
			// "Turkish" stands for Turkey before its head: the speaker is
			// "Turkish officials".
			sp.head = d.Lower[m.Last]
			sp.text = d.Text[m.Start:d.Tokens[m.Last].End]
			sp.anonymous = anonymousHeads[sp.head]
		}
	}
	return sp
}

// namedAfter reports whether a capitalised name that no mention covers
// stands in tokens[from:to].
func namedAfter(d *Doc, from, to int) bool {
	for i := from; i < to; i++ {
		if d.MentionAt[i] < 0 && startsUpper(d.Tokens[i].Key) && isWord(d.Tokens[i].Key) {
			return true
		}
	}
	return false
}

// headEnders end the head of a speaker's phrase: what follows says whose
// or where it is ("the leaders of", "a spokesperson for", "sources in").
var headEnders = map[string]bool{
	"of": true, "for": true, "in": true, "at": true, "from": true, "within": true, "inside": true,
	"close": true, "to": true,
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

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
	head      string // the head noun of a description ("official"), for later references
	sentence  int    // where the attribution stands
	ok        bool
}

// maxPhrase bounds the length in tokens of a speaker's noun phrase.
const maxPhrase = 14

// verbAt returns the speech verb at token i, when the word stands where a
// verb does.
func (c *quoteCtx) verbAt(i int) (verbForm, bool) {
	d := c.d
	if i < 0 || i >= len(d.Tokens) || c.quoted(i) {
		return verbForm{}, false
	}
	v, ok := speechVerbs[d.Lower[i]]
	if !ok {
		return v, false
	}
	first := d.Sentences[d.SentenceOf(i)].First
	switch {
	case d.Tags != nil:
		if !strings.HasPrefix(d.Tags[i], "VB") {
			return v, false
		}
	case v.noun && i > first && determiners[d.Lower[i-1]]:
		return v, false // "the claims", "the reported attack"
	case i > first && startsUpper(d.Tokens[i].Key):
		return v, false // part of a name
	}
	if v.lemma == "point" && (i+1 >= len(d.Tokens) || d.Lower[i+1] != "out") {
		return v, false
	}
	return v, true
}

// verbText returns the reporting verb as written, with its particle.
func (c *quoteCtx) verbText(i int) string {
	if c.d.Lower[i] == "according" {
		return "according to"
	}
	if i+1 < len(c.d.Tokens) && c.d.Lower[i+1] == "out" && strings.HasPrefix(c.d.Lower[i], "point") {
		return c.d.Lower[i] + " out"
	}
	return c.d.Lower[i]
}

// passive reports whether the verb at token v is passive ("he was asked",
// "is said to"): its subject did not speak.
func (c *quoteCtx) passive(v int) bool {
	d := c.d
	first := d.Sentences[d.SentenceOf(v)].First
	for k := v - 1; k >= first && k >= v-3; k-- {
		w := d.Lower[k]
		if beForms[w] {
			return true
		}
		if !strings.HasSuffix(w, "ly") && w != "also" && w != "not" && w != "then" {
			return false
		}
	}
	return false
}

// afterQuote finds an attribution right after a quotation: `“…,” X said`,
// `“…,” said X`, `“…,” X, the minister, told reporters`, `“…,” Reuters
// quoted X as saying`, also when a stop ended the sentence at the closing
// mark (`“….” X said.`).
func (c *quoteCtx) afterQuote(s *quoteSpan) (speaker, bool) {
	d := c.d
	if s.close < 0 || s.close+1 >= len(d.Tokens) {
		return speaker{}, false
	}
	j := s.close + 1
	sent := d.SentenceOf(s.close)
	end := d.Sentences[sent].Last
	if j >= end {
		// `“….” X said.`: a short sentence of its own in the same
		// paragraph.
		if sent+1 >= len(d.Sentences) || quoteParagraphBreak(d.Text[d.Tokens[j-1].End:d.Tokens[j].Start]) {
			return speaker{}, false
		}
		next := d.Sentences[sent+1]
		if next.Last-next.First > 10 {
			return speaker{}, false
		}
		end = next.Last
	}
	if d.Lower[j] == "," || d.Lower[j] == "-" {
		j++
	}
	if j >= end || c.quoted(j) {
		return speaker{}, false
	}
	// `said X`
	if v, ok := c.verbAt(j); ok && !v.gerund && v.clause {
		k := j + 1
		if k < end && d.Lower[k] == "out" {
			k++
		}
		if sp, ok := c.phraseAfter(k, end); ok {
			sp.verb = c.verbText(j)
			c.used[j] = true
			return sp, true
		}
		return speaker{}, false
	}
	if phraseBreaks[d.Lower[j]] {
		return speaker{}, false
	}
	// `X said`
	for k := j; k < end && k < j+maxPhrase; k++ {
		if c.quoted(k) || (clauseBreaks[d.Lower[k]] && d.Lower[k] != "," && d.Lower[k] != "and") {
			return speaker{}, false
		}
		v, ok := c.verbAt(k)
		if !ok || v.gerund || c.passive(k) {
			continue
		}
		if sp, ok := c.quotedAs(k, end); ok {
			return sp, true
		}
		last := k
		for last > j && c.skippable(last-1) {
			last--
		}
		if last == j {
			return speaker{}, false
		}
		sp, ok := c.describe(j, last)
		if ok {
			sp.verb = c.verbText(k)
			c.used[k] = true
		}
		return sp, ok
	}
	return speaker{}, false
}

// phraseBreaks cannot begin the speaker's phrase after a quotation: what
// follows the closing mark is then the sentence going on (“cautious than
// dogmatic” in reinforcing …).
var phraseBreaks = map[string]bool{
	"about": true, "in": true, "on": true, "at": true, "with": true, "for": true, "to": true,
	"from": true, "by": true, "into": true, "of": true, "over": true, "under": true, "after": true,
	"before": true, "during": true, "as": true, "than": true, "because": true, "while": true,
	"when": true, "if": true, "that": true, "which": true, "who": true, "and": true, "or": true,
	"but": true, "is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "can": true, "could": true, "should": true,
	"must": true, "may": true, "might": true, "not": true, "to,": true, "between": true,
	"against": true, "across": true, "through": true, "within": true, "without": true,
	"toward": true, "towards": true, "since": true, "until": true, "so": true, "also": true,
}

// beforeQuote finds the speaker in the clause that introduces a
// quotation: `X said: “…”`, `X said that Athens is more “…”`, `Fidan told
// the FT last week when he was asked …, “…”`, `…, adding: “…”` (the
// subject of the clause the gerund hangs on), `according to X, “…”`.
func (c *quoteCtx) beforeQuote(s *quoteSpan) (speaker, bool) {
	d := c.d
	lo := d.Sentences[d.SentenceOf(s.open)].First
	for v := s.open - 1; v >= lo; v-- {
		if c.quoted(v) {
			continue
		}
		if d.Lower[v] == "according" && v+1 < s.open && d.Lower[v+1] == "to" {
			if sp, ok := c.phraseAfter(v+2, s.open); ok {
				sp.verb = "according to"
				return sp, true
			}
			continue
		}
		if _, ok := c.verbAt(v); !ok || c.passive(v) {
			continue
		}
		if sp, ok := c.subjectOf(v, lo); ok {
			c.used[v] = true
			return sp, true
		}
		// No subject of its own ("…, adding: “…”", "… and said “…”"):
		// the clause's subject is found at the verb further left.
	}
	return speaker{}, false
}

// previousSentence finds the speaker of a quotation that opens its
// sentence in the sentence before it, when that one introduces it: `X
// said:` at the end of a paragraph, or `X added that …`.
func (c *quoteCtx) previousSentence(s *quoteSpan) (speaker, bool) {
	d := c.d
	sent := d.SentenceOf(s.open)
	if sent == 0 {
		return speaker{}, false
	}
	prev := d.Sentences[sent-1]
	colon := d.Lower[prev.Last-1] == ":"
	for v := prev.Last - 1; v >= prev.First; v-- {
		vf, ok := c.verbAt(v)
		if !ok || c.passive(v) || (!colon && (!vf.clause || c.used[v])) {
			continue
		}
		if sp, ok := c.subjectOf(v, prev.First); ok {
			return sp, true
		}
	}
	return speaker{}, false
}

// skippable reports whether token i may stand between a subject and its
// verb: an auxiliary, an adverb, a time phrase ("officials on Thursday
// announced").
func (c *quoteCtx) skippable(i int) bool {
	w := c.d.Lower[i]
	if auxiliaries[w] || timeWords[w] {
		return true
	}
	if strings.HasSuffix(w, "ly") && !startsUpper(c.d.Tokens[i].Key) {
		return true
	}
	return isDigitWord(w) && i+1 < len(c.d.Tokens) && timeWords[c.d.Lower[i+1]]
}

// subjectOf finds the speaker who is the subject of the speech verb at
// token v, reading back to the sentence start lo. It fails when the verb
// has no subject of its own.
func (c *quoteCtx) subjectOf(v, lo int) (speaker, bool) {
	d := c.d
	if sp, ok := c.quotedAs(v, d.Sentences[d.SentenceOf(v)].Last); ok {
		return sp, true
	}
	if vf, _ := c.verbAt(v); vf.gerund {
		return speaker{}, false
	}
	k := v - 1
	for k >= lo && !c.quoted(k) && c.skippable(k) {
		k--
	}
	if k < lo || c.quoted(k) {
		return speaker{}, false
	}
	if d.Lower[k] == "," {
		return c.apposition(k, lo, v)
	}
	if clauseBreaks[d.Lower[k]] || relativeWords[d.Lower[k]] {
		return speaker{}, false
	}
	a := c.phraseStart(k, lo)
	sp, ok := c.describe(a, k+1)
	if ok {
		sp.verb = c.verbText(v)
	}
	return sp, ok
}

// apposition reads a subject with an apposition before its verb, the
// comma before the verb at token comma: "Colonel Amadou Abdramane, Niger
// junta spokesman, said", "Senior adviser to …, Major General Yahya Rahim
// Safavi, has called". A person named in either part is the speaker.
func (c *quoteCtx) apposition(comma, lo, v int) (speaker, bool) {
	d := c.d
	j := comma - 1
	for j >= lo && j > comma-maxPhrase && !c.quoted(j) && d.Lower[j] != "," {
		if clauseBreaks[d.Lower[j]] && d.Lower[j] != "and" {
			return speaker{}, false
		}
		j--
	}
	if j < lo || c.quoted(j) || d.Lower[j] != "," || j == comma-1 {
		return speaker{}, false
	}
	inner, innerOK := c.describe(j+1, comma)
	var outer speaker
	outerOK := false
	if j-1 >= lo && !c.quoted(j-1) && !clauseBreaks[d.Lower[j-1]] {
		a := c.phraseStart(j-1, lo)
		outer, outerOK = c.describe(a, j)
	}
	var sp speaker
	switch {
	case outerOK && outer.personID != "":
		sp = outer
	case innerOK && inner.personID != "":
		sp = inner
	case outerOK:
		sp = outer
	case innerOK:
		sp = inner
	default:
		return speaker{}, false
	}
	if sp.actor == "" && innerOK && inner.actor != "" {
		sp.actor = inner.actor
	}
	sp.verb = c.verbText(v)
	return sp, true
}

// phraseStart returns where the noun phrase ending at token k begins,
// reading back over relative clauses ("diplomats who spoke to the FT")
// and coordinated actors ("Mali, Burkina Faso and Niger").
func (c *quoteCtx) phraseStart(k, lo int) int {
	d := c.d
	a := k
	for i := k - 1; i >= lo && i > k-maxPhrase; i-- {
		if c.quoted(i) {
			break
		}
		w := d.Lower[i]
		if clauseBreaks[w] {
			// A comma or "and" between two actors joins them.
			if (w == "," || w == "and" || w == "or") && i > lo && d.MentionAt[i-1] >= 0 && d.MentionAt[i+1] >= 0 {
				continue
			}
			break
		}
		if _, ok := c.verbAt(i); ok && !relativeBefore(d, i, lo) {
			break
		}
		a = i
	}
	return a
}

// relativeBefore reports whether the verb at token i is inside a relative
// clause ("who spoke to"), which belongs to the subject.
func relativeBefore(d *Doc, i, lo int) bool {
	for k := i - 1; k >= lo && k >= i-3; k-- {
		if relativeWords[d.Lower[k]] {
			return true
		}
	}
	return false
}

// phraseAfter reads the speaker's noun phrase that starts at token j and
// ends before a preposition, a clause or the end: "said Mark Rutte, the
// NATO chief", "according to three people familiar with the talks".
func (c *quoteCtx) phraseAfter(j, end int) (speaker, bool) {
	d := c.d
	k := j
	for k < end && k < j+maxPhrase && !c.quoted(k) {
		w := d.Lower[k]
		if w == "," || w == "." || w == ";" || w == ":" || w == "(" {
			break
		}
		if k > j && afterBreaks[w] {
			break
		}
		k++
	}
	if k == j {
		return speaker{}, false
	}
	sp, ok := c.describe(j, k)
	// "said the foreign minister, Hakan Fidan": the name in apposition.
	if ok && sp.personID == "" && k+1 < end && d.Lower[k] == "," && d.MentionAt[k+1] >= 0 {
		if m := d.Mentions[d.MentionAt[k+1]]; m.PersonID != "" {
			return c.fromMention(m), true
		}
	}
	return sp, ok
}

// afterBreaks end a speaker's phrase read forwards.
var afterBreaks = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "after": true, "before": true,
	"when": true, "while": true, "as": true, "to": true, "that": true, "who": true,
	"which": true, "because": true, "adding": true, "saying": true, "noting": true,
	"told": true, "said": true, "last": true, "this": true, "earlier": true, "later": true,
	"yesterday": true, "today": true, "according": true, "but": true, "than": true,
}

// quotedAs reads "Reuters quoted Peskov as saying" (and "cited"): the
// speaker is the object, the subject an outlet the document cites.
func (c *quoteCtx) quotedAs(v, end int) (speaker, bool) {
	d := c.d
	w := d.Lower[v]
	if w != "quoted" && w != "quoting" && w != "cited" && w != "citing" && w != "quotes" && w != "cites" {
		return speaker{}, false
	}
	for k := v + 2; k < end && k < v+maxPhrase; k++ {
		if c.quoted(k) {
			break
		}
		if d.Lower[k] == "as" && k+1 < end && (speechVerbForm(d.Lower[k+1]) || d.Lower[k+1] == "having") {
			sp, ok := c.describe(v+1, k)
			if !ok {
				return sp, false
			}
			sp.verb = d.Lower[k+1]
			c.used[v] = true
			c.citeNear(v)
			return sp, true
		}
	}
	return speaker{}, false
}

// citeNear lists the outlets named just before the verb at token v
// ("Reuters quoted …").
func (c *quoteCtx) citeNear(v int) {
	d := c.d
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		if m := d.MentionAt[k]; m >= 0 && d.Mentions[m].IsMedia() {
			c.cite(d.Mentions[m].Actor)
			return
		}
	}
}

// describe makes a speaker of the noun phrase tokens[a:b]: a person
// (named, or referred to by a pronoun or a description), an actor ("the
// Russian Foreign Ministry", "Tokyo"), or an unnamed source ("a senior EU
// official", "three people familiar with the discussion").
func (c *quoteCtx) describe(a, b int) (speaker, bool) {
	d := c.d
	for a < b && (d.Lower[a] == "," || d.Lower[a] == "-") {
		a++
	}
	if a >= b {
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
		if phrasePrepositions[d.Lower[i]] {
			core, textEnd = i, i
			break
		}
		if sourceQualifiers[d.Lower[i]] {
			core = i
			break
		}
	}
	head, headTok := "", -1
	for i := core - 1; i >= a; i-- {
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
	}
	sp := speaker{text: strings.TrimRight(c.textOf(a, textEnd), " ,"), head: head, sentence: d.SentenceOf(a), ok: true}
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
		switch {
		case m.PersonID != "" && person == nil:
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
		ps.sentence = sp.sentence
		return ps, true
	case len(actors) == 1 || (len(actors) > 1 && !coordinated):
		sp.actor = actors[0]
	case len(actors) == 0 && media != nil:
		sp.media, sp.actor = media.Actor, media.Actor
		return sp, true
	case len(actors) == 0 && (d.Lower[a] == "the" || d.Lower[a] == "this"):
		// "the minister", "the official", "the ministry": someone
		// named or quoted before.
		if ref, ok := c.definite(head, headTok); ok {
			return ref, true
		}
	}
	sp.anonymous = anonymousHeads[head] && !(d.Lower[a] == "the" && !strings.HasSuffix(head, "s") && head != "people")
	return sp, true
}

// pronoun resolves a speaker written as a pronoun ("he said").
func (c *quoteCtx) pronoun(i int) (speaker, bool) {
	d := c.d
	switch d.Lower[i] {
	case "he", "she", "they", "it":
	default:
		return speaker{}, false
	}
	plural := d.Lower[i] == "they"
	if ms := d.Antecedents(i); len(ms) > 0 && !c.quoted(ms[0].First) {
		if len(ms) > 1 {
			// "they" for several actors: a joint statement, of no one
			// actor.
			return speaker{text: c.textOf(ms[0].First, ms[len(ms)-1].Last), verb: "", sentence: d.SentenceOf(i), ok: true}, true
		}
		if sp, ok := c.speakerOf(ms[0]); ok {
			return sp, true
		}
		return c.fromMention(ms[0]), true
	}
	// The last speaker quoted, when the antecedent is not an actor
	// ("officials … they said").
	for k := len(c.history) - 1; k >= 0; k-- {
		h := c.history[k]
		if d.SentenceOf(i)-h.sentence > corefWindow {
			break
		}
		isPlural := strings.HasSuffix(h.head, "s") || h.head == "people"
		if isPlural == plural {
			return h, true
		}
	}
	return speaker{}, false
}

// speakerOf returns an earlier speaker whose phrase holds mention m, so
// that a pronoun for an unnamed source stays anonymous.
func (c *quoteCtx) speakerOf(m Mention) (speaker, bool) {
	text := c.d.Text[m.Start:m.End]
	for k := len(c.history) - 1; k >= 0; k-- {
		h := c.history[k]
		if h.personID == "" && h.anonymous && h.actor == m.Actor && strings.Contains(h.text, text) {
			return h, true
		}
	}
	return speaker{}, false
}

// definite resolves a definite description of a speaker: an earlier
// speaker with the same head ("a senior EU official … the official
// added"), else the actor or person it refers back to.
func (c *quoteCtx) definite(head string, tok int) (speaker, bool) {
	d := c.d
	for k := len(c.history) - 1; k >= 0; k-- {
		if h := c.history[k]; h.head == head && d.SentenceOf(tok)-h.sentence <= 2*corefWindow {
			return h, true
		}
	}
	if m, ok := d.Antecedent(tok, strings.HasSuffix(head, "s")); ok && !c.quoted(m.First) {
		return c.fromMention(m), true
	}
	if !personNouns[head] {
		return speaker{}, false
	}
	// "the minister": the last person named with that role.
	s := d.SentenceOf(tok)
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

// fromMention makes a speaker of an actor mention.
func (c *quoteCtx) fromMention(m Mention) speaker {
	d := c.d
	sp := speaker{text: d.Text[m.Start:m.End], actor: m.Actor, personID: m.PersonID, sentence: m.Sentence, ok: true}
	if p := d.Persons[m.PersonID]; p != nil {
		sp.text = p.Name
	}
	if m.IsMedia() {
		sp.media = m.Actor
	}
	if m.Last < len(d.Tokens) {
		sp.head = d.Lower[m.Last-1]
		if m.Via == "adjective" {
			sp.head = d.Lower[m.Last]
			sp.anonymous = m.PersonID == "" && anonymousHeads[sp.head]
		}
	}
	return sp
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

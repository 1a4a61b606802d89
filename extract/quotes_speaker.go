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
	at        int    // the token where the speaker is named
	ok        bool
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
	for i := a + 1; i < core; i++ {
		if headEnders[d.Lower[i]] && d.MentionAt[i] < 0 {
			headEnd = i
			break
		}
	}
	head, headTok := "", -1
	for i := headEnd - 1; i >= a; i-- {
		// "one trader now dealing": the head is before the participle.
		if w := d.Lower[i]; i > a && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") || w == "now") && !startsUpper(d.Tokens[i].Key) {
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
		if w := d.Lower[a]; w == "i" || w == "you" {
			// The writer or the reader: no one the article quotes.
			return speaker{}, false
		}
	}
	// "One of them added": one of the unnamed sources quoted before.
	if core-a == 3 && d.Lower[a] == "one" && d.Lower[a+1] == "of" && (d.Lower[a+2] == "them" || d.Lower[a+2] == "those") {
		if h, ok := c.recent(a, func(h speaker) bool { return strings.HasSuffix(h.head, "s") || h.head == "people" }); ok {
			h.text, h.at, h.sentence = c.textOf(a, b), a, d.SentenceOf(a)
			return h, true
		}
	}
	sp := speaker{text: strings.TrimRight(c.textOf(a, textEnd), " ,"), head: head, sentence: d.SentenceOf(a), at: a, ok: true}
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
		case m.PersonID != "" && m.First > headEnd:
			// "a spokesman for President X": X's side, not X.
			if m.Actor != "" && !containsString(actors, m.Actor) {
				actors = append(actors, m.Actor)
			}
		case m.PersonID != "" && person == nil:
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
		if ref, ok := c.definite(head, headTok); ok {
			if ref.personID == "" && !ref.anonymous {
				// "the ministry" of an actor: the words as written.
				ref.text, ref.head = sp.text, head
			}
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
	// "“…,” he said" after someone was quoted or reported just before:
	// the same speaker, as news writing goes.
	if h, ok := c.recent(i, func(h speaker) bool { return true }); ok && !plural {
		if d.SentenceOf(i)-h.sentence <= 2 && !h.anonymous && !quotePronouns[strings.ToLower(h.text)] &&
			(h.personID != "" || (h.actor == "" && startsUpper(h.text))) {
			return h, true
		}
	}
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
	return c.recent(i, func(h speaker) bool {
		isPlural := strings.HasSuffix(h.head, "s") || h.head == "people"
		return isPlural == plural && !quotePronouns[strings.ToLower(h.text)]
	})
}

// recent returns the speaker named last before token i, within a few
// sentences, among those that want accepts.
func (c *quoteCtx) recent(i int, want func(speaker) bool) (speaker, bool) {
	s := c.d.SentenceOf(i)
	best := -1
	for k, h := range c.history {
		if h.at < i && s-h.sentence <= corefWindow && want(h) && (best < 0 || h.at > c.history[best].at) {
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
func (c *quoteCtx) definite(head string, tok int) (speaker, bool) {
	d := c.d
	s := d.SentenceOf(tok)
	if h, ok := c.recent(tok, func(h speaker) bool { return h.head == head }); ok {
		return h, true
	}
	for i := tok - 1; i > 0 && s-d.SentenceOf(i) <= 2*corefWindow; i-- {
		if d.Lower[i] != head || c.quoted(i) {
			continue
		}
		if m, ok := c.actorBefore(i); ok {
			sp := c.fromMention(m)
			if sp.personID == "" {
				sp.head = head
				sp.anonymous = anonymousHeads[head]
				sp.text = c.textOf(c.phraseStart(i, d.Sentences[d.SentenceOf(i)].First), i+1)
			}
			return sp, true
		}
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

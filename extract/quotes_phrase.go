package extract

import "strings"

// maxPhrase bounds the length in tokens of a speaker's noun phrase.
const maxPhrase = 14

// verbAt returns the speech verb at token i, when the word stands where a
// verb does.
func (c *quoteCtx) verbAt(i int) (verbForm, bool) {
	d := c.d
	if i < 0 || i >= len(d.Tokens) || !c.verb[i] || c.quoted(i) {
		return verbForm{}, false
	}
	v, ok := speechVerbs[d.Lower[i]]
	if !ok {
		return v, false
	}
	first := d.Sentences[c.sentOf(i)].First
	// The tagger decides only between the noun and the verb of base and
	// -s forms ("claims", "reports"); past forms and gerunds are read
	// from the words around them, which errs less on reporting verbs.
	form := d.Lower[i]
	settled := v.gerund || !v.noun || strings.HasSuffix(form, "d")
	switch {
	case d.Tags != nil && d.Tags[i] != "" && !settled && !strings.HasPrefix(d.Tags[i], "VB"):
		// Untagged sentences (no actor named) are read from the words.
		return v, false
	case v.noun && i > first && nounDeterminers[d.Lower[i-1]]:
		return v, false // "the claims", "the reported attack"
	case v.noun && strings.HasSuffix(form, "s") && !v.gerund && c.objectNoun(i, first):
		return v, false // "amid Tory claims the ads were …", "discuss newspaper reports that …"
	case v.noun && d.Lower[i] == v.lemma && !(i > first && baseVerbBefore(d.Lower[i-1])):
		return v, false // "a member state", "the claim"
	case i > first && startsUpper(d.Tokens[i].Key):
		return v, false // part of a name
	}
	if v.lemma == "point" && (i+1 >= len(d.Tokens) || d.Lower[i+1] != "out") {
		return v, false
	}
	return v, true
}

// objectNoun reports whether the -s form at token i of a verb that is
// also a noun stands where a noun does, the tagger notwithstanding: after
// a preposition or a verb that takes it as its object, past modifiers
// ("over claims its campaign …", "amid Tory claims", "refused to discuss
// weekend newspaper reports that", "denials of the central claims").
func (c *quoteCtx) objectNoun(i, first int) bool {
	d := c.d
	j := i - 1
	for j >= first && j > i-4 && (nounModifiers[d.Lower[j]] || partyAdjective(d, j)) {
		j--
	}
	if j < first || j == i-1 && !nounCues[d.Lower[j]] {
		return false
	}
	if j < i-1 && nounDeterminers[d.Lower[j]] {
		return true // "the central claims"
	}
	return nounCues[d.Lower[j]]
}

// partyAdjective reports whether token j names a party or a country as
// a modifier ("Tory", "Labour", "British"), which a mention may cover.
func partyAdjective(d *Doc, j int) bool {
	if !startsUpper(d.Tokens[j].Key) {
		return false
	}
	if partyWords[d.Lower[j]] {
		return true
	}
	m := d.MentionAt[j]
	return m >= 0 && d.Mentions[m].PersonID == "" && d.Mentions[m].Last == j+1 && d.Mentions[m].Via == "adjective"
}

// partyWords name parties as modifiers: "Tory claims".
var partyWords = map[string]bool{
	"tory": true, "labour": true, "conservative": true, "liberal": true, "democrat": true,
	"republican": true, "democratic": true, "opposition": true, "government": true,
}

// nounModifiers stand before a noun such as "claims" or "reports".
var nounModifiers = map[string]bool{
	"newspaper": true, "weekend": true, "media": true, "press": true, "manifesto": true, "central": true,
	"fresh": true, "latest": true, "false": true, "unfounded": true, "repeated": true, "further": true,
	"initial": true,
	"earlier": true, "recent": true, "new": true, "similar": true, "wild": true, "extravagant": true,
}

// nounCues before a noun phrase make it the object of a preposition or
// a verb: "amid claims", "discuss reports", "denied claims".
var nounCues = map[string]bool{
	"over": true, "amid": true, "amidst": true, "about": true, "despite": true, "after": true,
	"following": true, "against": true, "of": true, "from": true, "with": true, "by": true,
	"on": true, "in": true, "to": true, "for": true, "into": true, "behind": true, "at": true,
	"discuss": true, "discussed": true, "deny": true, "denied": true, "denies": true, "dismissed": true,
	"dismiss": true, "rejected": true, "reject": true, "rejects": true, "refuted": true, "investigate": true,
	"investigating": true, "criticised": true, "criticized": true, "form": true, "made": true,
	"make": true, "making": true, "repeated": true, "keep": true, "kept": true, "broke": true,
	"break": true, "fulfil": true, "fulfill": true, "honour": true, "honor": true, "deliver": true,
	"the": true, "its": true, "his": true, "her": true, "their": true, "our": true, "these": true,
	"those": true, "such": true, "no": true, "any": true, "what": true, "and": true,
}

// baseVerbBefore reports whether a word before the base form of a verb
// that is also a noun makes it a verb: a plural subject ("officials
// warn", "they claim"), an auxiliary or "to".
func baseVerbBefore(w string) bool {
	switch w {
	case "they", "we", "i", "you", "to", "will", "would", "could", "can", "may", "might",
		"must", "should", "did", "do", "does", "n't", "not", "also":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s")
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
	first := d.Sentences[c.sentOf(v)].First
	for k := v - 1; k >= first && k >= v-3; k-- {
		w := d.Lower[k]
		if passiveBe[w] {
			return true
		}
		if !lyAdverb(w) && w != "also" && w != "not" && w != "then" {
			break
		}
	}
	// "claims denied by Labour": a participle with its agent.
	w := d.Lower[v]
	return v+2 < len(d.Tokens) && d.Lower[v+1] == "by" && !strings.HasSuffix(d.Lower[v+2], "ing") &&
		(strings.HasSuffix(w, "ed") || w == "said" || w == "told" || w == "written")
}

// lyAdverb reports whether a lower-case word is an adverb in -ly
// ("recently"), not a noun ("his family", "an ally").
func lyAdverb(w string) bool {
	return strings.HasSuffix(w, "ly") && !lyNouns[w]
}

// lyNouns end in -ly but are no adverbs.
var lyNouns = map[string]bool{
	"family": true, "ally": true, "rally": true, "assembly": true, "supply": true, "reply": true,
	"monopoly": true, "anomaly": true, "bully": true, "homily": true, "fly": true, "folly": true,
	"belly": true, "jelly": true, "lily": true, "melancholy": true, "daily": true, "weekly": true,
	"monthly": true, "quarterly": true,
}

// skippable reports whether token i may stand between a subject and its
// verb: an auxiliary, an adverb, a time phrase ("officials on Thursday
// announced").
func (c *quoteCtx) skippable(i int) bool {
	w := c.d.Lower[i]
	switch w {
	case "this", "last", "on", "in", "late", "early":
		// Only in a time phrase: "this week", "on Thursday", not "she
		// said this would …".
		if i+1 < len(c.d.Tokens) && (quoteTimeWords[c.d.Lower[i+1]] || isDigitWord(c.d.Lower[i+1])) {
			return true
		}
		return quoteAux[w]
	}
	if quoteAux[w] && startsUpper(c.d.Tokens[i].Key) && i > c.d.Sentences[c.sentOf(i)].First {
		return false // "Labour MSP Christine May said": a name
	}
	if quoteAux[w] || quoteTimeWords[w] {
		return true
	}
	if lyAdverb(w) && !startsUpper(c.d.Tokens[i].Key) {
		return true
	}
	return isDigitWord(w) && i+1 < len(c.d.Tokens) && quoteTimeWords[c.d.Lower[i+1]]
}

// subjectEnd returns the last token of the subject of the verb at token
// v, past auxiliaries, adverbs, time phrases and "was due to", "is
// expected to"; lo-1 when the verb is an infinitive without a subject of
// its own ("for the minister to claim").
func (c *quoteCtx) subjectEnd(v, lo int) int {
	d := c.d
	k := v - 1
	for {
		for k >= lo && !c.quoted(k) && c.skippable(k) {
			k--
		}
		if k > lo && d.Lower[k] == ")" {
			// "Boren (D-Okla.) said": past the bracket.
			o := k - 1
			for o > lo && o > k-8 && d.Lower[o] != "(" {
				o--
			}
			if d.Lower[o] == "(" && o > lo {
				k = o - 1
				continue
			}
		}
		if k < lo || c.quoted(k) || d.Lower[k] != "to" {
			return k
		}
		if k-1 < lo || !raisingWords[d.Lower[k-1]] {
			return lo - 1
		}
		k -= 2
		for k >= lo && passiveBe[d.Lower[k]] {
			k--
		}
	}
}

// raisingWords stand before "to" and a verb whose subject is that of the
// sentence: "he was due to say", "she is expected to tell".
var raisingWords = map[string]bool{
	"due": true, "expected": true, "set": true, "going": true, "likely": true, "about": true,
	"scheduled": true, "poised": true, "ready": true, "able": true, "keen": true, "wants": true,
	"wanted": true, "plans": true, "planned": true, "hopes": true, "hoped": true, "tried": true,
	"sought": true, "went": true, "used": true, "continued": true, "appeared": true, "seemed": true,
}

// subjectOf finds the speaker who is the subject of the speech verb at
// token v, reading back to the sentence start lo. It fails when the verb
// has no subject of its own.
func (c *quoteCtx) subjectOf(v, lo int) (speaker, bool) {
	d := c.d
	if sp, ok := c.quotedAs(v, d.Sentences[c.sentOf(v)].Last); ok {
		return sp, true
	}
	if vf, _ := c.verbAt(v); vf.gerund {
		return speaker{}, false
	}
	k := c.subjectEnd(v, lo)
	if k < lo || c.quoted(k) {
		return speaker{}, false
	}
	if d.Lower[k] == "," {
		return c.apposition(k, lo, v)
	}
	relative := false
	if quoteRelatives[d.Lower[k]] && k > lo {
		// "Sir Richard Eyre, who called it “…”": the relative
		// pronoun stands for the phrase before it.
		k--
		if d.Lower[k] == "," && k > lo {
			k--
		}
		relative = true
	}
	if subjectBreaks[d.Lower[k]] || quoteRelatives[d.Lower[k]] || c.quoted(k) {
		return speaker{}, false
	}
	a := k
	if !quotePronouns[d.Lower[k]] {
		a = c.phraseStart(k, lo)
	}
	if relative {
		// "welcomed at the time by Beijing, which described …": the
		// noun the relative pronoun follows.
		for i := k; i >= a; i-- {
			if leadPrepositions[d.Lower[i]] {
				a = i + 1
				break
			}
		}
	}
	if a < k && leadPrepositions[d.Lower[a]] {
		// "In 1998 the party said", "In its report on the council's
		// work the committee said": the subject after the time or place.
		for i := k - 1; i > a; i-- {
			if w := d.Lower[i]; w == "the" || w == "a" || w == "an" {
				a = i
				break
			}
		}
	}
	if a-2 >= lo && d.Lower[a-1] == "," && !c.quoted(a-2) {
		b := a - 1
		a0 := c.phraseStart(b-1, lo)
		switch {
		case quoteRelatives[d.Lower[a]]:
			// "Ms Robinson, who presents The Weakest Link tells …":
			// the relative clause lost its closing comma.
			sp, ok := c.describe(a0, b)
			if ok {
				sp.verb = c.verbText(v)
			}
			return sp, ok
		case c.opensSentence(a0, lo) && c.isName(a0, b):
			// "Colin Asplin, Blackpool Hotel Association said": a name
			// and its description without the second comma.
			if sp, ok := c.describe(a, k+1); !ok || sp.personID == "" {
				name, _ := c.describe(a0, b)
				if name.actor == "" {
					name.actor = sp.actor
				}
				name.verb = c.verbText(v)
				return name, true
			}
		}
	}
	sp, ok := c.describe(a, k+1)
	if ok {
		sp.verb = c.verbText(v)
	}
	return sp, ok
}

// leadPrepositions open a phrase of time or place before a subject.
var leadPrepositions = map[string]bool{
	"in": true, "on": true, "at": true, "after": true, "before": true, "during": true, "since": true,
	"under": true, "over": true, "for": true, "from": true, "with": true, "by": true, "until": true,
	"including": true, "like": true,
}

// opensSentence reports whether only words that may open a sentence
// before its subject ("But", "However,") stand between lo and token a.
func (c *quoteCtx) opensSentence(a, lo int) bool {
	for i := lo; i < a; i++ {
		if !subjectOpeners[c.d.Lower[i]] && c.d.Lower[i] != "," {
			return false
		}
	}
	return true
}

// isName reports whether tokens[a:b] name one person: a person's mention,
// or two to four capitalised words of no organisation ("Colin Asplin",
// "Prof Etzioni"), not a description ("Director").
func (c *quoteCtx) isName(a, b int) bool {
	d := c.d
	if a >= b || b > len(d.Tokens) {
		return false
	}
	if m := d.MentionAt[a]; m >= 0 {
		mm := d.Mentions[m]
		return mm.PersonID != "" && mm.Via != "role" && mm.Last == b
	}
	if b-a < 2 || b-a > 4 {
		return false
	}
	for i := a; i < b; i++ {
		if !startsUpper(d.Tokens[i].Key) || !isWord(d.Tokens[i].Key) || d.MentionAt[i] >= 0 {
			return false
		}
	}
	w := d.Lower[a]
	return !orgWords[d.Lower[b-1]] && !nounDeterminers[w] && !phraseBreaks[w] && !subjectOpeners[w] && !subjectBreaks[w]
}

// apposition reads a subject with appositions before its verb, the comma
// before the verb at token comma: "Colonel Amadou Abdramane, Niger junta
// spokesman, said", "Senior adviser to …, Major General Yahya Rahim
// Safavi, has called", "Alexander Ivlev, an official with Amtorg, a Soviet
// trading organization, told". A person named in any part is the speaker,
// else a name, else the first description.
func (c *quoteCtx) apposition(comma, lo, v int) (speaker, bool) {
	d := c.d
	var parts [][2]int // right to left
	end := comma
	for len(parts) < 4 {
		j := end - 1
		for j >= lo && j > end-maxPhrase && !c.quoted(j) && d.Lower[j] != "," && !appositionBreaks[d.Lower[j]] {
			j--
		}
		if j >= lo && j < end-1 && !c.quoted(j) && d.Lower[j] == "," {
			parts = append(parts, [2]int{j + 1, end})
			end = j
			continue
		}
		if end-1 >= lo && !c.quoted(end-1) && !subjectBreaks[d.Lower[end-1]] {
			parts = append(parts, [2]int{c.phraseStart(end-1, lo), end})
		}
		break
	}
	if len(parts) == 1 {
		// "The men's solicitor Matthew Knight, said": a stray comma
		// after the subject that opens the sentence.
		a, b := parts[0][0], parts[0][1]
		if w := d.Lower[a]; !c.opensSentence(a, lo) || phraseBreaks[w] || w == "according" || strings.HasSuffix(w, "ing") {
			return speaker{}, false
		}
		sp, ok := c.describe(a, b)
		if ok {
			sp.verb = c.verbText(v)
		}
		return sp, ok
	}
	if len(parts) < 2 {
		return speaker{}, false
	}
	// "Mali, Burkina Faso and Niger, said": a list, not an apposition.
	if a := c.phraseStart(comma-1, lo); a < parts[0][0] {
		sp, ok := c.describe(a, comma)
		sp.verb = c.verbText(v)
		return sp, ok
	}
	var best, name, first *speaker
	actor := ""
	for k := len(parts) - 1; k >= 0; k-- {
		a, b := parts[k][0], parts[k][1]
		if w := d.Lower[a]; phraseBreaks[w] || w == "according" || strings.HasSuffix(w, "ing") {
			continue // "In Moscow, …", "speaking after prayers": where or how, not who
		}
		sp, ok := c.describe(a, b)
		if !ok {
			continue
		}
		if actor == "" {
			actor = sp.actor
		}
		switch {
		case sp.personID != "" && best == nil:
			best = &sp
		case c.isName(a, b) && (name == nil || !c.isName(name.at, name.at+len(strings.Fields(name.text)))):
			// "Director, David Caldwell, said": the name before a
			// capitalised title.
			name = &sp
		case name == nil && startsUpper(d.Tokens[a].Key) && !nounDeterminers[d.Lower[a]]:
			name = &sp
		case first == nil:
			first = &sp
		}
	}
	sp := best
	if sp == nil {
		sp = name
	}
	if sp == nil {
		sp = first
	}
	if sp == nil {
		return speaker{}, false
	}
	if sp.actor == "" {
		sp.actor = actor
	}
	sp.verb = c.verbText(v)
	return *sp, true
}

// appositionBreaks end the parts of a subject between commas when read
// backwards: before them is another clause.
var appositionBreaks = map[string]bool{
	";": true, ":": true, "that": true, "(": true, ")": true, "but": true, "because": true,
	"while": true, "whereas": true, "although": true, "though": true, "if": true,
}

// phraseStart returns where the noun phrase ending at token k begins,
// reading back over relative clauses ("diplomats who spoke to the FT")
// and coordinated actors ("Mali, Burkina Faso and Niger").
func (c *quoteCtx) phraseStart(k, lo int) int {
	d := c.d
	a := k
	conj := false // an "and" between actors seen: commas before it list more of them
	for i := k - 1; i >= lo && i > k-maxPhrase; i-- {
		if c.quoted(i) {
			// "the so-called “rotten apples” theory": a term quoted
			// inside the phrase.
			if sk := int(c.inQuote[i]) - 1; sk < len(c.label) && c.label[sk] && c.spans[sk].close == i && c.spans[sk].open > lo {
				i = c.spans[sk].open
				a = i
				continue
			}
			break
		}
		w := d.Lower[i]
		if subjectBreaks[w] {
			// "Mali, Burkina Faso and Niger": a list of actors.
			if (w == "and" || w == "or" || (w == "," && conj)) && i > lo && listedActor(d, i-1) && listedActor(d, i+1) {
				conj = true
				continue
			}
			// "the Trade and Industry Secretary": a name.
			if w == "and" && i > lo && d.MentionAt[i-1] < 0 && startsUpper(d.Tokens[i-1].Key) && startsUpper(d.Tokens[i+1].Key) && isWord(d.Tokens[i-1].Key) {
				continue
			}
			break
		}
		if _, ok := c.verbAt(i); ok && !relativeBefore(d, i, lo) {
			break
		}
		if quoteRelatives[w] && i+1 <= k && !(d.Tags != nil && strings.HasPrefix(d.Tags[i+1], "VB")) &&
			(w == "which" || clauseStartsAt(d, i+1)) {
			// "a bill which critics claim …": the relative clause's own
			// subject, not a subject's relative clause.
			break
		}
		a = i
	}
	return a
}

// listedActor reports whether token i belongs to the mention of a
// political actor that can be listed with others as joint speakers.
func listedActor(d *Doc, i int) bool {
	m := d.MentionAt[i]
	return m >= 0 && !d.Mentions[m].IsMedia() && d.Mentions[m].Actor != ""
}

// relativeBefore reports whether the verb at token i is inside a relative
// clause ("who spoke to"), which belongs to the subject.
func relativeBefore(d *Doc, i, lo int) bool {
	for k := i - 1; k >= lo && k >= i-3; k-- {
		if quoteRelatives[d.Lower[k]] {
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
	if j >= end || phraseBreaks[d.Lower[j]] {
		return speaker{}, false
	}
	k := j
	for k < end && k < j+maxPhrase && !c.quoted(k) {
		w := d.Lower[k]
		if w == "," || w == "." || w == ";" || w == ":" || w == "(" {
			break
		}
		if k > j && afterBreaks[w] && !qualifierBefore(d.Lower[k-1]) {
			break
		}
		// "said Scott Winningham of J.S. Winningham and Co. The
		// average …": a sentence the segmenter took for an abbreviation.
		if k > j && strings.HasSuffix(d.Tokens[k-1].Key, ".") && (w == "the" || w == "a") && startsUpper(d.Tokens[k].Key) {
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
		m := d.Mentions[d.MentionAt[k+1]]
		if m.PersonID != "" && (m.Last >= end || d.Lower[m.Last] == "," || d.Lower[m.Last] == ".") {
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

// qualifierBefore reports whether a word takes a complement inside a
// source's description: "close to", "familiar with", "aware of".
func qualifierBefore(w string) bool {
	switch w {
	case "close", "familiar", "aware", "knowledgeable", "near", "briefed", "speaking", "one":
		return true
	}
	return anonymousHeads[w]
}

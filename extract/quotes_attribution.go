package extract

import "strings"

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
	sent := c.sentOf(s.close)
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
	// `said X`, after a quotation that ends its clause: `“…,” said X`,
	// `“…” said X.`, not `the “MI6 agent” told him …`.
	if v, ok := c.verbAt(j); ok && !v.gerund && v.clause {
		k := j + 1
		if k < end && d.Lower[k] == "out" {
			k++
		}
		if sp, ok := c.phraseAfter(k, end); ok && (clauseEnds(d, s) || c.onlyStopAfter(sp.at, end)) {
			sp.verb = c.verbText(j)
			c.used[j] = true
			return sp, true
		}
		return speaker{}, false
	}
	if phraseBreaks[d.Lower[j]] {
		return speaker{}, false
	}
	// `X said`, where X may hold a long apposition ("Jim Chilton, senior
	// vice president for space and launch at Boeing, said").
	for k := j; k < end && k < j+2*maxPhrase; k++ {
		if d.Lower[k] == "(" {
			// "Sen. David Boren (D-Okla.) said".
			if r := closingBracket(d, k, end); r > 0 {
				k = r
				continue
			}
		}
		if c.quoted(k) || (subjectBreaks[d.Lower[k]] && d.Lower[k] != "," && d.Lower[k] != "and") {
			return speaker{}, false
		}
		v, ok := c.verbAt(k)
		if !ok || v.gerund || c.passive(k) {
			continue
		}
		if sp, ok := c.quotedAs(k, end); ok {
			return sp, true
		}
		last := c.subjectEnd(k, j) + 1
		if last <= j {
			return speaker{}, false
		}
		sp, ok := c.commaPhrase(j, last)
		if ok {
			sp.verb = c.verbText(k)
			c.used[k] = true
		}
		return sp, ok
	}
	return speaker{}, false
}

// commaPhrase reads the words between a closing mark and the verb of an
// attribution when they hold commas: an apposition ("Hakan Fidan, Turkey's
// foreign minister,"), whose person is the speaker, or the rest of a
// sentence the quoted fragment stood in ("“put up with” the attitudes
// they met, Prof Lovenduski said"), whose last part is the speaker.
func (c *quoteCtx) commaPhrase(j, last int) (speaker, bool) {
	d := c.d
	for last > j && d.Lower[last-1] == "," {
		last--
	}
	var cuts []int
	for i := j; i < last; i++ {
		if d.Lower[i] == "," && d.MentionAt[i] < 0 {
			cuts = append(cuts, i)
		}
	}
	if len(cuts) == 0 {
		return c.describe(j, last)
	}
	// A person named anywhere in an apposition is the speaker.
	for i := j; i < last; i++ {
		if m := d.MentionAt[i]; m >= 0 && d.Mentions[m].PersonID != "" {
			return c.fromMention(d.Mentions[m]), true
		}
	}
	if w := d.Lower[j]; strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		// "Asked about waiting lists, she said": a participle's clause,
		// then the speaker.
		return c.describe(cuts[len(cuts)-1]+1, last)
	}
	first, ok := c.describe(j, cuts[0])
	if ok && cuts[0]-j <= 6 && (first.actor != "" || startsUpper(d.Tokens[j].Key)) {
		if first.actor == "" {
			// "Jim Chilton, senior vice president … at Boeing": the
			// apposition says whom the named speaker works for.
			first.actor = c.actorIn(cuts[0], last)
		}
		return first, true
	}
	return c.describe(cuts[len(cuts)-1]+1, last)
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
	"must": true, "may": true, "might": true, "not": true, "between": true,
	"against": true, "across": true, "through": true, "within": true, "without": true,
	"toward": true, "towards": true, "since": true, "until": true, "so": true, "also": true,
	"him": true, "her": true, "them": true, "me": true, "us": true, "it": true,
}

// beforeQuote finds the speaker in the clause that introduces a
// quotation: `X said: “…”`, `X said that Athens is more “…”`, `Fidan told
// the FT last week when he was asked …, “…”`, `…, adding: “…”` (the
// subject of the clause the gerund hangs on), `according to X, “…”`.
func (c *quoteCtx) beforeQuote(s *quoteSpan) (speaker, bool) {
	d := c.d
	lo := d.Sentences[c.sentOf(s.open)].First
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
		vf, ok := c.verbAt(v)
		if !ok || c.passive(v) {
			continue
		}
		if sp, ok := c.subjectOf(v, lo); ok {
			c.used[v] = true
			return sp, true
		}
		// `“…,” said X, “…”`: the speaker after the verb, between the
		// two parts of an interrupted quotation.
		if k := v - 1; !vf.gerund && k >= lo && (c.quoted(k) || (d.Lower[k] == "," && k > lo && c.quoted(k-1))) {
			if sp, ok := c.phraseAfter(v+1, s.open); ok {
				sp.verb = c.verbText(v)
				c.used[v] = true
				return sp, true
			}
		}
		// No subject of its own ("…, adding: “…”", "… and said “…”"):
		// the clause's subject is found at the verb further left.
	}
	return c.possessedSpeech(s, lo)
}

// possessedSpeech finds the speaker of a quotation that a noun for what
// someone said introduces, as the subject of the sentence: `His message
// to the chancellor was: “…”`, `Mr Howard's verdict: “…”`. The possessor
// is the speaker.
func (c *quoteCtx) possessedSpeech(s *quoteSpan, lo int) (speaker, bool) {
	d := c.d
	k := s.open - 1
	if k <= lo || (d.Lower[k] != ":" && !passiveBe[d.Lower[k]]) {
		return speaker{}, false
	}
	if d.Lower[k] == ":" && k-1 > lo && passiveBe[d.Lower[k-1]] {
		k--
	}
	// The noun, after its possessor and before what it is about ("to the
	// chancellor", "on the issue").
	for p := k - 1; p > lo && p >= k-maxPhrase; p-- {
		if c.quoted(p) || !isWord(d.Tokens[p].Key) && d.Lower[p] != "'s" {
			return speaker{}, false
		}
		if !speechNouns[d.Lower[p]] {
			continue
		}
		for q := p - 1; q >= lo && q >= p-3; q-- {
			w := d.Lower[q]
			switch {
			case w == "his" || w == "her" || w == "their":
				if !c.opensSentence(q, lo) {
					return speaker{}, false
				}
				sp, ok := c.pronoun(q)
				if ok {
					sp.verb = d.Lower[p]
				}
				return sp, ok
			case w == "'s":
				a := c.phraseStart(q-1, lo)
				if !c.opensSentence(a, lo) {
					return speaker{}, false
				}
				sp, ok := c.describe(a, q)
				if ok {
					sp.verb = d.Lower[p]
				}
				return sp, ok
			case !isWord(d.Tokens[q].Key) || startsUpper(d.Tokens[q].Key):
				return speaker{}, false
			}
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// previousSentence finds the speaker of a quotation that opens its
// sentence in the sentence before it, when that one introduces it: `X
// said:` at the end of a paragraph, or `X added that …`.
func (c *quoteCtx) previousSentence(s *quoteSpan) (speaker, bool) {
	d := c.d
	sent := c.sentOf(s.open)
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

// clauseEnds reports whether a quotation ends with a comma, a question or
// an exclamation mark, inside or right after its closing mark: the end of
// a quoted clause that an attribution follows.
func clauseEnds(d *Doc, s *quoteSpan) bool {
	for _, k := range []int{s.close - 1, s.close + 1} {
		if k >= 0 && k < len(d.Tokens) {
			switch d.Lower[k] {
			case ",", "?", "!", "-", "--":
				return true
			}
		}
	}
	return false
}

// onlyStopAfter reports whether the phrase starting at token from runs to
// the end of the sentence: `“…” said X.`
func (c *quoteCtx) onlyStopAfter(from, end int) bool {
	d := c.d
	for k := from; k < end; k++ {
		if !isWord(d.Tokens[k].Key) && d.Lower[k] != "'s" && d.Lower[k] != "-" {
			for ; k < end; k++ {
				if isWord(d.Tokens[k].Key) {
					return false
				}
			}
			return true
		}
	}
	return true
}

// closingBracket returns the token of the ")" that closes the bracket
// opened at token k within a few words, or -1.
func closingBracket(d *Doc, k, end int) int {
	for r := k + 1; r < end && r <= k+8; r++ {
		if d.Lower[r] == ")" {
			return r
		}
	}
	return -1
}

// actorIn returns the first political actor or organisation named in
// tokens[from:to], or "".
func (c *quoteCtx) actorIn(from, to int) string {
	d := c.d
	for i := from; i < to; i++ {
		if m := d.MentionAt[i]; m >= 0 && !d.Mentions[m].IsMedia() && d.Mentions[m].Actor != "" {
			return d.Mentions[m].Actor
		}
	}
	return ""
}

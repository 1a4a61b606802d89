package extract

import (
	"strings"

	"github.com/entente/entente"
	"github.com/entente/entente/text"
)

// indirect finds reported speech without quotation marks: "officials said
// that things have changed", "Pashinyan said the CSTO had not …", "…,
// the ministry said", "according to X, …". A request or an accusation
// ("Rutte urged EU leaders to …") is an event, not a quote: only verbs
// that report what was said count. An outlet reporting is a citation,
// not a quote.
func (c *quoteCtx) indirect() {
	d := c.d
	for _, sent := range d.Sentences {
		for v := sent.First; v < sent.Last; v++ {
			if c.used[v] || c.quoted(v) {
				continue
			}
			if d.Lower[v] == "according" && v+1 < sent.Last && d.Lower[v+1] == "to" {
				c.accordingTo(v, sent.First, sent.Last)
				continue
			}
			vf, ok := c.verbAt(v)
			if !ok || !vf.clause || vf.gerund || c.passive(v) {
				continue
			}
			var sp speaker
			ok = c.said[v] > 0
			if ok {
				sp = c.history[c.said[v]-1]
			}
			if !ok && v >= c.noted {
				if sp, ok = c.subjectOf(v, sent.First); ok {
					c.history = append(c.history, sp)
				}
			}
			if !ok {
				continue
			}
			c.used[v] = true
			if c.objectRelative(v, sent.First) {
				// "Mrs Quinn's son - whom he says he fathered": the
				// reported clause lacks what the relative stands for.
				continue
			}
			from, to := c.complementAfter(v, sent.Last, vf)
			if from < 0 {
				// "…, the ministry said (in a statement)."
				from, to = c.complementBefore(v, sent)
			}
			c.addIndirect(sp, from, to)
		}
	}
}

// objectRelative reports whether the subject of the verb at token v
// follows an object relative pronoun ("whom he says", "which she said
// was"): what is reported then has a gap.
func (c *quoteCtx) objectRelative(v, first int) bool {
	d := c.d
	k := c.subjectEnd(v, first)
	return k > first && quotePronouns[d.Lower[k]] && (d.Lower[k-1] == "whom" || d.Lower[k-1] == "which")
}

// accordingTo reads "according to X, …" and "…, according to X".
func (c *quoteCtx) accordingTo(v, first, last int) {
	d := c.d
	sp, ok := c.phraseAfter(v+2, last)
	if !ok {
		return
	}
	sp.verb = "according to"
	c.used[v] = true
	end := v + 2
	for end < last && d.Lower[end] != "," {
		end++
	}
	switch {
	case v == first || (v == first+1 && !isWord(d.Tokens[first].Key)):
		c.addIndirect(sp, end+1, c.trimEnd(end+1, last))
	case v > first && d.Lower[v-1] == ",":
		c.addIndirect(sp, c.afterDateline(first, v-1), v-1)
	default:
		if sp.media != "" {
			c.cite(sp.media)
		}
	}
}

// complementAfter returns the reported clause after a speech verb: after
// "that" (past an object and a time phrase: "told the FT on Friday that
// …"), or right after a form of "say" when a clause starts there ("said
// the CSTO had …"). from is -1 when there is none.
func (c *quoteCtx) complementAfter(v, last int, vf verbForm) (from, to int) {
	d := c.d
	k := v + 1
	if k < last && d.Lower[k] == "out" {
		k++
	}
	for k < last && d.Lower[k] != "that" {
		if c.skippable(k) {
			k++
			continue
		}
		// "has said in the past it markets …", "said in a video
		// statement on Thursday they would …".
		if j := c.settingEnd(k, last); j > k {
			k = j
			continue
		}
		break
	}
	switch {
	case k >= last || c.quoted(k):
		return -1, -1
	case d.Lower[k] == "that":
		k++
	case vf.lemma == "tell" || vf.lemma == "assure":
		// An object, then "that".
		j := k
		for j < last && j < k+8 && !c.quoted(j) && d.Lower[j] != "that" && d.Lower[j] != "," {
			j++
		}
		if j >= last || d.Lower[j] != "that" {
			return -1, -1
		}
		k = j + 1
	case vf.lemma != "say" || !clauseStartsAt(d, k):
		// Without "that", only "say" is sure to report a clause:
		// "stressed the importance of …" reports a topic.
		return -1, -1
	default:
		// "said the talks had failed", not "said a monthly report
		// published on Friday": a clause has a finite verb.
		end := c.trimEnd(k, last)
		if !hasFiniteVerb(d, k, end) {
			return -1, -1
		}
		return k, end
	}
	return k, c.trimEnd(k, last)
}

// settingEnd returns the end of a phrase at token k that says when or
// how something was said ("in the past", "in a video statement", "at a
// news conference"), else k.
func (c *quoteCtx) settingEnd(k, last int) int {
	d := c.d
	switch d.Lower[k] {
	case "in", "on", "at", "over", "during", "via":
	default:
		return k
	}
	end := k
	for j := k + 1; j < last && j <= k+5; j++ {
		w := d.Lower[j]
		if c.quoted(j) || !isWord(d.Tokens[j].Key) || w == "that" {
			break
		}
		// The last of such nouns in a row: "in a video statement".
		if settingNouns[w] || (j == k+2 && d.Lower[k+1] == "the" && quoteTimeWords[w]) {
			end = j + 1
		} else if end > k {
			break
		}
	}
	return end
}

// settingNouns end a phrase saying how something was said.
var settingNouns = map[string]bool{
	"past": true, "statement": true, "interview": true, "speech": true, "letter": true, "message": true,
	"broadcast": true, "address": true, "video": true, "conference": true, "briefing": true,
	"communique": true, "communiqué": true, "post": true, "tweet": true, "report": true, "article": true,
	"column": true, "blog": true, "programme": true, "program": true, "radio": true, "television": true,
	"parliament": true, "debate": true, "rally": true, "session": true, "summit": true, "hearing": true,
}

// startsClause reports whether a clause can begin at token k: a subject
// pronoun, a determiner, a name or an actor.
func clauseStartsAt(d *Doc, k int) bool {
	switch d.Lower[k] {
	case "he", "she", "it", "they", "we", "i", "you", "the", "a", "an", "this", "these", "those",
		"his", "her", "its", "their", "our", "there", "no", "some", "all", "both", "any":
		return true
	}
	return d.MentionAt[k] >= 0 || (startsUpper(d.Tokens[k].Key) && isWord(d.Tokens[k].Key))
}

// complementBefore returns the reported clause before ", X said.": the
// sentence up to the comma before the speaker, when little follows the
// verb.
func (c *quoteCtx) complementBefore(v int, sent text.Sentence) (from, to int) {
	d := c.d
	if sent.Last-v > 6 {
		return -1, -1
	}
	for k := v + 1; k < sent.Last; k++ {
		if _, ok := c.verbAt(k); ok {
			return -1, -1
		}
	}
	k := v - 1
	for k > sent.First && d.Lower[k] != "," {
		k--
	}
	if k <= sent.First+2 {
		return -1, -1
	}
	// The speaker stands right after the comma: "…, the ministry said",
	// not "X, a friend of Y, also revealed … although she denied it".
	if a := c.phraseStart(c.subjectEnd(v, sent.First), sent.First); a != k+1 {
		// "…, officials and residents said": coordinated speakers.
		if a <= k+1 || (d.Lower[a-1] != "and" && d.Lower[a-1] != "or") {
			return -1, -1
		}
		for j := k + 1; j < a-1; j++ {
			if _, ok := c.verbAt(j); ok || !isWord(d.Tokens[j].Key) && d.Lower[j] != "'s" {
				return -1, -1
			}
		}
	}
	return c.afterDateline(sent.First, k), k
}

// afterDateline returns where a sentence starting at token first begins
// after a dateline or an agency's tag ("AP - ", "TEHRAN (Reuters) - ",
// "NAJAF, Iraq : "), or first.
func (c *quoteCtx) afterDateline(first, to int) int {
	d := c.d
	for k := first; k < to && k < first+8; k++ {
		switch w := d.Lower[k]; {
		case (w == "-" || w == "--" || w == ":" || w == "—") && k > first:
			if k+1 < to {
				return c.afterDateline(k+1, to) // "Canadian Press - OTTAWA (CP) - "
			}
			return first
		case w == "(" || w == ")" || w == ",":
		case isWord(d.Tokens[k].Key) && startsUpper(d.Tokens[k].Key):
		default:
			return first
		}
	}
	return first
}

// trimEnd returns where a reported clause starting at token from ends:
// before the sentence's stop, and before a trailing attribution (", Reuters
// reported").
func (c *quoteCtx) trimEnd(from, last int) int {
	d := c.d
	end := last
	for end > from && !isWord(d.Tokens[end-1].Key) && !c.quoted(end-1) {
		end--
	}
	for k := from + 1; k < end; k++ {
		if c.quoted(k) {
			continue
		}
		if d.Lower[k-1] == "," && end-k <= 6 {
			for j := k; j < end; j++ {
				if v, ok := c.verbAt(j); ok && v.clause {
					return k - 1
				}
			}
		}
	}
	return end
}

// addIndirect records the reported clause tokens[from:to] as an indirect
// quote, unless it holds a direct quote (which stands for itself) or is
// too short to be a statement.
func (c *quoteCtx) addIndirect(sp speaker, from, to int) {
	d := c.d
	if sp.media != "" {
		c.cite(sp.media)
		return
	}
	if from < 0 || to-from < 3 {
		return
	}
	for k := from; k < to; k++ {
		if c.quoted(k) {
			return
		}
	}
	start, end := d.Tokens[from].Start, d.Tokens[to-1].End
	if t := strings.TrimRight(d.Text[start:end], " ,;:"); len(t) > 0 {
		c.add(sp, entente.QuoteIndirect, start, start+len(t))
	}
}

// hasFiniteVerb reports whether tokens[from:to] hold a finite verb, when
// the tagger has run; without tags it gives the benefit of the doubt.
func hasFiniteVerb(d *Doc, from, to int) bool {
	if d.Tags == nil {
		return true
	}
	for k := from; k < to; k++ {
		switch d.Tags[k] {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

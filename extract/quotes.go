package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente/entente"
)

// quoteStage finds what people are quoted as saying, directly between
// quotation marks or reported as indirect speech, ties each quotation to
// its speaker and the speaker's affiliation, and sums up how the document
// is sourced.
type quoteStage struct{}

func (quoteStage) run(d *Doc, x *entente.Extraction) {
	c := newQuoteCtx(d)
	c.direct()
	c.indirect()
	x.Quotes = append(x.Quotes, c.quotes...)
	x.Sourcing = c.sourcing()
}

// quoteCtx is the per-document state of the quote stage.
type quoteCtx struct {
	d        *Doc
	spans    []quoteSpan
	label    []bool          // the span is a name, title or term, not speech (isLabel)
	inQuote  []int32         // 1 + the index of the span a token belongs to (marks included), 0 outside quotes
	sentence []uint16        // the sentence of each token, as Doc.SentenceOf gives it (nil past 65535 sentences)
	verb     []bool          // the token is a form of a speech verb, looked up once
	used     []bool          // speech verbs already used to attribute a quotation
	history  []speaker       // speakers found so far, for pronouns and descriptions that refer back
	quotes   []entente.Quote // direct and indirect quotes, with their speakers in speakers
	speakers []speaker
	cited    []string // media ids, in order of first citation
	// said holds the subjects of the reporting verbs ("X said the …")
	// read before the quotations after them, so that a pronoun refers
	// to whoever spoke last; noted is the token up to which they are read.
	said  map[int]int32 // by token: 1 + the index in history of the subject of a reporting verb
	noted int
	// subjectAt caches the person named as the subject of each sentence
	// (namedSubject), for the pronouns that look back: 0 not read yet,
	// -1 none, else 1 + its index in subjects.
	subjectAt []int32
	subjects  []speaker
	// narrated counts, for each sentence, the sentences up to it that
	// hold words outside quotation marks (sentGap).
	narrated []int32
}

func newQuoteCtx(d *Doc) *quoteCtx {
	c := &quoteCtx{d: d, spans: findQuoteSpans(d)}
	c.inQuote = make([]int32, len(d.Tokens))
	if len(d.Sentences) < 1<<16 {
		c.sentence = make([]uint16, len(d.Tokens))
		k := 0
		for i := range c.sentence {
			for k < len(d.Sentences) && d.Sentences[k].Last <= i {
				k++
			}
			c.sentence[i] = uint16(k)
		}
	}
	flags := make([]bool, 2*len(d.Tokens))
	c.verb, c.used = flags[:len(d.Tokens)], flags[len(d.Tokens):]
	for i, w := range d.Lower {
		// Speech verbs are lower-case words of 3 to 14 letters: most
		// tokens need no map lookup.
		c.verb[i] = len(w) >= 3 && len(w) <= 14 && w[0] >= 'a' && w[0] <= 'z' && speechVerbForm(w)
	}
	for k, s := range c.spans {
		last := s.close
		if last < 0 {
			last = s.last - 1
		}
		for i := s.open; i <= last; i++ {
			c.inQuote[i] = int32(k + 1)
		}
	}
	return c
}

// sentOf returns the sentence of token i.
func (c *quoteCtx) sentOf(i int) int {
	if i >= 0 && i < len(c.sentence) {
		return int(c.sentence[i])
	}
	return c.d.SentenceOf(i)
}

// quoted reports whether token i is inside quotation marks or is one.
func (c *quoteCtx) quoted(i int) bool { return c.inQuote[i] != 0 }

// direct turns the quoted spans into direct quotes. A span is kept when
// it is speech, not a name or title, and its speaker is found: next to
// it, in the clause that introduces it, through the other paragraphs of
// the same quotation, or in the sentence before.
func (c *quoteCtx) direct() {
	found := make([]speaker, len(c.spans))
	c.label = make([]bool, len(c.spans))
	label := c.label
	for k := range c.spans {
		s := &c.spans[k]
		c.noteSaid(s.open)
		after, afterOK := c.afterQuote(s)
		if c.isLabel(s, afterOK) {
			label[k] = true
			continue
		}
		if afterOK {
			found[k] = after
		} else if sp, ok := c.beforeQuote(s); ok {
			found[k] = sp
		}
		if found[k].ok {
			c.history = append(c.history, found[k])
		}
	}
	// The paragraphs of one quotation share their speaker.
	groups := 0
	for _, s := range c.spans {
		groups = max(groups, s.group)
	}
	byGroup := make([]int32, groups+1) // by group: 1 + the first span with a speaker, or 0
	for k, s := range c.spans {
		if byGroup[s.group] == 0 && found[k].ok {
			byGroup[s.group] = int32(k + 1)
		}
	}
	var last speaker
	lastSent := -1
	for k := range c.spans {
		s := &c.spans[k]
		if label[k] {
			continue
		}
		sp := found[k]
		if g := byGroup[s.group]; !sp.ok && g > 0 {
			sp = found[g-1]
		}
		if !sp.ok && c.startsSentence(s) {
			sp, _ = c.previousSentence(s)
			// A quotation standing alone right after another goes on
			// with the same speaker.
			if !sp.ok && last.ok && c.sentOf(s.open)-lastSent <= 2 {
				sp = last
			}
		}
		if !sp.ok || (s.close < 0 && !c.goesOn(k) && s.last-s.first < 4) {
			continue
		}
		c.add(sp, entente.QuoteDirect, s.start, s.end)
		last = sp
		lastSent = c.sentOf(max(s.open, s.last-1))
	}
}

// noteSaid reads the subjects of the reporting verbs before token upTo
// that no quotation used yet ("Edward Leigh warned the government would
// …"), and adds them to the speakers so far, as the text names them:
// "He said: “…”" after them refers to that speaker, not to one quoted
// earlier. indirect reuses them.
func (c *quoteCtx) noteSaid(upTo int) {
	d := c.d
	for v := c.noted; v < upTo; v++ {
		if !c.verb[v] || c.used[v] || c.quoted(v) {
			continue
		}
		vf, ok := c.verbAt(v)
		if !ok || !vf.clause || vf.gerund || c.passive(v) {
			continue
		}
		sp, ok := c.subjectOf(v, d.Sentences[c.sentOf(v)].First)
		c.used[v] = false // quotedAs marks its verb: indirect decides
		if !ok {
			continue
		}
		c.history = append(c.history, sp)
		if c.said == nil {
			c.said = map[int]int32{}
		}
		c.said[v] = int32(len(c.history))
	}
	c.noted = max(c.noted, upTo)
}

// goesOn reports whether span k is continued by the next one, in the next
// paragraph.
func (c *quoteCtx) goesOn(k int) bool {
	return k+1 < len(c.spans) && c.spans[k+1].group == c.spans[k].group
}

// startsSentence reports whether nothing but punctuation comes before the
// span in its sentence.
func (c *quoteCtx) startsSentence(s *quoteSpan) bool {
	d := c.d
	for i := d.Sentences[c.sentOf(s.open)].First; i < s.open; i++ {
		if isWord(d.Tokens[i].Key) {
			return false
		}
	}
	return true
}

// isLabel reports whether a quoted span is a name, a title or a term
// rather than words someone said: “Strana.ua”, a declaration on
// “Friendly Relations and Good Neighbourliness”, the so-called “…”.
// attributed says that an attribution follows the span (“Never,” he said).
func (c *quoteCtx) isLabel(s *quoteSpan, attributed bool) bool {
	d := c.d
	// The cue before the opening mark, skipping an article.
	cue := ""
	for i := s.open - 1; i >= 0 && i >= s.open-2; i-- {
		if w := d.Lower[i]; w != "the" && w != "a" && w != "an" {
			cue = w
			break
		}
	}
	if s.open > 1 && d.Lower[s.open-1] == "as" && d.Lower[s.open-2] == "known" {
		return true
	}
	switch cue {
	case "so-called", "dubbed", "nicknamed", "titled", "entitled", "codenamed", "code-named", "named", "meaning":
		return true
	case "for":
		// "Veritas - Latin for “truth”", "short for …": a gloss.
		if s.open > 1 && glossWords[d.Lower[s.open-2]] {
			return true
		}
	}
	if attributed {
		return false
	}
	words, upper := 0, 0
	for i := s.first; i < s.last; i++ {
		k := d.Tokens[i].Key
		switch k {
		case ".", "!", "?":
			if i < s.last-1 {
				return false // a sentence inside: speech
			}
		}
		if !isWord(k) {
			continue
		}
		words++
		if startsUpper(k) || isDigitWord(k) {
			upper++
		} else if !titleSmallWords[d.Lower[i]] {
			return false
		}
	}
	if upper == 0 {
		return false
	}
	// Capitalised throughout: a name or a title, unless it opens the
	// sentence as speech does.
	return words <= 8 && (labelCues[cue] || !c.introducedAsSpeech(s))
}

// introducedAsSpeech reports whether the words before an opening mark
// introduce speech: a colon, or a speech verb right before it.
func (c *quoteCtx) introducedAsSpeech(s *quoteSpan) bool {
	if s.open == 0 {
		return false
	}
	w := c.d.Lower[s.open-1]
	if w == ":" || w == "," {
		return true
	}
	v, ok := c.verbAt(s.open - 1)
	return ok && v.clause
}

// add records a quote of the text between byte offsets start and end.
func (c *quoteCtx) add(sp speaker, kind string, start, end int) {
	c.quotes = append(c.quotes, entente.Quote{
		Speaker: sp.text, SpeakerActor: sp.actor, Anonymous: sp.anonymous, Kind: kind,
		Verb: sp.verb, Text: c.d.Text[start:end], Start: start, End: end,
	})
	c.speakers = append(c.speakers, sp)
	if sp.media != "" {
		c.cite(sp.media)
	}
}

// cite lists a news outlet the document cites.
func (c *quoteCtx) cite(id string) {
	for _, m := range c.cited {
		if m == id {
			return
		}
	}
	c.cited = append(c.cited, id)
}

func isWord(k string) bool {
	r, _ := utf8.DecodeRuneInString(k)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigitWord(k string) bool {
	r, _ := utf8.DecodeRuneInString(k)
	return unicode.IsDigit(r)
}

// textOf returns the text of tokens[first:last].
func (c *quoteCtx) textOf(first, last int) string {
	if last <= first {
		return ""
	}
	t := c.d.Text[c.d.Tokens[first].Start:c.d.Tokens[last-1].End]
	// Most phrases are spaced by single spaces: no copy is needed.
	for i := 0; i < len(t); i++ {
		b := t[i]
		if b >= utf8.RuneSelf {
			if r, _ := utf8.DecodeRuneInString(t[i:]); unicode.IsSpace(r) {
				return strings.Join(strings.Fields(t), " ")
			}
			continue
		}
		if isSpaceByte(b) && (b != ' ' || (i+1 < len(t) && isSpaceByte(t[i+1]))) {
			return strings.Join(strings.Fields(t), " ")
		}
	}
	return t
}

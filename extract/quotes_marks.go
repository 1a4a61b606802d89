package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente/entente/text"
)

// quoteSpan is a stretch of text between quotation marks: the quoted
// words, without the marks.
type quoteSpan struct {
	open        int // token index of the opening mark
	close       int // token index of the closing mark, or -1 when the quote runs to its paragraph's end
	first, last int // the quoted tokens: tokens[first:last]
	start, end  int // byte offsets of the quoted text, trimmed
	group       int // the spans of one quotation running over paragraphs share a group
}

// markKind tells double quotation marks from single ones.
type markKind uint8

const (
	noMark markKind = iota
	doubleMark
	singleMark
)

// markPlace is where a mark stands relative to the words around it, which
// is what tells an opening mark from a closing one: typographic shapes
// are unreliable in translated and scraped text (a closing mark written as
// “, straight quotes everywhere).
type markPlace uint8

const (
	opens  markPlace = iota // glued to the word after it: “we
	closes                  // glued to the word or stop before it: said.”
	either                  // free-standing, or glued on both sides
)

// openMark is an entry of the stack of marks not yet closed.
type openMark struct {
	kind  markKind
	tok   int
	group int // set when the mark reopens a quotation from the paragraph before
}

// findQuoteSpans pairs the quotation marks of a document and returns the
// outermost quoted spans in text order. Nested quotations stay inside the
// quote that holds them. A quote never runs past the end of its paragraph:
// when the next paragraph opens with a quotation mark (the convention for
// a quotation over several paragraphs) the quote goes on there as a new
// span of the same group, and otherwise it ends with the paragraph, so a
// broken or unbalanced mark in noisy text spoils at most one paragraph.
func findQuoteSpans(d *Doc) []quoteSpan {
	toks := d.Tokens
	var out []quoteSpan
	var stack []openMark
	groups := 0
	emit := func(m openMark, close, contentEnd int) int {
		g := m.group
		if g == 0 {
			groups++
			g = groups
		}
		s := quoteSpan{open: m.tok, close: close, first: m.tok + 1, last: contentEnd, group: g}
		if s.trim(d) {
			out = append(out, s)
		}
		return g
	}
	// closeTo closes the stack down to entry k; only the outermost quote
	// becomes a span.
	closeTo := func(k, tok int) {
		if k == 0 {
			emit(stack[0], tok, tok)
		}
		stack = stack[:k]
	}
	paraStart, carried := 0, 0
	for i := 0; i <= len(toks); i++ {
		if i == len(toks) || (i > paraStart && toks[i].Start-toks[i-1].End > 1 && quoteParagraphBreak(d.Text[toks[i-1].End:toks[i].Start])) {
			carry := 0
			if len(stack) > 0 {
				goesOn := i < len(toks) && markOf(toks[i]) == stack[0].kind && placeOf(d, i) != closes
				// An unclosed single mark that does not go on was an
				// apostrophe after all.
				if stack[0].kind == doubleMark || goesOn {
					if g := emit(stack[0], -1, i); goesOn {
						carry = g
					}
				}
				stack = stack[:0]
			}
			if i == len(toks) {
				break
			}
			paraStart, carried = i, carry
		}
		kind := markOf(toks[i])
		if kind == noMark {
			continue
		}
		place := placeOf(d, i)
		if kind == singleMark && !singleIsMark(d, i, place, stack) {
			continue
		}
		top := -1 // the stack entry this mark can close
		for k := len(stack) - 1; k >= 0; k-- {
			if stack[k].kind == kind {
				top = k
				break
			}
		}
		// A double mark in closing position closes a single one opened
		// with the wrong mark (‘… “), never the reverse: a lone ’ after a
		// word is an apostrophe.
		if top < 0 && kind == doubleMark && place != opens && len(stack) > 0 {
			top = len(stack) - 1
		}
		m := openMark{kind: kind, tok: i}
		if i == paraStart {
			m.group = carried
		}
		switch {
		case place != opens && top >= 0:
			closeTo(top, i)
		case place == closes:
			// A stray closing mark: nothing to close.
		case kind == doubleMark && top >= 0:
			// An opening double mark inside an open double quote: the
			// earlier quote lost its closing mark. End it here rather
			// than nest everything up to the paragraph's end.
			closeTo(top, i)
			stack = append(stack, m)
		default:
			stack = append(stack, m)
		}
	}
	return out
}

// trim sets the byte span of the quoted words, without the surrounding
// spaces and a trailing comma (which belongs to the sentence in the
// American style `“…,” he said`). It reports whether any word is left.
func (s *quoteSpan) trim(d *Doc) bool {
	if s.last <= s.first {
		return false
	}
	start, end := d.Tokens[s.first].Start, d.Tokens[s.last-1].End
	t := strings.TrimRight(d.Text[start:end], " \t\n,;:")
	end = start + len(t)
	s.start, s.end = start, end
	for k := s.first; k < s.last; k++ {
		r, _ := utf8.DecodeRuneInString(d.Tokens[k].Key)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// markOf returns the kind of quotation mark a token is.
func markOf(t text.Token) markKind {
	switch t.Key {
	case `"`:
		return doubleMark
	case "'":
		return singleMark
	}
	return noMark
}

// placeOf tells whether the mark at token i stands where a quote opens or
// closes.
func placeOf(d *Doc, i int) markPlace {
	toks := d.Tokens
	left := i > 0 && toks[i-1].End == toks[i].Start && gluesBefore(toks[i-1])
	right := i+1 < len(toks) && toks[i+1].Start == toks[i].End && gluesAfter(toks[i+1])
	switch {
	case right && !left:
		return opens
	case left && !right:
		return closes
	}
	return either
}

// gluesBefore reports whether a token directly before a mark makes it a
// closing one: a word or a stop, not an opening bracket, dash or colon.
func gluesBefore(t text.Token) bool {
	r, _ := utf8.DecodeLastRuneInString(t.Key)
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return true
	}
	switch r {
	case '.', ',', '!', '?', ';', ')', ']', '\u2026', '%':
		return true
	}
	return false
}

// gluesAfter reports whether a token directly after a mark makes it an
// opening one.
func gluesAfter(t text.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Key)
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return true
	}
	switch r {
	case '(', '[', '$', '\u20ac', '\u00a3', '\u2026', '.', '-':
		return true
	}
	return false
}

// singleIsMark reports whether a single quote character at token i is a
// quotation mark rather than an apostrophe: "the allies’ concerns",
// "’90s", "rock ’n’ roll" and a free-standing ' in noisy text are not.
func singleIsMark(d *Doc, i int, place markPlace, stack []openMark) bool {
	toks := d.Tokens
	switch place {
	case opens:
		// ’90s, 'em: an elided year or word.
		r, _ := utf8.DecodeRuneInString(toks[i+1].Key)
		if unicode.IsDigit(r) {
			return false
		}
		return !strings.EqualFold(toks[i+1].Key, "n") && !strings.EqualFold(toks[i+1].Key, "em")
	case closes:
		open := false
		for _, m := range stack {
			open = open || m.kind == singleMark
		}
		if !open {
			return false
		}
		// A plural possessive before a noun: “the leaders’ summit”.
		prev := d.Lower[i-1]
		if strings.HasSuffix(prev, "s") && i+1 < len(toks) {
			r, _ := utf8.DecodeRuneInString(toks[i+1].Key)
			if unicode.IsLower(r) && !speechVerbForm(d.Lower[i+1]) {
				return false
			}
		}
		return true
	}
	// Free-standing: closes an open single quote, never opens one.
	for _, m := range stack {
		if m.kind == singleMark {
			return true
		}
	}
	return false
}

// quoteParagraphBreak reports whether the space between two tokens breaks a
// paragraph. It follows text.Segment: a blank line, or a new line that
// starts indented (single new lines in wire copy are only wrapping).
func quoteParagraphBreak(gap string) bool {
	k := strings.IndexByte(gap, '\n')
	if k < 0 {
		return false
	}
	rest := gap[k+1:]
	return strings.IndexByte(rest, '\n') >= 0 || strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, "\t")
}

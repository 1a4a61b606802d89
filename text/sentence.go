package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a span of the normalised text and of its tokens.
type Sentence struct {
	Start, End  int // byte offsets into the normalised text
	First, Last int // token indexes: tokens[First:Last]
}

// sentenceStarters are words that begin a sentence after a dotted
// abbreviation that may also end one ("… in the U.S. The talks …").
var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "but": true, "and": true, "in": true, "on": true, "this": true,
	"that": true, "these": true, "those": true, "his": true, "her": true, "its": true,
	"their": true, "there": true, "some": true, "officials": true, "meanwhile": true,
	"however": true, "after": true, "last": true, "earlier": true,
}

// Segment splits the tokens of s into sentences. A sentence ends at a full
// stop, question or exclamation mark (with the closing quotes and brackets
// that follow it) when the next word starts a sentence, and at every
// paragraph break, so that headlines without a full stop stand alone.
// Abbreviations, initials and decimals never end one: the tokenizer keeps
// their full stops inside the token.
func Segment(s string, toks []Token) []Sentence {
	var out []Sentence
	first := 0
	emit := func(last int) {
		if last > first {
			out = append(out, Sentence{Start: toks[first].Start, End: toks[last-1].End, First: first, Last: last})
		}
		first = last
	}
	for i := 0; i < len(toks); i++ {
		if i+1 < len(toks) && paragraphBreak(s[toks[i].End:toks[i+1].Start]) {
			emit(i + 1)
			continue
		}
		end, ok := terminal(toks, i)
		if !ok {
			continue
		}
		// Closing quotes and brackets glued to the stop belong to the
		// sentence it ends.
		j := i + 1
		for j < len(toks) && isCloser(toks[j].Key) && toks[j].Start == toks[j-1].End {
			j++
		}
		if j == len(toks) {
			break
		}
		if paragraphBreak(s[toks[j-1].End:toks[j].Start]) || startsSentence(toks[j], end) {
			emit(j)
			i = j - 1
		}
	}
	emit(len(toks))
	return out
}

// terminal reports whether token i can end a sentence, and whether it is a
// real stop (true) rather than an abbreviation that may double as one.
func terminal(toks []Token, i int) (real bool, ok bool) {
	k := toks[i].Key
	switch k {
	case ".", "!", "?", "...", "\u2026", "?!", "!?":
		return true, true
	}
	if strings.HasSuffix(k, ".") && len(k) > 2 && strings.Count(k, ".") >= 2 {
		return false, true // "U.S." may end a sentence
	}
	return false, false
}

func startsSentence(next Token, realStop bool) bool {
	r, _ := utf8.DecodeRuneInString(next.Key)
	if !realStop {
		return unicode.IsUpper(r) && sentenceStarters[strings.ToLower(next.Key)]
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isOpener(next.Key) || !unicode.IsLetter(r) && r != ',' && r != ';' && r != ')'
}

func isCloser(k string) bool {
	return k == "\"" || k == "'" || k == ")" || k == "]"
}

func isOpener(k string) bool {
	return k == "\"" || k == "'" || k == "(" || k == "["
}

// paragraphBreak reports whether the gap between two tokens breaks a
// paragraph: a blank line, or a new line that starts indented (the layout
// of wire copy such as Reuters, whose single new lines are only wrapping).
func paragraphBreak(gap string) bool {
	k := strings.IndexByte(gap, '\n')
	if k < 0 {
		return false
	}
	rest := gap[k+1:]
	return strings.IndexByte(rest, '\n') >= 0 || strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, "\t")
}

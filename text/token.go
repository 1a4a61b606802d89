package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word or punctuation mark of the normalised text.
type Token struct {
	Start, End int    // byte offsets into the normalised text
	Text       string // as written
	Key        string // folded for matching (FoldRune): quotes, dashes, accents
}

// IsPunct reports whether the token is a single punctuation mark.
func (t Token) IsPunct() bool {
	r, n := utf8.DecodeRuneInString(t.Key)
	return n == len(t.Key) && (unicode.IsPunct(r) || unicode.IsSymbol(r))
}

// abbreviations keep their full stop inside the token. The list is of
// abbreviations that usually precede a name or a number; a sentence rarely
// ends on them.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true,
	"col": true, "maj": true, "capt": true, "cpt": true, "sgt": true, "adm": true, "gov": true,
	"sen": true, "rep": true, "rev": true, "st": true, "jr": true, "sr": true, "pres": true,
	"amb": true, "brig": true, "cmdr": true, "insp": true, "supt": true, "fr": true, "hon": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"no": true, "nos": true, "vs": true, "etc": true, "inc": true, "co": true, "corp": true,
	"ltd": true, "mt": true, "ft": true, "approx": true, "dept": true, "est": true, "fig": true,
	"e.g": true, "i.e": true, "u.s": true, "u.k": true, "u.n": true, "e.u": true,
}

// Tokenize splits normalised text into tokens with byte offsets.
func Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/4+16)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isSpace(r) {
				break
			}
			j += n
		}
		toks = splitChunk(s, i, j, toks)
		i = j
	}
	return toks
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == '\u00a0' || (r > 0x7f && unicode.IsSpace(r))
}

func newToken(s string, start, end int) Token {
	t := s[start:end]
	return Token{Start: start, End: end, Text: t, Key: Fold(t)}
}

// splitChunk splits one whitespace-delimited chunk s[i:j] into tokens.
func splitChunk(s string, i, j int, toks []Token) []Token {
	// Leading punctuation, each mark its own token.
	for i < j {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isLeadPunct(r) {
			break
		}
		toks = append(toks, newToken(s, i, i+n))
		i += n
	}
	// Trailing punctuation is collected first and appended after the word.
	var trail [8]int
	nt := 0
	end := j
	for end > i && nt < len(trail)-1 {
		r, n := utf8.DecodeLastRuneInString(s[i:end])
		if r == '.' {
			word := s[i : end-n]
			if keepsFullStop(word) {
				break
			}
		} else if !isTrailPunct(r) {
			break
		}
		trail[nt] = end - n
		nt++
		end -= n
	}
	if end > i {
		toks = splitWord(s, i, end, toks)
	}
	for k := nt - 1; k >= 0; k-- {
		start := trail[k]
		stop := j
		if k > 0 {
			stop = trail[k-1]
		}
		toks = append(toks, newToken(s, start, stop))
	}
	return toks
}

// splitWord splits clitics ("Turkey's" → "Turkey" "'s", "don't" → "do"
// "n't") and dashes inside a word ("allies—and") in the PTB way.
func splitWord(s string, i, j int, toks []Token) []Token {
	w := s[i:j]
	// Em and en dashes joining words are punctuation, not hyphens.
	if strings.IndexByte(w, '-') >= 0 || strings.IndexByte(w, 0xe2) >= 0 {
		return splitDashes(s, i, j, toks)
	}
	if k := cliticStart(w); k > 0 {
		toks = append(toks, newToken(s, i, i+k))
		return append(toks, newToken(s, i+k, j))
	}
	return append(toks, newToken(s, i, j))
}

func splitDashes(s string, i, j int, toks []Token) []Token {
	w := s[i:j]
	for _, dash := range []string{"\u2014", "\u2013", "--"} {
		if k := strings.Index(w, dash); k > 0 && k+len(dash) < len(w) {
			toks = splitWord(s, i, i+k, toks)
			toks = append(toks, newToken(s, i+k, i+k+len(dash)))
			return splitWord(s, i+k+len(dash), j, toks)
		}
	}
	if k := cliticStart(w); k > 0 {
		toks = append(toks, newToken(s, i, i+k))
		return append(toks, newToken(s, i+k, j))
	}
	return append(toks, newToken(s, i, j))
}

// clitics are the PTB clitics split off a word, after an apostrophe.
var clitics = []string{"s", "re", "ve", "ll", "d", "m"}

// cliticStart returns where a trailing clitic begins in w, or 0.
func cliticStart(w string) int {
	// The apostrophe is ASCII or the 3-byte U+2019.
	k := strings.LastIndexByte(w, '\'')
	alen := 1
	if j := strings.LastIndex(w, "\u2019"); j > k {
		k, alen = j, 3
	}
	if k <= 0 {
		return 0
	}
	tail := w[k+alen:]
	if strings.EqualFold(tail, "t") && (w[k-1] == 'n' || w[k-1] == 'N') && k > 1 {
		head := strings.ToLower(w[:k-1])
		if head == "ca" || head == "wo" {
			return 2 // "ca n't", "wo n't", as the PTB writes them
		}
		return k - 1
	}
	for _, c := range clitics {
		if strings.EqualFold(tail, c) {
			return k
		}
	}
	return 0
}

// keepsFullStop reports whether a word followed by a full stop is an
// abbreviation, an initial, a dotted acronym or a number, so that the stop
// belongs to it.
func keepsFullStop(word string) bool {
	if word == "" {
		return false
	}
	lower := strings.ToLower(word)
	if abbreviations[lower] {
		return true
	}
	// Initials and dotted acronyms: "J", "U.S", "D.C".
	letters, dots := 0, 0
	for _, r := range word {
		switch {
		case r == '.':
			dots++
		case unicode.IsLetter(r):
			letters++
		default:
			return false
		}
	}
	if dots == 0 {
		r, _ := utf8.DecodeRuneInString(word)
		return letters == 1 && unicode.IsUpper(r)
	}
	return letters <= dots+1 && letters > 0
}

func isLeadPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '"', '\'', '\u201c', '\u2018', '\u201e', '\u00ab', '\u2014', '\u2013', '*', '\u2022':
		return true
	}
	return false
}

func isTrailPunct(r rune) bool {
	switch r {
	case ')', ']', '}', '"', '\'', '\u201d', '\u2019', '\u00bb', ',', ';', ':', '!', '?', '\u2026', '\u2014', '\u2013', '*':
		return true
	}
	return false
}

package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalizer produces the normalised text that every offset refers to:
// Unicode NFC, line ends unified, control characters removed, and the
// artefacts of machine translation and OCR repaired.
type Normalizer struct {
	words Words
	// names are lower-case words of proper names ("putin", "lawson")
	// that are never cut, however they end.
	names map[string]bool
	// tails holds the glued tails by their last letter, so that most
	// words are dismissed with one lookup.
	tails [256][]string
}

// NewNormalizer returns a Normalizer that splits glued words only into
// halves that are both in words, and never splits the words of names.
func NewNormalizer(words Words, names map[string]bool) *Normalizer {
	n := &Normalizer{words: words, names: names}
	for _, t := range gluedTails {
		last := t[len(t)-1]
		n.tails[last] = append(n.tails[last], t)
	}
	return n
}

// Normalize returns the normalised form of s, which must be valid UTF-8.
func (n *Normalizer) Normalize(s string) string {
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	s = cleanControls(s)
	s = rejoinSpacedHyphens(s)
	s = rejoinPossessives(s)
	return n.splitGlued(s)
}

// cleanControls unifies line ends and drops control characters other than
// newline and tab, which carry no text but break tokenisation and JSON
// consumers.
func cleanControls(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\r' || (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
			clean = false
			break
		}
	}
	if clean && !strings.ContainsRune(s, '\ufeff') && !strings.ContainsRune(s, '\u200b') {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				break
			}
			b.WriteByte('\n')
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f || r == '\ufeff' || r == '\u200b':
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// rejoinSpacedHyphens repairs "Secretary -General" and "non -EU": a hyphen
// detached from the word before it but glued to the word after it is a
// compound broken by translation, not a dash (a dash has space on both
// sides or none).
func rejoinSpacedHyphens(s string) string {
	if !strings.Contains(s, " -") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for i := 1; i+2 < len(s); i++ {
		if s[i] != ' ' || s[i+1] != '-' {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+2:])
		if unicode.IsLetter(before) && unicode.IsLetter(after) {
			b.WriteString(s[last:i])
			last = i + 1
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// rejoinPossessives repairs "al-Qaeda 's operations": text tokenised
// for machine learning (news datasets, some wire archives) detaches the
// possessive from its noun, which hides whose operations they are.
func rejoinPossessives(s string) string {
	if !strings.Contains(s, " 's") && !strings.Contains(s, " ’s") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for i := 1; i+2 < len(s); i++ {
		if s[i] != ' ' {
			continue
		}
		size := 0
		switch {
		case s[i+1] == '\'':
			size = 1
		case strings.HasPrefix(s[i+1:], "’"):
			size = len("’")
		default:
			continue
		}
		end := i + 1 + size
		if end >= len(s) || s[end] != 's' {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[end+1:])
		if unicode.IsLetter(before) && (end+1 == len(s) || unicode.IsSpace(after) || strings.ContainsRune(".,;:!?)", after)) {
			b.WriteString(s[last:i])
			last = i + 1
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// gluedTails are the short function words that machine translation glues
// onto the word before ("Industryis", "dyingas"). Splitting is limited to
// them so that ordinary unknown words (names, jargon) are never cut.
var gluedTails = []string{"is", "as", "are", "was", "of", "the", "and", "to", "in", "for", "on", "at", "by", "with", "that", "has", "had", "have", "be", "it", "an", "or", "from"}

// splitGlued inserts a space into words such as "Industryis" where the
// word is unknown, ends in a function word and the rest is a known word
// of at least three letters.
func (n *Normalizer) splitGlued(s string) string {
	if n == nil || len(n.words) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		if !isASCIILetter(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isASCIILetter(s[j]) {
			j++
		}
		// Only whole words: not part of a longer token with digits,
		// apostrophes or non-ASCII letters, which are names or codes.
		if (i == 0 || !isWordByte(s[i-1])) && (j == len(s) || !isWordByte(s[j])) && j-i >= 5 {
			if cut := n.gluedCut(s[i:j]); cut > 0 {
				if b.Len() == 0 {
					b.Grow(len(s) + 16)
				}
				b.WriteString(s[last : i+cut])
				b.WriteByte(' ')
				last = i + cut
			}
		}
		i = j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func (n *Normalizer) gluedCut(word string) int {
	// Cheap test first: most words end in no glued tail. The tail must be
	// written in lower case: "UNESCOis" is not glued English but
	// "Industryis" is.
	tails := n.tails[word[len(word)-1]]
	tailed := false
	for _, tail := range tails {
		if len(word)-len(tail) >= 3 && strings.HasSuffix(word, tail) {
			tailed = true
			break
		}
	}
	if !tailed {
		return 0
	}
	lower := strings.ToLower(word)
	if n.words.Has(lower) || n.names[lower] {
		return 0
	}
	// A capitalised word is most often a name ("Putin", "Lawson"): only
	// a glued verb is cut from it ("Industryis"), and only after a head
	// of four letters or more ("Paris" stays whole).
	capital := word[0] >= 'A' && word[0] <= 'Z'
	for _, tail := range tails {
		if len(word)-len(tail) < 3 || !strings.HasSuffix(word, tail) {
			continue
		}
		if capital && (!gluedVerbs[tail] || len(word)-len(tail) < 4) {
			continue
		}
		head := lower[:len(lower)-len(tail)]
		if n.words.Has(head) {
			return len(head)
		}
	}
	return 0
}

// gluedVerbs are the tails that may be cut from a capitalised word.
var gluedVerbs = map[string]bool{"is": true, "as": true, "was": true, "are": true, "has": true, "had": true}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isWordByte(c byte) bool {
	return isASCIILetter(c) || c >= '0' && c <= '9' || c == '\'' || c >= 0x80
}

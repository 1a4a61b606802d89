package text

import (
	_ "embed"
	"strings"
)

//go:embed data/words.txt
var wordsFile string

// Words is a set of lower-case English words, used to repair words that
// machine translation or OCR glued together ("Industryis").
type Words map[string]struct{}

// EnglishWords returns the embedded English word list.
func EnglishWords() Words {
	w := make(Words, 20000)
	for _, line := range strings.Split(wordsFile, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		w[line] = struct{}{}
	}
	return w
}

// Has reports whether the lower-case word is known.
func (w Words) Has(word string) bool {
	_, ok := w[word]
	return ok
}

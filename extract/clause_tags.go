package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fallbackTags guesses PTB tags from closed-class words and word shape
// for a document the tagger has not tagged (a Doc built by hand). The
// pipeline always tags; this only keeps the event coder usable without
// it.
func fallbackTags(d *Doc) []string {
	tags := make([]string, len(d.Tokens))
	for i := range d.Tokens {
		tags[i] = guessTag(d, i)
	}
	return tags
}

var closedClassTags = map[string]string{
	"the": "DT", "a": "DT", "an": "DT", "this": "DT", "that": "IN", "these": "DT", "those": "DT",
	"some": "DT", "any": "DT", "no": "DT", "all": "DT", "each": "DT", "every": "DT", "both": "DT",
	"he": "PRP", "she": "PRP", "it": "PRP", "they": "PRP", "we": "PRP", "i": "PRP", "you": "PRP",
	"him": "PRP", "them": "PRP", "us": "PRP", "me": "PRP",
	"his": "PRP$", "her": "PRP$", "its": "PRP$", "their": "PRP$", "our": "PRP$", "my": "PRP$", "your": "PRP$",
	"'s": "POS", "to": "TO", "and": "CC", "or": "CC", "but": "CC", "nor": "CC",
	"will": "MD", "would": "MD", "could": "MD", "should": "MD", "may": "MD", "might": "MD", "must": "MD",
	"can": "MD", "shall": "MD", "wo": "MD", "ca": "MD",
	"not": "RB", "n't": "RB", "never": "RB", "also": "RB", "again": "RB", "still": "RB",
	"who": "WP", "whom": "WP", "which": "WDT", "whose": "WP$", "where": "WRB", "when": "WRB",
	"is": "VBZ", "are": "VBP", "was": "VBD", "were": "VBD", "be": "VB", "been": "VBN", "being": "VBG",
	"has": "VBZ", "have": "VBP", "had": "VBD", "does": "VBZ", "do": "VBP", "did": "VBD",
	"said": "VBD", "says": "VBZ", "told": "VBD",
	"of": "IN", "in": "IN", "on": "IN", "at": "IN", "by": "IN", "for": "IN", "with": "IN", "from": "IN",
	"against": "IN", "between": "IN", "among": "IN", "into": "IN", "over": "IN", "after": "IN",
	"before": "IN", "during": "IN", "since": "IN", "about": "IN", "through": "IN", "under": "IN",
	"if": "IN", "whether": "IN", "because": "IN", "while": "IN", "as": "IN", "than": "IN", "without": "IN",
	"upon": "IN", "toward": "IN", "towards": "IN", "near": "IN", "despite": "IN", "amid": "IN",
}

func guessTag(d *Doc, i int) string {
	w := d.Lower[i]
	if t, ok := closedClassTags[w]; ok {
		return t
	}
	k := d.Tokens[i].Key
	r, _ := utf8.DecodeRuneInString(k)
	switch {
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		if k == "\"" {
			return "``"
		}
		return k
	case unicode.IsDigit(r):
		return "CD"
	}
	prev := ""
	if i > 0 {
		prev = d.Lower[i-1]
	}
	afterDet := closedClassTags[prev] == "DT" || closedClassTags[prev] == "PRP$" || prev == "'s"
	switch {
	case strings.HasSuffix(w, "ly"):
		return "RB"
	case strings.HasSuffix(w, "ing") && !afterDet:
		return "VBG"
	case strings.HasSuffix(w, "ed") && !afterDet:
		if closedClassTags[prev] != "" && strings.HasPrefix(closedClassTags[prev], "VB") {
			return "VBN"
		}
		return "VBD"
	case unicode.IsUpper(r):
		return "NNP"
	case prev == "to" || closedClassTags[prev] == "MD":
		return "VB"
	case strings.HasSuffix(w, "s") && !afterDet && (closedClassTags[prev] == "PRP" || unicode.IsUpper(tokenFirstRune(d, i-1))):
		return "VBZ"
	case strings.HasSuffix(w, "s"):
		return "NNS"
	}
	return "NN"
}

func tokenFirstRune(d *Doc, i int) rune {
	if i < 0 {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(d.Tokens[i].Key)
	return r
}

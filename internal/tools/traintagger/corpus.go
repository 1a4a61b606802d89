package main

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"unicode"
)

// sentence is a training or test sentence: each word with the PTB tags it
// may have (none: unknown).
type sentence struct {
	words []string
	tags  [][]string
}

func (s *sentence) add(word string, tags ...string) {
	s.words = append(s.words, word)
	s.tags = append(s.tags, tags)
}

// readCoNLLU reads the syntactic words of a CoNLL-U file with their XPOS.
// Multiword tokens are skipped in favour of their parts ("don't" is "do"
// "n't"), which is how entente's tokeniser splits them.
func readCoNLLU(path string) ([]sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading treebank: %w", err)
	}
	defer f.Close()
	var out []sentence
	var cur sentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" {
			if len(cur.words) > 0 {
				out = append(out, cur)
				cur = sentence{}
			}
			continue
		}
		if text[0] == '#' {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 10 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 10", path, line, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			continue // multiword token or empty node
		}
		switch {
		case cols[4] == "_":
			cur.add(cols[1])
		case cols[1] == ";" && cols[4] == ",":
			// EWT tags the semicolon ",", PUD and the PTB ":"; mixed,
			// the perceptron learns neither.
			cur.add(cols[1], ":")
		default:
			cur.add(cols[1], cols[4])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if len(cur.words) > 0 {
		out = append(out, cur)
	}
	return out, nil
}

// augmenter varies training sentences the way news text varies.
type augmenter struct {
	caps, title float64 // shares of sentences put in capitals, title case
	headline    float64 // share of sentences whose articles are dropped
	nameRate    float64 // share of proper nouns replaced by another
	names       []string
	// bySuffix groups names by their last three letters: swaps draw a
	// group first, so that names ending like verbs ("Wyoming", "Reading")
	// come up as often as any.
	bySuffix [][]string
}

// newAugmenter collects the proper nouns of the training data, each once.
func newAugmenter(caps, title, headline, nameRate float64, corpora ...[]sentence) *augmenter {
	a := &augmenter{caps: caps, title: title, headline: headline, nameRate: nameRate}
	seen := map[string]bool{}
	for _, c := range corpora {
		for _, s := range c {
			for i, w := range s.words {
				if len(s.tags[i]) == 1 && s.tags[i][0] == "NNP" && isName(w) && !seen[w] {
					seen[w] = true
					a.names = append(a.names, w)
				}
			}
		}
	}
	sort.Strings(a.names) // for reproducible runs
	group := map[string]int{}
	for _, n := range a.names {
		suf := strings.ToLower(n[len(n)-3:])
		g, ok := group[suf]
		if !ok {
			g = len(a.bySuffix)
			group[suf] = g
			a.bySuffix = append(a.bySuffix, nil)
		}
		a.bySuffix[g] = append(a.bySuffix[g], n)
	}
	return a
}

// isName reports whether w is a capitalised word of at least three ASCII
// letters.
func isName(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (i == 0 && (c < 'A' || c > 'Z')) || (i > 0 && (c < 'a' || c > 'z')) {
			return false
		}
	}
	return len(w) >= 3
}

// augment returns a variant of s, and its tag sets, as news text may write it, so that the
// tagger learns to cope: quotation marks straight, curly or TeX-style
// (the corpora each use one), now and then the whole sentence in capitals
// or title case, as headlines are, and proper nouns swapped for others
// drawn evenly from all the corpora's names. News is full of names the
// corpora lack ("Beijing", "Xi Jinping"); without the swaps the tagger
// learns that a capitalised word ending in "-ing" is a verb, because the
// few names it saw it learnt by heart.
func (a *augmenter) augment(s sentence, r *rand.Rand, allowed []uint64) ([]string, []uint64) {
	if r.Float64() < a.headline {
		s, allowed = dropArticles(s, allowed)
	}
	words := append([]string(nil), s.words...)
	var open, close string
	switch x := r.Float64(); {
	case x < 0.4:
		open, close = "\"", "\""
	case x < 0.75:
		open, close = "\u201c", "\u201d"
	default:
		open, close = "``", "''"
	}
	for i, w := range words {
		if len(s.tags[i]) != 1 {
			continue
		}
		switch t := s.tags[i][0]; {
		case t == "``" && isDoubleQuote(w):
			words[i] = open
		case t == "''" && isDoubleQuote(w):
			words[i] = close
		case t == "NNP" && isName(w) && r.Float64() < a.nameRate:
			g := a.bySuffix[r.IntN(len(a.bySuffix))]
			words[i] = g[r.IntN(len(g))]
		}
	}
	switch x := r.Float64(); {
	case x < a.caps:
		for i, w := range words {
			words[i] = strings.ToUpper(w)
		}
	case x < a.caps+a.title:
		skipMinor := r.IntN(2) == 0 // "Talks in Ankara" or "Talks In Ankara"
		for i, w := range words {
			if (skipMinor && i > 0 && minorWords[w]) || w == "n't" {
				continue
			}
			words[i] = capitalise(w)
		}
	}
	return words, allowed
}

// dropArticles returns s without "the", "a" and "an", as headlines write
// it: "Police fire tear gas at protesters".
func dropArticles(s sentence, allowed []uint64) (sentence, []uint64) {
	var out sentence
	var al []uint64
	for i, w := range s.words {
		switch strings.ToLower(w) {
		case "the", "a", "an":
			if len(s.tags[i]) == 1 && s.tags[i][0] == "DT" {
				continue
			}
		}
		out.add(w, s.tags[i]...)
		al = append(al, allowed[i])
	}
	return out, al
}

// minorWords are words headlines in title case leave in lower case; the
// list is text/postag's, which uses it to tell such headlines.
var minorWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "but": true, "or": true, "nor": true,
	"for": true, "of": true, "in": true, "on": true, "at": true, "to": true, "by": true,
	"as": true, "vs": true, "vs.": true, "via": true, "per": true, "with": true, "from": true,
	"into": true, "over": true, "amid": true, "after": true, "than": true, "up": true,
}

func isDoubleQuote(w string) bool {
	switch w {
	case "\"", "``", "''", "\u201c", "\u201d":
		return true
	}
	return false
}

func capitalise(w string) string {
	for i, r := range w {
		if unicode.IsLetter(r) {
			if unicode.IsUpper(r) {
				return w
			}
			return w[:i] + string(unicode.ToUpper(r)) + w[i+len(string(r)):]
		}
		break
	}
	return w
}

package main

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
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

// augment returns a variant of s as news text may write it, so that the
// tagger learns to cope: quotation marks straight, curly or TeX-style
// (the corpora each use one), and now and then the whole sentence in
// capitals or title case, as headlines are.
func augment(s sentence, r *rand.Rand, capsRate, titleRate float64) []string {
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
		if !isDoubleQuote(w) || len(s.tags[i]) != 1 {
			continue
		}
		switch s.tags[i][0] {
		case "``":
			words[i] = open
		case "''":
			words[i] = close
		}
	}
	switch x := r.Float64(); {
	case x < capsRate:
		for i, w := range words {
			words[i] = strings.ToUpper(w)
		}
	case x < capsRate+titleRate:
		skipShort := r.IntN(2) == 0 // "Talks in Ankara" or "Talks In Ankara"
		for i, w := range words {
			if skipShort && i > 0 && len(w) <= 3 {
				continue
			}
			words[i] = capitalise(w)
		}
	}
	return words
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

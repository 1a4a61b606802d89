package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The Brown corpus has its own tag set (Francis & Kučera 1979): 87 tags
// plus modifiers (-tl in titles, -hl in headlines, -nc cited, fw- foreign)
// and compound tags for contractions ("I'll" ppss+md, "don't" do*,
// "Atlanta's" np$). This file maps it to the Penn Treebank tags of UD EWT,
// splitting contractions and possessives the way entente's tokeniser and
// the PTB do. Where Brown cannot tell PTB tags apart the token gets the
// set of candidates (its one tag "vb" covers both VB and VBP), and where it
// cannot be mapped at all, no tags: the word then serves only as context.

// brownToken is a token as annotated in the corpus.
type brownToken struct {
	word    string
	tag     string // lower-case, without -tl, -hl, -nc and fw-
	title   bool   // -tl: part of a title or name ("Grand/jj-tl Jury/nn-tl")
	foreign bool   // fw-
}

var brownFile = regexp.MustCompile(`^c[a-r][0-9][0-9]$`)

// readBrown reads the corpus files in dir; keep selects files by name.
func readBrown(dir string, keep func(name string) bool) ([]sentence, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("reading Brown corpus: %w", err)
	}
	var names []string
	for _, e := range entries {
		if brownFile.MatchString(e.Name()) && keep(e.Name()) {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		return nil, fmt.Errorf("no Brown corpus files in %s", dir)
	}
	var out []sentence
	for _, name := range names {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("reading Brown corpus: %w", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) == 0 {
				continue
			}
			toks := make([]brownToken, 0, len(fields))
			for _, fd := range fields {
				toks = append(toks, parseBrownToken(fd))
			}
			out = append(out, convertBrown(toks))
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", name, err)
		}
	}
	return out, nil
}

func parseBrownToken(s string) brownToken {
	k := strings.LastIndexByte(s, '/')
	if k <= 0 {
		return brownToken{word: s, tag: "nil"}
	}
	t := brownToken{word: s[:k], tag: strings.ToLower(s[k+1:])}
	for changed := true; changed; {
		changed = false
		for _, suf := range []string{"-tl", "-hl", "-nc"} {
			if strings.HasSuffix(t.tag, suf) {
				t.tag = strings.TrimSuffix(t.tag, suf)
				t.title = t.title || suf == "-tl"
				changed = true
			}
		}
	}
	if strings.HasPrefix(t.tag, "fw-") {
		t.tag, t.foreign = t.tag[3:], true
	}
	return t
}

// brownConverter maps one sentence, remembering the VB/VBP decisions made
// so far so that coordinated verbs can share them.
type brownConverter struct {
	toks []brownToken
	verb [][]string // decisions for vb, hv and do tokens
}

func convertBrown(toks []brownToken) sentence {
	c := brownConverter{toks: toks, verb: make([][]string, len(toks))}
	var s sentence
	for i, t := range toks {
		lw := strings.ToLower(t.word)
		switch {
		case t.foreign:
			s.add(t.word, "FW")
		case t.tag == "*":
			s.add(t.word, "RB")
		case strings.HasSuffix(t.tag, "*") && !strings.Contains(t.tag, "+"):
			// Negative contractions: "don't" do*, "can't" md*. The PTB
			// splits off "n't", leaving "ca" and "wo" for can't and won't.
			base := strings.TrimSuffix(t.tag, "*")
			if strings.HasSuffix(lw, "n't") && len(lw) > 3 {
				n := len(t.word) - 3
				s.add(t.word[:n], c.tags(i, base, t.word[:n])...)
				s.add(t.word[n:], "RB")
			} else if lw == "cannot" {
				s.add(t.word, "MD") // entente keeps it whole
			} else {
				s.add(t.word)
			}
		case strings.Contains(t.tag, "+"):
			// Other contractions: "I'll" ppss+md, "it's" pps+bez, "let's"
			// vb+ppo, split before the apostrophe. "gonna" and the like
			// cannot be split the way the tokeniser would, so give no tags.
			parts := strings.Split(t.tag, "+")
			k := strings.LastIndexByte(t.word, '\'')
			if len(parts) != 2 || k <= 0 || strings.HasSuffix(parts[1], "*") {
				s.add(t.word)
				break
			}
			left, right := t.word[:k], t.word[k:]
			s.add(left, c.tags(i, parts[0], left)...)
			if parts[1] == "hv" { // "I've" VBP, "could've" VB
				if parts[0] == "md" {
					s.add(right, "VB")
				} else {
					s.add(right, "VBP")
				}
				break
			}
			s.add(right, c.tags(i, parts[1], right)...)
		case strings.HasSuffix(t.tag, "$") && t.tag != "pp$" && t.tag != "pp$$" && t.tag != "wp$":
			// Possessives: "Atlanta's" np$ becomes "Atlanta" "'s"/POS,
			// "states'" nns$ "states" "'"/POS.
			base := strings.TrimSuffix(t.tag, "$")
			switch {
			case strings.HasSuffix(lw, "'s") && len(lw) > 2:
				n := len(t.word) - 2
				s.add(t.word[:n], c.tags(i, base, t.word[:n])...)
				s.add(t.word[n:], "POS")
			case strings.HasSuffix(lw, "'") && len(lw) > 1:
				n := len(t.word) - 1
				s.add(t.word[:n], c.tags(i, base, t.word[:n])...)
				s.add(t.word[n:], "POS")
			default:
				s.add(t.word)
			}
		default:
			s.add(t.word, c.tags(i, t.tag, t.word)...)
		}
	}
	return s
}

var (
	days = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	// Brown's adverbial nouns that are plain nouns in the PTB.
	nounNR = set("today", "tomorrow", "yesterday", "tonight", "to-day", "to-morrow", "to-night")
	// Acronyms of things rather than organisations, from those Brown has.
	commonAcronyms = set("TV", "TSH", "BOD", "AM", "PM", "GNP", "DC", "AC", "BTU", "TNT", "ESP",
		"ICBM", "EEG", "FM", "ETV", "ABO", "CD", "NW", "SW", "NE", "SE", "SS", "BW")
	// Brown's post-determiners "more", "less" ... are comparative and
	// superlative adjectives in the PTB, the rest plain adjectives.
	comparative = set("more", "less", "fewer", "lesser")
	superlative = set("most", "least", "fewest")
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// tags maps the simple Brown tag of token i (or of a part of it, word) to
// the PTB tags it may have; none means unknown.
func (c *brownConverter) tags(i int, tag, word string) []string {
	lw := strings.ToLower(word)
	t := c.toks[i]
	if t.title && startsUpper(word) && tag != "np" && tag != "nps" {
		// Words of names and titles ("Grand Jury", "United States", "the
		// Emperor", "Supreme Court") are proper nouns in the PTB but often
		// common nouns and adjectives in UD EWT and PUD, inconsistently:
		// let EWT's lexical evidence decide.
		var base []string
		if tag != "vb" {
			base = c.tags(i, tag, "x")
		}
		if len(base) == 1 {
			if tag == "nns" || tag == "nrs" {
				return []string{base[0], "NNPS"}
			}
			return []string{base[0], "NNP"}
		}
		return nil
	}
	if tag == "nn" && isAcronym(word) && !commonAcronyms[word] {
		// Brown tags acronyms as common nouns; the PTB tags the names of
		// organisations ("NATO", "FBI", "GOP") as proper nouns.
		return one("NNP")
	}
	switch tag {
	case "nn":
		return one("NN")
	case "nns":
		return one("NNS")
	case "np":
		return one("NNP")
	case "nps":
		return one("NNPS")
	case "nr":
		switch {
		case days[lw] && startsUpper(word):
			return one("NNP")
		case nounNR[lw]:
			return one("NN")
		}
		return nil // "home", "west": noun or adverb by context
	case "nrs":
		if startsUpper(word) {
			return one("NNPS")
		}
		return nil
	case "pn":
		if lw == "one" {
			return nil // CD, NN or PRP in the PTB, by context
		}
		return one("NN") // "nothing", "everyone"
	case "jj", "jjs": // jjs: "chief", "top", superlative only in meaning
		return one("JJ")
	case "jjr":
		return one("JJR")
	case "jjt":
		return one("JJS")
	case "od":
		return one("JJ")
	case "cd":
		return one("CD")
	case "at", "dt", "dti", "dts":
		return one("DT")
	case "dtx": // "either ... or" is CC, "either side" DT
		if c.ahead(i, 10, "or", "nor") {
			return one("CC")
		}
		return one("DT")
	case "abn":
		switch lw {
		case "all":
			if c.nextIsDeterminer(i) {
				return one("PDT") // "all the", "all his"
			}
			return one("DT")
		case "half":
			if c.nextIsDeterminer(i) {
				return one("PDT")
			}
			return one("NN")
		case "many":
			return one("JJ")
		}
		return nil
	case "abx": // "both"
		switch {
		case c.nextIsDeterminer(i):
			return one("PDT")
		case c.ahead(i, 8, "and"):
			return one("CC")
		}
		return one("DT")
	case "abl": // "such", "quite", "rather"
		if c.nextIsDeterminer(i) {
			return one("PDT") // "such a", "quite a"
		}
		if lw == "such" {
			return one("JJ")
		}
		return one("RB")
	case "ap":
		switch {
		case comparative[lw]:
			return one("JJR")
		case superlative[lw]:
			return one("JJS")
		}
		return one("JJ")
	case "ql", "qlp": // qualifiers: "very", "too", "as" (in "as good as")
		switch {
		case comparative[lw]:
			return one("RBR")
		case superlative[lw]:
			return one("RBS")
		}
		return one("RB")
	case "rb", "rn":
		return one("RB")
	case "rbr":
		return one("RBR")
	case "rbt":
		return one("RBS")
	case "rp":
		return one("RP")
	case "wrb", "wql":
		return one("WRB")
	case "in":
		// UD EWT tags the preposition "to" IN, unlike the PTB, and
		// "according", "including" VBG.
		if strings.HasSuffix(lw, "ing") && lw != "during" && lw != "notwithstanding" {
			return one("VBG")
		}
		return one("IN")

	case "to":
		return one("TO")
	case "cs":
		switch lw {
		case "so", "then":
			return one("RB")
		case "for":
			return one("CC") // "for" meaning "because" is a conjunction
		case "providing", "supposing", "seeing":
			return one("VBG")
		}
		return one("IN")
	case "cc":
		return one("CC")
	case "md":
		return one("MD")
	case "ex":
		return one("EX")
	case "uh":
		return one("UH")
	case "pp$":
		return one("PRP$")
	case "pp$$", "ppl", "ppls", "ppo", "pps", "ppss":
		return one("PRP")
	case "wp$":
		return one("WP$")
	case "wps", "wpo":
		if lw == "that" {
			return one("WDT") // relative "that"
		}
		return one("WP")
	case "wdt":
		if lw == "which" || c.nextIsNominal(i) {
			return one("WDT") // "what time"
		}
		return one("WP") // "what happened"
	case "be":
		return one("VB")
	case "bed", "bedz":
		return one("VBD")
	case "beg":
		return one("VBG")
	case "bem", "ber":
		return one("VBP")
	case "ben":
		return one("VBN")
	case "bez":
		return one("VBZ")
	case "hvd":
		return one("VBD")
	case "hvg":
		return one("VBG")
	case "hvn":
		return one("VBN")
	case "hvz", "doz", "vbz":
		return one("VBZ")
	case "dod":
		if lw == "done" {
			return one("VBN")
		}
		return one("VBD")
	case "vbd":
		return one("VBD")
	case "vbg":
		return one("VBG")
	case "vbn":
		return one("VBN")
	case "vb", "hv", "do":
		return c.baseVerb(i)
	case ".":
		if word == ";" {
			return one(":")
		}
		return one(".")
	case ",":
		return one(",")
	case ":", "--":
		return one(":")
	case "(":
		return one("-LRB-")
	case ")":
		return one("-RRB-")
	case "``":
		return one("``")
	case "''", "'":
		return one("''")
	}
	return nil
}

func one(tag string) []string { return []string{tag} }

// isAcronym reports whether w has at least two letters, all capitals.
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			n++
		}
	}
	return n >= 2
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// lastPart is the last component of token j's tag without negation:
// "ppss+md" gives "md", "do*" gives "do".
func (c *brownConverter) lastPart(j int) string {
	t := c.toks[j].tag
	if k := strings.LastIndexByte(t, '+'); k >= 0 {
		t = t[k+1:]
	}
	return strings.TrimSuffix(t, "*")
}

// skipAdverbs returns the last index ≤ j that is not an adverb, negation
// or floating quantifier ("they all agree"), or -1.
func (c *brownConverter) skipAdverbs(j int) int {
	for ; j >= 0; j-- {
		switch c.toks[j].tag {
		case "rb", "rbr", "rbt", "*", "ql", "rn", "abn", "abx":
			continue
		}
		return j
	}
	return -1
}

var (
	vb     = []string{"VB"}
	vbp    = []string{"VBP"}
	vbOrVB = []string{"VB", "VBP"}
)

// baseVerb decides between VB and VBP for Brown's base-form tags vb, hv
// and do, which the PTB splits into infinitive/imperative/subjunctive (VB)
// and present tense (VBP). Clear contexts decide; the rest stay a set.
func (c *brownConverter) baseVerb(i int) (out []string) {
	defer func() { c.verb[i] = out }()
	j := c.skipAdverbs(i - 1)
	if j < 0 || (c.toks[j].tag == "``" && c.skipAdverbs(j-1) < 0) {
		return vb // imperative: "Go home."
	}
	switch c.lastPart(j) {
	case "md", "to", "do", "dod", "doz":
		return vb // "will go", "to go", "did not go"
	case "ppo":
		return vb // "let them go"
	case "ppss", "nns", "nps", "wps", "ex", "pps", "np", "nn":
		// A subject before the verb: present tense unless the subject
		// follows an auxiliary, as in "will they go", "do you think".
		k := c.skipAdverbs(j - 1)
		if k >= 0 {
			switch c.lastPart(k) {
			case "md", "do", "dod", "doz":
				return vb
			}
		}
		switch c.lastPart(j) {
		case "ppss", "nns", "nps", "wps", "ex":
			return vbp
		}
	case "cc":
		// "to come and see", "they come and go": as the first verb.
		for k := j - 1; k >= 0 && k >= j-8; k-- {
			if c.verb[k] != nil {
				return c.verb[k]
			}
			switch c.lastPart(k) {
			case "vbd", "vbz", "vbn", "vbg", "bedz", "bed", "bez", "hvd", "hvz", "dod", "doz":
				return vbOrVB
			}
		}
	}
	return vbOrVB
}

// ahead reports whether one of words follows token i within n tokens.
func (c *brownConverter) ahead(i, n int, words ...string) bool {
	for k := i + 1; k < len(c.toks) && k <= i+n; k++ {
		lw := strings.ToLower(c.toks[k].word)
		for _, w := range words {
			if lw == w {
				return true
			}
		}
	}
	return false
}

func (c *brownConverter) nextIsDeterminer(i int) bool {
	if i+1 >= len(c.toks) {
		return false
	}
	switch c.toks[i+1].tag {
	case "at", "pp$", "dt", "dts", "dti":
		return true
	}
	return false
}

func (c *brownConverter) nextIsNominal(i int) bool {
	if i+1 >= len(c.toks) {
		return false
	}
	t := c.toks[i+1].tag
	for _, p := range []string{"nn", "np", "nr", "jj", "ap", "od", "cd"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

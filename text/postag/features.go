package postag

import (
	"unicode"
	"unicode/utf8"
)

// The feature templates. Every feature is a 64-bit hash of a template
// number and the values it combines; the model never stores feature strings,
// so extracting features costs no allocation. Training and tagging share
// this code, so the two cannot drift apart.
const (
	// The first four depend only on the two previous tags; the tagger
	// precomputes their sum for every pair of tags (see Tagger.hist).
	fBias = iota
	fP1   // previous tag
	fP2   // tag before that
	fP1P2 // both

	fNorm       // the word, lower-cased, digits folded
	fWord       // the word as written, with the sentence's case mode
	fSuf2       // last two runes of the folded word
	fSuf3       // last three
	fSuf4       // last four
	fPre1       // first rune as written, with the case mode
	fShape      // shape, case mode and whether the word starts the sentence
	fP1Norm     // previous tag and this word
	fPrevNorm   // previous word
	fPrevSuf3   // its suffix
	fPrev2Norm  // the word before that
	fNextNorm   // next word
	fNextSuf3   // its suffix
	fNext2Norm  // the word after that
	fNextShape  // shape of the next word, which tells "President Obama" from "president said"
	fNormNext   // this word and the next: "threat to", "calls for"
	fP1NextNorm // previous tag and the next word
	fP1Shape    // previous tag and this word's shape: "the EU", "in Beijing"
	numFeatures
)

// Case modes of a sentence. Headlines in capitals or title case carry no
// information in their capitals, so the features that read case are
// specialised by mode instead of being misled by it.
const (
	modeNormal = iota
	modeCaps
	modeTitle
)

// lex holds the hashed lexical properties of one word, computed once per
// word and read by the features of its neighbours.
type lex struct {
	norm, word, suf2, suf3, suf4, pre1, shape uint64
	upper                                     bool // first letter is a capital
	opener                                    bool // may be followed by a capitalised word of any kind
}

const (
	hashSeed  = 0xcbf29ce484222325
	hashPrime = 0x100000001b3
)

// mix combines two hashes; the finaliser is from SplitMix64, so that
// features differing in one value land far apart in the weight table.
func mix(a, b uint64) uint64 {
	h := a*0x9e3779b97f4a7c15 ^ (b + 0x632be59bd9b4e019)
	h ^= h >> 31
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 29
	return h
}

func mix3(a, b, c uint64) uint64 { return mix(mix(a, b), c) }

func addRune(h uint64, r rune) uint64 { return (h ^ uint64(r)) * hashPrime }

// Sentinel words for positions outside the sentence; read-only.
var (
	lexStart  = sentinel(-1)
	lexStart2 = sentinel(-2)
	lexEnd    = sentinel(-3)
	lexEnd2   = sentinel(-4)
)

func sentinel(k int) lex {
	h := mix(0x5e471e1, uint64(k))
	return lex{norm: h, word: h, suf2: h, suf3: h, suf4: h, pre1: h, shape: h}
}

// Quote directions, kept in the shape: curly and TeX quotes say whether
// they open or close, straight ones leave it to the context.
const (
	quoteNone = iota
	quoteOpen
	quoteClose
	quoteEither
)

// quoteToken reports whether w is a quotation mark and which way it faces,
// and whether it is double.
func quoteToken(w string) (dir int, double bool) {
	switch w {
	case "\"":
		return quoteEither, true
	case "``", "\u201c", "\u201e", "\u00ab":
		return quoteOpen, true
	case "''", "\u201d", "\u201f", "\u00bb":
		return quoteClose, true
	case "'":
		return quoteEither, false
	case "`", "\u2018", "\u201a":
		return quoteOpen, false
	case "\u2019":
		return quoteClose, false
	}
	return quoteNone, false
}

// isDash reports whether r is a dash or a hyphen.
func isDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return true
	}
	return false
}

// foldRune maps typographic variants to the ASCII characters the training
// data mostly uses, and digits to '0' so that numbers share statistics.
func foldRune(r rune) rune {
	switch {
	case r >= '0' && r <= '9':
		return '0'
	case r < 0x80:
		return r
	case r == '\u2018' || r == '\u2019' || r == '\u201b' || r == '\u2032':
		return '\''
	case r == '\u201c' || r == '\u201d' || r == '\u201e' || r == '\u201f':
		return '"'
	case isDash(r):
		return '-'
	case r == '\u2026':
		return '.'
	}
	return r
}

func shapeClass(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'x'
	case r >= 'A' && r <= 'Z':
		return 'X'
	case r == '0':
		return 'd'
	case r < 0x80:
		return r
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return r
}

// lexOf computes the lexical hashes of w as it appears in a sentence of the
// given case mode.
func lexOf(w string, mode uint64) lex {
	var l lex
	if dir, double := quoteToken(w); dir != quoteNone {
		q := rune('\'')
		if double {
			q = '"'
		}
		l.norm = addRune(hashSeed, q)
		l.word = mix(l.norm, mode)
		l.suf2, l.suf3, l.suf4, l.pre1 = l.norm, l.norm, l.norm, l.word
		l.shape = mix3(0x9007e, uint64(dir), uint64(q))
		l.opener = dir != quoteClose
		return l
	}
	switch w {
	case "(", "[", "{", ":", "*", "\u2022", "...", "\u2026":
		l.opener = true
	}
	if allDashes(w) {
		// "--", "—" and "–" standing alone are one punctuation mark; a
		// lone "-" is usually a split hyphen, which the treebanks tag apart.
		d := "-"
		if w != "-" {
			d = "--"
		}
		w = d
		l.opener = true
	}
	hn, hw, hs := uint64(hashSeed), uint64(hashSeed), uint64(hashSeed)
	var tail [4]rune // last four folded, lower-cased runes, newest last
	first := rune(-1)
	var lastClass rune = -1
	run := 0
	for _, r := range w {
		f := foldRune(r)
		if first < 0 {
			first = f
		}
		lower := f
		if f >= 'A' && f <= 'Z' {
			lower = f + 'a' - 'A'
		} else if f >= 0x80 {
			lower = unicode.ToLower(f)
		}
		hn = addRune(hn, lower)
		hw = addRune(hw, f)
		tail[0], tail[1], tail[2], tail[3] = tail[1], tail[2], tail[3], lower
		// Runs of a class longer than two are cut to two, so "Xxxx" and
		// "Xxxxxxx" share a shape but "I" and "IBM" do not.
		c := shapeClass(f)
		if c == lastClass {
			run++
		} else {
			lastClass, run = c, 1
		}
		if run <= 2 {
			hs = addRune(hs, c)
		}
	}
	l.norm = hn
	l.word = mix(hw, mode)
	l.suf2 = mix(2, suffixHash(tail[2:]))
	l.suf3 = mix(3, suffixHash(tail[1:]))
	l.suf4 = mix(4, suffixHash(tail[:]))
	l.pre1 = mix(uint64(first), mode)
	l.upper = unicode.IsUpper(first)
	l.shape = hs
	return l
}

func suffixHash(rs []rune) uint64 {
	h := uint64(hashSeed)
	for _, r := range rs {
		h = addRune(h, r)
	}
	return h
}

func allDashes(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !isDash(r) {
			return false
		}
	}
	return true
}

// caseMode classifies a sentence as normal, all capitals or title case.
// Capitals need at least two words and no lower-case letter; title case at
// least three capitalised words and none in lower case but the minor words
// headlines leave so ("of", "in", "and"). Clitics ("'s", "n't") and words
// not starting with a letter do not count.
func caseMode(words []string) uint64 {
	lettered, capital, anyLower := 0, 0, false
	for _, w := range words {
		if w == "" {
			continue
		}
		var upper bool
		if c := w[0]; c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				upper = true
			case c >= 'a' && c <= 'z':
				if w == "n't" {
					continue
				}
			default:
				continue
			}
		} else {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsLetter(r) || w == "n\u2019t" {
				continue
			}
			upper = unicode.IsUpper(r)
		}
		if w == "N'T" || w == "N\u2019T" {
			continue
		}
		lettered++
		if upper {
			capital++
		} else if len(w) > 5 || !minorWords[w] {
			// A lower-case word that is not minor: normal case, the
			// commonest answer, known after a word or two.
			return modeNormal
		}
		if !anyLower {
			anyLower = hasLower(w)
		}
	}
	switch {
	case !anyLower && lettered >= 2:
		return modeCaps
	case capital >= 3:
		return modeTitle
	}
	return modeNormal
}

func hasLower(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'a' && c <= 'z' {
			return true
		}
		if c >= utf8.RuneSelf {
			for _, r := range w[i:] {
				if unicode.IsLower(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// minorWords are the words headlines in title case leave in lower case.
var minorWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "but": true, "or": true, "nor": true,
	"for": true, "of": true, "in": true, "on": true, "at": true, "to": true, "by": true,
	"as": true, "vs": true, "vs.": true, "via": true, "per": true, "with": true, "from": true,
	"into": true, "over": true, "amid": true, "after": true, "than": true, "up": true,
}

// window slides over a sentence, keeping the lexical hashes of the words
// two either side of the current one in a ring, so that a sentence of any
// length is tagged without allocating.
type window struct {
	words  []string
	mode   uint64
	quotes uint64 // double quotation marks before the current word
	parity uint64 // for a double quotation mark, 1 + quotes before it mod 2
	ring   [8]lex
}

func (w *window) reset(words []string) {
	w.words = words
	w.mode = caseMode(words)
	w.quotes = 0
	for j := 0; j < 2 && j < len(words); j++ {
		w.ring[j&7] = lexOf(words[j], w.mode)
	}
}

func (w *window) at(j int) *lex {
	switch {
	case j == -1:
		return &lexStart
	case j == -2:
		return &lexStart2
	case j == len(w.words):
		return &lexEnd
	case j == len(w.words)+1:
		return &lexEnd2
	}
	return &w.ring[j&7]
}

// initial reports whether word i begins the sentence or a part of it that
// is capitalised whatever its first word is: after an opening quotation
// mark or bracket, a dash or colon, a bullet.
func (w *window) initial(i int) bool {
	return i == 0 || w.at(i-1).opener
}

// advance moves the window to word i and returns its lexical hashes.
// Words must be visited in order, each once: the call computes word i+2
// and counts quotation marks.
func (w *window) advance(i int) *lex {
	if j := i + 2; j < len(w.words) {
		w.ring[j&7] = lexOf(w.words[j], w.mode)
	}
	// A straight quotation mark opens or closes by the number before it.
	w.parity = 0
	if _, double := quoteToken(w.words[i]); double {
		w.parity = 1 + w.quotes&1
		w.quotes++
	}
	return w.at(i)
}

// features fills out with the feature hashes of word i, the word advance
// last moved to, given the tags assigned to the two words before it (or
// the start sentinels), except the first numHist, which depend on the tags
// alone (see histFeatures).
func (w *window) features(i int, p1, p2 uint64, out *[numFeatures]uint64) {
	cur, prev, prev2 := w.at(i), w.at(i-1), w.at(i-2)
	next, next2 := w.at(i+1), w.at(i+2)
	init := uint64(0)
	if w.initial(i) {
		init = 1
	}
	parity := w.parity
	out[fNorm] = mix(fNorm, cur.norm)
	out[fWord] = mix(fWord, cur.word)
	// Capitalised words inside a sentence are mostly names, whatever
	// their endings suggest ("Beijing", "Reading", "Democrats"): their
	// suffixes are features of their own.
	capital := uint64(0)
	if init == 0 && w.mode == modeNormal && cur.upper {
		capital = 1
	}
	out[fSuf2] = mix3(fSuf2, cur.suf2, capital)
	out[fSuf3] = mix3(fSuf3, cur.suf3, capital)
	out[fSuf4] = mix3(fSuf4, cur.suf4, capital)
	out[fPre1] = mix(fPre1, cur.pre1)
	shape := mix(cur.shape, w.mode<<3|init<<2|parity)
	out[fShape] = mix(fShape, shape)
	out[fP1Norm] = mix3(fP1Norm, p1, cur.norm)
	out[fPrevNorm] = mix(fPrevNorm, prev.norm)
	out[fPrevSuf3] = mix(fPrevSuf3, prev.suf3)
	out[fPrev2Norm] = mix(fPrev2Norm, prev2.norm)
	out[fNextNorm] = mix(fNextNorm, next.norm)
	out[fNextSuf3] = mix(fNextSuf3, next.suf3)
	out[fNext2Norm] = mix(fNext2Norm, next2.norm)
	out[fNextShape] = mix3(fNextShape, next.shape, w.mode)
	out[fNormNext] = mix3(fNormNext, cur.norm, next.norm)
	out[fP1NextNorm] = mix3(fP1NextNorm, p1, next.norm)
	out[fP1Shape] = mix3(fP1Shape, p1, shape)
}

// numHist is the number of features that depend on the tag history only.
const numHist = fP1P2 + 1

// histFeatures returns the features that depend only on the two previous
// tags.
func histFeatures(p1, p2 uint64) [numHist]uint64 {
	return [numHist]uint64{
		fBias: mix(fBias, 0),
		fP1:   mix(fP1, p1),
		fP2:   mix(fP2, p2),
		fP1P2: mix3(fP1P2, p1, p2),
	}
}

// Tag histories before the sentence starts; real tags are numbered from 0.
const (
	tagStart  = 1000
	tagStart2 = 1001
)

package ingest

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// Near-duplicate detection: MinHash over word 4-shingles, with
// locality-sensitive hashing (LSH) to find candidates among the documents
// seen so far, and the estimated Jaccard similarity of the candidate
// signatures to decide.
//
// Parameters: 96 hash functions in 32 bands of 3 rows. A pair with
// Jaccard similarity J becomes a candidate with probability
// 1-(1-J³)³²: 0.986 at J=0.5, 0.9994 at J=0.6, 0.004 at J=0.05 —
// lightly edited copies (J≈0.6–0.9) are all found while unrelated
// documents are rarely compared at all.
const (
	shingleWords  = 4
	minhashRows   = 3
	minhashBands  = 32
	minhashHashes = minhashRows * minhashBands
	// DefaultDedupThreshold is the estimated Jaccard similarity of word
	// 4-shingles above which two texts are the same story: a copy re-dated,
	// re-headlined or lightly edited stays far above it; two reports of
	// one event by different writers stay far below it.
	DefaultDedupThreshold = 0.5
	// DefaultDedupCapacity is how many distinct documents a Deduper
	// remembers: about 0.8 KB each (measured), so 80 MB at most — days of
	// a large news feed, when copies of a story come within hours.
	DefaultDedupCapacity = 100_000
	// minShingles: texts with fewer shingles than this are matched only
	// exactly; a MinHash of a dozen words says little.
	minShingles = 8
)

// Deduper links each document to the first copy of it seen: exact copies
// (after normalising case, punctuation and spacing) and near-duplicates
// (the same story re-dated, re-headlined or lightly edited). It is safe for
// concurrent use. Its memory is bounded: it remembers at most Capacity
// distinct documents, forgetting the oldest half when full, so a long
// ingest deduplicates within a sliding window.
type Deduper struct {
	threshold float64
	capacity  int

	mu   sync.Mutex
	cur  *dedupGen
	prev *dedupGen
}

// dedupGen is one generation of remembered documents.
type dedupGen struct {
	ids   []string
	sigs  [][minhashHashes]uint16 // low 16 bits of each minimum: enough to estimate J
	sizes []uint32                // shingle counts
	exact map[uint64]int32
	bands [minhashBands]map[uint32]int32
}

func newDedupGen() *dedupGen {
	g := &dedupGen{exact: map[uint64]int32{}}
	for i := range g.bands {
		g.bands[i] = map[uint32]int32{}
	}
	return g
}

// NewDeduper returns a Deduper; threshold ≤ 0 and capacity ≤ 0 take the
// defaults.
func NewDeduper(threshold float64, capacity int) *Deduper {
	if threshold <= 0 {
		threshold = DefaultDedupThreshold
	}
	if capacity <= 0 {
		capacity = DefaultDedupCapacity
	}
	return &Deduper{threshold: threshold, capacity: capacity, cur: newDedupGen()}
}

// Check reports whether text is a copy of a document seen before, and if
// so the id of the first such document. A text that is not a copy is
// remembered under id. Calling Check twice with one id and text reports
// the second call as a copy of the first.
func (d *Deduper) Check(id, text string) (firstID string, dup bool) {
	fp := fingerprint(text) // outside the lock: it is the costly part
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.cur == nil { // the zero Deduper is usable
		d.threshold, d.capacity, d.cur = DefaultDedupThreshold, DefaultDedupCapacity, newDedupGen()
	}
	if d.prev != nil {
		if first, ok := d.prev.match(&fp, d.threshold); ok {
			return first, true
		}
	}
	if first, ok := d.cur.match(&fp, d.threshold); ok {
		return first, true
	}
	if len(d.cur.ids) >= (d.capacity+1)/2 {
		d.prev, d.cur = d.cur, newDedupGen()
	}
	d.cur.add(id, &fp)
	return "", false
}

// Len returns how many distinct documents the Deduper remembers.
func (d *Deduper) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	n := 0
	if d.cur != nil {
		n += len(d.cur.ids)
	}
	if d.prev != nil {
		n += len(d.prev.ids)
	}
	return n
}

// fp is a text's fingerprint: the hash of its normalised words and, when
// long enough, its MinHash signature.
type fp struct {
	exact    uint64
	shingles int
	sig      [minhashHashes]uint32
}

// match finds the earliest remembered document that fp copies.
func (g *dedupGen) match(f *fp, threshold float64) (string, bool) {
	if i, ok := g.exact[f.exact]; ok {
		return g.ids[i], true
	}
	if f.shingles < minShingles {
		return "", false
	}
	best := int32(-1)
	for b := range minhashBands {
		i, ok := g.bands[b][bandKey(f, b)]
		if !ok || (best >= 0 && i >= best) {
			continue
		}
		if g.similar(i, f, threshold) {
			best = i
		}
	}
	if best < 0 {
		return "", false
	}
	return g.ids[best], true
}

// similar estimates the Jaccard similarity of document i and f from their
// signatures.
func (g *dedupGen) similar(i int32, f *fp, threshold float64) bool {
	if g.sizes[i] < minShingles {
		return false
	}
	same := 0
	s := &g.sigs[i]
	for h := range minhashHashes {
		if s[h] == uint16(f.sig[h]) {
			same++
		}
	}
	return float64(same)/minhashHashes >= threshold
}

func (g *dedupGen) add(id string, f *fp) {
	i := int32(len(g.ids))
	g.ids = append(g.ids, id)
	var s [minhashHashes]uint16
	for h := range minhashHashes {
		s[h] = uint16(f.sig[h])
	}
	g.sigs = append(g.sigs, s)
	g.sizes = append(g.sizes, uint32(f.shingles))
	if _, ok := g.exact[f.exact]; !ok {
		g.exact[f.exact] = i
	}
	if f.shingles < minShingles {
		return
	}
	for b := range minhashBands {
		k := bandKey(f, b)
		// The first document keeps a bucket: copies link to the first.
		if _, ok := g.bands[b][k]; !ok {
			g.bands[b][k] = i
		}
	}
}

func bandKey(f *fp, b int) uint32 {
	h := uint64(b) * 0x9e3779b97f4a7c15
	for r := range minhashRows {
		h = mix64(h ^ uint64(f.sig[b*minhashRows+r]))
	}
	return uint32(h)
}

// fingerprint reads text once: words are runs of letters and digits,
// lower-cased; the exact hash covers all words in order; every 4 words in
// a row make a shingle, and each of the 96 MinHash functions keeps the
// least hash of any shingle.
func fingerprint(text string) fp {
	var f fp
	for h := range f.sig {
		f.sig[h] = ^uint32(0)
	}
	var window [shingleWords]uint64
	words := 0
	exact := uint64(14695981039346656037)
	var w uint64 = 14695981039346656037
	inWord := false
	endWord := func() {
		exact = mix64(exact ^ w)
		window[words%shingleWords] = w
		words++
		if words >= shingleWords {
			var sh uint64
			for k := range shingleWords {
				sh = mix64(sh ^ window[(words+k)%shingleWords])
			}
			f.shingles++
			addShingle(&f.sig, sh)
		}
		w = 14695981039346656037
		inWord = false
	}
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		i += n
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			} else if !('a' <= r && r <= 'z' || '0' <= r && r <= '9') {
				if inWord {
					endWord()
				}
				continue
			}
		} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
			r = unicode.ToLower(r)
		} else {
			if inWord {
				endWord()
			}
			continue
		}
		inWord = true
		w = (w ^ uint64(r)) * 1099511628211
	}
	if inWord {
		endWord()
	}
	if words > 0 && words < shingleWords {
		// A short text is one shingle of all its words.
		f.shingles = 1
		addShingle(&f.sig, exact)
	}
	f.exact = exact
	return f
}

// addShingle updates the signature with one shingle hash. The 96 hash
// functions are h_i(x) = hi32(x * a_i + b_i) with odd multipliers drawn
// from a fixed sequence: a universal family, deterministic across runs.
func addShingle(sig *[minhashHashes]uint32, sh uint64) {
	x := mix64(sh)
	for h := range minhashHashes {
		v := uint32((x*minhashA[h] + minhashB[h]) >> 32)
		if v < sig[h] {
			sig[h] = v
		}
	}
}

var minhashA, minhashB = minhashParams()

func minhashParams() (a, b [minhashHashes]uint64) {
	s := uint64(0x5eed)
	for i := range minhashHashes {
		s += 0x9e3779b97f4a7c15
		a[i] = mix64(s) | 1
		s += 0x9e3779b97f4a7c15
		b[i] = mix64(s)
	}
	return a, b
}

// mix64 is the SplitMix64 finaliser: a fast, well-spread 64-bit mix.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

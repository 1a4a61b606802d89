// Package postag is a part-of-speech tagger for English news text with the
// Penn Treebank tag set: a greedy averaged perceptron over hashed features
// of the word, its affixes and shape, its neighbours and the two tags before
// it. It tags a sentence left to right in one pass, without allocating.
//
// The embedded weights were trained on UD English EWT and the Brown corpus
// (mapped to PTB tags) and are licensed CC BY-SA 4.0; see README.md and the
// repository's NOTICE.
package postag

import (
	_ "embed"
	"fmt"
)

//go:embed model.bin
var embeddedModel []byte

// Tagger assigns PTB tags to tokenised sentences. It is immutable once
// built and safe for concurrent use.
type Tagger struct {
	tags  []string
	scale float32
	// slots is an open-addressing hash table: key<<32 | start<<8 | count,
	// where weights[start:start+count] are the feature's nonzero weights.
	slots []uint64
	shift uint
	mask  uint32
	// weights packs tag<<16 | uint16(int16 weight).
	weights []uint32
	// dict is the tag dictionary, a table like slots of key<<32 | tag.
	dict      []uint64
	dictShift uint
	dictMask  uint32
	// hist holds, for every pair of previous tags (see histIndex), the sum
	// of the weights of the features that depend on them alone: one dense
	// row replaces four lookups per word.
	hist []int32
}

// Load returns the tagger with the embedded model.
func Load() (*Tagger, error) {
	t, err := New(embeddedModel)
	if err != nil {
		return nil, fmt.Errorf("loading embedded tagger model: %w", err)
	}
	return t, nil
}

// New returns a tagger with the model in data, as written by Trainer.Model.
func New(data []byte) (*Tagger, error) {
	return decodeModel(data)
}

// Tags returns the tag set, in the order of the model's tag numbers.
func (t *Tagger) Tags() []string { return append([]string(nil), t.tags...) }

// Tag appends one PTB tag per word to tags[:0] and returns it. Words are
// tokens as written, split in the PTB way ("Turkey" "'s", "do" "n't");
// typographic quotes and dashes are read as their ASCII forms. A tags slice
// with room for the sentence makes Tag allocation-free.
func (t *Tagger) Tag(words []string, tags []string) []string {
	tags = tags[:0]
	if len(words) == 0 {
		return tags
	}
	var w window
	w.reset(words)
	var feats [numFeatures]uint64
	p1, p2 := uint64(tagStart), uint64(tagStart2)
	nTags := len(t.tags)
	for i := range words {
		cur := w.advance(i)
		if w.mode == modeNormal {
			if tag, ok := t.dictTag(cur.word); ok {
				tags = append(tags, t.tags[tag])
				p2, p1 = p1, uint64(tag)
				continue
			}
		}
		w.features(i, p1, p2, &feats)
		var scores [maxTags]int32
		row := t.histIndex(p1, p2) * nTags
		copy(scores[:nTags], t.hist[row:row+nTags])
		// Find all the features first and add their weights after: the
		// lookups are independent cache misses the processor can overlap.
		var found [numFeatures - numHist]uint32
		for j, h := range feats[numHist:] {
			found[j] = t.lookup(h)
		}
		for _, f := range found {
			start, count := f>>8, f&0xff
			for _, e := range t.weights[start : start+count] {
				scores[e>>16&(maxTags-1)] += int32(int16(uint16(e)))
			}
		}
		best := 0
		for c := 1; c < nTags; c++ {
			if scores[c] > scores[best] {
				best = c
			}
		}
		tags = append(tags, t.tags[best])
		p2, p1 = p1, uint64(best)
	}
	return tags
}

// histIndex numbers the pairs of previous tags, counting the two start
// markers as tags after the real ones.
func (t *Tagger) histIndex(p1, p2 uint64) int {
	n := uint64(len(t.tags))
	if p1 >= tagStart {
		p1 = n + p1 - tagStart
	}
	if p2 >= tagStart {
		p2 = n + p2 - tagStart
	}
	return int(p1*(n+2) + p2)
}

// buildHist fills hist.
func (t *Tagger) buildHist() {
	n := len(t.tags)
	t.hist = make([]int32, (n+2)*(n+2)*n)
	hs := make([]uint64, 0, n+2)
	for p := 0; p < n; p++ {
		hs = append(hs, uint64(p))
	}
	hs = append(hs, tagStart, tagStart2)
	for _, p1 := range hs {
		for _, p2 := range hs {
			row := t.hist[t.histIndex(p1, p2)*n:]
			for _, h := range histFeatures(p1, p2) {
				f := t.lookup(h)
				for _, e := range t.weights[f>>8 : f>>8+f&0xff] {
					row[e>>16] += int32(int16(uint16(e)))
				}
			}
		}
	}
}

// dictTag returns the tag of a word of the tag dictionary.
func (t *Tagger) dictTag(word uint64) (int, bool) {
	k := featKey(word)
	for j := slotOf(k, t.dictShift); ; j = (j + 1) & t.dictMask {
		s := t.dict[j]
		if s == 0 {
			return 0, false
		}
		if uint32(s>>32) == k {
			return int(uint8(s)), true
		}
	}
}

// lookup returns where the weights of feature h lie, as start<<8 | count
// (zero when the model lacks the feature).
func (t *Tagger) lookup(h uint64) uint32 {
	k := featKey(h)
	for j := slotOf(k, t.shift); ; j = (j + 1) & t.mask {
		s := t.slots[j]
		if s == 0 || uint32(s>>32) == k {
			return uint32(s)
		}
	}
}

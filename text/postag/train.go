package postag

import (
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
)

// Trainer learns tagger weights with the averaged perceptron, tagging each
// training sentence greedily with its own predictions as history (as the
// tagger will at run time) and updating where it errs.
//
// Gold tags are sets: a word whose source annotation cannot say which of
// several PTB tags is right (the Brown corpus has one tag for VB and VBP)
// counts as correct when the prediction is any of them, and is otherwise
// pushed towards the best-scoring of them. An empty set means unknown: the
// word gives context but no update.
type Trainer struct {
	tags  []string
	index map[uint64]int32
	feats []trainFeature
	words map[uint64]*wordCount // tag counts of words in sentences of normal case
	now   int64                 // words seen, the clock of weight averaging
	opt   TrainOptions
	rand  *rand.Rand
}

// TrainOptions tune training.
type TrainOptions struct {
	// WordDropout is the share of words whose identity features (the word
	// itself, alone or with its previous tag or next word) are hidden
	// during training. Without it the perceptron leans on the identity of
	// known words and learns too little from suffixes, shape and context,
	// which are all it has for the unknown names news is full of.
	WordDropout float64
	Seed        uint64
}

// identity marks the features that name the word itself.
const identity = 1<<fNorm | 1<<fWord | 1<<fP1Norm | 1<<fNormNext

// wordCount counts a word's tags for the tag dictionary; other counts the
// times its tag was unknown or a set.
type wordCount struct {
	tags  [maxTags]int32
	other int32
}

type trainFeature struct {
	hash uint64
	seen int32 // times the feature fired after it was created
	ws   []trainWeight
}

// trainWeight keeps, besides the current weight, its running sum over time,
// updated lazily at each change (total += w × time since the last change).
type trainWeight struct {
	tag   uint8
	w     float64
	total float64
	stamp int64
}

// NewTrainer returns a trainer for the tag set.
func NewTrainer(tags []string, opt TrainOptions) (*Trainer, error) {
	if len(tags) == 0 || len(tags) > maxTags {
		return nil, fmt.Errorf("postag: %d tags, want 1 to %d", len(tags), maxTags)
	}
	return &Trainer{
		tags:  append([]string(nil), tags...),
		index: make(map[uint64]int32, 1<<20),
		words: make(map[uint64]*wordCount, 1<<16),
		opt:   opt,
		rand:  rand.New(rand.NewPCG(opt.Seed, 0x9e3779b97f4a7c15)),
	}, nil
}

// Learn tags words, updates the weights and reports how many words with a
// known tag set were tagged within it. allowed[i] is the set of acceptable
// tag numbers of word i, bit k standing for tags[k]; it must be as long as
// words.
func (t *Trainer) Learn(words []string, allowed []uint64) (correct, known int) {
	if len(allowed) != len(words) {
		panic(fmt.Sprintf("postag: Learn with %d tag sets for %d words", len(allowed), len(words)))
	}
	var w window
	w.reset(words)
	var feats [numFeatures]uint64
	p1, p2 := uint64(tagStart), uint64(tagStart2)
	nTags := len(t.tags)
	for i := range words {
		w.advance(i)
		w.features(i, p1, p2, &feats)
		hist := histFeatures(p1, p2)
		copy(feats[:numHist], hist[:])
		skip := uint64(0)
		if t.opt.WordDropout > 0 && t.rand.Float64() < t.opt.WordDropout {
			skip = identity
		}
		var scores [maxTags]float64
		for fn, h := range feats {
			if skip&(1<<fn) != 0 {
				continue
			}
			if fi, ok := t.index[h]; ok {
				f := &t.feats[fi]
				f.seen++
				for _, e := range f.ws {
					scores[e.tag] += e.w
				}
			}
		}
		guess := 0
		for c := 1; c < nTags; c++ {
			if scores[c] > scores[guess] {
				guess = c
			}
		}
		t.now++
		if set := allowed[i]; set != 0 {
			known++
			if set&(1<<guess) != 0 {
				correct++
			} else {
				target := -1
				for s := set; s != 0; s &= s - 1 {
					c := bits.TrailingZeros64(s)
					if c < nTags && (target < 0 || scores[c] > scores[target]) {
						target = c
					}
				}
				if target >= 0 {
					for fn, h := range feats {
						if skip&(1<<fn) != 0 {
							continue
						}
						f := t.feature(h)
						f.update(uint8(target), 1, t.now)
						f.update(uint8(guess), -1, t.now)
					}
				}
			}
		}
		p2, p1 = p1, uint64(guess)
	}
	return correct, known
}

// Count counts the tags of the words of a sentence for the tag
// dictionary. Call it once for each sentence of the training data; allowed
// is as for Learn.
func (t *Trainer) Count(words []string, allowed []uint64) {
	if len(allowed) != len(words) {
		panic(fmt.Sprintf("postag: Count with %d tag sets for %d words", len(allowed), len(words)))
	}
	var w window
	w.reset(words)
	if w.mode != modeNormal {
		return // the dictionary serves sentences of normal case only
	}
	for i := range words {
		cur := w.advance(i)
		wc := t.words[cur.word]
		if wc == nil {
			wc = new(wordCount)
			t.words[cur.word] = wc
		}
		if set := allowed[i]; set != 0 && set&(set-1) == 0 {
			wc.tags[bits.TrailingZeros64(set)]++
		} else {
			wc.other++
		}
	}
}

func (t *Trainer) feature(h uint64) *trainFeature {
	fi, ok := t.index[h]
	if !ok {
		fi = int32(len(t.feats))
		t.index[h] = fi
		t.feats = append(t.feats, trainFeature{hash: h})
	}
	return &t.feats[fi]
}

func (f *trainFeature) update(tag uint8, delta float64, now int64) {
	for i := range f.ws {
		if e := &f.ws[i]; e.tag == tag {
			e.total += float64(now-e.stamp) * e.w
			e.w += delta
			e.stamp = now
			return
		}
	}
	f.ws = append(f.ws, trainWeight{tag: tag, w: delta, stamp: now})
}

// Pruning drops what adds size but hardly changes a decision.
type Pruning struct {
	// MinSeen drops features that fired fewer times after their first
	// update: mostly one-off words and word pairs.
	MinSeen int
	// MinWeight drops averaged weights smaller in magnitude.
	MinWeight float64
	// A word (as written, in a sentence of normal case) counted at least
	// DictMinCount times with one tag DictMinShare of the time or more
	// goes in the tag dictionary and is tagged without the perceptron:
	// faster, and for such words no less accurate.
	DictMinCount int
	DictMinShare float64
}

// ModelStats describes an encoded model.
type ModelStats struct {
	Features, Weights, Dict, Bytes int
}

// Model averages the weights over training, prunes them and encodes a
// model for New.
func (t *Trainer) Model(p Pruning) ([]byte, ModelStats, error) {
	var st ModelStats
	merged := make(map[uint32][]weight, len(t.feats)/2)
	now := float64(t.now)
	// In order of creation, not of the map, so that a training run always
	// writes the same file.
	for fi := range t.feats {
		f := &t.feats[fi]
		if int(f.seen) < p.MinSeen {
			continue
		}
		k := featKey(f.hash)
		for _, e := range f.ws {
			avg := (e.total + float64(t.now-e.stamp)*e.w) / now
			if math.Abs(avg) < p.MinWeight {
				continue
			}
			// Two features folding to one key (rare) share weights.
			ws := merged[k]
			found := false
			for i := range ws {
				if ws[i].tag == e.tag {
					ws[i].w += avg
					found = true
				}
			}
			if !found {
				ws = append(ws, weight{tag: e.tag, w: avg})
			}
			merged[k] = ws
		}
	}
	for _, ws := range merged {
		st.Features++
		st.Weights += len(ws)
	}
	dict := map[uint32]uint8{}
	clash := map[uint32]bool{}
	if p.DictMinCount > 0 {
		for h, wc := range t.words {
			total, best := int(wc.other), 0
			for c, n := range wc.tags {
				total += int(n)
				if n > wc.tags[best] {
					best = c
				}
			}
			if total < p.DictMinCount || float64(wc.tags[best]) < p.DictMinShare*float64(total) {
				continue
			}
			// Two words folding to one key: the dictionary keeps neither.
			k := featKey(h)
			if _, dup := dict[k]; dup || clash[k] {
				delete(dict, k)
				clash[k] = true
				continue
			}
			dict[k] = uint8(best)
		}
	}
	st.Dict = len(dict)
	data, err := encodeModel(t.tags, merged, dict)
	if err != nil {
		return nil, st, err
	}
	st.Bytes = len(data)
	return data, st, nil
}

package postag

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
)

// The model file holds, after the magic:
//
//	uvarint number of tags, then each tag name as uvarint length + bytes
//	float32 (little-endian bits) scale: weight = int16 value × scale
//	uvarint number of features
//	per feature, in increasing key order: uvarint key delta
//	per feature: one byte, its number of weights
//	per weight: one byte, the tag
//	per weight: zig-zag varint of the int16 value
//	uvarint number of tag dictionary words
//	per word, in increasing key order: uvarint key delta
//	per word: one byte, its tag
//
// Keys are 32-bit folds of the feature hashes; sorted, their deltas are
// small. The file is not compressed: gzip would save only a quarter of it
// and take most of the loading time.
const modelMagic = "entente-postag-1"

// maxTags bounds the tag set so that scores fit a fixed array on the stack.
const maxTags = 64

// featKey folds a 64-bit feature hash to the 32-bit key the model stores.
// Zero marks an empty slot in the table, so it is never a key.
func featKey(h uint64) uint32 {
	k := uint32(h>>32) ^ uint32(h)
	if k == 0 {
		k = 1
	}
	return k
}

// weight is one nonzero weight of a feature, as the trainer hands it over.
type weight struct {
	tag uint8
	w   float64
}

// encodeModel writes a model: features maps keys to their weights.
// dict maps the keys of words (their lexical word hash, folded) to tags.
func encodeModel(tags []string, features map[uint32][]weight, dict map[uint32]uint8) ([]byte, error) {
	if len(tags) == 0 || len(tags) > maxTags {
		return nil, fmt.Errorf("postag: %d tags, want 1 to %d", len(tags), maxTags)
	}
	keys := make([]uint32, 0, len(features))
	maxAbs := 0.0
	for k, ws := range features {
		if len(ws) == 0 {
			continue
		}
		if len(ws) > 255 {
			return nil, fmt.Errorf("postag: feature %#x has %d weights", k, len(ws))
		}
		keys = append(keys, k)
		for _, w := range ws {
			maxAbs = math.Max(maxAbs, math.Abs(w.w))
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	scale := maxAbs / math.MaxInt16
	if scale == 0 {
		scale = 1
	}

	var raw bytes.Buffer
	raw.WriteString(modelMagic)
	var tmp [binary.MaxVarintLen64]byte
	uv := func(v uint64) { raw.Write(tmp[:binary.PutUvarint(tmp[:], v)]) }
	uv(uint64(len(tags)))
	for _, t := range tags {
		uv(uint64(len(t)))
		raw.WriteString(t)
	}
	binary.LittleEndian.PutUint32(tmp[:4], math.Float32bits(float32(scale)))
	raw.Write(tmp[:4])
	uv(uint64(len(keys)))
	prev := uint32(0)
	for _, k := range keys {
		uv(uint64(k - prev))
		prev = k
	}
	for _, k := range keys {
		raw.WriteByte(byte(len(features[k])))
	}
	for _, k := range keys {
		for _, w := range features[k] {
			raw.WriteByte(w.tag)
		}
	}
	for _, k := range keys {
		for _, w := range features[k] {
			q := math.Round(w.w / scale)
			raw.Write(tmp[:binary.PutVarint(tmp[:], int64(q))])
		}
	}
	dkeys := make([]uint32, 0, len(dict))
	for k := range dict {
		dkeys = append(dkeys, k)
	}
	sort.Slice(dkeys, func(i, j int) bool { return dkeys[i] < dkeys[j] })
	uv(uint64(len(dkeys)))
	prev = 0
	for _, k := range dkeys {
		uv(uint64(k - prev))
		prev = k
	}
	for _, k := range dkeys {
		raw.WriteByte(dict[k])
	}

	return raw.Bytes(), nil
}

var errCorrupt = errors.New("postag: corrupt model")

// decoder reads the fields of a model, remembering the first error.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: truncated or bad %s", errCorrupt, what)
	}
	d.b = nil
}

func (d *decoder) uvarint(what string) uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail(what)
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint(what string) int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail(what)
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) bytes(n uint64, what string) []byte {
	if uint64(len(d.b)) < n {
		d.fail(what)
		return make([]byte, n)
	}
	b := d.b[:n]
	d.b = d.b[n:]
	return b
}

// decodeModel reads a model written by encodeModel into a Tagger. The
// Tagger keeps no reference to data.
func decodeModel(data []byte) (*Tagger, error) {
	d := decoder{b: data}
	if string(d.bytes(uint64(len(modelMagic)), "magic")) != modelMagic {
		return nil, fmt.Errorf("%w: bad magic", errCorrupt)
	}
	nTags := d.uvarint("tag count")
	if d.err != nil || nTags == 0 || nTags > maxTags {
		return nil, fmt.Errorf("%w: %d tags", errCorrupt, nTags)
	}
	t := &Tagger{tags: make([]string, nTags)}
	for i := range t.tags {
		n := d.uvarint("tag name")
		if n > 16 {
			return nil, fmt.Errorf("%w: tag name of %d bytes", errCorrupt, n)
		}
		t.tags[i] = string(d.bytes(n, "tag name"))
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(d.bytes(4, "scale")))
	nFeat := d.uvarint("feature count")
	if d.err != nil || nFeat > 1<<26 {
		return nil, fmt.Errorf("%w: %d features", errCorrupt, nFeat)
	}
	keys := make([]uint32, nFeat)
	prev := uint32(0)
	for i := range keys {
		prev += uint32(d.uvarint("feature key"))
		keys[i] = prev
	}
	counts := d.bytes(nFeat, "weight counts")
	total := 0
	for _, c := range counts {
		total += int(c)
	}
	if total >= 1<<24 {
		return nil, fmt.Errorf("%w: %d weights", errCorrupt, total)
	}
	tagBytes := d.bytes(uint64(total), "weight tags")
	t.weights = make([]uint32, total)
	for i, tg := range tagBytes {
		v := d.varint("weight")
		if uint64(tg) >= nTags || v < math.MinInt16 || v > math.MaxInt16 {
			return nil, fmt.Errorf("%w: weight %d for tag %d", errCorrupt, v, tg)
		}
		t.weights[i] = uint32(tg)<<16 | uint32(uint16(int16(v)))
	}
	nDict := d.uvarint("dictionary size")
	if d.err != nil || nDict > 1<<24 {
		return nil, fmt.Errorf("%w: %d dictionary words", errCorrupt, nDict)
	}
	dkeys := make([]uint32, nDict)
	prev = 0
	for i := range dkeys {
		prev += uint32(d.uvarint("dictionary key"))
		dkeys[i] = prev
	}
	dtags := d.bytes(nDict, "dictionary tags")
	if d.err != nil {
		return nil, d.err
	}
	if len(d.b) != 0 {
		return nil, fmt.Errorf("%w: %d bytes of trailing data", errCorrupt, len(d.b))
	}
	t.scale = scale

	t.slots, t.shift, t.mask = newTable(len(keys))
	start := 0
	for i, k := range keys {
		if k == 0 {
			return nil, fmt.Errorf("%w: zero key", errCorrupt)
		}
		j := slotOf(k, t.shift)
		for t.slots[j] != 0 {
			j = (j + 1) & t.mask
		}
		t.slots[j] = uint64(k)<<32 | uint64(start)<<8 | uint64(counts[i])
		start += int(counts[i])
	}

	t.dict, t.dictShift, t.dictMask = newTable(len(dkeys))
	for i, k := range dkeys {
		if k == 0 || uint64(dtags[i]) >= nTags {
			return nil, fmt.Errorf("%w: dictionary entry", errCorrupt)
		}
		j := slotOf(k, t.dictShift)
		for t.dict[j] != 0 {
			j = (j + 1) & t.dictMask
		}
		t.dict[j] = uint64(k)<<32 | uint64(dtags[i])
	}
	t.buildHist()
	return t, nil
}

// newTable returns an empty open-addressing table for n keys, at most half
// full, so that a lookup of a missing key, the common case, ends at the
// first empty slot.
func newTable(n int) (slots []uint64, shift uint, mask uint32) {
	bits := uint(4)
	for 1<<bits < 2*n {
		bits++
	}
	return make([]uint64, 1<<bits), 32 - bits, 1<<bits - 1
}

func slotOf(k uint32, shift uint) uint32 { return (k * 0x9e3779b1) >> shift }

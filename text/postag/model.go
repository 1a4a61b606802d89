package postag

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// The model file is gzip-compressed and holds, after the magic:
//
//	uvarint number of tags, then each tag name as uvarint length + bytes
//	float32 (little-endian bits) scale: weight = int16 value × scale
//	uvarint number of features
//	per feature, in increasing key order: uvarint key delta
//	per feature: one byte, its number of weights
//	per weight: one byte, the tag
//	per weight: zig-zag uvarint of the int16 value
//	uvarint number of tag dictionary words
//	per word, in increasing key order: uvarint key delta
//	per word: one byte, its tag
//
// Keys are 32-bit folds of the feature hashes. Streams of like values
// compress better than interleaved records, and sorted keys make the deltas
// small.
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

	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, fmt.Errorf("postag: compressing model: %w", err)
	}
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return nil, fmt.Errorf("postag: compressing model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("postag: compressing model: %w", err)
	}
	return out.Bytes(), nil
}

var errCorrupt = errors.New("postag: corrupt model")

// decodeModel reads a model written by encodeModel into a Tagger.
func decodeModel(data []byte) (*Tagger, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("postag: reading model: %w", err)
	}
	r := bufio.NewReaderSize(zr, 1<<16)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != modelMagic {
		return nil, fmt.Errorf("%w: bad magic", errCorrupt)
	}
	var rerr error
	uv := func() uint64 {
		v, err := binary.ReadUvarint(r)
		if err != nil && rerr == nil {
			rerr = err
		}
		return v
	}
	nTags := uv()
	if rerr != nil || nTags == 0 || nTags > maxTags {
		return nil, fmt.Errorf("%w: %d tags", errCorrupt, nTags)
	}
	t := &Tagger{tags: make([]string, nTags)}
	for i := range t.tags {
		n := uv()
		if rerr != nil || n > 16 {
			return nil, fmt.Errorf("%w: tag name", errCorrupt)
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(r, b); err != nil {
			return nil, fmt.Errorf("%w: tag name: %w", errCorrupt, err)
		}
		t.tags[i] = string(b)
	}
	var sb [4]byte
	if _, err := io.ReadFull(r, sb[:]); err != nil {
		return nil, fmt.Errorf("%w: scale: %w", errCorrupt, err)
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(sb[:]))
	nFeat := uv()
	if rerr != nil || nFeat > 1<<26 {
		return nil, fmt.Errorf("%w: %d features", errCorrupt, nFeat)
	}
	keys := make([]uint32, nFeat)
	prev := uint32(0)
	for i := range keys {
		prev += uint32(uv())
		keys[i] = prev
	}
	counts := make([]byte, nFeat)
	if _, err := io.ReadFull(r, counts); err != nil {
		return nil, fmt.Errorf("%w: counts: %w", errCorrupt, err)
	}
	total := 0
	for _, c := range counts {
		total += int(c)
	}
	if total >= 1<<24 {
		return nil, fmt.Errorf("%w: %d weights", errCorrupt, total)
	}
	tagBytes := make([]byte, total)
	if _, err := io.ReadFull(r, tagBytes); err != nil {
		return nil, fmt.Errorf("%w: tags: %w", errCorrupt, err)
	}
	t.weights = make([]uint32, total)
	for i, tg := range tagBytes {
		if uint64(tg) >= nTags {
			return nil, fmt.Errorf("%w: tag %d", errCorrupt, tg)
		}
		v, err := binary.ReadVarint(r)
		if err != nil || v < math.MinInt16 || v > math.MaxInt16 {
			return nil, fmt.Errorf("%w: weight", errCorrupt)
		}
		t.weights[i] = uint32(tg)<<16 | uint32(uint16(int16(v)))
	}
	nDict := uv()
	if rerr != nil || nDict > 1<<24 {
		return nil, fmt.Errorf("%w: %d dictionary words", errCorrupt, nDict)
	}
	dkeys := make([]uint32, nDict)
	prev = 0
	for i := range dkeys {
		prev += uint32(uv())
		dkeys[i] = prev
	}
	dtags := make([]byte, nDict)
	if _, err := io.ReadFull(r, dtags); err != nil {
		return nil, fmt.Errorf("%w: dictionary: %w", errCorrupt, err)
	}
	if rerr != nil {
		return nil, fmt.Errorf("%w: %w", errCorrupt, rerr)
	}
	if _, err := r.ReadByte(); err != io.EOF {
		return nil, fmt.Errorf("%w: trailing data", errCorrupt)
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

package ingest

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Summary counts what a run did, for the line printed at its end: items
// read, documents extracted, near-duplicates, and inputs skipped by
// reason. Read counts items and skips; the caller counts extractions,
// duplicates and its own skips (for example non-English documents). Safe
// for concurrent use.
type Summary struct {
	mu         sync.Mutex
	read       int
	extracted  int
	duplicates int
	skipped    map[string]int
}

// Add counts one item delivered by Read.
func (s *Summary) Add(it Item) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.read++
	if it.Err != nil {
		s.skipLocked(ReasonOf(it.Err))
	}
}

// Extracted counts one document extracted.
func (s *Summary) Extracted() {
	s.mu.Lock()
	s.extracted++
	s.mu.Unlock()
}

// Duplicate counts one near-duplicate of a document already seen.
func (s *Summary) Duplicate() {
	s.mu.Lock()
	s.duplicates++
	s.mu.Unlock()
}

// Skip counts one document skipped for a reason ("not English", …).
func (s *Summary) Skip(reason string) {
	s.mu.Lock()
	s.skipLocked(reason)
	s.mu.Unlock()
}

func (s *Summary) skipLocked(reason string) {
	if s.skipped == nil {
		s.skipped = map[string]int{}
	}
	s.skipped[reason]++
}

// Counts returns the figures: items read, extracted, duplicates, and the
// number skipped per reason.
func (s *Summary) Counts() (read, extracted, duplicates int, skipped map[string]int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	skipped = make(map[string]int, len(s.skipped))
	for k, v := range s.skipped {
		skipped[k] = v
	}
	return s.read, s.extracted, s.duplicates, skipped
}

// Skipped returns the number of inputs skipped for any reason.
func (s *Summary) Skipped() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, v := range s.skipped {
		n += v
	}
	return n
}

// String is the end-of-run summary:
// "read 120, extracted 115, duplicates 3, skipped 2 (binary content 1, too large 1)".
func (s *Summary) String() string {
	read, extracted, dups, skipped := s.Counts()
	total := 0
	reasons := make([]string, 0, len(skipped))
	for k, v := range skipped {
		total += v
		reasons = append(reasons, k)
	}
	sort.Slice(reasons, func(i, j int) bool {
		if skipped[reasons[i]] != skipped[reasons[j]] {
			return skipped[reasons[i]] > skipped[reasons[j]]
		}
		return reasons[i] < reasons[j]
	})
	var b strings.Builder
	fmt.Fprintf(&b, "read %d, extracted %d, duplicates %d, skipped %d", read, extracted, dups, total)
	if total > 0 {
		parts := make([]string, len(reasons))
		for i, k := range reasons {
			parts[i] = fmt.Sprintf("%s %d", k, skipped[k])
		}
		b.WriteString(" (" + strings.Join(parts, ", ") + ")")
	}
	return b.String()
}

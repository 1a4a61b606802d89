package extract

// Target slots: the noun phrase a pattern's "_" stands for, with the
// phrases coordinated with it.

// slotAt returns the first token and the end of the target noun phrase
// found at token j, with any phrases coordinated with it ("urged Mali,
// Niger and Chad"), or false when no noun phrase is there.
func (s *sentence) slotAt(j int, verbal bool) (int, int, bool) {
	j = s.skipAdverbs(j)
	if j >= s.last {
		return 0, 0, false
	}
	k := s.itemOf(j)
	// "press both Israeli and Palestinian leaders": "both" opens the
	// list.
	if it := s.items[k]; it.kind == iConj && (s.low(it.first) == "both" || s.low(it.first) == "either") && k+1 < len(s.items) {
		k++
	}
	// "rejected Thursday a United Nations appeal": a time phrase
	// before the object.
	for s.items[k].kind == iNP && s.items[k].temporal && k+1 < len(s.items) {
		k++
	}
	// "arrested at least 100 Palestinians", "up to 16 advisers".
	if it := s.items[k]; it.kind == iPrep && (s.low(it.first) == "at" || s.low(it.first) == "up" || s.low(it.first) == "as") &&
		k+1 < len(s.items) && s.items[k+1].kind == iNP && quantifierWords[s.low(s.items[k+1].first)] {
		k++
	}
	// "kidnapped up to 16 advisers", with "up" read as an adverb.
	if it := s.items[k]; it.kind == iAdv && s.low(it.first) == "up" && k+2 < len(s.items) &&
		s.items[k+1].kind == iPrep && s.low(s.items[k+1].first) == "to" && s.items[k+2].kind == iNP {
		k += 2
	}
	// "free over 150 prisoners", "killed nearly 40 civilians".
	if it := s.items[k]; (it.kind == iPrep || it.kind == iAdv) && quantifierWords[s.low(it.first)] &&
		k+1 < len(s.items) && s.items[k+1].kind == iNP && s.class(s.items[k+1].first) == cNum {
		k++
	}
	it := s.items[k]
	if it.kind != iNP || it.temporal {
		return 0, 0, false
	}
	start := max(j, it.first)
	k = s.quantified(k)
	if verbal {
		return start, s.items[s.objectGroupEnd(k)].last, true
	}
	return start, s.items[s.groupEnd(k)].last, true
}

// groupEnd returns the index of the last noun phrase coordinated with
// the one at item k: "A, B and C", "A and B", "A as well as B".
func (s *sentence) groupEnd(k int) int {
	last := k
	for n := k + 1; n+1 < len(s.items); {
		sep := s.items[n]
		if skip := s.conjunctionPhrase(n); skip > 0 && n+skip < len(s.items) && s.items[n+skip].kind == iNP {
			// "Vietnam as well as the Philippines", "along with".
			return n + skip
		}
		switch {
		case sep.kind == iConj && (s.low(sep.first) == "and" || s.low(sep.first) == "or"):
			if s.items[n+1].kind == iNP && !s.items[n+1].temporal {
				return n + 1
			}
			return last
		case sep.kind == iComma:
			// "A, B and C": a comma continues the list only when the
			// list ends in a conjunction.
			nx := s.items[n+1]
			if nx.kind == iConj && (s.low(nx.first) == "and" || s.low(nx.first) == "or") && n+2 < len(s.items) && s.items[n+2].kind == iNP {
				// (", but a report from Yemen" opens a new clause.)
				return n + 2
			}
			if nx.kind != iNP || nx.temporal || !s.listContinues(n+1) && !s.namesInRow(last, n+1) {
				return last
			}
			last = n + 1
			n += 2
		default:
			return last
		}
	}
	return last
}

// namesInRow reports whether the noun phrases at items a and b are the
// bare names of two different actors. Names in a row separated by commas
// are a list even when it trails off without a conjunction ("to Iran,
// Libya, North Korea, Sudan, and with strings attached, Cuba"); an
// apposition describes or renames its actor ("the UN refugee agency,
// UNHCR,").
func (s *sentence) namesInRow(a, b int) bool {
	x, y := s.bareName(a), s.bareName(b)
	return x != "" && y != "" && x != y
}

// bareName returns the actor of the noun phrase at item k when the phrase
// is only its name ("Libya", "the United States"), else "".
func (s *sentence) bareName(k int) string {
	it := s.items[k]
	if it.kind != iNP || s.d.MentionAt == nil {
		return ""
	}
	first := it.first
	if s.class(first) == cDet {
		first++
	}
	if first >= it.last {
		return ""
	}
	mi := s.d.MentionAt[first]
	if mi < 0 {
		return ""
	}
	m := s.d.Mentions[mi]
	if m.Via != "name" || m.First > first || m.Last != it.last || !usable(m) {
		return ""
	}
	return m.Actor
}

// objectGroupEnd is groupEnd for an object: the last phrase of a list
// that is followed by its own verb is the subject of a new clause, no
// second object ("proposed a freeze and Canada has begun …").
func (s *sentence) objectGroupEnd(k int) int {
	end := s.groupEnd(k)
	if end > k && s.subjectOfNext(end) {
		for n := end - 1; n >= k; n-- {
			if s.items[n].kind == iNP && (n == k || s.items[n+1].kind == iConj || s.items[n+1].kind == iComma) {
				if n < end-1 || s.items[n+1].kind != iNP {
					return n
				}
			}
		}
		return k
	}
	return end
}

// subjectOfNext reports whether the noun phrase at item k is followed by
// a finite verb: it opens a clause of its own ("proposed a freeze and
// Canada has begun …"), it is no second object.
func (s *sentence) subjectOfNext(k int) bool {
	for n := k + 1; n < len(s.items) && n <= k+2; n++ {
		switch it := s.items[n]; it.kind {
		case iAdv:
			continue
		case iVG:
			return it.finite
		}
		return false
	}
	return false
}

// conjunctionPhrase returns how many items make up a multi-word
// conjunction at item n ("as well as", "along with", "together with"),
// or 0.
func (s *sentence) conjunctionPhrase(n int) int {
	i := s.items[n].first
	switch {
	case i+2 < s.last && s.low(i) == "as" && s.low(i+1) == "well" && s.low(i+2) == "as":
		return s.itemOf(i+2) - n + 1
	case i+1 < s.last && (s.low(i) == "along" || s.low(i) == "together") && s.low(i+1) == "with":
		return s.itemOf(i+1) - n + 1
	}
	return 0
}

// listContinues reports whether the noun phrase at item k is followed,
// through more commas and phrases, by "and" or "or" and a last phrase:
// the sign that commas separate a list rather than an apposition.
func (s *sentence) listContinues(k int) bool {
	for n := k + 1; n+1 < len(s.items) && n <= k+12; n += 2 {
		sep := s.items[n]
		if sep.kind == iConj && s.items[n+1].kind == iNP {
			return true
		}
		if sep.kind == iComma && n+2 < len(s.items) && s.items[n+1].kind == iConj && s.items[n+2].kind == iNP {
			return true
		}
		if sep.kind != iComma || s.items[n+1].kind != iNP {
			return false
		}
	}
	return false
}

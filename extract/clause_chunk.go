package extract

// Chunking: runs of classified tokens become noun phrases, verb groups
// and the other items a sentence is read by.

// timeStart reports whether a time expression starts at token j: a time
// word, or "last", "next", "this", "earlier", "later", "early", "late"
// before one.
func (s *sentence) timeStart(j int) bool {
	if s.d.MentionAt != nil && s.d.MentionAt[j] >= 0 {
		return false
	}
	w := s.low(j)
	if clauseTimeWords[w] && w != "may" && w != "time" && w != "day" {
		return s.class(j) == cNoun
	}
	switch w {
	case "last", "next", "this", "earlier", "later", "early", "late", "mid", "recent":
		for k := j + 1; k < s.last && k <= j+2; k++ {
			if clauseTimeWords[s.low(k)] {
				return true
			}
		}
	}
	return false
}

// chunk groups the classified tokens into items.
func (s *sentence) chunk() {
	s.itemAt = s.itemAt[:0]
	for i := s.first; i < s.last; i++ {
		s.itemAt = append(s.itemAt, -1)
	}
	for i := s.first; i < s.last; {
		var it item
		switch c := s.class(i); {
		case c == cPron:
			it = item{kind: iNP, first: i, last: i + 1, head: i, posEnd: i, pron: true}
		case c == cVerb && s.adjectivalParticiple(i):
			it = s.nounPhrase(i)
		case c == cVerb || c == cModal || (c == cTo && s.toStartsVerb(i)) || (c == cAdv || c == cNeg) && s.advStartsVerb(i):
			it = s.verbGroup(i)
		case c == cNoun || c == cDet || c == cAdj || c == cNum || c == cPoss:
			it = s.nounPhrase(i)
		case c == cPrep || c == cTo:
			it = item{kind: iPrep, first: i, last: i + 1, head: i}
		case c == cComma:
			it = item{kind: iComma, first: i, last: i + 1, head: i}
		case c == cConj:
			it = item{kind: iConj, first: i, last: i + 1, head: i}
		case c == cComp:
			it = item{kind: iComp, first: i, last: i + 1, head: i}
		case c == cWh:
			it = item{kind: iWh, first: i, last: i + 1, head: i}
		case c == cAdv || c == cNeg:
			it = item{kind: iAdv, first: i, last: i + 1, head: i}
		case c == cQuote:
			it = item{kind: iQuote, first: i, last: i + 1, head: i}
		case c == cPunct:
			it = item{kind: iPunct, first: i, last: i + 1, head: i}
		default:
			it = item{kind: iOther, first: i, last: i + 1, head: i}
		}
		if it.last <= i {
			it = item{kind: iOther, first: i, last: i + 1, head: i}
		}
		for k := it.first; k < it.last; k++ {
			s.itemAt[k-s.first] = len(s.items)
		}
		s.items = append(s.items, it)
		i = it.last
	}
	s.question = s.last > s.first && s.low(s.last-1) == "?"
	s.negatedInfinitives()
	s.pastParticiples()
	s.reducedRelatives()
	s.coordinateVerbs()
}

// modifierSlot reports whether a participle at j inside a noun phrase
// that began at i stands where a modifier can: after a determiner,
// adjective, number, possessive or adverb ("the newly signed pact"), not
// after a noun, where it is the verb ("tanks shelled positions").
func (s *sentence) modifierSlot(j, i int) bool {
	if j == i {
		return s.adjectivalParticiple(j)
	}
	switch s.class(j - 1) {
	case cDet, cAdj, cNum, cPoss, cAdv:
		return true
	}
	return false
}

// adjectivalParticiple reports whether a past participle at i modifies
// the noun after it ("of increased cooperation", "by armed groups")
// rather than heading a verb group.
func (s *sentence) adjectivalParticiple(i int) bool {
	if s.tag(i) != "VBN" || i+1 >= s.last || s.class(i+1) != cNoun || i == s.first {
		return false
	}
	switch s.class(i - 1) {
	case cPrep, cDet, cPoss, cAdj, cNum:
		return true
	}
	return false
}

// toStartsVerb reports whether "to" at i marks an infinitive: a verb
// follows, perhaps after adverbs.
func (s *sentence) toStartsVerb(i int) bool {
	for j := i + 1; j < s.last && j <= i+3; j++ {
		switch s.class(j) {
		case cAdv, cNeg:
			continue
		case cVerb:
			t := s.tag(j)
			return t == "VB" || t == "VBP"
		}
		return false
	}
	return false
}

// advStartsVerb reports whether adverbs at i lead into a verb group
// ("also urged", "never visited"), which then begins at the adverb.
func (s *sentence) advStartsVerb(i int) bool {
	for j := i; j < s.last && j <= i+3; j++ {
		switch s.class(j) {
		case cAdv, cNeg:
			continue
		case cVerb, cModal:
			return true
		}
		return false
	}
	return false
}

// verbGroup reads the verb group starting at token i: vgAuxiliaries,
// modals, adverbs and negation up to the main verb.
func (s *sentence) verbGroup(i int) item {
	it := item{kind: iVG, first: i, head: -1}
	j := i
	if s.class(j) == cTo {
		it.toInf = true
		j++
	}
	var verbs []int
	for ; j < s.last; j++ {
		c := s.class(j)
		switch {
		case c == cQuote && (len(verbs) > 0 || it.modal != "") && j+1 < s.last && s.class(j+1) == cVerb:
			// Scare quotes inside the group: "has “frozen”", "would
			// “defend itself”".
			continue
		case c == cAdv || c == cNeg:
			// An adverb ends the group unless a verb follows it.
			if !s.advStartsVerb(j) {
				goto done
			}
			if c == cNeg || s.low(j) == "longer" && j > s.first && s.low(j-1) == "no" {
				it.negated = true // "would no longer accept"
			}
			continue
		case c == cModal:
			if len(verbs) > 0 {
				goto done
			}
			it.modal = s.low(j)
			it.finite = true
			if it.modal == "cannot" {
				it.negated = true
			}
			continue
		case c == cVerb:
			// A verb after a non-auxiliary ends the group: "said
			// Sunday they are" splits before "are" anyway, and "urged
			// attendees" ends at the object.
			if len(verbs) > 0 && !vgAuxiliaries[s.low(verbs[len(verbs)-1])] {
				goto done
			}
			verbs = append(verbs, j)
			continue
		}
		goto done
	}
done:
	// Trailing adverbs belong after the group.
	for j > i+1 && (s.class(j-1) == cAdv) && (len(verbs) == 0 || j-1 > verbs[len(verbs)-1]) {
		j--
	}
	it.last = j
	if len(verbs) == 0 {
		it.kind = iAdv
		it.head = i
		if it.last <= it.first {
			it.last = it.first + 1
		}
		return it
	}
	main := verbs[len(verbs)-1]
	it.head = main
	mt := s.tag(main)
	first := verbs[0]
	ft := s.tag(first)
	switch {
	case it.toInf:
	case it.modal != "":
		it.finite = true
	case ft == "VBD" || ft == "VBZ" || ft == "VBP":
		it.finite = true
	case ft == "VB" && len(verbs) == 1:
		it.base = true
	case ft == "VBG" && len(verbs) == 1:
		it.gerund = true
	case ft == "VBN" && len(verbs) == 1:
		it.participle = true
	case ft == "VBG" || ft == "VBN":
		// "having signed", "being held": a non-finite group.
		it.gerund = ft == "VBG"
		it.participle = ft == "VBN"
	default:
		it.finite = true
	}
	for k, v := range verbs[:len(verbs)-1] {
		w := s.low(v)
		if (vgBeForms[w] || vgGetForms[w]) && mt == "VBN" && k == len(verbs)-2 {
			it.passive = true
		}
		if vgHaveForms[w] {
			it.perfect = true
		}
	}
	// "been" directly before a participle also makes it passive when
	// other vgAuxiliaries intervene ("has been killed").
	if len(verbs) >= 2 && vgBeForms[s.low(verbs[len(verbs)-2])] && mt == "VBN" {
		it.passive = true
	}
	it.copula = vgBeForms[s.low(main)]
	return it
}

// spacedDash reports whether the hyphen at token j stands between spaces:
// a dash between phrases ("Grenada - Hurricane Ivan"), not a compound.
func (s *sentence) spacedDash(j int) bool {
	t := s.d.Tokens
	return j > 0 && j+1 < len(t) && t[j-1].End < t[j].Start && t[j].End < t[j+1].Start
}

// nounPhrase reads the noun phrase starting at token i: determiners,
// possessives, adjectives, numbers and nouns, with mentions taken whole.
func (s *sentence) nounPhrase(i int) item {
	it := item{kind: iNP, first: i, posEnd: i, head: -1}
	j := i
	for j < s.last {
		// A time expression after other words is a phrase of its own:
		// "told the FT last week", "said Sunday".
		if j > i && s.timeStart(j) && !(it.head < 0 && s.class(j-1) == cDet) {
			// ("a November deadline": a month after a determiner
			// modifies the noun.)
			break
		}
		if s.d.MentionAt != nil && s.d.MentionAt[j] >= 0 {
			end := min(s.d.Mentions[s.d.MentionAt[j]].Last, s.last)
			if j > i && s.class(j-1) == cNoun && s.low(j-1) == s.d.Tokens[j-1].Text &&
				(end < s.last && s.low(end) == "'s" || s.class(j) == cDet) {
				// "denounced as an ugly crime Serbia's suppression",
				// "according to reports the UK is pushing": a possessor
				// or a determiner after a common noun opens the next
				// phrase.
				break
			}
			j = end
			it.head = j - 1
			// "gave Yemen two billion dollars": a number after a name
			// starts the next phrase.
			if j < s.last && s.class(j) == cNum {
				break
			}
			continue
		}
		c := s.class(j)
		switch c {
		case cDet, cAdj, cNum:
			// A determiner after a noun starts a new phrase: "told
			// the minister the plan".
			if c == cDet && it.head >= 0 && s.class(j-1) == cNoun {
				goto done
			}
			j++
			continue
		case cNoun:
			it.head = j
			j++
			continue
		case cPoss:
			// "Turkey 's", "his": what came before is the possessor.
			if s.low(j) == "'s" || s.low(j) == "'" {
				if j == i {
					goto done
				}
			}
			j++
			it.posEnd = j
			it.head = -1
			continue
		case cVerb:
			// Participles and gerunds inside a noun phrase: "the newly
			// signed pact", "the ruling party", "armed groups".
			t := s.tag(j)
			if (t == "VBN" || t == "VBG") && j+1 < s.last && (s.class(j+1) == cNoun || s.class(j+1) == cAdj) && s.modifierSlot(j, i) {
				j++
				continue
			}
		case cConj:
			// Coordinated adjectives inside the phrase: "Russia's
			// unprovoked and unjustified war". Names stay phrases of
			// their own, for the list they make ("Greek and Turkish
			// leaders").
			if (s.low(j) == "and" || s.low(j) == "or") && j > i && j+1 < s.last && s.class(j-1) == cAdj && s.class(j+1) == cAdj &&
				(s.d.MentionAt == nil || s.d.MentionAt[j-1] < 0 && s.d.MentionAt[j+1] < 0) {
				j++
				continue
			}
		case cPunct:
			// Hyphens inside names and compounds ("non -EU").
			if s.low(j) == "-" && it.head >= 0 && j+1 < s.last && s.class(j+1) == cNoun && !s.spacedDash(j) {
				j++
				continue
			}
		}
		break
	}
done:
	it.last = j
	if it.head < 0 {
		// A phrase of determiners or adjectives alone ("the two", "more"):
		// its last word heads it.
		it.head = j - 1
	}
	if it.last <= it.first {
		it.last = it.first + 1
		it.head = it.first
	}
	it.temporal = clauseTimeWords[s.low(it.head)] && !(s.d.MentionAt != nil && s.d.MentionAt[it.head] >= 0)
	return it
}

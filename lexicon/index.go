package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente/entente/text"
)

// Via says how a pattern names its actor.
type Via uint8

// Ways a pattern can name an actor.
const (
	ViaName      Via = iota + 1 // a name or abbreviation of a state, organisation, group or outlet
	ViaAdjective                // an adjective or demonym ("Turkish")
	ViaMetonym                  // a capital or seat of power ("Ankara", "the Kremlin")
	ViaPerson                   // a person's full name or alias
	ViaNothing                  // a name that contains an actor's but is none ("Latin American")
)

func (v Via) String() string {
	switch v {
	case ViaName:
		return "name"
	case ViaAdjective:
		return "adjective"
	case ViaMetonym:
		return "capital"
	case ViaPerson:
		return "person"
	}
	return "unknown"
}

// Pattern is one alias as indexed: the actor it names and how.
type Pattern struct {
	ID     string // actor id or person id
	Via    Via
	Marker byte     // 0, '?' (ambiguous) or '~' (refers back)
	Words  []string // the alias's tokens as written, folded, for case checks
	// From and To bound the dates (YYYY[-MM[-DD]]) on which the alias
	// names the actor ("Juba@2011-07-09.."); empty when unbounded.
	From, To string
}

// ValidOn reports whether the pattern names its actor on date
// (YYYY-MM-DD). An undated text takes every pattern. A partial To date
// covers its whole month or year.
func (p Pattern) ValidOn(date string) bool {
	if date == "" {
		return true
	}
	if p.From != "" && date < p.From {
		return false
	}
	return p.To == "" || date <= p.To || strings.HasPrefix(date, p.To)
}

// splitValidity splits "Juba@2011-07-09.." into the alias and the bounds
// of its validity.
func splitValidity(alias string) (text, from, to string) {
	i := strings.IndexByte(alias, '@')
	if i < 0 {
		return alias, "", ""
	}
	text, span := strings.TrimSpace(alias[:i]), alias[i+1:]
	from, to, _ = strings.Cut(span, "..")
	return text, strings.TrimSpace(from), strings.TrimSpace(to)
}

// Ambiguous reports whether the pattern needs support from its context.
func (p Pattern) Ambiguous() bool { return p.Marker == markAmbiguous }

// Anaphoric reports whether the pattern only refers back to an actor
// already named.
func (p Pattern) Anaphoric() bool { return p.Marker == markAnaphoric }

type node struct {
	next map[string]*node
	pats []Pattern
}

// Index finds aliases in token sequences: a trie over lower-case folded
// tokens, so that matching a document is one pass, longest match first.
type Index struct {
	root node
}

// Lower returns the key a token is looked up by.
func Lower(key string) string {
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(key)
		}
	}
	return key
}

func (ix *Index) add(alias string, p Pattern) {
	alias, p.From, p.To = splitValidity(alias)
	alias, p.Marker = StripMarker(alias)
	toks := text.Tokenize(alias)
	// A leading article is optional in text: "the Kremlin" is indexed as
	// "Kremlin" and the caller extends the mention over "the".
	if len(toks) > 1 && strings.EqualFold(toks[0].Key, "the") {
		toks = toks[1:]
	}
	if len(toks) == 0 {
		return
	}
	p.Words = make([]string, len(toks))
	n := &ix.root
	for i, t := range toks {
		p.Words[i] = t.Key
		k := Lower(t.Key)
		if n.next == nil {
			n.next = make(map[string]*node)
		}
		child := n.next[k]
		if child == nil {
			child = &node{}
			n.next[k] = child
		}
		n = child
	}
	for _, q := range n.pats {
		if q.ID == p.ID && q.Via == p.Via && q.Marker == p.Marker && q.From == p.From && q.To == p.To && equalWords(q.Words, p.Words) {
			return
		}
	}
	n.pats = append(n.pats, p)
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Longest returns the patterns of the longest alias that starts at
// lower[i] and whose case fits the text (keys are the tokens' folded
// forms, lower their lower-case forms), with its length in tokens.
// allCaps says the text is an all-caps headline, where case says nothing.
func (ix *Index) Longest(keys, lower []string, i int, allCaps bool) (int, []Pattern) {
	return ix.LongestOn(keys, lower, i, allCaps, "")
}

// LongestOn is Longest for a text of the given date (YYYY-MM-DD, or ""
// when unknown): only aliases valid on that date match.
func (ix *Index) LongestOn(keys, lower []string, i int, allCaps bool, date string) (int, []Pattern) {
	n := &ix.root
	bestLen := 0
	var best []Pattern
	for j := i; j < len(lower); j++ {
		next := n.next[lower[j]]
		if next == nil {
			break
		}
		n = next
		if len(n.pats) == 0 {
			continue
		}
		var fit []Pattern
		for _, p := range n.pats {
			if CaseFits(p.Words, keys[i:j+1], allCaps) && p.ValidOn(date) {
				fit = append(fit, p)
			}
		}
		if len(fit) > 0 {
			bestLen, best = j-i+1, fit
		}
	}
	return bestLen, best
}

// CaseFits applies the case rules of data/README.md: an alias word in
// capitals (US, EU) matches only capitals; a capitalised one needs a
// capital in the text; a lower-case one matches any case. In an all-caps
// headline only acronyms keep their rule, because "US" there may be "us".
func CaseFits(alias, text []string, allCaps bool) bool {
	for k, a := range alias {
		t := text[k]
		switch {
		case isAllCaps(a) && utf8.RuneCountInString(a) > 1:
			if t != a {
				return false
			}
		case startsUpper(a):
			if !startsUpper(t) && !allCaps && !innerCaps(t) {
				return false
			}
		}
	}
	return true
}

// innerCaps reports whether a word that starts in lower case has a
// capital after its first letter: noisy casing ("iSrael") that hides a
// capitalised name, not an ordinary word.
func innerCaps(s string) bool {
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
		if i == 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// IsAllCaps reports whether a word has letters and none of them is lower
// case.
func IsAllCaps(s string) bool { return isAllCaps(s) }

// buildIndex indexes every alias of every entry and person.
func (lx *Lexicon) buildIndex() {
	ix := &lx.index
	for _, e := range lx.Entries() {
		// A name also listed as ambiguous ("?Jordan") is ambiguous: the
		// name column has no room for the marker.
		name := e.Name
		for _, a := range e.Aliases {
			if text, mark := StripMarker(a); mark != 0 && text == e.Name && !strings.Contains(a, "@") {
				name = a
			}
		}
		ix.add(name, Pattern{ID: e.ID, Via: ViaName})
		for _, a := range e.Aliases {
			ix.add(a, Pattern{ID: e.ID, Via: ViaName})
		}
		for _, a := range e.Adjectives {
			ix.add(a, Pattern{ID: e.ID, Via: ViaAdjective})
		}
		for _, a := range e.Metonyms {
			ix.add(a, Pattern{ID: e.ID, Via: ViaMetonym})
		}
	}
	for _, phrase := range lx.nonActors {
		ix.add(phrase, Pattern{Via: ViaNothing})
	}
	for _, id := range lx.People() {
		for _, o := range lx.offices[id] {
			ix.add(o.Name, Pattern{ID: id, Via: ViaPerson})
			for _, a := range o.Aliases {
				ix.add(a, Pattern{ID: id, Via: ViaPerson})
			}
		}
	}
}

// Index returns the alias index.
func (lx *Lexicon) Index() *Index { return &lx.index }

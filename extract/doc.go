package extract

import (
	"github.com/entente/entente"
	"github.com/entente/entente/text"
)

// Mention is an actor reference found in a document: the unit that event
// coding and quote attribution work with.
type Mention struct {
	First, Last int // token span tokens[First:Last]
	Start, End  int // byte offsets into the normalised text
	Sentence    int // index of the sentence that holds it

	// Actor is the political actor the mention stands for: a state,
	// organisation or group id; for a person, their affiliation at the
	// document's date (empty when unknown); for a media outlet, its id.
	Actor    string
	Kind     entente.ActorKind // the kind of Actor (KindMedia for outlets)
	PersonID string            // set when the mention names a person
	Via      string            // name, adjective, capital, person, surname, role, description
	Sector   string
	Plural   bool // "officials", "the three countries": a group of people or actors
	// Location marks a name used only as a place ("talks in Ankara", "the
	// island of Cyprus"): not an actor there.
	Location bool
}

// IsMedia reports whether the mention is a news outlet, which is never an
// event actor.
func (m Mention) IsMedia() bool { return m.Kind == entente.KindMedia }

// Doc is one document as the extraction stages see it: the normalised text,
// its tokens and sentences, and what earlier stages found.
type Doc struct {
	text.Analysis
	Published string // YYYY-MM-DD, or empty
	// eraFrom and eraTo bound the time of an undated document by what it
	// says: the offices its titled officials held then ("Chancellor
	// Gordon Brown" is of 1997 to 2007). Empty when unknown.
	eraFrom, eraTo string
	// Home is the government that published the document, when its
	// outlet is one ("The White House", "Ministry of Foreign Affairs of
	// Japan"): the owner of unqualified offices such as "the President".
	Home  string
	Lower []string // lower-case folded key of every token
	// Tags holds the part-of-speech tag (PTB) of every token of the
	// sentences that mention an actor or hold a pronoun, once Extract has
	// tagged them; "" elsewhere (and everywhere after Analyze alone).
	Tags []string

	// Mentions are sorted by position; MentionAt maps a token to the
	// mention covering it, or -1.
	Mentions  []Mention
	MentionAt []int

	// Persons found in the document, by person id.
	Persons map[string]*Person
	// Orgs are organisations the lexicon lacks that the document
	// introduces ("Tokyo Electric Power (Tepco)"): id → name.
	Orgs map[string]string
}

// Person is a person named in the document.
type Person struct {
	ID          string
	Name        string
	Affiliation string
	Role        string
	Sector      string
	Surnames    []string // lower-case forms that refer back to the person
	// lexiconRole is set when Role is the lexicon's office, not a title
	// the document gives.
	lexiconRole bool
	// titleRole is the title the document gives a person whose lexicon
	// role stood, for when that role proves of a later time.
	titleRole, titleSector string
	// dated is set when a title the document gives is one of the
	// person's lexicon offices.
	dated bool
}

// SentenceOf returns the sentence index of token i.
func (d *Doc) SentenceOf(i int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.Sentences[mid].Last <= i {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// MentionsIn returns the mentions of sentence s.
func (d *Doc) MentionsIn(s int) []Mention {
	lo, hi := 0, len(d.Mentions)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.Mentions[mid].Sentence < s {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	end := lo
	for end < len(d.Mentions) && d.Mentions[end].Sentence == s {
		end++
	}
	return d.Mentions[lo:end]
}

// Package entente holds the domain types shared by every part of entente:
// documents read from sources, the actors, events and quotes extracted from
// them, and the record written for each document.
//
// The package imports nothing of the project, so that sources (ingest),
// extraction (extract), storage (store) and views (relations, server) can all
// depend on it without depending on one another.
package entente

// Document is one article as read from a source, before extraction.
type Document struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Author    string `json:"author,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD, or empty when unknown
	Lang      string `json:"lang,omitempty"`
	Text      string `json:"text,omitempty"`
	HTML      string `json:"html,omitempty"`

	// Origin says where the document came from ("corpus.jsonl:12",
	// "https://…"), for error messages and provenance; it is not part of
	// the document's identity.
	Origin string `json:"-"`
}

// ActorKind says what sort of actor an Actor is.
type ActorKind string

// Actor kinds, as in DESIGN.md.
const (
	KindState  ActorKind = "state"
	KindIGO    ActorKind = "igo"
	KindGroup  ActorKind = "group"
	KindOrg    ActorKind = "org"
	KindMedia  ActorKind = "media"
	KindPerson ActorKind = "person"
)

// Sectors say which part of an actor acted (PLOVER/ICEWS sectors).
const (
	SectorGovernment  = "GOV"
	SectorMilitary    = "MIL"
	SectorLegislature = "LEG"
	SectorJudiciary   = "JUD"
	SectorOpposition  = "OPP"
	SectorBusiness    = "BUS"
	SectorMedia       = "MED"
	SectorCivilian    = "CVL"
	SectorRebel       = "REB"
	SectorPolice      = "COP"
)

// Mention is one place in a document's normalised text where an actor is
// named or referred to. Start and End are byte offsets.
type Mention struct {
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Via    string `json:"via,omitempty"` // name, adjective, capital, role, surname, pronoun, …
	Sector string `json:"sector,omitempty"`
}

// Actor is a political actor found in a document, with every mention of it.
type Actor struct {
	ID          string    `json:"id"`
	Kind        ActorKind `json:"kind"`
	Name        string    `json:"name"`
	Affiliation string    `json:"affiliation,omitempty"`
	Role        string    `json:"role,omitempty"`
	Sector      string    `json:"sector,omitempty"`
	Mentions    []Mention `json:"mentions"`
}

// Event is one coded PLOVER event with the evidence that supports it.
type Event struct {
	Source        string    `json:"source"`
	Target        string    `json:"target"`
	Type          EventType `json:"type"`
	Mode          string    `json:"mode,omitempty"`
	CAMEO         string    `json:"cameo"`
	Quad          int       `json:"quad"`
	Score         float64   `json:"score"`
	Negated       bool      `json:"negated"`
	Hypothetical  bool      `json:"hypothetical"`
	SourceMention string    `json:"source_mention"`
	TargetMention string    `json:"target_mention"`
	SourceSector  string    `json:"source_sector,omitempty"`
	TargetSector  string    `json:"target_sector,omitempty"`
	Trigger       string    `json:"trigger"`
	Date          string    `json:"date,omitempty"`
	Sentence      string    `json:"sentence"`
	Start         int       `json:"start"`
	End           int       `json:"end"`
	Confidence    float64   `json:"confidence"`
}

// Factual reports whether the event happened as stated: neither negated
// nor hypothetical. Relations and counts use factual events only.
func (e Event) Factual() bool { return !e.Negated && !e.Hypothetical }

// Quote kinds.
const (
	QuoteDirect   = "direct"
	QuoteIndirect = "indirect"
)

// Quote is a span of reported speech tied to its speaker.
type Quote struct {
	Speaker      string `json:"speaker"`
	SpeakerActor string `json:"speaker_actor,omitempty"`
	Anonymous    bool   `json:"anonymous"`
	Kind         string `json:"kind"`
	Verb         string `json:"verb,omitempty"`
	Text         string `json:"text"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
}

// Sourcing summarises how a document is sourced.
type Sourcing struct {
	Named     int      `json:"named"`
	Anonymous int      `json:"anonymous"`
	Media     []string `json:"media"`
}

// DocInfo is the document part of an extraction record.
type DocInfo struct {
	ID          string `json:"id"`
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Outlet      string `json:"outlet,omitempty"`
	Author      string `json:"author,omitempty"`
	Published   string `json:"published,omitempty"`
	Lang        string `json:"lang,omitempty"`
	DuplicateOf string `json:"duplicate_of,omitempty"`
	// Text is the normalised text all offsets refer to; written only when
	// asked for (extract --with-text).
	Text string `json:"text,omitempty"`
}

// Extraction is everything entente extracts from one document: the record
// `entente extract` writes.
type Extraction struct {
	Doc      DocInfo   `json:"doc"`
	Actors   []Actor   `json:"actors"`
	Events   []Event   `json:"events"`
	Quotes   []Quote   `json:"quotes"`
	Sourcing *Sourcing `json:"sourcing,omitempty"`
}

// Extractor turns one document into its extraction. Implementations are
// pure and safe for concurrent use: the same document always gives the same
// extraction. An error means the document itself is unusable (invalid
// UTF-8, binary content, too large); it names the problem, and the caller
// adds where the document came from.
type Extractor interface {
	Extract(doc Document) (Extraction, error)
}

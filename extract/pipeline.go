// Package extract turns a document into an extraction: its actors, the
// PLOVER events between them with the sentences that prove them, and its
// quotes with their speakers. Extraction is pure: no I/O, the same output
// for the same document, safe for concurrent use.
package extract

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/entente/entente"
	"github.com/entente/entente/lexicon"
	"github.com/entente/entente/text"
	"github.com/entente/entente/text/postag"
)

// MaxTextBytes is the largest document text extracted; longer texts are
// not news articles.
const MaxTextBytes = 10 << 20

// Errors for unusable documents.
var (
	ErrEmpty    = errors.New("empty document")
	ErrBinary   = errors.New("binary content")
	ErrTooLarge = errors.New("document too large")
	ErrEncoding = errors.New("invalid UTF-8")
)

// Pipeline is entente's extractor. Build one with New and share it.
type Pipeline struct {
	lex    *lexicon.Lexicon
	norm   *text.Normalizer
	tagger *postag.Tagger
	actors *actorFinder
	stages []stage
}

// stage is one step after actor recognition (events, quotes): it reads
// the document and adds to the extraction.
type stage interface {
	run(d *Doc, x *entente.Extraction)
}

// New loads the embedded lexicons and returns a ready pipeline.
func New() (*Pipeline, error) {
	lex, err := lexicon.Load()
	if err != nil {
		return nil, fmt.Errorf("extract: loading lexicon: %w", err)
	}
	return NewWithLexicon(lex)
}

// NewWithLexicon returns a pipeline over the given lexicon.
func NewWithLexicon(lex *lexicon.Lexicon) (*Pipeline, error) {
	tagger, err := postag.Load()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	words := text.EnglishWords()
	p := &Pipeline{
		tagger: tagger,
		lex:    lex,
		norm:   text.NewNormalizer(words, lex.NameWords()),
		actors: newActorFinder(lex, words),
	}
	p.stages = append(p.stages, newEventCoder(lex, tagger))
	p.stages = append(p.stages, quoteStage{})
	return p, nil
}

// Check reports why a text cannot be extracted, or nil.
func Check(s string) error {
	if len(s) > MaxTextBytes {
		return fmt.Errorf("%w: %d bytes exceeds the %d MB limit", ErrTooLarge, len(s), MaxTextBytes>>20)
	}
	if i := strings.IndexByte(s, 0); i >= 0 {
		return fmt.Errorf("%w (NUL at byte %d)", ErrBinary, i)
	}
	if !utf8.ValidString(s) {
		i := 0
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		return fmt.Errorf("%w at byte %d", ErrEncoding, i)
	}
	if len(bytes.TrimSpace([]byte(s))) == 0 {
		return ErrEmpty
	}
	return nil
}

// Analyze runs the text and actor stages and returns the document as the
// later stages see it, without part-of-speech tags (Extract adds them
// where events can be).
func (p *Pipeline) Analyze(doc entente.Document) (*Doc, error) {
	if err := Check(doc.Text); err != nil {
		return nil, err
	}
	d := &Doc{Analysis: p.norm.Analyze(doc.Text), Published: publishedDate(doc.Published),
		Home: p.actors.governmentOutlet(doc.Outlet)}
	d.Lower = make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		d.Lower[i] = lexicon.Lower(t.Key)
	}
	d.Tags = make([]string, len(d.Tokens))
	p.actors.find(d, p.actors.candidates(d))
	return d, nil
}

// tagEventSentences tags the sentences that can hold an event or a quote:
// those that mention an actor or hold a pronoun that may stand for one.
// Tagging is the costliest step of extraction, and most sentences of a
// news corpus name no actor.
func (p *Pipeline) tagEventSentences(d *Doc) {
	next := 0
	for k, s := range d.Sentences {
		has := false
		for next < len(d.Mentions) && d.Mentions[next].Sentence <= k {
			has = has || d.Mentions[next].Sentence == k
			next++
		}
		if has || hasPronoun(d, s) {
			p.tag(d, k)
		}
	}
}

// tag fills the part-of-speech tags of sentence k.
func (p *Pipeline) tag(d *Doc, k int) {
	s := d.Sentences[k]
	words := make([]string, s.Last-s.First)
	for i := range words {
		words[i] = d.Tokens[s.First+i].Text
	}
	p.tagger.Tag(words, d.Tags[s.First:s.First])
}

// hasPronoun reports whether a sentence holds a personal pronoun that may
// stand for an actor named before.
func hasPronoun(d *Doc, s text.Sentence) bool {
	for i := s.First; i < s.Last; i++ {
		switch d.Lower[i] {
		case "he", "she", "they", "it", "we", "his", "her", "their", "its", "them", "him":
			return true
		}
	}
	return false
}

// Extract implements entente.Extractor.
func (p *Pipeline) Extract(doc entente.Document) (entente.Extraction, error) {
	d, err := p.Analyze(doc)
	if err != nil {
		return entente.Extraction{}, err
	}
	p.tagEventSentences(d)
	x := entente.Extraction{
		Doc: entente.DocInfo{ID: doc.ID, URL: doc.URL, Title: doc.Title, Outlet: doc.Outlet,
			Author: doc.Author, Published: d.Published, Lang: docLang(doc)},
		Actors: p.actorList(d),
		Events: []entente.Event{},
		Quotes: []entente.Quote{},
	}
	for _, s := range p.stages {
		s.run(d, &x)
	}
	x.Doc.Text = d.Text
	return x, nil
}

func docLang(doc entente.Document) string {
	if doc.Lang != "" {
		return doc.Lang
	}
	return "en"
}

// publishedDate reads the date part of a publication timestamp.
func publishedDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if _, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return s[:10]
		}
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC3339, "January 2, 2006", "2 January 2006", "Jan 2, 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// actorList builds the record's actors from the mentions, in order of
// first mention.
func (p *Pipeline) actorList(d *Doc) []entente.Actor {
	out := []entente.Actor{}
	at := map[string]int{}
	addMention := func(id string, mk func() entente.Actor, m Mention) {
		k, ok := at[id]
		if !ok {
			out = append(out, mk())
			k = len(out) - 1
			at[id] = k
		}
		via := m.Via
		if m.Location {
			via = "location"
		}
		out[k].Mentions = append(out[k].Mentions, entente.Mention{
			Text: d.Text[m.Start:m.End], Start: m.Start, End: m.End, Via: via, Sector: m.Sector})
	}
	for _, m := range d.Mentions {
		if m.PersonID != "" {
			per := d.Persons[m.PersonID]
			addMention(m.PersonID, func() entente.Actor {
				return entente.Actor{ID: per.ID, Kind: entente.KindPerson, Name: per.Name,
					Affiliation: per.Affiliation, Role: per.Role, Sector: per.Sector}
			}, m)
			continue
		}
		if m.Actor == "" {
			continue
		}
		if name, ok := d.Orgs[m.Actor]; ok {
			addMention(m.Actor, func() entente.Actor {
				return entente.Actor{ID: m.Actor, Kind: entente.KindOrg, Name: name}
			}, m)
			continue
		}
		e, ok := p.lex.Entry(m.Actor)
		if !ok {
			continue
		}
		addMention(m.Actor, func() entente.Actor {
			return entente.Actor{ID: e.ID, Kind: e.Kind, Name: e.Name}
		}, m)
	}
	// An actor named only as a place is not an actor of the document.
	kept := out[:0]
	for _, a := range out {
		for _, m := range a.Mentions {
			if m.Via != "location" {
				kept = append(kept, a)
				break
			}
		}
	}
	out = kept
	// A person's details may have been completed after their first
	// mention.
	for i := range out {
		if per, ok := d.Persons[out[i].ID]; ok {
			out[i].Name, out[i].Affiliation, out[i].Role, out[i].Sector = per.Name, per.Affiliation, per.Role, per.Sector
		}
	}
	return out
}

func foldKey(s string) string { return text.Fold(s) }

// Package lexicon loads entente's curated data — states, organisations,
// armed groups, media, officials with their dated offices, role phrases and
// head nouns — and indexes it for matching.
//
// The data are readable TSV files in data/, embedded into the binary; their
// format is described in data/README.md.
package lexicon

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/entente/entente"
	"github.com/entente/entente/text"
)

//go:embed data
var embedded embed.FS

// Alias markers, as written at the start of an alias in the data files.
const (
	markAmbiguous = '?'
	markAnaphoric = '~'
)

// Entry is a state, organisation, group or media outlet.
type Entry struct {
	ID         string
	Kind       entente.ActorKind
	Name       string
	Aliases    []string // as written, with markers
	Adjectives []string
	Metonyms   []string
	Source     string
}

// Office is one office held by a person for a span of time.
type Office struct {
	PersonID    string
	Name        string
	Aliases     []string
	Affiliation string
	Role        string
	Sector      string
	Start, End  string // YYYY[-MM[-DD]]; End empty while in office
	Source      string
}

// HeldOn reports whether the office was held on date (YYYY-MM-DD).
// Partial dates cover their whole month or year.
func (o Office) HeldOn(date string) bool {
	if date == "" {
		return o.End == ""
	}
	if o.Start != "" && date < o.Start {
		return false
	}
	if o.End != "" && date > o.End && !strings.HasPrefix(date, o.End) {
		return false
	}
	return true
}

// Role is a role phrase ("foreign minister") with the office it names.
type Role struct {
	Phrase string
	Role   string
	Sector string
}

// Lexicon is the loaded data. It is immutable after Load and safe for
// concurrent use.
type Lexicon struct {
	entries map[string]*Entry
	offices map[string][]Office // by person id, in file order
	roles   []Role
	heads   map[string]string // head noun → sector
	// localHeads are the head nouns that stand for the actor of the
	// place they are in ("police in Harare").
	localHeads map[string]bool
	// nonActors are names that contain an actor's but are not one.
	nonActors []string
	index     Index
}

var actorFiles = []struct {
	name string
	kind entente.ActorKind
}{
	{"states.tsv", entente.KindState},
	{"igos.tsv", entente.KindIGO},
	{"groups.tsv", entente.KindGroup},
	{"orgs.tsv", entente.KindOrg},
	{"media.tsv", entente.KindMedia},
}

// Load reads the embedded data.
func Load() (*Lexicon, error) {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	return Parse(sub)
}

// Parse reads lexicon data from fsys, which holds the files of data/.
// Files other than officials*.tsv that are missing are an error only for
// states.tsv; the rest may be absent in a reduced lexicon.
func Parse(fsys fs.FS) (*Lexicon, error) {
	lx := &Lexicon{
		entries: make(map[string]*Entry, 600),
		offices: make(map[string][]Office, 1500),
		heads:   make(map[string]string, 128),

		localHeads: make(map[string]bool, 64),
	}
	for _, af := range actorFiles {
		recs, err := readTSV(fsys, af.name, "id", "name", "source")
		if err != nil {
			if af.name != "states.tsv" && isNotExist(err) {
				continue
			}
			return nil, err
		}
		for _, r := range recs {
			id := r.get("id")
			if prev, dup := lx.entries[id]; dup {
				return nil, r.errorf("id %s already defined (kind %s)", id, prev.Kind)
			}
			lx.entries[id] = &Entry{
				ID: id, Kind: af.kind, Name: r.get("name"),
				Aliases: r.list("aliases"), Adjectives: r.list("adjectives"), Metonyms: r.list("metonyms"),
				Source: r.get("source"),
			}
		}
	}
	officialFiles, err := fs.Glob(fsys, "officials*.tsv")
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	sort.Strings(officialFiles)
	for _, name := range officialFiles {
		recs, err := readTSV(fsys, name, "id", "name", "affiliation", "role", "source")
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			o := Office{
				PersonID: r.get("id"), Name: r.get("name"), Aliases: r.list("aliases"),
				Affiliation: r.get("affiliation"), Role: r.get("role"), Sector: r.get("sector"),
				Start: r.get("start"), End: r.get("end"), Source: r.get("source"),
			}
			if !strings.HasPrefix(o.PersonID, "person:") {
				return nil, r.errorf("person id %q lacks the person: prefix", o.PersonID)
			}
			if hasOffice(lx.offices[o.PersonID], o) {
				continue // the same office listed in two files
			}
			lx.offices[o.PersonID] = append(lx.offices[o.PersonID], o)
		}
	}
	if recs, err := readTSV(fsys, "roles.tsv", "phrase", "role"); err == nil {
		for _, r := range recs {
			phrase := strings.ToLower(r.get("phrase"))
			lx.roles = append(lx.roles, Role{Phrase: phrase, Role: r.get("role"), Sector: r.get("sector")})
		}
	} else if !isNotExist(err) {
		return nil, err
	}
	if recs, err := readTSV(fsys, "heads.tsv", "word"); err == nil {
		for _, r := range recs {
			w := strings.ToLower(r.get("word"))
			lx.heads[w] = r.get("sector")
			switch r.get("local") {
			case "yes":
				lx.localHeads[w] = true
			case "":
			default:
				return nil, r.errorf("local is %q, want yes or empty", r.get("local"))
			}
		}
	} else if !isNotExist(err) {
		return nil, err
	}
	if recs, err := readTSV(fsys, "nonactors.tsv", "phrase"); err == nil {
		for _, r := range recs {
			lx.nonActors = append(lx.nonActors, r.get("phrase"))
		}
	} else if !isNotExist(err) {
		return nil, err
	}
	lx.buildIndex()
	return lx, nil
}

func hasOffice(offices []Office, o Office) bool {
	for _, x := range offices {
		if x.Affiliation == o.Affiliation && x.Role == o.Role && x.Start == o.Start {
			return true
		}
	}
	return false
}

func isNotExist(err error) bool {
	return err != nil && strings.Contains(err.Error(), fs.ErrNotExist.Error())
}

// NameWords returns the lower-case words of every name, alias and
// metonym of every actor and person: words that text repair must leave
// whole.
func (lx *Lexicon) NameWords() map[string]bool {
	out := make(map[string]bool, 8192)
	add := func(name string) {
		name, _ = StripMarker(name)
		for _, w := range strings.Fields(name) {
			out[strings.ToLower(text.Fold(w))] = true
		}
	}
	for _, e := range lx.entries {
		add(e.Name)
		for _, list := range [][]string{e.Aliases, e.Adjectives, e.Metonyms} {
			for _, a := range list {
				add(a)
			}
		}
	}
	for _, offices := range lx.offices {
		for _, o := range offices {
			add(o.Name)
			for _, a := range o.Aliases {
				add(a)
			}
		}
	}
	return out
}

// Entry returns the actor with the given id.
func (lx *Lexicon) Entry(id string) (*Entry, bool) {
	e, ok := lx.entries[id]
	return e, ok
}

// Entries returns every actor entry, ordered by id.
func (lx *Lexicon) Entries() []*Entry {
	out := make([]*Entry, 0, len(lx.entries))
	for _, e := range lx.entries {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Offices returns the offices a person held, in file order.
func (lx *Lexicon) Offices(personID string) []Office { return lx.offices[personID] }

// People returns the ids of every person in the lexicon, ordered.
func (lx *Lexicon) People() []string {
	out := make([]string, 0, len(lx.offices))
	for id := range lx.offices {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// OfficeOn returns the office a person held on date, preferring the most
// recent one that covers it, else the last one they held before it.
func (lx *Lexicon) OfficeOn(personID, date string) (Office, bool) {
	offices := lx.offices[personID]
	var best Office
	found := false
	for _, o := range offices {
		if o.HeldOn(date) {
			if !found || o.Start > best.Start {
				best, found = o, true
			}
		}
	}
	if found {
		return best, true
	}
	for _, o := range offices {
		if date == "" || o.Start <= date {
			if !found || o.Start > best.Start {
				best, found = o, true
			}
		}
	}
	if !found && len(offices) > 0 {
		return offices[0], true
	}
	return best, found
}

// Holders returns who held the given role for affiliation on date.
func (lx *Lexicon) Holders(affiliation, role, date string) []Office {
	// Walk the map rather than People(), which sorts every id: this runs
	// for every role named without a name. The result is ordered by id.
	var out []Office
	for _, offices := range lx.offices {
		for _, o := range offices {
			if o.Affiliation == affiliation && strings.EqualFold(o.Role, role) && o.HeldOn(date) {
				out = append(out, o)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].PersonID < out[j].PersonID })
	return out
}

// Roles returns the role phrases.
func (lx *Lexicon) Roles() []Role { return lx.roles }

// HeadSector returns the sector a head noun implies and whether the word
// is a political head noun at all.
func (lx *Lexicon) HeadSector(word string) (string, bool) {
	word = strings.ToLower(word)
	if s, ok := lx.heads[word]; ok {
		return s, true
	}
	// Plurals: "diplomats", "authorities", "ministries".
	if strings.HasSuffix(word, "ies") {
		if s, ok := lx.heads[strings.TrimSuffix(word, "ies")+"y"]; ok {
			return s, true
		}
	}
	if strings.HasSuffix(word, "s") && !strings.HasSuffix(word, "ss") {
		s, ok := lx.heads[strings.TrimSuffix(word, "s")]
		return s, ok
	}
	return "", false
}

// LocalHead returns the sector of a head noun that stands for the actor
// of the place it is said to be in ("police in Harare", "a court in
// Guyana"), and whether it is one.
func (lx *Lexicon) LocalHead(word string) (string, bool) {
	word = strings.ToLower(word)
	for _, w := range [...]string{word, strings.TrimSuffix(word, "ies") + "y", strings.TrimSuffix(word, "s")} {
		if lx.localHeads[w] {
			return lx.heads[w], true
		}
	}
	return "", false
}

// Heads returns every head noun, lower case.
func (lx *Lexicon) Heads() []string {
	out := make([]string, 0, len(lx.heads))
	for w := range lx.heads {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// StripMarker splits an alias into its text and its marker (0, '?' or '~'),
// leaving out the dates of its validity ("Juba@2011-07-09..").
func StripMarker(alias string) (string, byte) {
	alias, _, _ = splitValidity(alias)
	if alias != "" && (alias[0] == markAmbiguous || alias[0] == markAnaphoric) {
		return strings.TrimSpace(alias[1:]), alias[0]
	}
	return alias, 0
}

// Slug makes the person id slug of a full name: lower case ASCII words
// joined by hyphens.
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range foldName(name) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r - 'A' + 'a')
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func foldName(s string) string { return text.Fold(s) }

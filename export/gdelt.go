// Package export writes events in the formats other tools read: JSONL and
// CSV for pandas, R or a spreadsheet, and GDELT 2.0 event rows (61
// tab-separated columns, no header) for pipelines built on GDELT,
// BigQuery or ClickHouse.
package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/entente/entente"
)

// GDELTColumns are the 61 columns of a GDELT 2.0 event row, in order.
var GDELTColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// GDELTActor is what a GDELT row says of one side of an event.
type GDELTActor struct {
	ID   string
	Name string
	Kind entente.ActorKind
}

// GDELTEvent is one event with what its row needs beyond the event.
type GDELTEvent struct {
	ID        int64 // GLOBALEVENTID
	Event     entente.Event
	Source    GDELTActor
	Target    GDELTActor
	Published string    // the document's date, when the event has none
	Added     time.Time // DATEADDED; zero means the event's date at midnight
	URL       string    // SOURCEURL; the document id when there is no URL
}

// leadBytes is how far into a document an event counts as a root event:
// GDELT's IsRootEvent marks events of the lead paragraph.
const leadBytes = 500

// GDELTRow renders one event as the 61 fields of a GDELT 2.0 event row.
//
// PLOVER events map back to CAMEO through their CAMEO code: a two-digit
// root becomes its generic three-digit code ("04" → "040"), and QuadClass
// and GoldsteinScale are CAMEO's for that code, as GDELT's are, not
// PLOVER's quad and score. Actor codes are entente's ids (ISO3 for
// states, as CAMEO's country codes mostly are) followed by the CAMEO
// sector where one is known (TURGOV). Geography, tone and mention counts
// beyond the one article are not known and left empty or at one.
func GDELTRow(g GDELTEvent) []string {
	e := g.Event
	row := make([]string, len(GDELTColumns))
	row[0] = strconv.FormatInt(g.ID, 10)
	date := e.Date
	if _, ok := entente.ParseDay(date); !ok {
		date = g.Published
	}
	if t, ok := entente.ParseDay(date); ok {
		row[1] = t.Format("20060102")
		row[2] = t.Format("200601")
		row[3] = t.Format("2006")
		row[4] = fmt.Sprintf("%.4f", float64(t.Year())+float64(int(t.Month())*30+t.Day())/365)
		if g.Added.IsZero() {
			row[59] = t.Format("20060102") + "000000"
		}
	}
	if !g.Added.IsZero() {
		row[59] = g.Added.UTC().Format("20060102150405")
	}
	actorFields(row[5:15], g.Source, e.SourceSector)
	actorFields(row[15:25], g.Target, e.TargetSector)
	if e.Start < leadBytes {
		row[25] = "1"
	} else {
		row[25] = "0"
	}
	code := cameoCode(e)
	if code != "" {
		row[26] = code
		row[27] = code[:3]
		row[28] = code[:2]
		row[29] = strconv.Itoa(cameoQuad(code[:2]))
		if gs, ok := goldstein[code]; ok {
			row[30] = strconv.FormatFloat(gs, 'f', 1, 64)
		} else if gs, ok := goldstein[code[:3]]; ok {
			row[30] = strconv.FormatFloat(gs, 'f', 1, 64)
		}
	}
	row[31], row[32], row[33] = "1", "1", "1"
	// Geo types 0: no location resolved, for each of the three places.
	row[35], row[43], row[51] = "0", "0", "0"
	row[60] = clean(g.URL)
	return row
}

// actorFields fills the ten actor columns of one side.
func actorFields(f []string, a GDELTActor, sector string) {
	if a.ID == "" {
		return
	}
	f[0] = clean(a.ID + cameoSector(sector))
	name := a.Name
	if name == "" {
		name = a.ID
	}
	f[1] = clean(strings.ToUpper(name))
	switch a.Kind {
	case entente.KindState:
		f[2] = clean(a.ID)
	case entente.KindIGO, entente.KindGroup, entente.KindOrg:
		f[3] = clean(a.ID)
	}
	f[7] = cameoSector(sector)
}

// cameoSector returns the CAMEO type code of an entente sector; they are
// CAMEO's own three-letter codes.
func cameoSector(s string) string {
	if len(s) == 3 {
		return strings.ToUpper(s)
	}
	return ""
}

// cameoCode returns the event's CAMEO code at three digits or more.
func cameoCode(e entente.Event) string {
	c := e.CAMEO
	if c == "" {
		if info, ok := e.Type.Info(); ok {
			c = info.CAMEO
		}
	}
	for _, r := range c {
		if r < '0' || r > '9' {
			return ""
		}
	}
	switch len(c) {
	case 0, 1:
		return ""
	case 2:
		return c + "0"
	}
	return c
}

// cameoQuad is GDELT's QuadClass of a CAMEO root.
func cameoQuad(root string) int {
	n, _ := strconv.Atoi(root)
	switch {
	case n <= 5:
		return entente.VerbalCooperation
	case n <= 9:
		return entente.MaterialCooperation
	case n <= 14:
		return entente.VerbalConflict
	}
	return entente.MaterialConflict
}

// clean keeps a field on its line and in its column.
func clean(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") {
		return s
	}
	return strings.NewReplacer("\t", " ", "\r", " ", "\n", " ").Replace(s)
}

// GDELTWriter writes GDELT rows, tab-separated, one per line, without a
// header, as GDELT's own files are.
type GDELTWriter struct {
	w    *bufio.Writer
	next int64
}

// NewGDELTWriter writes to w; call Flush at the end.
func NewGDELTWriter(w io.Writer) *GDELTWriter {
	return &GDELTWriter{w: bufio.NewWriterSize(w, 1<<16), next: 1}
}

// Write writes one row.
func (g *GDELTWriter) Write(ev GDELTEvent) error {
	_, err := g.w.WriteString(strings.Join(GDELTRow(ev), "\t") + "\n")
	return err
}

// WriteExtraction writes a row for each event of one extraction (what
// `entente extract --out gdelt` prints), numbering events from 1 across
// the writer's life. Actor names and kinds come from the extraction's
// actors.
func (g *GDELTWriter) WriteExtraction(x entente.Extraction) error {
	actors := make(map[string]entente.Actor, len(x.Actors))
	for _, a := range x.Actors {
		actors[a.ID] = a
	}
	side := func(id string) GDELTActor {
		a := actors[id]
		return GDELTActor{ID: id, Name: a.Name, Kind: a.Kind}
	}
	url := x.Doc.URL
	if url == "" {
		url = x.Doc.ID
	}
	for _, e := range x.Events {
		ev := GDELTEvent{ID: g.next, Event: e, Source: side(e.Source), Target: side(e.Target),
			Published: x.Doc.Published, URL: url}
		g.next++
		if err := g.Write(ev); err != nil {
			return err
		}
	}
	return nil
}

// Flush writes out what is buffered.
func (g *GDELTWriter) Flush() error { return g.w.Flush() }

package export

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/entente/entente"
)

// EventRow is one stored event flattened for tables: the same fields in
// JSONL and CSV, so that either loads into a data frame as it is.
type EventRow struct {
	ID            int64   `json:"id"`
	Date          string  `json:"date"`
	Source        string  `json:"source"`
	SourceName    string  `json:"source_name"`
	Target        string  `json:"target"`
	TargetName    string  `json:"target_name"`
	Type          string  `json:"type"`
	Mode          string  `json:"mode"`
	Quad          int     `json:"quad"`
	Score         float64 `json:"score"`
	CAMEO         string  `json:"cameo"`
	Negated       bool    `json:"negated"`
	Hypothetical  bool    `json:"hypothetical"`
	SourceMention string  `json:"source_mention"`
	TargetMention string  `json:"target_mention"`
	SourceSector  string  `json:"source_sector"`
	TargetSector  string  `json:"target_sector"`
	Trigger       string  `json:"trigger"`
	Sentence      string  `json:"sentence"`
	Start         int     `json:"start"`
	End           int     `json:"end"`
	Confidence    float64 `json:"confidence"`
	DocID         string  `json:"doc_id"`
	URL           string  `json:"url"`
	Title         string  `json:"title"`
	Outlet        string  `json:"outlet"`
	Published     string  `json:"published"`
	DuplicateOf   string  `json:"duplicate_of"`
}

// EventRowOf flattens a stored event.
func EventRowOf(se entente.StoredEvent) EventRow {
	e := se.Event
	return EventRow{
		ID: se.ID, Date: se.Day, Source: e.Source, SourceName: se.SourceName, Target: e.Target, TargetName: se.TargetName,
		Type: string(e.Type), Mode: e.Mode, Quad: e.Quad, Score: e.Score, CAMEO: e.CAMEO,
		Negated: e.Negated, Hypothetical: e.Hypothetical,
		SourceMention: e.SourceMention, TargetMention: e.TargetMention,
		SourceSector: e.SourceSector, TargetSector: e.TargetSector, Trigger: e.Trigger,
		Sentence: e.Sentence, Start: e.Start, End: e.End, Confidence: e.Confidence,
		DocID: se.DocID, URL: se.URL, Title: se.Title, Outlet: se.Outlet, Published: se.Published,
		DuplicateOf: se.DuplicateOf,
	}
}

// EventColumns is the CSV header of EventRow.
var EventColumns = []string{"id", "date", "source", "source_name", "target", "target_name", "type", "mode",
	"quad", "score", "cameo", "negated", "hypothetical", "source_mention", "target_mention", "source_sector",
	"target_sector", "trigger", "sentence", "start", "end", "confidence", "doc_id", "url", "title", "outlet",
	"published", "duplicate_of"}

func (r EventRow) fields() []string {
	return []string{strconv.FormatInt(r.ID, 10), r.Date, r.Source, r.SourceName, r.Target, r.TargetName, r.Type,
		r.Mode, strconv.Itoa(r.Quad), ftoa(r.Score), r.CAMEO, strconv.FormatBool(r.Negated),
		strconv.FormatBool(r.Hypothetical), r.SourceMention, r.TargetMention, r.SourceSector, r.TargetSector,
		r.Trigger, r.Sentence, strconv.Itoa(r.Start), strconv.Itoa(r.End), ftoa(r.Confidence), r.DocID, r.URL,
		r.Title, r.Outlet, r.Published, r.DuplicateOf}
}

// QuoteRow is one stored quote flattened for tables.
type QuoteRow struct {
	ID           int64  `json:"id"`
	Date         string `json:"date"`
	Speaker      string `json:"speaker"`
	SpeakerActor string `json:"speaker_actor"`
	Anonymous    bool   `json:"anonymous"`
	Kind         string `json:"kind"`
	Verb         string `json:"verb"`
	Text         string `json:"text"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
	DocID        string `json:"doc_id"`
	URL          string `json:"url"`
	Title        string `json:"title"`
	Outlet       string `json:"outlet"`
	Published    string `json:"published"`
}

// QuoteRowOf flattens a stored quote.
func QuoteRowOf(sq entente.StoredQuote) QuoteRow {
	q := sq.Quote
	return QuoteRow{ID: sq.ID, Date: sq.Day, Speaker: q.Speaker, SpeakerActor: q.SpeakerActor, Anonymous: q.Anonymous,
		Kind: q.Kind, Verb: q.Verb, Text: q.Text, Start: q.Start, End: q.End,
		DocID: sq.DocID, URL: sq.URL, Title: sq.Title, Outlet: sq.Outlet, Published: sq.Published}
}

// QuoteColumns is the CSV header of QuoteRow.
var QuoteColumns = []string{"id", "date", "speaker", "speaker_actor", "anonymous", "kind", "verb", "text",
	"start", "end", "doc_id", "url", "title", "outlet", "published"}

func (r QuoteRow) fields() []string {
	return []string{strconv.FormatInt(r.ID, 10), r.Date, r.Speaker, r.SpeakerActor, strconv.FormatBool(r.Anonymous),
		r.Kind, r.Verb, r.Text, strconv.Itoa(r.Start), strconv.Itoa(r.End), r.DocID, r.URL, r.Title, r.Outlet,
		r.Published}
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// Format is an export format.
type Format string

// Export formats.
const (
	JSONL Format = "jsonl"
	CSV   Format = "csv"
	GDELT Format = "gdelt"
)

// ParseFormat reads a format name.
func ParseFormat(s string) (Format, error) {
	switch f := Format(s); f {
	case JSONL, CSV, GDELT:
		return f, nil
	}
	return "", fmt.Errorf("unknown export format %q (want jsonl, csv or gdelt)", s)
}

// EventWriter writes stored events in one format.
type EventWriter struct {
	format Format
	buf    *bufio.Writer
	csv    *csv.Writer
	json   *json.Encoder
	gdelt  *GDELTWriter
}

// NewEventWriter starts writing events to w; CSV begins with its header.
// Call Flush at the end.
func NewEventWriter(w io.Writer, f Format) (*EventWriter, error) {
	ew := &EventWriter{format: f}
	switch f {
	case JSONL:
		ew.buf = bufio.NewWriterSize(w, 1<<16)
		ew.json = json.NewEncoder(ew.buf)
		ew.json.SetEscapeHTML(false)
	case CSV:
		ew.csv = csv.NewWriter(w)
		if err := ew.csv.Write(EventColumns); err != nil {
			return nil, err
		}
	case GDELT:
		ew.gdelt = NewGDELTWriter(w)
	default:
		return nil, fmt.Errorf("unknown export format %q", f)
	}
	return ew, nil
}

// Write writes one event.
func (ew *EventWriter) Write(se entente.StoredEvent) error {
	switch ew.format {
	case JSONL:
		return ew.json.Encode(EventRowOf(se))
	case CSV:
		return ew.csv.Write(EventRowOf(se).fields())
	}
	url := se.URL
	if url == "" {
		url = se.DocID
	}
	return ew.gdelt.Write(GDELTEvent{
		ID:        se.ID,
		Event:     se.Event,
		Source:    GDELTActor{ID: se.Event.Source, Name: se.SourceName, Kind: se.SourceKind},
		Target:    GDELTActor{ID: se.Event.Target, Name: se.TargetName, Kind: se.TargetKind},
		Published: se.Published,
		Added:     se.IngestedAt,
		URL:       url,
	})
}

// Flush writes out what is buffered and reports any write error.
func (ew *EventWriter) Flush() error {
	switch ew.format {
	case JSONL:
		return ew.buf.Flush()
	case CSV:
		ew.csv.Flush()
		return ew.csv.Error()
	}
	return ew.gdelt.Flush()
}

// QuoteWriter writes stored quotes as JSONL or CSV.
type QuoteWriter struct {
	format Format
	buf    *bufio.Writer
	csv    *csv.Writer
	json   *json.Encoder
}

// NewQuoteWriter starts writing quotes to w.
func NewQuoteWriter(w io.Writer, f Format) (*QuoteWriter, error) {
	qw := &QuoteWriter{format: f}
	switch f {
	case JSONL:
		qw.buf = bufio.NewWriterSize(w, 1<<16)
		qw.json = json.NewEncoder(qw.buf)
		qw.json.SetEscapeHTML(false)
	case CSV:
		qw.csv = csv.NewWriter(w)
		if err := qw.csv.Write(QuoteColumns); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("quotes export as %q: want jsonl or csv", f)
	}
	return qw, nil
}

// Write writes one quote.
func (qw *QuoteWriter) Write(sq entente.StoredQuote) error {
	if qw.format == JSONL {
		return qw.json.Encode(QuoteRowOf(sq))
	}
	return qw.csv.Write(QuoteRowOf(sq).fields())
}

// Flush writes out what is buffered.
func (qw *QuoteWriter) Flush() error {
	if qw.format == JSONL {
		return qw.buf.Flush()
	}
	qw.csv.Flush()
	return qw.csv.Error()
}

package entente

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// Store keeps documents with their extractions and answers the analyst's
// questions over them. Implementations (store/sqlite, later PostgreSQL)
// are safe for concurrent use by the goroutines of one process.
//
// Writes are idempotent: a document is identified by its id, and storing
// an id that is already stored adds nothing, so an interrupted ingest can
// simply be run again.
type Store interface {
	// Missing returns the ids among ids that are not stored yet, so that
	// ingest can skip extracting what it already has.
	Missing(ctx context.Context, ids []string) (map[string]bool, error)

	// Put stores extractions. Each document is written together with its
	// actors, events and quotes or not at all; documents whose id is
	// already stored are left unchanged. It reports how many were added.
	Put(ctx context.Context, recs []Extraction) (added int, err error)

	// Series returns the factual events between two actors in buckets of
	// q.Period, for relations to turn into a dyad time series.
	Series(ctx context.Context, q SeriesQuery) ([]SeriesBucket, error)

	// Ties returns, for every unordered pair of actors with factual events
	// in the window, what passed between them, for bloc detection.
	Ties(ctx context.Context, w Window) ([]Tie, error)

	// Events calls fn for each stored event matching f, in date order.
	Events(ctx context.Context, f EventFilter, fn func(StoredEvent) error) error

	// Quotes calls fn for each stored quote matching f, in date order.
	Quotes(ctx context.Context, f QuoteFilter, fn func(StoredQuote) error) error

	// Actors finds up to limit stored actors whose id is query (in any
	// case) or whose name contains it, the exact id first, so that users
	// can name actors as they know them ("Turkey" for TUR).
	Actors(ctx context.Context, query string, limit int) ([]Actor, error)

	// Counts reports how many rows of each kind are stored.
	Counts(ctx context.Context) (Counts, error)

	Close() error
}

// Period is the width of a time-series bucket.
type Period string

// Bucket widths. Weeks are ISO weeks, starting on Monday.
const (
	Day   Period = "day"
	Week  Period = "week"
	Month Period = "month"
	Year  Period = "year"
)

// ParsePeriod reads a bucket width.
func ParsePeriod(s string) (Period, error) {
	switch p := Period(strings.ToLower(s)); p {
	case Day, Week, Month, Year:
		return p, nil
	}
	return "", fmt.Errorf("unknown period %q (want day, week, month or year)", s)
}

// Start returns the first day of the bucket that holds t.
func (p Period) Start(t time.Time) time.Time {
	y, m, d := t.Date()
	switch p {
	case Week:
		// Weekday counts from Sunday; ISO weeks start on Monday.
		off := (int(t.Weekday()) + 6) % 7
		return time.Date(y, m, d-off, 0, 0, 0, 0, time.UTC)
	case Month:
		return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	case Year:
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Next returns the start of the bucket after the one starting at start.
func (p Period) Next(start time.Time) time.Time {
	switch p {
	case Week:
		return start.AddDate(0, 0, 7)
	case Month:
		return start.AddDate(0, 1, 0)
	case Year:
		return start.AddDate(1, 0, 0)
	}
	return start.AddDate(0, 0, 1)
}

// Label names the bucket starting at start: 2025-03-01, 2025-W09, 2025-03
// or 2025.
func (p Period) Label(start time.Time) string {
	switch p {
	case Week:
		y, w := start.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case Month:
		return start.Format("2006-01")
	case Year:
		return start.Format("2006")
	}
	return start.Format("2006-01-02")
}

// Window is a range of days, both ends included, as YYYY-MM-DD; an empty
// end leaves that side open.
type Window struct {
	Since string
	Until string
}

// ParseWindow reads the ends of a window written at any precision: since
// "2025-01" means from 2025-01-01, until "2025-06" means up to and
// including 2025-06-30, and "2025" covers the whole year.
func ParseWindow(since, until string) (Window, error) {
	var w Window
	if since != "" {
		t, _, err := parseLooseDate(since)
		if err != nil {
			return w, fmt.Errorf("--since: %w", err)
		}
		w.Since = t.Format("2006-01-02")
	}
	if until != "" {
		t, prec, err := parseLooseDate(until)
		if err != nil {
			return w, fmt.Errorf("--until: %w", err)
		}
		switch prec {
		case Month:
			t = t.AddDate(0, 1, -1)
		case Year:
			t = t.AddDate(1, 0, -1)
		}
		w.Until = t.Format("2006-01-02")
	}
	if w.Since != "" && w.Until != "" && w.Until < w.Since {
		return w, fmt.Errorf("window ends (%s) before it starts (%s)", w.Until, w.Since)
	}
	return w, nil
}

// parseLooseDate reads YYYY, YYYY-MM or YYYY-MM-DD (and ignores a time
// after the day), reporting which precision was given.
func parseLooseDate(s string) (time.Time, Period, error) {
	s = strings.TrimSpace(s)
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	for _, f := range []struct {
		layout string
		prec   Period
	}{{"2006-01-02", Day}, {"2006-01", Month}, {"2006", Year}} {
		if len(s) != len(f.layout) {
			continue
		}
		if t, err := time.Parse(f.layout, s); err == nil {
			return t, f.prec, nil
		}
	}
	return time.Time{}, "", fmt.Errorf("bad date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
}

// ParseDay reads the day an event or document is dated by, at any of the
// precisions ParseWindow takes (a month or year dates its first day); ok is
// false when s is empty or not a date.
func ParseDay(s string) (t time.Time, ok bool) {
	if s == "" {
		return time.Time{}, false
	}
	t, _, err := parseLooseDate(s)
	return t, err == nil
}

// SeriesQuery asks for the events between two actors. With Directed, only
// events with A as source and B as target count; otherwise both
// directions do.
type SeriesQuery struct {
	A, B     string
	Directed bool
	Period   Period
	Window   Window
}

// SeriesBucket is what passed in one bucket of a dyad series: factual
// events only. A near-duplicate of a stored document is not new evidence:
// its events and itself count with the first copy, but its outlet counts
// among the outlets that carried the story.
type SeriesBucket struct {
	Start     string            // first day of the bucket, YYYY-MM-DD
	Types     map[EventType]int // events per type
	ScoreSum  float64           // sum of the events' PLOVER scores
	Documents int               // distinct documents reporting them, copies once
	Outlets   int               // distinct outlets that carried them, copies included
}

// Tie is what passed between two actors in a window, both directions
// together (A < B).
type Tie struct {
	A, B     string
	Events   int
	ScoreSum float64
	Coop     int // events of quads 1 and 2
	Conflict int // events of quads 3 and 4
	// Documents reporting the pair, each counted once per day it reports
	// the pair on (nearly always once).
	Documents int
}

// EventFilter selects stored events; zero fields select everything.
type EventFilter struct {
	Actor    string    // source or target
	Pair     [2]string // between these two (both set), either direction unless Directed
	Directed bool
	Types    []EventType
	Window   Window
	Words    []string // every word must occur in the sentence (case-insensitive)
	Factual  bool     // leave out negated and hypothetical events
	DocID    string
	Limit    int // 0 means no limit
	// StorageOrder streams events in the order they were stored instead
	// of by date, which needs no sort: for exports of millions of rows.
	StorageOrder bool
}

// StoredEvent is an event with the document that is its evidence.
type StoredEvent struct {
	ID          int64
	Event       Event
	SourceName  string // names and kinds of the actors, as first stored
	SourceKind  ActorKind
	TargetName  string
	TargetKind  ActorKind
	Day         string // the event's date or else its document's, YYYY-MM-DD; empty when unknown
	DocID       string
	URL         string
	Title       string
	Outlet      string
	Published   string
	DuplicateOf string
	IngestedAt  time.Time
}

// QuoteFilter selects stored quotes; zero fields select everything.
type QuoteFilter struct {
	Actor   string // the speaker's actor id
	Speaker string // part of the speaker's name (case-insensitive)
	Window  Window // on the document's publication date
	Words   []string
	Kind    string // direct or indirect
	DocID   string
	Limit   int
}

// StoredQuote is a quote with the document it comes from.
type StoredQuote struct {
	ID        int64
	Quote     Quote
	Day       string
	DocID     string
	URL       string
	Title     string
	Outlet    string
	Published string
}

// Counts says how many rows of each kind a Store holds.
type Counts struct {
	Documents  int `json:"documents"`
	Duplicates int `json:"near_duplicates"`
	Actors     int `json:"actors"`     // distinct actor ids
	DocActors  int `json:"doc_actors"` // actors per document
	Events     int `json:"events"`     // all events
	Factual    int `json:"factual"`    // neither negated nor hypothetical
	Quotes     int `json:"quotes"`
	Outlets    int `json:"outlets"`
}

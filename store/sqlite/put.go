package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/entente/entente"
)

// typeIndex maps an event type to its column in dyad_day (t0..t15).
var typeIndex = func() map[entente.EventType]int {
	m := map[entente.EventType]int{}
	for i, t := range entente.EventTypes() {
		m[t] = i
	}
	return m
}()

const (
	insertDoc = `INSERT INTO documents
	(doc_id, duplicate_of, url, title, outlet, author, published, day, lang, sourcing, text, ingested_at)
	VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
	ON CONFLICT(doc_id) DO NOTHING RETURNING id`
	// The upsert fills in an actor's kind and name when an earlier document
	// only knew its id (an affiliation named by an event, say).
	upsertActor = `INSERT INTO actors (code, kind, name) VALUES (?,?,?)
	ON CONFLICT(code) DO UPDATE SET
		kind = CASE WHEN actors.kind = '' THEN excluded.kind ELSE actors.kind END,
		name = CASE WHEN actors.name = '' THEN excluded.name ELSE actors.name END
	RETURNING id, kind != '' AND name != ''`
	upsertOutlet = `INSERT INTO outlets (name) VALUES (?)
	ON CONFLICT(name) DO UPDATE SET name = excluded.name RETURNING id`
)

// The child tables are written with multi-row INSERTs: a statement per
// row spends more time crossing into SQLite than inserting.
var (
	docActorsTable = table{name: "doc_actors", cols: []string{"doc", "seq", "actor", "kind", "name", "affiliation", "role", "sector", "mentions"}}
	eventsTable    = table{name: "events", cols: []string{"doc", "seq", "source", "target", "type", "mode", "cameo", "quad", "score",
		"negated", "hypothetical", "source_mention", "target_mention", "source_sector", "target_sector", "trigger",
		"date", "day", "sentence", "span_start", "span_end", "confidence"}}
	quotesTable = table{name: "quotes", cols: []string{"doc", "seq", "speaker", "speaker_actor", "anonymous", "kind", "verb", "text",
		"span_start", "span_end", "day"}}
	dyadTable = table{name: "dyad_day", cols: []string{"source", "target", "day", "month", "n", "score",
		"t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9", "t10", "t11", "t12", "t13", "t14", "t15",
		"docs", "docs_w", "docs_m", "docs_y", "udocs", "udocs_w", "udocs_m", "udocs_y"},
		suffix: " ON CONFLICT (source, target, day) DO UPDATE SET " + addUp("n", "score",
			"t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9", "t10", "t11", "t12", "t13", "t14", "t15",
			"docs", "docs_w", "docs_m", "docs_y", "udocs", "udocs_w", "udocs_m", "udocs_y")}
	dyadOutletTable = table{name: "dyad_outlet", cols: []string{"source", "target", "day", "outlet", "month"},
		verb: "INSERT OR IGNORE"}
)

// addUp is the SET clause of an upsert that adds the new row's counts to
// the stored ones.
func addUp(cols ...string) string {
	parts := make([]string, len(cols))
	for i, c := range cols {
		parts[i] = c + " = " + c + " + excluded." + c
	}
	return strings.Join(parts, ", ")
}

type table struct {
	name   string
	cols   []string
	verb   string // INSERT unless set
	suffix string // an upsert clause
}

// rowsPerInsert is how many rows one INSERT carries; with at most 30
// columns it stays far below SQLite's limit of 32766 bound parameters.
const rowsPerInsert = 128

func (t table) insert(rows int) string {
	var b strings.Builder
	verb := t.verb
	if verb == "" {
		verb = "INSERT"
	}
	b.WriteString(verb + " INTO " + t.name + " (" + strings.Join(t.cols, ", ") + ") VALUES ")
	row := "(" + placeholders(len(t.cols)) + ")"
	for i := 0; i < rows; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(row)
	}
	b.WriteString(t.suffix)
	return b.String()
}

// bulk gathers the rows of one table and writes them rowsPerInsert at a
// time.
type bulk struct {
	t    table
	args []any
	rows int
}

func (p *putter) add(b *bulk, vals ...any) error {
	b.args = append(b.args, vals...)
	b.rows++
	if b.rows == rowsPerInsert {
		return p.flush(b)
	}
	return nil
}

func (p *putter) flush(b *bulk) error {
	if b.rows == 0 {
		return nil
	}
	if err := p.exec(b.t.insert(b.rows), b.args...); err != nil {
		return fmt.Errorf("insert into %s: %w", b.t.name, err)
	}
	clear(b.args)
	b.args = b.args[:0]
	b.rows = 0
	return nil
}

// Put stores extractions, each document with everything extracted from it
// in the same transaction as the rest of the batch, so that a crash leaves
// every document either complete or absent.
func (s *Store) Put(ctx context.Context, recs []entente.Extraction) (int, error) {
	if len(recs) == 0 {
		return 0, nil
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("store: begin: %w", err)
	}
	p := &putter{s: s, tx: tx, ctx: ctx,
		newActors: map[string]actorRow{}, newOutlets: map[string]int64{}, now: time.Now().Unix(),
		docActors: bulk{t: docActorsTable}, events: bulk{t: eventsTable}, quotes: bulk{t: quotesTable}, dyads: bulk{t: dyadTable}, outlets: bulk{t: dyadOutletTable}}
	added := 0
	for i := range recs {
		ok, err := p.put(&recs[i])
		if err != nil {
			p.close()
			tx.Rollback()
			return 0, fmt.Errorf("store: document %q: %w", recs[i].Doc.ID, err)
		}
		if ok {
			added++
		}
	}
	for _, b := range []*bulk{&p.docActors, &p.events, &p.quotes, &p.dyads, &p.outlets} {
		if err := p.flush(b); err != nil {
			p.close()
			tx.Rollback()
			return 0, fmt.Errorf("store: %w", err)
		}
	}
	p.close()
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("store: commit: %w", err)
	}
	s.wrote.Store(true)
	// Only ids that were committed may be cached: a rolled-back insert
	// would leave the cache pointing at rows that do not exist.
	s.mu.Lock()
	for k, v := range p.newActors {
		s.actors[k] = v
	}
	for k, v := range p.newOutlets {
		s.outlets[k] = v
	}
	s.mu.Unlock()
	return added, nil
}

// putter is the state of one Put: its transaction, prepared statements and
// the ids it assigned.
type putter struct {
	s          *Store
	tx         *sql.Tx
	ctx        context.Context
	stmts      map[string]*sql.Stmt
	newActors  map[string]actorRow
	newOutlets map[string]int64
	now        int64

	docActors, events, quotes, dyads, outlets bulk
}

func (p *putter) stmt(q string) (*sql.Stmt, error) {
	if st, ok := p.stmts[q]; ok {
		return st, nil
	}
	if p.stmts == nil {
		p.stmts = map[string]*sql.Stmt{}
	}
	st, err := p.tx.PrepareContext(p.ctx, q)
	if err != nil {
		return nil, err
	}
	p.stmts[q] = st
	return st, nil
}

func (p *putter) close() {
	for _, st := range p.stmts {
		st.Close()
	}
}

func (p *putter) exec(q string, args ...any) error {
	st, err := p.stmt(q)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(p.ctx, args...)
	return err
}

// actor returns the id of an actor code, assigning one if it is new; kind
// and name fill in what is not yet known of it. The empty code is NULL.
func (p *putter) actor(code string, kind entente.ActorKind, name string) (any, error) {
	if code == "" {
		return nil, nil
	}
	if a, ok := p.newActors[code]; ok && (a.complete || name == "") {
		return a.id, nil
	}
	p.s.mu.Lock()
	a, ok := p.s.actors[code]
	p.s.mu.Unlock()
	if ok && (a.complete || name == "") {
		return a.id, nil
	}
	st, err := p.stmt(upsertActor)
	if err != nil {
		return nil, err
	}
	if err := st.QueryRowContext(p.ctx, code, string(kind), name).Scan(&a.id, &a.complete); err != nil {
		return nil, fmt.Errorf("actor %q: %w", code, err)
	}
	p.newActors[code] = a
	return a.id, nil
}

func (p *putter) outlet(name string) (any, error) {
	if name == "" {
		return nil, nil
	}
	if id, ok := p.newOutlets[name]; ok {
		return id, nil
	}
	p.s.mu.Lock()
	id, ok := p.s.outlets[name]
	p.s.mu.Unlock()
	if ok {
		return id, nil
	}
	st, err := p.stmt(upsertOutlet)
	if err != nil {
		return nil, err
	}
	if err := st.QueryRowContext(p.ctx, name).Scan(&id); err != nil {
		return nil, fmt.Errorf("outlet %q: %w", name, err)
	}
	p.newOutlets[name] = id
	return id, nil
}

type dyadKey struct{ source, target, day int64 }

// dyadAgg is what one document adds to a row of dyad_day.
type dyadAgg struct {
	n                             int
	score                         float64
	types                         [16]int
	docsW, docsM, docsY           int
	udocs, udocsW, udocsM, udocsY int
}

// Bucket kinds for firstKey: ordered pair per week, month, year; then
// unordered pair per day, week, month, year.
const (
	ordWeek = iota
	ordMonth
	ordYear
	unDay
	unWeek
	unMonth
	unYear
)

type firstKey struct {
	a, b   int64
	kind   int
	bucket int64
}

// countDocs marks, among one document's dyad rows, the row each distinct
// document count belongs to: the first day the document reports the pair
// in each bucket (see dyad_day in the schema).
func countDocs(order []dyadKey, rows map[dyadKey]*dyadAgg) {
	first := map[firstKey]dyadKey{}
	for _, k := range order {
		week, month := weekOf(k.day), monthOf(k.day)
		for kind, bucket := range [...]int64{week, month, month / 12} {
			fk := firstKey{k.source, k.target, ordWeek + kind, bucket}
			if cur, ok := first[fk]; !ok || k.day < cur.day {
				first[fk] = k
			}
		}
		lo, hi := min(k.source, k.target), max(k.source, k.target)
		for kind, bucket := range [...]int64{k.day, week, month, month / 12} {
			fk := firstKey{lo, hi, unDay + kind, bucket}
			cur, ok := first[fk]
			if !ok || k.day < cur.day || k.day == cur.day && k.source == lo && cur.source != lo {
				first[fk] = k
			}
		}
	}
	for fk, k := range first {
		a := rows[k]
		switch fk.kind {
		case ordWeek:
			a.docsW++
		case ordMonth:
			a.docsM++
		case ordYear:
			a.docsY++
		case unDay:
			a.udocs++
		case unWeek:
			a.udocsW++
		case unMonth:
			a.udocsM++
		case unYear:
			a.udocsY++
		}
	}
}

// put writes one document; ok is false when it was already stored.
func (p *putter) put(rec *entente.Extraction) (ok bool, err error) {
	d := rec.Doc
	if d.ID == "" {
		return false, errors.New("document has no id")
	}
	outlet, err := p.outlet(d.Outlet)
	if err != nil {
		return false, err
	}
	docDay := dayOf(d.Published)
	var sourcing any
	if rec.Sourcing != nil {
		b, err := json.Marshal(rec.Sourcing)
		if err != nil {
			return false, err
		}
		sourcing = string(b)
	}
	st, err := p.stmt(insertDoc)
	if err != nil {
		return false, err
	}
	var doc int64
	err = st.QueryRowContext(p.ctx, d.ID, nullString(d.DuplicateOf), d.URL, d.Title, outlet, d.Author,
		d.Published, docDay, d.Lang, sourcing, nullString(d.Text), p.now).Scan(&doc)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil // stored before: idempotent
	}
	if err != nil {
		return false, err
	}

	kinds := map[string]entente.Actor{}
	for i, a := range rec.Actors {
		kinds[a.ID] = a
		id, err := p.actor(a.ID, a.Kind, a.Name)
		if err != nil {
			return false, err
		}
		if id == nil {
			continue
		}
		mentions := a.Mentions
		if mentions == nil {
			mentions = []entente.Mention{}
		}
		mj, err := json.Marshal(mentions)
		if err != nil {
			return false, err
		}
		if err := p.add(&p.docActors, doc, i, id, string(a.Kind), a.Name, a.Affiliation, a.Role, a.Sector, string(mj)); err != nil {
			return false, err
		}
	}

	dyads := map[dyadKey]*dyadAgg{}
	var order []dyadKey
	for i, e := range rec.Events {
		src, err := p.actor(e.Source, kinds[e.Source].Kind, kinds[e.Source].Name)
		if err != nil {
			return false, err
		}
		tgt, err := p.actor(e.Target, kinds[e.Target].Kind, kinds[e.Target].Name)
		if err != nil {
			return false, err
		}
		quad, score := e.Quad, e.Score
		info, known := e.Type.Info()
		if quad == 0 && known {
			quad = info.Quad
		}
		// An extractor that leaves the score unset means the type's.
		if score == 0 && known {
			score = info.Score
		}
		cameo := e.CAMEO
		if cameo == "" && known {
			cameo = info.CAMEO
		}
		day := docDay
		if e.Date != "" {
			if dd := dayOf(e.Date); dd != nil {
				day = dd
			}
		}
		if err := p.add(&p.events, doc, i, src, tgt, string(e.Type), e.Mode, cameo, quad, score,
			e.Negated, e.Hypothetical, e.SourceMention, e.TargetMention, e.SourceSector, e.TargetSector,
			e.Trigger, e.Date, day, e.Sentence, e.Start, e.End, e.Confidence); err != nil {
			return false, err
		}
		// Relations count factual events on known days between two known
		// actors, of a PLOVER type.
		ti, typed := typeIndex[e.Type]
		if !e.Factual() || day == nil || src == nil || tgt == nil || !typed {
			continue
		}
		k := dyadKey{src.(int64), tgt.(int64), day.(int64)}
		a := dyads[k]
		if a == nil {
			a = &dyadAgg{}
			dyads[k] = a
			order = append(order, k)
		}
		a.n++
		a.score += score
		a.types[ti]++
	}
	// A near-duplicate is not new evidence: its events and the document
	// itself count with the first copy. Its outlet did carry the story,
	// though, so it counts among the outlets.
	dup := d.DuplicateOf != ""
	countDocs(order, dyads)
	for _, k := range order {
		a := dyads[k]
		t := &a.types
		month := monthOf(k.day)
		if outlet != nil {
			if err := p.add(&p.outlets, k.source, k.target, k.day, outlet, month); err != nil {
				return false, err
			}
		}
		if dup {
			continue
		}
		if err := p.add(&p.dyads, k.source, k.target, k.day, month, a.n, a.score,
			t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11], t[12], t[13], t[14], t[15],
			1, a.docsW, a.docsM, a.docsY, a.udocs, a.udocsW, a.udocsM, a.udocsY); err != nil {
			return false, err
		}
	}

	for i, q := range rec.Quotes {
		sp, err := p.actor(q.SpeakerActor, kinds[q.SpeakerActor].Kind, kinds[q.SpeakerActor].Name)
		if err != nil {
			return false, err
		}
		if err := p.add(&p.quotes, doc, i, q.Speaker, sp, q.Anonymous, q.Kind, q.Verb, q.Text, q.Start, q.End, docDay); err != nil {
			return false, err
		}
	}
	return true, nil
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// dayOf gives the day number (days since 1970-01-01) of a date, or nil
// when it is not one.
func dayOf(s string) any {
	t, ok := entente.ParseDay(strings.TrimSpace(s))
	if !ok {
		return nil
	}
	return t.Unix() / 86400
}

func dayTime(day int64) time.Time { return time.Unix(day*86400, 0).UTC() }

func dayString(day int64) string { return dayTime(day).Format("2006-01-02") }

// weekOf gives the day number of the Monday of a day's week, by the same
// arithmetic as the queries' (Go's % truncates like SQLite's).
func weekOf(day int64) int64 { return day - ((day%7)+10)%7 }

// monthOf gives year*12 + month-1 of a day number.
func monthOf(day int64) int64 {
	t := dayTime(day)
	return int64(t.Year())*12 + int64(t.Month()) - 1
}

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

// typeIndex maps an event type to its column in dyad_doc (t0..t15).
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
	insertDocActor = `INSERT INTO doc_actors
	(doc, seq, actor, kind, name, affiliation, role, sector, mentions) VALUES (?,?,?,?,?,?,?,?,?)`
	insertEvent = `INSERT INTO events
	(doc, seq, source, target, type, mode, cameo, quad, score, negated, hypothetical,
	 source_mention, target_mention, source_sector, target_sector, trigger, date, day,
	 sentence, span_start, span_end, confidence)
	VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`
	insertQuote = `INSERT INTO quotes
	(doc, seq, speaker, speaker_actor, anonymous, kind, verb, text, span_start, span_end, day)
	VALUES (?,?,?,?,?,?,?,?,?,?,?)`
	insertDyad = `INSERT INTO dyad_doc
	(source, target, day, doc, month, outlet, n, score,
	 t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15)
	VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`
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
		newActors: map[string]actorRow{}, newOutlets: map[string]int64{}, now: time.Now().Unix()}
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

type dyadKey struct {
	source, target any
	day            int64
}

type dyadAgg struct {
	n     int
	score float64
	types [16]int
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
		if err := p.exec(insertDocActor, doc, i, id, string(a.Kind), a.Name, a.Affiliation, a.Role, a.Sector, string(mj)); err != nil {
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
		if err := p.exec(insertEvent, doc, i, src, tgt, string(e.Type), e.Mode, cameo, quad, score,
			e.Negated, e.Hypothetical, e.SourceMention, e.TargetMention, e.SourceSector, e.TargetSector,
			e.Trigger, e.Date, day, e.Sentence, e.Start, e.End, e.Confidence); err != nil {
			return false, err
		}
		// Relations count factual events of first copies only, on known
		// days, between two known actors of a PLOVER type.
		ti, typed := typeIndex[e.Type]
		if !e.Factual() || d.DuplicateOf != "" || day == nil || src == nil || tgt == nil || !typed {
			continue
		}
		k := dyadKey{src, tgt, day.(int64)}
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
	for _, k := range order {
		a := dyads[k]
		args := make([]any, 0, 24)
		args = append(args, k.source, k.target, k.day, doc, monthOf(k.day), outlet, a.n, a.score)
		for _, c := range a.types {
			args = append(args, c)
		}
		if err := p.exec(insertDyad, args...); err != nil {
			return false, err
		}
	}

	for i, q := range rec.Quotes {
		sp, err := p.actor(q.SpeakerActor, kinds[q.SpeakerActor].Kind, kinds[q.SpeakerActor].Name)
		if err != nil {
			return false, err
		}
		if err := p.exec(insertQuote, doc, i, q.Speaker, sp, q.Anonymous, q.Kind, q.Verb, q.Text, q.Start, q.End, docDay); err != nil {
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

// monthOf gives year*12 + month-1 of a day number.
func monthOf(day int64) int64 {
	t := dayTime(day)
	return int64(t.Year())*12 + int64(t.Month()) - 1
}

package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/entente/entente"
)

// Missing returns the ids among ids that are not stored.
func (s *Store) Missing(ctx context.Context, ids []string) (map[string]bool, error) {
	missing := make(map[string]bool, len(ids))
	for _, id := range ids {
		missing[id] = true
	}
	// SQLite limits bound parameters per statement (32766 here); stay well
	// below so batches of any size work.
	const chunk = 500
	for lo := 0; lo < len(ids); lo += chunk {
		part := ids[lo:min(lo+chunk, len(ids))]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		q := "SELECT doc_id FROM documents WHERE doc_id IN (" + placeholders(len(part)) + ")"
		rows, err := s.r.QueryContext(ctx, q, args...)
		if err != nil {
			return nil, fmt.Errorf("store: look up documents: %w", err)
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: look up documents: %w", err)
			}
			delete(missing, id)
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("store: look up documents: %w", err)
		}
	}
	return missing, nil
}

func placeholders(n int) string {
	if n == 0 {
		return ""
	}
	return strings.Repeat("?,", n-1) + "?"
}

// actorID looks up an actor code; ok is false when no document names it.
func (s *Store) actorID(ctx context.Context, code string) (id int64, ok bool, err error) {
	s.mu.Lock()
	a, cached := s.actors[code]
	s.mu.Unlock()
	if cached {
		return a.id, true, nil
	}
	err = s.r.QueryRowContext(ctx, "SELECT id FROM actors WHERE code = ?", code).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("store: look up actor %q: %w", code, err)
	}
	return id, true, nil
}

// dayRange turns a window into day numbers, open ends made wide.
func dayRange(w entente.Window) (lo, hi int64, err error) {
	lo, hi = -1<<40, 1<<40
	if w.Since != "" {
		d := dayOf(w.Since)
		if d == nil {
			return 0, 0, fmt.Errorf("bad window start %q", w.Since)
		}
		lo = d.(int64)
	}
	if w.Until != "" {
		d := dayOf(w.Until)
		if d == nil {
			return 0, 0, fmt.Errorf("bad window end %q", w.Until)
		}
		hi = d.(int64)
	}
	return lo, hi, nil
}

// bucketExpr is the SQL for the bucket key of a day in the rollups,
// computed by integer arithmetic so that grouping needs no date functions,
// and the dyad_day columns of distinct documents for such buckets,
// directed and not.
func bucketExpr(p entente.Period) (expr, docs, udocs string, err error) {
	switch p {
	case entente.Day, "":
		return "day", "docs", "udocs", nil
	case entente.Week:
		// Day 0 was a Thursday; this is the day number of the week's
		// Monday, correct for negative days too (weekOf in Go).
		return "day - (((day % 7) + 10) % 7)", "docs_w", "udocs_w", nil
	case entente.Month:
		return "month", "docs_m", "udocs_m", nil
	case entente.Year:
		return "month / 12", "docs_y", "udocs_y", nil
	}
	return "", "", "", fmt.Errorf("unknown period %q", p)
}

func bucketStart(p entente.Period, key int64) time.Time {
	switch p {
	case entente.Month:
		return time.Date(int(key/12), time.Month(key%12+1), 1, 0, 0, 0, 0, time.UTC)
	case entente.Year:
		return time.Date(int(key), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return dayTime(key)
}

const typeSums = `sum(t0), sum(t1), sum(t2), sum(t3), sum(t4), sum(t5), sum(t6), sum(t7),
	sum(t8), sum(t9), sum(t10), sum(t11), sum(t12), sum(t13), sum(t14), sum(t15)`

// Series reads one dyad's buckets from the rollups: a range scan of the
// primary key of dyad_day per direction, one row per day at most, then of
// dyad_outlet for the distinct outlets.
func (s *Store) Series(ctx context.Context, q entente.SeriesQuery) ([]entente.SeriesBucket, error) {
	bucket, docs, udocs, err := bucketExpr(q.Period)
	if err != nil {
		return nil, err
	}
	lo, hi, err := dayRange(q.Window)
	if err != nil {
		return nil, err
	}
	a, okA, err := s.actorID(ctx, q.A)
	if err != nil {
		return nil, err
	}
	b, okB, err := s.actorID(ctx, q.B)
	if err != nil {
		return nil, err
	}
	if !okA || !okB {
		return nil, nil
	}
	where := "source = ?1 AND target = ?2 AND day BETWEEN ?3 AND ?4"
	if !q.Directed && a != b {
		where = "(source, target) IN (VALUES (?1, ?2), (?2, ?1)) AND day BETWEEN ?3 AND ?4"
		docs = udocs
	}
	// One read transaction, so that both queries see the same data while
	// an ingest writes.
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("store: series %s-%s: %w", q.A, q.B, err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, fmt.Sprintf(`SELECT %s AS b, sum(score), sum(%s), %s
		FROM dyad_day WHERE %s GROUP BY b ORDER BY b`, bucket, docs, typeSums, where), a, b, lo, hi)
	if err != nil {
		return nil, fmt.Errorf("store: series %s-%s: %w", q.A, q.B, err)
	}
	defer rows.Close()
	var out []entente.SeriesBucket
	index := map[int64]int{}
	types := entente.EventTypes()
	for rows.Next() {
		var (
			key      int64
			sb       entente.SeriesBucket
			counts   [16]int64
			scanArgs = []any{&key, &sb.ScoreSum, &sb.Documents}
		)
		for i := range counts {
			scanArgs = append(scanArgs, &counts[i])
		}
		if err := rows.Scan(scanArgs...); err != nil {
			return nil, fmt.Errorf("store: series %s-%s: %w", q.A, q.B, err)
		}
		sb.Start = bucketStart(q.Period, key).Format("2006-01-02")
		sb.Types = map[entente.EventType]int{}
		for i, c := range counts {
			if c != 0 {
				sb.Types[types[i]] = int(c)
			}
		}
		index[key] = len(out)
		out = append(out, sb)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: series %s-%s: %w", q.A, q.B, err)
	}
	rows.Close()
	orows, err := tx.QueryContext(ctx, fmt.Sprintf(`SELECT %s AS b, count(DISTINCT outlet)
		FROM dyad_outlet WHERE %s GROUP BY b`, bucket, where), a, b, lo, hi)
	if err != nil {
		return nil, fmt.Errorf("store: series %s-%s outlets: %w", q.A, q.B, err)
	}
	defer orows.Close()
	for orows.Next() {
		var key int64
		var n int
		if err := orows.Scan(&key, &n); err != nil {
			return nil, fmt.Errorf("store: series %s-%s outlets: %w", q.A, q.B, err)
		}
		if i, ok := index[key]; ok {
			out[i].Outlets = n
		}
	}
	if err := orows.Err(); err != nil {
		return nil, fmt.Errorf("store: series %s-%s outlets: %w", q.A, q.B, err)
	}
	return out, nil
}

// Ties sums the daily rollup per unordered pair over a window.
func (s *Store) Ties(ctx context.Context, w entente.Window) ([]entente.Tie, error) {
	lo, hi, err := dayRange(w)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `
		SELECT x.code, y.code, p.n, p.score, p.docs, p.st0, p.st1, p.st2, p.st3, p.st4, p.st5, p.st6,
			p.st7, p.st8, p.st9, p.st10, p.st11, p.st12, p.st13, p.st14, p.st15
		FROM (SELECT min(source, target) AS a, max(source, target) AS b,
			sum(n) AS n, sum(score) AS score, sum(udocs) AS docs,
			sum(t0) AS st0, sum(t1) AS st1, sum(t2) AS st2, sum(t3) AS st3,
			sum(t4) AS st4, sum(t5) AS st5, sum(t6) AS st6, sum(t7) AS st7,
			sum(t8) AS st8, sum(t9) AS st9, sum(t10) AS st10, sum(t11) AS st11,
			sum(t12) AS st12, sum(t13) AS st13, sum(t14) AS st14, sum(t15) AS st15
			FROM dyad_day WHERE day BETWEEN ? AND ? AND source != target
			GROUP BY a, b) p
		JOIN actors x ON x.id = p.a JOIN actors y ON y.id = p.b`, lo, hi)
	if err != nil {
		return nil, fmt.Errorf("store: ties: %w", err)
	}
	defer rows.Close()
	var out []entente.Tie
	types := entente.EventTypes()
	for rows.Next() {
		var (
			t      entente.Tie
			counts [16]int
			args   = []any{&t.A, &t.B, &t.Events, &t.ScoreSum, &t.Documents}
		)
		for i := range counts {
			args = append(args, &counts[i])
		}
		if err := rows.Scan(args...); err != nil {
			return nil, fmt.Errorf("store: ties: %w", err)
		}
		for i, c := range counts {
			info, _ := types[i].Info()
			if info.Quad <= entente.MaterialCooperation {
				t.Coop += c
			} else {
				t.Conflict += c
			}
		}
		if t.A > t.B {
			t.A, t.B = t.B, t.A
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: ties: %w", err)
	}
	return out, nil
}

// Events streams stored events with their documents.
func (s *Store) Events(ctx context.Context, f entente.EventFilter, fn func(entente.StoredEvent) error) error {
	var (
		where []string
		args  []any
	)
	if f.Actor != "" {
		id, ok, err := s.actorID(ctx, f.Actor)
		if err != nil || !ok {
			return err
		}
		where = append(where, "(e.source = ? OR e.target = ?)")
		args = append(args, id, id)
	}
	if f.Pair[0] != "" || f.Pair[1] != "" {
		a, okA, err := s.actorID(ctx, f.Pair[0])
		if err != nil {
			return err
		}
		b, okB, err := s.actorID(ctx, f.Pair[1])
		if err != nil || !okA || !okB {
			return err
		}
		if f.Directed {
			where = append(where, "(e.source = ? AND e.target = ?)")
			args = append(args, a, b)
		} else {
			where = append(where, "((e.source = ? AND e.target = ?) OR (e.source = ? AND e.target = ?))")
			args = append(args, a, b, b, a)
		}
	}
	if len(f.Types) > 0 {
		where = append(where, "e.type IN ("+placeholders(len(f.Types))+")")
		for _, t := range f.Types {
			args = append(args, string(t))
		}
	}
	if f.Window.Since != "" || f.Window.Until != "" {
		lo, hi, err := dayRange(f.Window)
		if err != nil {
			return err
		}
		where = append(where, "e.day BETWEEN ? AND ?")
		args = append(args, lo, hi)
	}
	for _, w := range f.Words {
		where = append(where, "instr(lower(e.sentence), ?) > 0")
		args = append(args, strings.ToLower(w))
	}
	if f.Factual {
		where = append(where, "e.negated = 0 AND e.hypothetical = 0")
	}
	if f.DocID != "" {
		where = append(where, "d.doc_id = ?")
		args = append(args, f.DocID)
	}
	q := `SELECT e.id, coalesce(sa.code, ''), coalesce(ta.code, ''),
		coalesce(sa.name, ''), coalesce(sa.kind, ''), coalesce(ta.name, ''), coalesce(ta.kind, ''), e.type, e.mode, e.cameo, e.quad, e.score,
		e.negated, e.hypothetical, e.source_mention, e.target_mention, e.source_sector, e.target_sector,
		e.trigger, e.date, e.day, e.sentence, e.span_start, e.span_end, e.confidence,
		d.doc_id, d.url, d.title, coalesce(o.name, ''), d.published, coalesce(d.duplicate_of, ''), d.ingested_at
		FROM events e JOIN documents d ON d.id = e.doc
		LEFT JOIN actors sa ON sa.id = e.source LEFT JOIN actors ta ON ta.id = e.target
		LEFT JOIN outlets o ON o.id = d.outlet`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	if f.StorageOrder {
		q += " ORDER BY e.id"
	} else {
		q += " ORDER BY e.day IS NULL, e.day, e.id" // undated last
	}
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("store: events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			se  entente.StoredEvent
			e   = &se.Event
			day sql.NullInt64
			typ string
			at  int64
		)
		if err := rows.Scan(&se.ID, &e.Source, &e.Target, &se.SourceName, &se.SourceKind, &se.TargetName, &se.TargetKind, &typ, &e.Mode, &e.CAMEO, &e.Quad, &e.Score,
			&e.Negated, &e.Hypothetical, &e.SourceMention, &e.TargetMention, &e.SourceSector, &e.TargetSector,
			&e.Trigger, &e.Date, &day, &e.Sentence, &e.Start, &e.End, &e.Confidence,
			&se.DocID, &se.URL, &se.Title, &se.Outlet, &se.Published, &se.DuplicateOf, &at); err != nil {
			return fmt.Errorf("store: events: %w", err)
		}
		e.Type = entente.EventType(typ)
		if day.Valid {
			se.Day = dayString(day.Int64)
		}
		se.IngestedAt = time.Unix(at, 0).UTC()
		if err := fn(se); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: events: %w", err)
	}
	return nil
}

// Quotes streams stored quotes with their documents.
func (s *Store) Quotes(ctx context.Context, f entente.QuoteFilter, fn func(entente.StoredQuote) error) error {
	var (
		where []string
		args  []any
	)
	if f.Actor != "" {
		id, ok, err := s.actorID(ctx, f.Actor)
		if err != nil || !ok {
			return err
		}
		where = append(where, "q.speaker_actor = ?")
		args = append(args, id)
	}
	if f.Speaker != "" {
		where = append(where, "instr(lower(q.speaker), ?) > 0")
		args = append(args, strings.ToLower(f.Speaker))
	}
	if f.Window.Since != "" || f.Window.Until != "" {
		lo, hi, err := dayRange(f.Window)
		if err != nil {
			return err
		}
		where = append(where, "q.day BETWEEN ? AND ?")
		args = append(args, lo, hi)
	}
	for _, w := range f.Words {
		where = append(where, "instr(lower(q.text), ?) > 0")
		args = append(args, strings.ToLower(w))
	}
	if f.Kind != "" {
		where = append(where, "q.kind = ?")
		args = append(args, f.Kind)
	}
	if f.DocID != "" {
		where = append(where, "d.doc_id = ?")
		args = append(args, f.DocID)
	}
	q := `SELECT q.id, q.speaker, coalesce(a.code, ''), q.anonymous, q.kind, q.verb, q.text, q.span_start, q.span_end,
		q.day, d.doc_id, d.url, d.title, coalesce(o.name, ''), d.published
		FROM quotes q JOIN documents d ON d.id = q.doc
		LEFT JOIN actors a ON a.id = q.speaker_actor LEFT JOIN outlets o ON o.id = d.outlet`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY q.day IS NULL, q.day, q.id" // undated last
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("store: quotes: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			sq  entente.StoredQuote
			x   = &sq.Quote
			day sql.NullInt64
		)
		if err := rows.Scan(&sq.ID, &x.Speaker, &x.SpeakerActor, &x.Anonymous, &x.Kind, &x.Verb, &x.Text,
			&x.Start, &x.End, &day, &sq.DocID, &sq.URL, &sq.Title, &sq.Outlet, &sq.Published); err != nil {
			return fmt.Errorf("store: quotes: %w", err)
		}
		if day.Valid {
			sq.Day = dayString(day.Int64)
		}
		if err := fn(sq); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: quotes: %w", err)
	}
	return nil
}

// Actors finds actors by id or name.
func (s *Store) Actors(ctx context.Context, query string, limit int) ([]entente.Actor, error) {
	if limit <= 0 {
		limit = 10
	}
	rows, err := s.r.QueryContext(ctx, `SELECT code, kind, name FROM actors
		WHERE code = ?1 COLLATE NOCASE OR instr(lower(name), lower(?1)) > 0
		ORDER BY code = ?1 COLLATE NOCASE DESC, lower(name) = lower(?1) DESC, length(name), code
		LIMIT ?2`, query, limit)
	if err != nil {
		return nil, fmt.Errorf("store: find actor %q: %w", query, err)
	}
	defer rows.Close()
	var out []entente.Actor
	for rows.Next() {
		var a entente.Actor
		if err := rows.Scan(&a.ID, &a.Kind, &a.Name); err != nil {
			return nil, fmt.Errorf("store: find actor %q: %w", query, err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

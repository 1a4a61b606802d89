// Package sqlite is entente's embedded Store: one SQLite file in WAL mode
// through a pure-Go driver, so that nothing needs installing. The schema is
// versioned in the binary and brought up to date on open.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/entente/entente"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// DefaultPath is where the database lives when no --db is given.
const DefaultPath = "entente.db"

// Store is a Store in one SQLite file.
type Store struct {
	path string
	// Writes go through one connection that takes the write lock at BEGIN:
	// SQLite allows one writer at a time, and taking the lock late makes
	// concurrent writers fail with SQLITE_BUSY instead of waiting.
	w *sql.DB
	// Reads use a pool; in WAL mode they never wait for the writer.
	r *sql.DB

	// ids caches actor and outlet ids, which never change once assigned,
	// so that a batch does not look each one up again.
	wrote atomic.Bool

	mu      sync.Mutex
	actors  map[string]actorRow
	outlets map[string]int64
}

type actorRow struct {
	id       int64
	complete bool // kind and name known
}

var _ entente.Store = (*Store)(nil)

// Open opens (creating if needed) the database at path and applies any
// migrations it lacks.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		path = DefaultPath
	}
	base := "file:" + escapePath(path) +
		"?_busy_timeout=15000&_journal_mode=WAL&_synchronous=NORMAL" +
		"&_pragma=cache_size(-32000)&_pragma=temp_store(memory)&_pragma=wal_autocheckpoint(8192)"
	w, err := sql.Open("sqlite", base+"&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	s := &Store{path: path, w: w, actors: map[string]actorRow{}, outlets: map[string]int64{}}
	if err := s.migrate(ctx); err != nil {
		w.Close()
		return nil, err
	}
	r, err := sql.Open("sqlite", base+"&_query_only=1")
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	r.SetMaxOpenConns(4)
	r.SetMaxIdleConns(4)
	s.r = r
	return s, nil
}

// escapePath makes a file name safe inside a file: URI, where '?' and '#'
// would end the path and '%' starts an escape.
func escapePath(p string) string {
	return strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(p)
}

// migrate applies the migrations the database lacks, each in its own
// transaction together with the version bump, so that a crash leaves the
// schema at one version or the next.
func (s *Store) migrate(ctx context.Context) error {
	var v int
	if err := s.w.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("open %s: read schema version: %w", s.path, err)
	}
	if v > len(migrations) {
		return fmt.Errorf("open %s: schema version %d is newer than this entente knows (%d): upgrade entente",
			s.path, v, len(migrations))
	}
	for i := v; i < len(migrations); i++ {
		tx, err := s.w.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("open %s: migrate to version %d: %w", s.path, i+1, err)
		}
		// Another process may have migrated while we waited for the lock.
		var cur int
		if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&cur); err != nil {
			tx.Rollback()
			return fmt.Errorf("open %s: read schema version: %w", s.path, err)
		}
		if cur > i {
			tx.Rollback()
			i = cur - 1
			continue
		}
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			tx.Rollback()
			return fmt.Errorf("open %s: migrate to version %d: %w", s.path, i+1, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", i+1)); err != nil {
			tx.Rollback()
			return fmt.Errorf("open %s: migrate to version %d: %w", s.path, i+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("open %s: migrate to version %d: %w", s.path, i+1, err)
		}
	}
	return nil
}

// SchemaVersion reports the schema version of the open database.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.r.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close checkpoints the write-ahead log into the database file and closes
// it.
func (s *Store) Close() error {
	var errs []error
	if s.r != nil {
		errs = append(errs, s.r.Close())
	}
	// A checkpoint on close keeps the -wal file from growing across runs;
	// failing it loses nothing, the log is replayed on the next open. Only
	// a store that wrote does it, and it waits little for other processes'
	// readers, so that closing a query never hangs on a running ingest.
	if s.wrote.Load() {
		_, _ = s.w.Exec("PRAGMA busy_timeout = 1000")
		_, _ = s.w.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	}
	errs = append(errs, s.w.Close())
	return errors.Join(errs...)
}

// Counts reports how many rows of each kind are stored.
func (s *Store) Counts(ctx context.Context) (entente.Counts, error) {
	var c entente.Counts
	q := []struct {
		sql string
		dst *int
	}{
		{"SELECT count(*) FROM documents", &c.Documents},
		{"SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL", &c.Duplicates},
		{"SELECT count(*) FROM actors", &c.Actors},
		{"SELECT count(*) FROM doc_actors", &c.DocActors},
		{"SELECT count(*) FROM events", &c.Events},
		{"SELECT count(*) FROM events WHERE negated = 0 AND hypothetical = 0", &c.Factual},
		{"SELECT count(*) FROM quotes", &c.Quotes},
		{"SELECT count(*) FROM outlets", &c.Outlets},
	}
	// One read transaction, so that the counts are of one moment even while
	// an ingest is writing.
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return c, fmt.Errorf("counts: %w", err)
	}
	defer tx.Rollback()
	for _, x := range q {
		if err := tx.QueryRowContext(ctx, x.sql).Scan(x.dst); err != nil {
			return c, fmt.Errorf("counts: %w", err)
		}
	}
	return c, nil
}

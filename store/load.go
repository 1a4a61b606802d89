// Package store moves documents into an entente.Store: extraction on a
// pool of workers, writes batched in transactions, and documents already
// stored skipped before they cost any extraction, so that running the same
// ingest again — after a crash, say — completes it without doubling
// anything.
package store

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/entente/entente"
)

// Deduper links a near-duplicate document to the first copy seen.
// ingest.Deduper is one.
type Deduper interface {
	Check(id, text string) (firstID string, dup bool)
}

// Options tune a Loader. The zero value is usable.
type Options struct {
	Workers    int           // extraction goroutines; 0 means GOMAXPROCS
	BatchSize  int           // documents per write transaction; 0 means 256
	BatchDelay time.Duration // longest a partial batch waits to be written; 0 means 250ms
	// Dedup, when set, marks near-duplicates so that relations count each
	// story once. Every document goes through it in input order, stored
	// before or not, so that the same input marks the same copies on every
	// run.
	Dedup Deduper
	// KeepText stores each document's normalised text too.
	KeepText bool
	// OnProblem is told of every document that could not be stored (bad
	// input, failed extraction), one call at a time.
	OnProblem func(error)
	// OnProgress is called after each batch is written.
	OnProgress func(Stats)
	// Uncoded, when set, names why a document must be stored without
	// extraction ("not English (pt)"), or returns "" to extract it: a
	// document the extractor cannot read is kept as a document, never
	// mis-coded. OnNote is told of each.
	Uncoded func(entente.Document) string
	OnNote  func(string)
}

// Stats counts what a Loader did.
type Stats struct {
	Read       int `json:"read"`       // documents given to Add
	Known      int `json:"known"`      // already stored: not extracted again
	Extracted  int `json:"extracted"`  // extractions made
	Stored     int `json:"stored"`     // documents added to the store
	Duplicates int `json:"duplicates"` // near-duplicates among the extracted
	Uncoded    int `json:"uncoded"`    // stored without extraction (see Options.Uncoded)
	Skipped    int `json:"skipped"`    // bad input and failed extractions
}

// Loader runs one ingest. Add is called from one goroutine, in input
// order; Close waits for everything to be written.
type Loader struct {
	ctx  context.Context
	st   entente.Store
	ex   entente.Extractor
	opt  Options
	jobs chan job
	out  chan entente.Extraction

	pending []job

	workers sync.WaitGroup
	writer  sync.WaitGroup

	mu    sync.Mutex
	stats Stats
	fatal error
	// cancel stops the pipeline when writing fails: nothing more can be
	// stored, so nothing more should be read.
	cancel context.CancelFunc
}

// job is a document on its way to a worker.
type job struct {
	doc   entente.Document
	dupOf string // id of the first copy when doc is a near-duplicate
}

// lookupBatch is how many documents are checked against the store at
// once: big enough to make the lookup cheap per document, small enough
// that workers do not wait for it.
const lookupBatch = 64

// NewLoader starts the workers and the writer. Cancelling ctx stops
// reading and extraction; what was already extracted is still written,
// so that an interrupted run loses nothing it had done.
func NewLoader(ctx context.Context, st entente.Store, ex entente.Extractor, opt Options) *Loader {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = 256
	}
	if opt.BatchDelay <= 0 {
		opt.BatchDelay = 250 * time.Millisecond
	}
	ctx, cancel := context.WithCancel(ctx)
	l := &Loader{
		ctx:    ctx,
		cancel: cancel,
		st:     st,
		ex:     ex,
		opt:    opt,
		jobs:   make(chan job, 2*opt.Workers),
		out:    make(chan entente.Extraction, opt.BatchSize),
	}
	for range opt.Workers {
		l.workers.Add(1)
		go l.work()
	}
	l.writer.Add(1)
	go l.write()
	return l
}

// Add takes the next document. Its ID must be set (ingest.DocID gives one
// to documents that have none). It returns an error only when the run
// cannot go on: cancelled, or the store failed.
func (l *Loader) Add(doc entente.Document) error {
	if err := l.err(); err != nil {
		return err
	}
	if doc.ID == "" {
		l.problem(fmt.Errorf("%s: document has no id", where(doc)))
		return nil
	}
	l.count(func(s *Stats) { s.Read++ })
	j := job{doc: doc}
	if l.opt.Dedup != nil && doc.Text != "" {
		if first, dup := l.opt.Dedup.Check(doc.ID, doc.Text); dup && first != doc.ID {
			j.dupOf = first
		}
	}
	l.pending = append(l.pending, j)
	if len(l.pending) >= lookupBatch {
		return l.dispatch()
	}
	return nil
}

// Skip counts a bad input that the reader already rejected and reports it.
func (l *Loader) Skip(err error) {
	l.problem(err)
}

// dispatch sends the pending documents that are not stored yet to the
// workers.
func (l *Loader) dispatch() error {
	if len(l.pending) == 0 {
		return nil
	}
	ids := make([]string, len(l.pending))
	for i, j := range l.pending {
		ids[i] = j.doc.ID
	}
	missing, err := l.st.Missing(l.ctx, ids)
	if err != nil {
		l.fail(err)
		return err
	}
	known := 0
	for _, j := range l.pending {
		if !missing[j.doc.ID] {
			known++
			continue
		}
		select {
		case l.jobs <- j:
		case <-l.ctx.Done():
			l.pending = l.pending[:0]
			return l.err()
		}
	}
	l.count(func(s *Stats) { s.Known += known })
	l.pending = l.pending[:0]
	return nil
}

// Close writes everything still in flight and returns what was done. Its
// error is the first failure to store, or the context's when the run was
// interrupted.
func (l *Loader) Close() (Stats, error) {
	if l.ctx.Err() == nil {
		l.dispatch()
	}
	close(l.jobs)
	l.workers.Wait()
	close(l.out)
	l.writer.Wait()
	err := l.err()
	l.cancel()
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.stats, err
}

func (l *Loader) work() {
	defer l.workers.Done()
	for j := range l.jobs {
		if l.ctx.Err() != nil {
			continue // drain: interrupted
		}
		rec, err := l.extract(j.doc, j.dupOf)
		if err != nil {
			l.problem(err)
			continue
		}
		l.count(func(s *Stats) {
			s.Extracted++
			if rec.Doc.DuplicateOf != "" {
				s.Duplicates++
			}
		})
		l.out <- rec
	}
}

// extract runs the extractor on one document, turning a panic into an
// error so that one pathological document cannot end the run.
func (l *Loader) extract(doc entente.Document, dupOf string) (rec entente.Extraction, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: extraction failed: %v", where(doc), r)
		}
	}()
	reason := ""
	if l.opt.Uncoded != nil {
		reason = l.opt.Uncoded(doc)
	}
	if reason != "" {
		l.count(func(s *Stats) { s.Uncoded++ })
		if l.opt.OnNote != nil {
			l.mu.Lock()
			l.opt.OnNote(where(doc) + ": " + reason)
			l.mu.Unlock()
		}
	} else if rec, err = l.ex.Extract(doc); err != nil {
		return rec, fmt.Errorf("%s: %w", where(doc), err)
	}
	// The store keys on the input's id and keeps the metadata the reader
	// found even where the extractor does not echo it.
	d := &rec.Doc
	d.ID = doc.ID
	d.DuplicateOf = dupOf
	fillEmpty(&d.URL, doc.URL)
	fillEmpty(&d.Title, doc.Title)
	fillEmpty(&d.Outlet, doc.Outlet)
	fillEmpty(&d.Author, doc.Author)
	fillEmpty(&d.Published, doc.Published)
	fillEmpty(&d.Lang, doc.Lang)
	if !l.opt.KeepText {
		d.Text = ""
	} else {
		fillEmpty(&d.Text, doc.Text)
	}
	return rec, nil
}

func (l *Loader) write() {
	defer l.writer.Done()
	// Writes outlive cancellation: what was extracted before an interrupt
	// is stored, and each batch is one transaction either way.
	ctx := context.WithoutCancel(l.ctx)
	batch := make([]entente.Extraction, 0, l.opt.BatchSize)
	timer := time.NewTimer(l.opt.BatchDelay)
	defer timer.Stop()
	flush := func() {
		if len(batch) == 0 || l.err() != nil && !errors.Is(l.err(), context.Canceled) {
			batch = batch[:0]
			return
		}
		added, err := l.st.Put(ctx, batch)
		batch = batch[:0]
		if err != nil {
			l.fail(err)
			return
		}
		l.count(func(s *Stats) { s.Stored += added })
		if l.opt.OnProgress != nil {
			l.mu.Lock()
			s := l.stats
			l.mu.Unlock()
			l.opt.OnProgress(s)
		}
	}
	for {
		select {
		case rec, ok := <-l.out:
			if !ok {
				flush()
				return
			}
			batch = append(batch, rec)
			if len(batch) >= l.opt.BatchSize {
				flush()
			}
		case <-timer.C:
			flush()
			timer.Reset(l.opt.BatchDelay)
		}
	}
}

func (l *Loader) count(f func(*Stats)) {
	l.mu.Lock()
	f(&l.stats)
	l.mu.Unlock()
}

func (l *Loader) problem(err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.stats.Skipped++
	if l.opt.OnProblem != nil {
		l.opt.OnProblem(err)
	}
}

func (l *Loader) fail(err error) {
	l.mu.Lock()
	if l.fatal == nil {
		l.fatal = err
	}
	l.mu.Unlock()
	l.cancel()
}

func (l *Loader) err() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.fatal != nil {
		return l.fatal
	}
	return l.ctx.Err()
}

func where(doc entente.Document) string {
	if doc.Origin != "" {
		return doc.Origin
	}
	return "document " + doc.ID
}

func fillEmpty(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

package ingest

import (
	"context"
	"errors"
	"io"
	"runtime"
	"sync"

	"github.com/entente/entente"
)

// Item is one document read, or one piece of bad input.
type Item struct {
	// Doc.Origin says where it came from: "file.jsonl:12", "dir/a.html",
	// "https://…", "-:3". When Err is set, Doc holds what is known.
	Doc entente.Document
	// Err non-nil means this input was skipped; it is an *InputError naming
	// the input (file, line, URL) and the problem.
	Err error
}

// Read reads every source in order — "-" is stdin; files; directories,
// recursively (.txt, .html/.htm, .json/.jsonl, .xml/.rss/.atom, any of
// them .gz); http(s) URLs — and calls fn once per document or bad input,
// in input order, never concurrently. It stops early only when fn returns
// an error (which Read returns) or ctx is cancelled (ctx.Err()); bad input
// is reported through fn and never stops it.
func Read(ctx context.Context, sources []string, stdin io.Reader, opts Options, fn func(Item) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	r := &reader{
		ctx:     ctx,
		opts:    opts,
		stdin:   stdin,
		queue:   make(chan chan Item, 2*workers),
		sem:     make(chan struct{}, workers),
		fetcher: newFetcher(opts),
	}
	var (
		stopErr error
		wg      sync.WaitGroup
	)
	bar := newProgress(opts.Progress, sources)
	r.bar = bar
	wg.Add(1)
	go func() {
		defer wg.Done()
		for fut := range r.queue {
			item := <-fut
			// Once stopped or cancelled, the rest is drained unseen: the
			// items still in flight would only report the cancellation.
			if stopErr != nil || ctx.Err() != nil {
				continue
			}
			if opts.Summary != nil {
				opts.Summary.Add(item)
			}
			bar.item()
			if err := fn(item); err != nil {
				stopErr = err
				cancel()
			}
		}
	}()
	for _, src := range sources {
		if ctx.Err() != nil {
			break
		}
		r.source(src)
	}
	close(r.queue)
	wg.Wait()
	bar.finish()
	if stopErr != nil {
		return stopErr
	}
	return ctx.Err()
}

// reader is the state of one Read call. Documents are queued as futures in
// input order; the ones that need work (HTML extraction, fetching) are
// completed by up to Workers goroutines while later ones are read, and the
// consumer waits for each in turn, so order is kept without serialising
// the work.
type reader struct {
	ctx     context.Context
	opts    Options
	stdin   io.Reader
	queue   chan chan Item
	sem     chan struct{}
	fetcher *fetcher
	bar     *progress
}

// emit queues an item that is already complete.
func (r *reader) emit(item Item) bool {
	fut := make(chan Item, 1)
	fut <- item
	return r.enqueue(fut)
}

// emitErr queues a bad input.
func (r *reader) emitErr(doc entente.Document, err error) bool {
	return r.emit(Item{Doc: doc, Err: err})
}

// emitDoc finishes a document (fetching, HTML extraction, checks, id,
// language) on a worker and queues it.
func (r *reader) emitDoc(doc entente.Document) bool {
	return r.emitAsync(func() Item { return r.finish(doc, "") })
}

// emitDocLang is emitDoc for a document whose source says its language
// (a feed's, for its items): langHint is used when the document's own text
// is too short to tell, as a headline-only item is.
func (r *reader) emitDocLang(doc entente.Document, langHint string) bool {
	return r.emitAsync(func() Item { return r.finish(doc, langHint) })
}

// emitAsync queues the result of work done on a worker goroutine.
func (r *reader) emitAsync(work func() Item) bool {
	select {
	case r.sem <- struct{}{}:
	case <-r.ctx.Done():
		return false
	}
	fut := make(chan Item, 1)
	go func() {
		defer func() { <-r.sem }()
		fut <- work()
	}()
	return r.enqueue(fut)
}

func (r *reader) enqueue(fut chan Item) bool {
	select {
	case r.queue <- fut:
		return true
	case <-r.ctx.Done():
		return false
	}
}

// finish completes a document: fetches a feed item's page when asked to,
// extracts HTML, checks the text, and gives it an id and a date.
func (r *reader) finish(doc entente.Document, langHint string) Item {
	if doc.Text == "" && doc.HTML == "" && doc.URL != "" && r.opts.Fetch {
		res, err := r.fetcher.get(r.ctx, doc.URL)
		if err != nil {
			return Item{Doc: doc, Err: inputErr(doc.Origin, ErrFetch, "", err)}
		}
		page, err := decodeHTML(doc.Origin, res.Body, res.ContentType)
		if err != nil {
			return Item{Doc: doc, Err: err}
		}
		doc.HTML = page
		doc.URL = res.URL
	}
	if doc.HTML != "" && doc.Text == "" {
		if err := extractHTML(&doc); err != nil {
			return Item{Doc: doc, Err: err}
		}
	}
	doc.HTML = ""
	if err := checkDocText(doc.Origin, doc.Text, r.opts.maxBytes()); err != nil {
		return Item{Doc: doc, Err: err}
	}
	if doc.ID == "" {
		doc.ID = DocID(doc)
	}
	if doc.Published == "" {
		doc.Published = NormalizeDate(r.opts.Date)
	}
	if doc.Lang == "" {
		// Only a confident guess is written down; the caller decides
		// what to do with non-English documents.
		// The source's language decides when the text alone is unsure,
		// or sure only that it is not English.
		switch lang, ok, clear := detectLanguage(doc.Text); {
		case clear || ok && (langHint == "" || langHint == "en"):
			doc.Lang = lang
		default:
			doc.Lang = langHint
		}
	}
	return Item{Doc: doc}
}

// checkDocText applies the text rules to a document's final text.
func checkDocText(origin, text string, max int64) error {
	if int64(len(text)) > max {
		return inputErr(origin, ErrTooLarge, tooLargeDetail(int64(len(text)), max), nil)
	}
	err := checkText(origin, []byte(text))
	var ie *InputError
	if errors.As(err, &ie) && ie.Reason == ErrEmpty {
		return inputErr(origin, ErrNoText, "", nil)
	}
	return err
}

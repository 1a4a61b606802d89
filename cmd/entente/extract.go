package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/entente/entente"
	"github.com/entente/entente/extract"
	"github.com/entente/entente/ingest"
)

type extractFlags struct {
	in       string
	out      string
	date     string
	withText bool
	fetch    bool
	workers  int
}

func newExtractCmd(a *app) *cobra.Command {
	var fl extractFlags
	cmd := &cobra.Command{
		Use:   "extract [FILE|DIR|URL ...]",
		Short: "Extract actors, events and quotes from documents and print them",
		Long: `extract reads documents from files, directories, URLs or standard input ("-" or
no argument) and writes one extraction record per document: JSON for a single
document, JSONL for many, or GDELT 2.0 event rows.

Bad input (invalid UTF-8, binary or empty files, malformed JSONL lines, files
over the size limit) is reported on stderr with its file and line; the rest is
processed and the exit status is 1.`,
		Example: `  entente extract article.txt --date 2025-03-01
  entente extract --in jsonl < corpus.jsonl > extractions.jsonl
  entente extract --out gdelt corpus.jsonl > events.tsv`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExtract(cmd.Context(), a, fl, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&fl.in, "in", "auto", "input format: auto, text, jsonl, html, feed")
	f.StringVar(&fl.out, "out", "", "output format: json, jsonl, gdelt (default json for one text document, else jsonl)")
	f.StringVar(&fl.date, "date", "", "publication date (YYYY-MM-DD) of documents that carry none")
	f.BoolVar(&fl.withText, "with-text", false, "add doc.text, the normalised text all offsets refer to")
	f.BoolVar(&fl.fetch, "fetch", false, "fetch the pages linked from feed items and extract them")
	f.IntVar(&fl.workers, "workers", runtime.NumCPU(), "documents extracted in parallel")
	return cmd
}

func runExtract(ctx context.Context, a *app, fl extractFlags, args []string) error {
	switch fl.in {
	case "auto", "text", "jsonl", "json", "html", "feed":
	default:
		return fmt.Errorf("--in %q: want auto, text, jsonl, html or feed", fl.in)
	}
	if fl.date != "" && ingest.NormalizeDate(fl.date) == "" {
		return fmt.Errorf("--date %q: want YYYY-MM-DD", fl.date)
	}
	if len(args) == 0 {
		args = []string{"-"}
	}
	out := fl.out
	if out == "" {
		out = "jsonl"
		if len(args) == 1 && fl.in != "jsonl" && fl.in != "feed" {
			out = "json"
		}
	}
	var enc recordWriter
	w := bufio.NewWriterSize(a.stdout, 1<<16)
	defer w.Flush()
	switch out {
	case "json":
		enc = &jsonWriter{w: w, indent: true}
	case "jsonl":
		enc = &jsonWriter{w: w}
	case "gdelt":
		enc = newGDELTWriter(w)
	default:
		return fmt.Errorf("--out %q: want json, jsonl or gdelt", out)
	}

	pipe, err := extract.New()
	if err != nil {
		return err
	}
	opts := ingest.Options{Format: fl.in, Date: fl.date, Fetch: fl.fetch, Progress: progressTarget(a.stderr)}
	// Near-duplicates (a story syndicated or lightly edited) are linked to
	// the first copy read, so that counts made from the output can skip
	// them.
	dedup := ingest.NewDeduper(0, 0)
	skipped := 0
	report := func(err error) {
		skipped++
		fmt.Fprintln(a.stderr, "entente: skipped", err)
	}
	err = extractStream(ctx, pipe, fl.workers, func(emit func(job) error) error {
		return ingest.Read(ctx, args, a.stdin, opts, func(it ingest.Item) error {
			return emit(job{item: it})
		})
	}, func(r result) error {
		if r.err != nil {
			report(r.err)
			return nil
		}
		if r.note != "" {
			fmt.Fprintln(a.stderr, "entente:", r.note)
		}
		if first, dup := dedup.Check(r.x.Doc.ID, r.x.Doc.Text); dup && first != r.x.Doc.ID {
			r.x.Doc.DuplicateOf = first
		}
		if !fl.withText {
			r.x.Doc.Text = ""
		}
		return enc.write(r.x)
	})
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("writing output: %w", ferr)
	}
	if err != nil {
		return err
	}
	if skipped > 0 {
		return fmt.Errorf("%d input(s) skipped: %w", skipped, errSkipped)
	}
	return nil
}

// progressTarget returns stderr for the progress bar when it is a
// terminal file; ingest draws nothing on anything else.
func progressTarget(w io.Writer) io.Writer {
	if f, ok := w.(*os.File); ok {
		return f
	}
	return nil
}

type job struct {
	seq  int
	item ingest.Item
}

type result struct {
	seq  int
	x    entente.Extraction
	err  error
	note string // said on stderr; the record is still written
}

// extractStream extracts the documents that produce emits on several
// cores and hands the results to consume in input order.
func extractStream(ctx context.Context, ex entente.Extractor, workers int, produce func(emit func(job) error) error, consume func(result) error) error {
	if workers < 1 {
		workers = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, workers*2)
	results := make(chan result, workers*2)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- extractOne(ex, j)
			}
		}()
	}
	prodErr := make(chan error, 1)
	go func() {
		seq := 0
		err := produce(func(j job) error {
			j.seq = seq
			seq++
			select {
			case jobs <- j:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
		close(jobs)
		prodErr <- err
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	pending := map[int]result{}
	next := 0
	var consErr error
	for r := range results {
		if consErr != nil {
			continue
		}
		pending[r.seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := consume(p); err != nil {
				consErr = err
				cancel()
				break
			}
		}
	}
	if consErr != nil {
		return consErr
	}
	return <-prodErr
}

func extractOne(ex entente.Extractor, j job) result {
	doc := j.item.Doc
	if err := j.item.Err; err != nil {
		// A well-formed record whose text is empty still gets its
		// (empty) record, so that output lines stay aligned with input
		// records; anything else is skipped.
		if doc.ID != "" && (errors.Is(err, ingest.ErrNoText) || errors.Is(err, ingest.ErrEmpty)) {
			return result{seq: j.seq, note: err.Error() + ": empty record written", x: uncoded(doc)}
		}
		return result{seq: j.seq, err: err}
	}
	if !isEnglish(doc.Lang) {
		// entente's lexicons and rules are English: a document in another
		// language is passed through uncoded, never mis-coded.
		return result{seq: j.seq, note: fmt.Sprintf("%s: not English (%s): not coded", origin(doc), doc.Lang), x: uncoded(doc)}
	}
	x, err := ex.Extract(doc)
	if err != nil {
		return result{seq: j.seq, err: fmt.Errorf("%s: %w", origin(doc), err)}
	}
	return result{seq: j.seq, x: x}
}

// uncoded is the record of a document that is passed through without
// extraction.
func uncoded(doc entente.Document) entente.Extraction {
	return entente.Extraction{Doc: entente.DocInfo{ID: doc.ID, URL: doc.URL, Title: doc.Title, Outlet: doc.Outlet,
		Author: doc.Author, Published: doc.Published, Lang: doc.Lang, Text: doc.Text},
		Actors: []entente.Actor{}, Events: []entente.Event{}, Quotes: []entente.Quote{}}
}

// isEnglish reports whether a document's language, as detected or given,
// is English or unknown.
func isEnglish(lang string) bool {
	return lang == "" || lang == "en" || strings.HasPrefix(lang, "en-") || strings.HasPrefix(lang, "en_")
}

func origin(doc entente.Document) string {
	if doc.Origin != "" {
		return doc.Origin
	}
	return doc.ID
}

// recordWriter writes extraction records in one output format.
type recordWriter interface {
	write(x entente.Extraction) error
}

type jsonWriter struct {
	w      io.Writer
	indent bool
}

func (j *jsonWriter) write(x entente.Extraction) error {
	var b []byte
	var err error
	if j.indent {
		b, err = json.MarshalIndent(x, "", "  ")
	} else {
		b, err = json.Marshal(x)
	}
	if err != nil {
		return fmt.Errorf("encoding record %s: %w", x.Doc.ID, err)
	}
	b = append(b, '\n')
	_, err = j.w.Write(b)
	return err
}

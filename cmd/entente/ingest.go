package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/entente/entente"
	"github.com/entente/entente/extract"
	"github.com/entente/entente/ingest"
	"github.com/entente/entente/store"
)

type ingestFlags struct {
	db       string
	in       string
	date     string
	fetch    bool
	workers  int
	batch    int
	withText bool
	noDedup  bool
	quiet    bool
}

func newIngestCmd(a *app) *cobra.Command {
	var fl ingestFlags
	cmd := &cobra.Command{
		Use:   "ingest [FILE|DIR|URL ...]",
		Short: "Extract documents and store them in the database",
		Long: `ingest reads documents from files, directories, URLs or standard input ("-"),
extracts actors, events and quotes on every core, and stores them with their
evidence in a SQLite database (--db, default ./entente.db).

It is idempotent: a document is known by its id (the input's, else a hash of
its canonical URL or normalised text), and documents already stored are
neither extracted nor stored again. An ingest interrupted by Ctrl-C, a crash
or a kill is completed by running it again: documents are written in
transactions, each with everything extracted from it, so none is ever half
stored.

Near-duplicates (the same story syndicated or lightly edited) are stored,
linked to the first copy, and counted once by relations and blocs.

Bad input (invalid UTF-8, binary or empty files, malformed JSONL lines,
documents over the size limit) is reported on stderr with its file and line;
everything else is stored. Exit status: 0 when all input was stored, 1 when
some was skipped, 2 when the run failed (database, usage).`,
		Example: `  entente ingest corpus.jsonl
  entente ingest --db news.db articles/ feed.xml
  cat corpus.jsonl | entente ingest -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runIngest(cmd.Context(), a, fl, args)
		},
	}
	f := cmd.Flags()
	addDBFlag(cmd, &fl.db)
	f.StringVar(&fl.in, "in", "auto", "input format: auto, text, jsonl, json, html, feed")
	f.StringVar(&fl.date, "date", "", "publication date (YYYY-MM-DD) of documents that carry none")
	f.BoolVar(&fl.fetch, "fetch", false, "fetch the pages linked from feed items and extract them")
	f.IntVar(&fl.workers, "workers", runtime.NumCPU(), "documents extracted in parallel")
	f.IntVar(&fl.batch, "batch", 256, "documents written per transaction")
	f.BoolVar(&fl.withText, "with-text", false, "store each document's normalised text too")
	f.BoolVar(&fl.noDedup, "no-dedup", false, "do not look for near-duplicates")
	f.BoolVarP(&fl.quiet, "quiet", "q", false, "print no summary")
	return cmd
}

func runIngest(ctx context.Context, a *app, fl ingestFlags, args []string) error {
	if fl.date != "" && ingest.NormalizeDate(fl.date) == "" {
		return fmt.Errorf("--date %q: want YYYY-MM-DD", fl.date)
	}
	start := time.Now()
	st, err := openStore(ctx, fl.db, true)
	if err != nil {
		return err
	}
	defer st.Close()
	before, err := st.Counts(ctx)
	if err != nil {
		return err
	}
	pipe, err := extract.New()
	if err != nil {
		return err
	}

	var (
		mu      sync.Mutex
		reasons = map[string]int{}
	)
	opt := store.Options{
		Workers:   fl.workers,
		BatchSize: fl.batch,
		KeepText:  fl.withText,
		OnProblem: func(err error) {
			mu.Lock()
			reasons[ingest.ReasonOf(err)]++
			mu.Unlock()
			fmt.Fprintln(a.stderr, "entente: skipped", err)
		},
		Uncoded: func(doc entente.Document) string {
			if isEnglish(doc.Lang) {
				return ""
			}
			return "not English (" + doc.Lang + "): stored, not coded"
		},
		OnNote: func(note string) { fmt.Fprintln(a.stderr, "entente:", note) },
	}
	if !fl.noDedup {
		opt.Dedup = ingest.NewDeduper(0, 0)
	}
	loader := store.NewLoader(ctx, st, pipe, opt)
	ropts := ingest.Options{Format: fl.in, Date: fl.date, Fetch: fl.fetch, Progress: progressTarget(a.stderr)}
	badInput := 0
	readErr := ingest.Read(ctx, args, a.stdin, ropts, func(it ingest.Item) error {
		if it.Err != nil {
			badInput++
			loader.Skip(it.Err)
			return nil
		}
		return loader.Add(it.Doc)
	})
	stats, loadErr := loader.Close()
	after, cerr := st.Counts(context.WithoutCancel(ctx))
	if !fl.quiet {
		elapsed := time.Since(start)
		fmt.Fprintf(a.stderr, "ingest: %s\n", ingestSummary(stats, badInput, reasons, before, after, elapsed))
		if cerr == nil {
			fmt.Fprintf(a.stderr, "ingest: %s now holds %d documents, %d events, %d quotes, %d actors\n",
				fl.db, after.Documents, after.Events, after.Quotes, after.Actors)
		}
	}
	switch {
	case loadErr != nil && !errors.Is(loadErr, context.Canceled):
		return loadErr
	case readErr != nil && !errors.Is(readErr, context.Canceled):
		return fmt.Errorf("reading input: %w", readErr)
	case ctx.Err() != nil:
		return fmt.Errorf("interrupted: what was stored is kept; run the same ingest again to complete it")
	case stats.Skipped > 0:
		return fmt.Errorf("%d input(s) skipped: %w", stats.Skipped, errSkipped)
	}
	return nil
}

// ingestSummary is the closing line: what was read and what became of it.
func ingestSummary(s store.Stats, badInput int, reasons map[string]int, before, after entente.Counts, elapsed time.Duration) string {
	var b strings.Builder
	fmt.Fprintf(&b, "read %d inputs: %d stored, %d already stored, %d near-duplicates, %d not coded, %d skipped",
		s.Read+badInput, s.Stored, s.Known, s.Duplicates, s.Uncoded, s.Skipped)
	if len(reasons) > 0 {
		keys := make([]string, 0, len(reasons))
		for k := range reasons {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if reasons[keys[i]] != reasons[keys[j]] {
				return reasons[keys[i]] > reasons[keys[j]]
			}
			return keys[i] < keys[j]
		})
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%s %d", k, reasons[k])
		}
		b.WriteString(" (" + strings.Join(parts, ", ") + ")")
	}
	fmt.Fprintf(&b, "; +%d events, +%d quotes, +%d actors; %.1fs",
		after.Events-before.Events, after.Quotes-before.Quotes, after.Actors-before.Actors, elapsed.Seconds())
	if secs := elapsed.Seconds(); secs > 0 && s.Read > 0 {
		fmt.Fprintf(&b, ", %.0f documents/s", float64(s.Read)/secs)
	}
	return b.String()
}

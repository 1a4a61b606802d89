package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/entente/entente/export"
)

type exportFlags struct {
	events eventsFlags // the filters
	what   string
	out    string
}

func newExportCmd(a *app) *cobra.Command {
	var fl exportFlags
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write stored events (or quotes) as JSONL, CSV or GDELT 2.0 rows",
		Long: `export writes every stored event matching the filters, in the order stored:
JSONL or CSV with one flat row per event (its actors, type, quad, score,
flags, evidence sentence and document), for pandas, R or a spreadsheet; or
GDELT 2.0 event rows (61 tab-separated columns, no header, CAMEO codes and
Goldstein scores), for tools built on GDELT, BigQuery or ClickHouse.
--what quotes writes quotes instead (jsonl or csv).`,
		Example: `  entente export --format csv > events.csv
  entente export --format gdelt --since 2025-01 -o events.tsv
  entente export --what quotes --format jsonl --actor TUR`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExport(cmd.Context(), a, fl)
		},
	}
	ev := &fl.events
	addDBFlag(cmd, &ev.db)
	addWindowFlags(cmd, &ev.window)
	f := cmd.Flags()
	f.StringVar(&ev.format, "format", "jsonl", "jsonl, csv or gdelt")
	f.StringVar(&fl.what, "what", "events", "events or quotes")
	f.StringVarP(&fl.out, "output", "o", "", "write to this file instead of standard output")
	f.StringVar(&ev.actor, "actor", "", "only events with this actor (quotes: speaking for it)")
	f.StringVar(&ev.pair, "pair", "", "only events between two actors: A,B")
	f.StringVar(&ev.types, "type", "", "only these PLOVER types, comma-separated")
	f.BoolVar(&ev.factual, "factual", false, "leave out negated and hypothetical events")
	return cmd
}

func runExport(ctx context.Context, a *app, fl exportFlags) error {
	format, err := export.ParseFormat(fl.events.format)
	if err != nil {
		return err
	}
	if fl.what != "events" && fl.what != "quotes" {
		return fmt.Errorf("--what %q: want events or quotes", fl.what)
	}
	st, err := openStore(ctx, fl.events.db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	var w io.Writer = a.stdout
	if fl.out != "" {
		f, err := os.Create(fl.out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	buf := bufio.NewWriterSize(w, 1<<16)
	if fl.what == "quotes" {
		qf, err := quotesFlags{actor: fl.events.actor, window: fl.events.window}.filter()
		if err != nil {
			return err
		}
		if qf.Actor != "" {
			if qf.Actor, err = resolveActor(ctx, st, qf.Actor); err != nil {
				return err
			}
		}
		qw, err := export.NewQuoteWriter(buf, format)
		if err != nil {
			return err
		}
		if err := st.Quotes(ctx, qf, qw.Write); err != nil {
			return err
		}
		if err := qw.Flush(); err != nil {
			return err
		}
		return flushFile(buf, w)
	}
	ef, err := fl.events.filter()
	if err != nil {
		return err
	}
	if err := resolveEventActors(ctx, st, &ef); err != nil {
		return err
	}
	ef.Limit = 0
	ef.StorageOrder = true
	ew, err := export.NewEventWriter(buf, format)
	if err != nil {
		return err
	}
	if err := st.Events(ctx, ef, ew.Write); err != nil {
		return err
	}
	if err := ew.Flush(); err != nil {
		return err
	}
	return flushFile(buf, w)
}

// flushFile flushes the buffer and, for a file, makes sure it reached the
// disk, so that an export that reports success is complete.
func flushFile(buf *bufio.Writer, w io.Writer) error {
	if err := buf.Flush(); err != nil {
		return fmt.Errorf("writing export: %w", err)
	}
	if f, ok := w.(*os.File); ok && f != os.Stdout {
		if err := f.Sync(); err != nil {
			return fmt.Errorf("writing export: %w", err)
		}
	}
	return nil
}

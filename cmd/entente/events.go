package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/entente/entente"
	"github.com/entente/entente/export"
)

type eventsFlags struct {
	db       string
	actor    string
	pair     string
	directed bool
	types    string
	window   windowFlags
	grep     string
	factual  bool
	doc      string
	limit    int
	format   string
}

func newEventsCmd(a *app) *cobra.Command {
	var fl eventsFlags
	cmd := &cobra.Command{
		Use:   "events",
		Short: "List stored events with the sentence that proves each",
		Long: `events lists stored events in date order, each with its evidence sentence and
the URL (or id) of the document it comes from. Negated and hypothetical events
are listed and marked; --factual leaves them out.`,
		Example: `  entente events --pair TUR,EU --since 2025-01
  entente events --actor RUS --type SANCTION,THREATEN --grep gas
  entente events --since 2025-03 --format csv --limit 0 > events.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEvents(cmd.Context(), a, fl)
		},
	}
	addDBFlag(cmd, &fl.db)
	addWindowFlags(cmd, &fl.window)
	f := cmd.Flags()
	f.StringVar(&fl.actor, "actor", "", "events with this actor as source or target")
	f.StringVar(&fl.pair, "pair", "", "events between two actors: A,B")
	f.BoolVar(&fl.directed, "directed", false, "with --pair, only A as source and B as target")
	f.StringVar(&fl.types, "type", "", "PLOVER types, comma-separated: SANCTION,THREATEN")
	f.StringVar(&fl.grep, "grep", "", "words that must all occur in the sentence")
	f.BoolVar(&fl.factual, "factual", false, "leave out negated and hypothetical events")
	f.StringVar(&fl.doc, "doc", "", "events of one document (its id)")
	f.IntVar(&fl.limit, "limit", 100, "most events to list; 0 for all")
	f.StringVar(&fl.format, "format", "table", "output: table, csv or jsonl")
	return cmd
}

// filter turns the flags shared by events and export into a filter, with
// actors as the user wrote them; resolve makes them ids.
func (fl eventsFlags) filter() (entente.EventFilter, error) {
	f := entente.EventFilter{Directed: fl.directed, Factual: fl.factual, DocID: fl.doc, Limit: fl.limit,
		Actor: fl.actor}
	if fl.pair != "" {
		p := splitList(fl.pair)
		if len(p) != 2 {
			return f, fmt.Errorf("--pair %q: want two actors, A,B", fl.pair)
		}
		f.Pair = [2]string{p[0], p[1]}
	}
	var err error
	if f.Types, err = parseTypes(fl.types); err != nil {
		return f, err
	}
	if f.Window, err = fl.window.window(); err != nil {
		return f, err
	}
	f.Words = strings.Fields(fl.grep)
	return f, nil
}

// resolve turns the actors of a filter into the ids the store knows.
func resolveEventActors(ctx context.Context, st entente.Store, f *entente.EventFilter) error {
	var err error
	if f.Actor != "" {
		if f.Actor, err = resolveActor(ctx, st, f.Actor); err != nil {
			return err
		}
	}
	for i := range f.Pair {
		if f.Pair[i] != "" {
			if f.Pair[i], err = resolveActor(ctx, st, f.Pair[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

func runEvents(ctx context.Context, a *app, fl eventsFlags) error {
	if err := checkFormat(fl.format, "table", "csv", "jsonl"); err != nil {
		return err
	}
	f, err := fl.filter()
	if err != nil {
		return err
	}
	st, err := openStore(ctx, fl.db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := resolveEventActors(ctx, st, &f); err != nil {
		return err
	}
	return rowListing[entente.StoredEvent, *export.EventWriter]{
		noun:      "events",
		query:     func(fn func(entente.StoredEvent) error) error { return st.Events(ctx, f, fn) },
		newWriter: export.NewEventWriter,
		block:     writeEventBlock,
	}.write(a.stdout, fl.format, fl.limit)
}

// writeEventBlock prints one event as a short block: who did what to whom
// and when, the sentence, and where it was read.
func writeEventBlock(w io.Writer, se entente.StoredEvent) error {
	e := se.Event
	var flags []string
	if e.Negated {
		flags = append(flags, "NEGATED")
	}
	if e.Hypothetical {
		flags = append(flags, "HYPOTHETICAL")
	}
	if se.DuplicateOf != "" {
		flags = append(flags, "copy of "+se.DuplicateOf)
	}
	flag := ""
	if len(flags) > 0 {
		flag = "  [" + strings.Join(flags, ", ") + "]"
	}
	trigger := ""
	if e.Trigger != "" {
		trigger = fmt.Sprintf("  %q", e.Trigger)
	}
	fmt.Fprintf(w, "%s  %s → %s  %s %+.1f%s%s\n", orDash(se.Day), orDash(e.Source), orDash(e.Target),
		e.Type, e.Score, trigger, flag)
	fmt.Fprintf(w, "    %s\n", oneLine(e.Sentence))
	_, err := fmt.Fprintf(w, "    %s\n\n", source(se.URL, se.Outlet, se.DocID))
	return err
}

// source says where a row was read: the URL, else the outlet and id.
func source(url, outlet, docID string) string {
	if url != "" {
		return url
	}
	if outlet != "" {
		return outlet + ", " + docID
	}
	return docID
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

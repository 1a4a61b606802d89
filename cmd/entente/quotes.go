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

type quotesFlags struct {
	db      string
	actor   string
	speaker string
	window  windowFlags
	grep    string
	kind    string
	doc     string
	limit   int
	format  string
}

func newQuotesCmd(a *app) *cobra.Command {
	var fl quotesFlags
	cmd := &cobra.Command{
		Use:   "quotes",
		Short: "List stored quotes with their speakers and sources",
		Long: `quotes lists stored quotes in date order with the speaker, the actor the
speaker speaks for, and the URL (or id) of the document.`,
		Example: `  entente quotes --actor TUR --since 2025-01
  entente quotes --speaker fidan --grep sanctions
  entente quotes --kind direct --format csv --limit 0 > quotes.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runQuotes(cmd.Context(), a, fl)
		},
	}
	addDBFlag(cmd, &fl.db)
	addWindowFlags(cmd, &fl.window)
	f := cmd.Flags()
	f.StringVar(&fl.actor, "actor", "", "quotes of speakers acting for this actor")
	f.StringVar(&fl.speaker, "speaker", "", "part of the speaker's name")
	f.StringVar(&fl.grep, "grep", "", "words that must all occur in the quote")
	f.StringVar(&fl.kind, "kind", "", "direct or indirect")
	f.StringVar(&fl.doc, "doc", "", "quotes of one document (its id)")
	f.IntVar(&fl.limit, "limit", 100, "most quotes to list; 0 for all")
	f.StringVar(&fl.format, "format", "table", "output: table, csv or jsonl")
	return cmd
}

func (fl quotesFlags) filter() (entente.QuoteFilter, error) {
	f := entente.QuoteFilter{Actor: fl.actor, Speaker: fl.speaker, Kind: fl.kind, DocID: fl.doc, Limit: fl.limit,
		Words: strings.Fields(fl.grep)}
	switch fl.kind {
	case "", entente.QuoteDirect, entente.QuoteIndirect:
	default:
		return f, fmt.Errorf("--kind %q: want direct or indirect", fl.kind)
	}
	var err error
	f.Window, err = fl.window.window()
	return f, err
}

func runQuotes(ctx context.Context, a *app, fl quotesFlags) error {
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
	if f.Actor != "" {
		if f.Actor, err = resolveActor(ctx, st, f.Actor); err != nil {
			return err
		}
	}
	return rowListing[entente.StoredQuote, *export.QuoteWriter]{
		noun:      "quotes",
		query:     func(fn func(entente.StoredQuote) error) error { return st.Quotes(ctx, f, fn) },
		newWriter: export.NewQuoteWriter,
		block:     writeQuoteBlock,
	}.write(a.stdout, fl.format, fl.limit)
}

// writeQuoteBlock prints one quote: when, who (and for whom), the words,
// and where they were read.
func writeQuoteBlock(w io.Writer, q entente.StoredQuote) error {
	speaker := q.Quote.Speaker
	if q.Quote.Anonymous && speaker == "" {
		speaker = "(anonymous)"
	}
	if q.Quote.SpeakerActor != "" {
		speaker += " [" + q.Quote.SpeakerActor + "]"
	}
	kind := ""
	if q.Quote.Kind == entente.QuoteIndirect {
		kind = " (indirect)"
	}
	_, err := fmt.Fprintf(w, "%s  %s%s\n    “%s”\n    %s\n\n", orDash(q.Day), orDash(speaker), kind,
		oneLine(q.Quote.Text), source(q.URL, q.Outlet, q.DocID))
	return err
}

package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/entente/entente"
	"github.com/entente/entente/relations"
)

type blocsFlags struct {
	db         string
	window     windowFlags
	minEvents  int
	resolution float64
	top        int
	format     string
}

func newBlocsCmd(a *app) *cobra.Command {
	var fl blocsFlags
	cmd := &cobra.Command{
		Use:   "blocs",
		Short: "Split actors into blocs by who cooperates with whom",
		Long: `blocs builds, for a time window, the signed graph of net cooperation between
actors — each pair weighted by the sum of the PLOVER scores of the factual
events between them, both directions — and splits it into communities by
signed modularity (Louvain): cooperation inside a bloc counts for it, conflict
inside a bloc against it. Actors that cooperate with no one in their bloc are
listed as unaligned. It also lists the strongest ties and the sharpest
tensions of the window.`,
		Example: `  entente blocs --since 2025-01 --until 2025-06
  entente blocs --since 2024 --min-events 3 --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runBlocs(cmd.Context(), a, fl)
		},
	}
	addDBFlag(cmd, &fl.db)
	addWindowFlags(cmd, &fl.window)
	f := cmd.Flags()
	f.IntVar(&fl.minEvents, "min-events", 2, "leave out pairs with fewer events in the window")
	f.Float64Var(&fl.resolution, "resolution", 1, "modularity resolution: higher gives more, smaller blocs")
	f.IntVar(&fl.top, "top", 10, "how many strongest ties and tensions to list")
	f.StringVar(&fl.format, "format", "table", "output: table or json")
	return cmd
}

func runBlocs(ctx context.Context, a *app, fl blocsFlags) error {
	w, err := fl.window.window()
	if err != nil {
		return err
	}
	if err := checkFormat(fl.format, "table", "json"); err != nil {
		return err
	}
	st, err := openStore(ctx, fl.db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	b, err := relations.BlocsOf(ctx, st, relations.BlocOptions{Window: w, MinEvents: fl.minEvents,
		Resolution: fl.resolution, Top: fl.top})
	if err != nil {
		return err
	}
	out := bufio.NewWriter(a.stdout)
	defer out.Flush()
	if fl.format == "json" {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(b)
	}
	return writeBlocsTable(out, b, fl.minEvents)
}

func writeBlocsTable(w io.Writer, b relations.Blocs, minEvents int) error {
	span := "all dates"
	if b.Window.Since != "" || b.Window.Until != "" {
		span = orDash(b.Window.Since) + " … " + orDash(b.Window.Until)
	}
	fmt.Fprintf(w, "Blocs, %s: %d actors, %d ties (pairs with %d or more events), signed modularity %.2f\n",
		span, b.Actors, b.Ties, max(minEvents, 1), b.Modularity)
	if b.Actors == 0 {
		fmt.Fprintln(w, "no ties in this window")
		return nil
	}
	var unaligned []string
	n := 0
	for _, bl := range b.Blocs {
		if len(bl.Members) == 1 {
			unaligned = append(unaligned, bl.Members[0])
			continue
		}
		n++
		fmt.Fprintf(w, "\nbloc %d (%d): %s\n  net cooperation inside %+.1f, with others %+.1f\n",
			n, len(bl.Members), strings.Join(bl.Members, " "), bl.Internal, bl.External)
	}
	if len(unaligned) > 0 {
		fmt.Fprintf(w, "\nunaligned (%d): %s\n", len(unaligned), strings.Join(unaligned, " "))
	}
	ties := func(title string, list []entente.Tie) {
		if len(list) == 0 {
			return
		}
		fmt.Fprintf(w, "\n%s\n", title)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, t := range list {
			fmt.Fprintf(tw, "  %s – %s\t%+.1f\t%d events (%d cooperative, %d conflictual)\t%d documents\n",
				t.A, t.B, t.ScoreSum, t.Events, t.Coop, t.Conflict, t.Documents)
		}
		tw.Flush()
	}
	ties("strongest ties", b.Strongest)
	ties("tensions", b.Tensions)
	return nil
}

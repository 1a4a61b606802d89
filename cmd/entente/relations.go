package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/entente/entente"
	"github.com/entente/entente/relations"
)

type relationsFlags struct {
	db       string
	by       string
	window   windowFlags
	directed bool
	format   string
}

func newRelationsCmd(a *app) *cobra.Command {
	var fl relationsFlags
	cmd := &cobra.Command{
		Use:   "relations A B",
		Short: "Show how the relation between two actors moves over time",
		Long: `relations prints the dyad time series of two actors: per day, week, month or
year, the number of events per PLOVER quad (verbal and material cooperation,
verbal and material conflict), the sum and mean of their PLOVER scores (from
-9 for an assault to +10 for aid), and the distinct documents and outlets that
reported them. Only factual events count (not negated, not hypothetical), and
a story syndicated in near-duplicate copies counts once, though every outlet
that ran it counts among the outlets. Both directions count unless
--directed, which keeps A as source and B as target.`,
		Example: `  entente relations TUR EU --by month --since 2025-01
  entente relations USA CHN --by week --since 2025-01 --until 2025-06 --format csv
  entente relations RUS UKR --directed --format json`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRelations(cmd.Context(), a, fl, args[0], args[1])
		},
	}
	addDBFlag(cmd, &fl.db)
	addWindowFlags(cmd, &fl.window)
	f := cmd.Flags()
	f.StringVar(&fl.by, "by", "month", "bucket: day, week, month or year")
	f.BoolVar(&fl.directed, "directed", false, "only events with A as source and B as target")
	f.StringVar(&fl.format, "format", "table", "output: table, csv or json")
	return cmd
}

func runRelations(ctx context.Context, a *app, fl relationsFlags, actorA, actorB string) error {
	period, err := entente.ParsePeriod(fl.by)
	if err != nil {
		return fmt.Errorf("--by: %w", err)
	}
	w, err := fl.window.window()
	if err != nil {
		return err
	}
	if err := checkFormat(fl.format, "table", "csv", "json"); err != nil {
		return err
	}
	st, err := openStore(ctx, fl.db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	q := entente.SeriesQuery{Directed: fl.directed, Period: period, Window: w}
	if q.A, err = resolveActor(ctx, st, actorA); err != nil {
		return err
	}
	if q.B, err = resolveActor(ctx, st, actorB); err != nil {
		return err
	}
	series, err := relations.SeriesOf(ctx, st, q)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(a.stdout)
	defer out.Flush()
	switch fl.format {
	case "json":
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(series)
	case "csv":
		return writeSeriesCSV(out, series)
	}
	return writeSeriesTable(out, series)
}

func writeSeriesTable(w io.Writer, s relations.Series) error {
	dir := "both directions"
	arrow := "–"
	if s.Directed {
		dir, arrow = "directed", "→"
	}
	span := "all dates"
	if s.Window.Since != "" || s.Window.Until != "" {
		span = orDash(s.Window.Since) + " … " + orDash(s.Window.Until)
	}
	fmt.Fprintf(w, "%s %s %s, %s, by %s, %s (factual events; near-duplicates once)\n",
		s.A, arrow, s.B, dir, s.Period, span)
	if len(s.Points) == 0 {
		fmt.Fprintln(w, "no events")
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "period\tevents\tv.coop\tm.coop\tv.confl\tm.confl\tscore\tmean\tdocs\toutlets\t \ttop types")
	row := func(p relations.Point, docs string) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%+.1f\t%s\t%s\t%s\t \t%s\n", p.Label, p.Events,
			p.Quads[0], p.Quads[1], p.Quads[2], p.Quads[3], p.ScoreSum, mean(p), docs, orDash(itoaIf(p.Outlets, docs != "")),
			topTypes(p.Types, 3))
	}
	for _, p := range s.Points {
		row(p, strconv.Itoa(p.Documents))
	}
	row(s.Total, "")
	if err := tw.Flush(); err != nil {
		return err
	}
	return nil
}

func mean(p relations.Point) string {
	if p.Events == 0 {
		return "-"
	}
	return fmt.Sprintf("%+.2f", p.ScoreMean)
}

func itoaIf(n int, ok bool) string {
	if !ok {
		return ""
	}
	return strconv.Itoa(n)
}

// topTypes names the commonest types of a bucket: "AGREE 2, CONSULT 1".
func topTypes(m map[entente.EventType]int, n int) string {
	types := make([]entente.EventType, 0, len(m))
	for t := range m {
		types = append(types, t)
	}
	sort.Slice(types, func(i, j int) bool {
		if m[types[i]] != m[types[j]] {
			return m[types[i]] > m[types[j]]
		}
		return types[i] < types[j]
	})
	var parts []string
	for i, t := range types {
		if i == n {
			parts = append(parts, "…")
			break
		}
		parts = append(parts, fmt.Sprintf("%s %d", t, m[t]))
	}
	return strings.Join(parts, ", ")
}

func writeSeriesCSV(w io.Writer, s relations.Series) error {
	cw := csv.NewWriter(w)
	head := []string{"period", "start", "events", "verbal_coop", "material_coop", "verbal_conflict",
		"material_conflict", "score_sum", "score_mean", "documents", "outlets"}
	types := entente.EventTypes()
	for _, t := range types {
		head = append(head, strings.ToLower(string(t)))
	}
	cw.Write(head)
	for _, p := range s.Points {
		rec := []string{p.Label, p.Start, strconv.Itoa(p.Events),
			strconv.Itoa(p.Quads[0]), strconv.Itoa(p.Quads[1]), strconv.Itoa(p.Quads[2]), strconv.Itoa(p.Quads[3]),
			strconv.FormatFloat(p.ScoreSum, 'f', -1, 64), strconv.FormatFloat(p.ScoreMean, 'f', 4, 64),
			strconv.Itoa(p.Documents), strconv.Itoa(p.Outlets)}
		for _, t := range types {
			rec = append(rec, strconv.Itoa(p.Types[t]))
		}
		cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}

package relations

import (
	"context"
	"math"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/entente/entente"
	"github.com/entente/entente/store/sqlite"
	"github.com/entente/entente/store/storetest"
)

// The corpus the hand-computed series below are computed from.
var docs = []struct {
	doc   entente.Document
	dupOf string
}{
	{doc: entente.Document{ID: "d1", Outlet: "Reuters", Published: "2025-01-10",
		Text: "TUR CONSULT EU\nEU SANCTION TUR\nTUR REQUEST EU hyp\n"}},
	{doc: entente.Document{ID: "d2", Outlet: "AP", Published: "2025-01-20",
		Text: "TUR AGREE EU\nTUR AGREE EU\nEU ACCUSE TUR neg\n"}},
	{doc: entente.Document{ID: "d3", Outlet: "Reuters", Published: "2025-02-03",
		Text: "TUR THREATEN EU\nTUR AID UKR\n"}},
	// A syndicated copy of d1: its events and itself are not counted
	// again, but its outlet carried the story.
	{doc: entente.Document{ID: "d4", Outlet: "BBC", Published: "2025-01-11", Text: "TUR CONSULT EU\n"}, dupOf: "d1"},
	// Published in March about an event of 28 February.
	{doc: entente.Document{ID: "d5", Outlet: "AFP", Published: "2025-03-15", Text: "EU SUPPORT TUR 2025-02-28\n"}},
	// No outlet known: a document, but no outlet.
	{doc: entente.Document{ID: "d6", Published: "2025-01-31", Text: "TUR COOPERATE EU\n"}},
	// Undated: stored, never in a series.
	{doc: entente.Document{ID: "d7", Outlet: "AP", Text: "TUR ASSAULT EU\n"}},
}

func testStore(t testing.TB) entente.Store {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var recs []entente.Extraction
	for _, d := range docs {
		rec, err := storetest.Script{}.Extract(d.doc)
		if err != nil {
			t.Fatal(err)
		}
		rec.Doc.DuplicateOf = d.dupOf
		recs = append(recs, rec)
	}
	if _, err := st.Put(ctx, recs); err != nil {
		t.Fatal(err)
	}
	return st
}

func types(kv ...any) map[entente.EventType]int {
	m := map[entente.EventType]int{}
	for i := 0; i < len(kv); i += 2 {
		m[kv[i].(entente.EventType)] = kv[i+1].(int)
	}
	return m
}

func TestSeriesByMonth(t *testing.T) {
	st := testStore(t)
	w, _ := entente.ParseWindow("2025-01", "2025-03")
	got, err := SeriesOf(context.Background(), st, entente.SeriesQuery{A: "TUR", B: "EU", Period: entente.Month, Window: w})
	if err != nil {
		t.Fatal(err)
	}
	// January: d1 CONSULT +2.5 and SANCTION -6 (the hypothetical REQUEST
	// does not count), d2 AGREE twice +5 (the negated ACCUSE does not),
	// d6 COOPERATE +9.5; d4 is a copy of d1. Sum 11 over 5 events; three
	// documents; three outlets: Reuters, AP, and BBC that ran the copy (d6
	// has none).
	// February: d3 THREATEN -3.5, d5 SUPPORT +5 dated 28 February.
	// March: nothing.
	want := []Point{
		{Label: "2025-01", Start: "2025-01-01", Events: 5,
			Types: types(entente.Consult, 1, entente.Sanction, 1, entente.Agree, 2, entente.Cooperate, 1),
			Quads: [4]int{3, 1, 0, 1}, ScoreSum: 11, ScoreMean: 2.2, Documents: 3, Outlets: 3},
		{Label: "2025-02", Start: "2025-02-01", Events: 2,
			Types: types(entente.Threaten, 1, entente.Support, 1),
			Quads: [4]int{1, 0, 1, 0}, ScoreSum: 1.5, ScoreMean: 0.75, Documents: 2, Outlets: 2},
		{Label: "2025-03", Start: "2025-03-01", Types: types()},
	}
	comparePoints(t, got.Points, want)
	if got.Total.Events != 7 || !near(got.Total.ScoreSum, 12.5) || !near(got.Total.ScoreMean, 12.5/7) {
		t.Errorf("total = %+v", got.Total)
	}
}

func TestSeriesDirectedByWeek(t *testing.T) {
	st := testStore(t)
	w, _ := entente.ParseWindow("2025-01-06", "2025-02-09")
	got, err := SeriesOf(context.Background(), st,
		entente.SeriesQuery{A: "TUR", B: "EU", Directed: true, Period: entente.Week, Window: w})
	if err != nil {
		t.Fatal(err)
	}
	// TUR→EU only. 2025-01-10 is a Friday of the week of Monday 6 January
	// (ISO week 2); 20 January is a Monday (week 4); 31 January a Friday
	// of week 5; 3 February the Monday of week 6.
	want := []Point{
		{Label: "2025-W02", Start: "2025-01-06", Events: 1, Types: types(entente.Consult, 1),
			Quads: [4]int{1, 0, 0, 0}, ScoreSum: 2.5, ScoreMean: 2.5, Documents: 1, Outlets: 2}, // Reuters, and BBC's copy
		{Label: "2025-W03", Start: "2025-01-13", Types: types()},
		{Label: "2025-W04", Start: "2025-01-20", Events: 2, Types: types(entente.Agree, 2),
			Quads: [4]int{2, 0, 0, 0}, ScoreSum: 5, ScoreMean: 2.5, Documents: 1, Outlets: 1},
		{Label: "2025-W05", Start: "2025-01-27", Events: 1, Types: types(entente.Cooperate, 1),
			Quads: [4]int{0, 1, 0, 0}, ScoreSum: 9.5, ScoreMean: 9.5, Documents: 1, Outlets: 0},
		{Label: "2025-W06", Start: "2025-02-03", Events: 1, Types: types(entente.Threaten, 1),
			Quads: [4]int{0, 0, 1, 0}, ScoreSum: -3.5, ScoreMean: -3.5, Documents: 1, Outlets: 1},
	}
	comparePoints(t, got.Points, want)
}

func TestSeriesByDayOpenWindow(t *testing.T) {
	st := testStore(t)
	got, err := SeriesOf(context.Background(), st,
		entente.SeriesQuery{A: "EU", B: "TUR", Directed: true, Period: entente.Day})
	if err != nil {
		t.Fatal(err)
	}
	// EU→TUR: the sanction of 10 January and the support of 28 February;
	// an open window runs from the first event to the last.
	if len(got.Points) != 50 {
		t.Fatalf("%d points, want 50 (10 Jan to 28 Feb)", len(got.Points))
	}
	first, last := got.Points[0], got.Points[49]
	if first.Label != "2025-01-10" || first.ScoreSum != -6 || first.Quads != [4]int{0, 0, 0, 1} ||
		last.Label != "2025-02-28" || last.ScoreSum != 5 || last.Documents != 1 || last.Outlets != 1 {
		t.Fatalf("first %+v, last %+v", first, last)
	}
	// Unknown actors give an empty series, not an error.
	empty, err := SeriesOf(context.Background(), st, entente.SeriesQuery{A: "TUR", B: "ZZZ"})
	if err != nil || len(empty.Points) != 0 {
		t.Fatalf("unknown actor: %+v, %v", empty, err)
	}
}

func comparePoints(t *testing.T, got, want []Point) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d points, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		g, w := got[i], want[i]
		if !near(g.ScoreSum, w.ScoreSum) || !near(g.ScoreMean, w.ScoreMean) {
			t.Errorf("point %d scores: sum %v mean %v, want %v %v", i, g.ScoreSum, g.ScoreMean, w.ScoreSum, w.ScoreMean)
		}
		g.ScoreSum, g.ScoreMean, w.ScoreSum, w.ScoreMean = 0, 0, 0, 0
		if !reflect.DeepEqual(g, w) {
			t.Errorf("point %d:\n got %+v\nwant %+v", i, g, w)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// Documents that report a pair on several days, or in both directions on
// one day, count once per bucket.
func TestDistinctDocumentsAcrossDaysAndDirections(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var recs []entente.Extraction
	for _, d := range []entente.Document{
		{ID: "m1", Outlet: "Reuters", Published: "2025-01-22", Text: "TUR REJECT EU\nEU REJECT TUR\nTUR CONCEDE EU 2025-01-02\n"},
		{ID: "m2", Outlet: "Reuters", Published: "2025-01-23", Text: "TUR REJECT EU\n"},
		{ID: "m3", Outlet: "AP", Published: "2025-02-01", Text: "EU REJECT TUR 2025-01-31\nTUR AGREE EU\n"},
	} {
		rec, _ := storetest.Script{}.Extract(d)
		recs = append(recs, rec)
	}
	if _, err := st.Put(ctx, recs); err != nil {
		t.Fatal(err)
	}
	type want struct {
		label                 string
		events, docs, outlets int
	}
	cases := []struct {
		q    entente.SeriesQuery
		want []want
	}{
		{entente.SeriesQuery{A: "TUR", B: "EU", Period: entente.Month},
			[]want{{"2025-01", 5, 3, 2}, {"2025-02", 1, 1, 1}}},
		{entente.SeriesQuery{A: "TUR", B: "EU", Period: entente.Week},
			// 2 January is in the ISO week of Monday 30 December 2024;
			// 31 January and 1 February share the week of 27 January.
			[]want{{"2025-W01", 1, 1, 1}, {"2025-W02", 0, 0, 0}, {"2025-W03", 0, 0, 0},
				{"2025-W04", 3, 2, 1}, {"2025-W05", 2, 1, 1}}},
		{entente.SeriesQuery{A: "EU", B: "TUR", Period: entente.Year},
			[]want{{"2025", 6, 3, 2}}},
		{entente.SeriesQuery{A: "TUR", B: "EU", Directed: true, Period: entente.Month},
			[]want{{"2025-01", 3, 2, 1}, {"2025-02", 1, 1, 1}}},
		{entente.SeriesQuery{A: "EU", B: "TUR", Directed: true, Period: entente.Month},
			[]want{{"2025-01", 2, 2, 2}}},
		{entente.SeriesQuery{A: "TUR", B: "EU", Period: entente.Day,
			Window: entente.Window{Since: "2025-01-22", Until: "2025-01-22"}},
			[]want{{"2025-01-22", 2, 1, 1}}},
	}
	for _, c := range cases {
		s, err := SeriesOf(ctx, st, c.q)
		if err != nil {
			t.Fatal(err)
		}
		var got []want
		for _, p := range s.Points {
			got = append(got, want{p.Label, p.Events, p.Documents, p.Outlets})
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%+v:\n got %v\nwant %v", c.q, got, c.want)
		}
	}
}

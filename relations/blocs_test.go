package relations

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/entente/entente"
	"github.com/entente/entente/store/sqlite"
	"github.com/entente/entente/store/storetest"
)

// Two camps that cooperate inside and clash across, one weak cross-camp
// trade tie, and a pair at war that belongs in no camp together.
func constructedTies() []entente.Tie {
	var ties []entente.Tie
	tie := func(a, b string, score float64) {
		if a > b {
			a, b = b, a
		}
		ties = append(ties, entente.Tie{A: a, B: b, Events: 3, ScoreSum: score})
	}
	west := []string{"USA", "GBR", "FRA", "DEU"}
	east := []string{"RUS", "CHN", "IRN", "PRK"}
	for i := range west {
		for j := i + 1; j < len(west); j++ {
			tie(west[i], west[j], 20)
			tie(east[i], east[j], 15)
		}
	}
	tie("USA", "RUS", -30)
	tie("GBR", "RUS", -10)
	tie("USA", "CHN", -20)
	tie("FRA", "IRN", -8)
	tie("DEU", "CHN", 3)
	tie("IND", "PAK", -25)
	return ties
}

func TestBlocsOnConstructedGraph(t *testing.T) {
	ties := constructedTies()
	got := detect(Blocs{}, ties, BlocOptions{Top: 3})
	member := map[string]int{}
	for i, b := range got.Blocs {
		for _, m := range b.Members {
			member[m] = i
		}
	}
	want := [][]string{{"DEU", "FRA", "GBR", "USA"}, {"CHN", "IRN", "PRK", "RUS"}}
	if len(got.Blocs) < 2 || !reflect.DeepEqual(got.Blocs[0].Members, want[1]) && !reflect.DeepEqual(got.Blocs[0].Members, want[0]) {
		t.Fatalf("blocs = %+v", got.Blocs)
	}
	for _, camp := range want {
		for _, m := range camp[1:] {
			if member[m] != member[camp[0]] {
				t.Errorf("%s and %s in different blocs: %+v", m, camp[0], got.Blocs)
			}
		}
	}
	if member["USA"] == member["RUS"] {
		t.Errorf("the camps were merged: %+v", got.Blocs)
	}
	if member["IND"] == member["PAK"] {
		t.Errorf("IND and PAK, at war, share a bloc: %+v", got.Blocs)
	}
	if got.Actors != 10 {
		t.Errorf("actors = %d", got.Actors)
	}
	if got.Modularity <= 0.3 || got.Modularity > 1 {
		t.Errorf("signed modularity %v, want a clear structure in (0.3, 1]", got.Modularity)
	}
	// West: 6 ties of +20 inside; its cross ties sum to -30-10-20-8+3.
	for _, b := range got.Blocs {
		if b.Members[0] == "DEU" && (b.Internal != 120 || b.External != -65) {
			t.Errorf("west internal %v external %v, want 120 and -65", b.Internal, b.External)
		}
	}
	var strongest, tensions []string
	for _, t := range got.Strongest {
		strongest = append(strongest, fmt.Sprintf("%s-%s", t.A, t.B))
	}
	for _, t := range got.Tensions {
		tensions = append(tensions, fmt.Sprintf("%s-%s", t.A, t.B))
	}
	if s := strings.Join(strongest, " "); s != "DEU-FRA DEU-GBR DEU-USA" {
		t.Errorf("strongest = %s", s)
	}
	if s := strings.Join(tensions, " "); s != "RUS-USA IND-PAK CHN-USA" {
		t.Errorf("tensions = %s", s)
	}
	// The same ties in another order give the same answer.
	rev := append([]entente.Tie(nil), ties...)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	if again := detect(Blocs{}, rev, BlocOptions{Top: 3}); !reflect.DeepEqual(again.Blocs, got.Blocs) {
		t.Errorf("order changed the blocs:\n%+v\n%+v", again.Blocs, got.Blocs)
	}
}

func TestBlocsFromStore(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "b.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// Events that add up to the constructed ties' signs, in January 2025,
	// plus conflict in 2024 that the window leaves out.
	texts := []string{
		"USA COOPERATE GBR\nGBR AID USA\nFRA AGREE DEU\nDEU SUPPORT FRA\nUSA CONSULT FRA\nGBR SUPPORT DEU\n",
		"RUS COOPERATE CHN\nCHN AID RUS\nIRN SUPPORT PRK\nPRK AGREE IRN\nRUS CONSULT IRN\nCHN SUPPORT PRK\n",
		"USA SANCTION RUS\nRUS THREATEN USA\nGBR ACCUSE CHN\nFRA SANCTION IRN\nUSA COERCE PRK\n",
		"USA SUPPORT DEU\nGBR CONSULT FRA\nRUS AGREE PRK\nCHN CONSULT IRN\n",
	}
	var recs []entente.Extraction
	for i, text := range texts {
		rec, _ := storetest.Script{}.Extract(entente.Document{ID: fmt.Sprint("j", i), Published: "2025-01-15", Text: text})
		recs = append(recs, rec)
	}
	old, _ := storetest.Script{}.Extract(entente.Document{ID: "old", Published: "2024-06-01",
		Text: strings.Repeat("USA ASSAULT GBR\n", 10)})
	recs = append(recs, old)
	if _, err := st.Put(ctx, recs); err != nil {
		t.Fatal(err)
	}
	w, _ := entente.ParseWindow("2025-01", "2025-01")
	got, err := BlocsOf(ctx, st, BlocOptions{Window: w})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Blocs) != 2 ||
		!reflect.DeepEqual(got.Blocs[0].Members, []string{"DEU", "FRA", "GBR", "USA"}) ||
		!reflect.DeepEqual(got.Blocs[1].Members, []string{"CHN", "IRN", "PRK", "RUS"}) {
		t.Fatalf("blocs = %+v", got.Blocs)
	}
	// USA-RUS: SANCTION -6 and THREATEN -3.5, both directions summed.
	if len(got.Tensions) == 0 || got.Tensions[0].A != "RUS" || got.Tensions[0].B != "USA" ||
		got.Tensions[0].ScoreSum != -9.5 || got.Tensions[0].Events != 2 || got.Tensions[0].Conflict != 2 {
		t.Errorf("tensions = %+v", got.Tensions)
	}
	// MinEvents leaves out ties seen once.
	thin, err := BlocsOf(ctx, st, BlocOptions{Window: w, MinEvents: 2})
	if err != nil {
		t.Fatal(err)
	}
	if thin.Ties >= got.Ties || thin.Ties == 0 {
		t.Errorf("MinEvents 2 kept %d of %d ties", thin.Ties, got.Ties)
	}
}

package relations

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sort"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/entente/entente"
)

// BlocOptions tune bloc detection.
type BlocOptions struct {
	Window entente.Window
	// MinEvents drops ties with fewer events, which are noise rather than
	// relations; 0 means 1.
	MinEvents int
	// Resolution is the modularity resolution: above 1 gives more and
	// smaller blocs. 0 means 1.
	Resolution float64
	// Top is how many of the strongest ties and tensions to report; 0
	// means 10.
	Top int
	// Seed fixes the Louvain method's random order, so the same data gives
	// the same blocs.
	Seed uint64
}

// Bloc is a community of actors tied more by cooperation than by conflict.
type Bloc struct {
	Members []string `json:"members"`
	// Internal is the net cooperation (sum of PLOVER scores) on ties inside
	// the bloc; External that on ties to actors outside it.
	Internal float64 `json:"internal"`
	External float64 `json:"external"`
}

// Blocs is the bloc structure of a window.
type Blocs struct {
	Window     entente.Window `json:"window"`
	Actors     int            `json:"actors"`
	Ties       int            `json:"ties"`
	Modularity float64        `json:"modularity"`
	Blocs      []Bloc         `json:"blocs"`
	Strongest  []entente.Tie  `json:"strongest_ties"` // highest net cooperation
	Tensions   []entente.Tie  `json:"tensions"`       // lowest net cooperation
}

// BlocsOf builds the signed graph of net cooperation in a window — an edge
// per pair of actors weighted by the sum of the PLOVER scores of the
// factual events between them, both directions — and splits it into
// communities that maximise signed modularity: cooperation inside a bloc
// counts for it, conflict inside a bloc against it.
func BlocsOf(ctx context.Context, st entente.Store, opt BlocOptions) (Blocs, error) {
	out := Blocs{Window: opt.Window}
	ties, err := st.Ties(ctx, opt.Window)
	if err != nil {
		return out, fmt.Errorf("blocs: %w", err)
	}
	minEvents := max(opt.MinEvents, 1)
	kept := ties[:0]
	for _, t := range ties {
		if t.Events >= minEvents && t.ScoreSum != 0 {
			kept = append(kept, t)
		}
	}
	ties = kept
	out.Ties = len(ties)
	return detect(out, ties, opt), nil
}

// detect does the graph work on ties already read.
func detect(out Blocs, ties []entente.Tie, opt BlocOptions) Blocs {
	// Node ids follow the sorted actor ids, so that the result does not
	// depend on the order the store returned ties in.
	var names []string
	seen := map[string]bool{}
	for _, t := range ties {
		for _, a := range []string{t.A, t.B} {
			if !seen[a] {
				seen[a] = true
				names = append(names, a)
			}
		}
	}
	sort.Strings(names)
	id := make(map[string]int64, len(names))
	for i, n := range names {
		id[n] = int64(i)
	}
	out.Actors = len(names)

	top := opt.Top
	if top <= 0 {
		top = 10
	}
	byScore := append([]entente.Tie(nil), ties...)
	sort.SliceStable(byScore, func(i, j int) bool {
		if byScore[i].ScoreSum != byScore[j].ScoreSum {
			return byScore[i].ScoreSum > byScore[j].ScoreSum
		}
		return byScore[i].A+" "+byScore[i].B < byScore[j].A+" "+byScore[j].B
	})
	for _, t := range byScore {
		if t.ScoreSum > 0 && len(out.Strongest) < top {
			out.Strongest = append(out.Strongest, t)
		}
	}
	for i := len(byScore) - 1; i >= 0; i-- {
		if t := byScore[i]; t.ScoreSum < 0 && len(out.Tensions) < top {
			out.Tensions = append(out.Tensions, t)
		}
	}
	if len(names) == 0 {
		return out
	}

	pos := simple.NewWeightedUndirectedGraph(0, 0)
	neg := simple.NewWeightedUndirectedGraph(0, 0)
	for i := range names {
		pos.AddNode(simple.Node(i))
		neg.AddNode(simple.Node(i))
	}
	for _, t := range ties {
		if t.A == t.B {
			continue
		}
		e := simple.WeightedEdge{F: simple.Node(id[t.A]), T: simple.Node(id[t.B]), W: t.ScoreSum}
		if t.ScoreSum > 0 {
			pos.SetWeightedEdge(e)
		} else {
			neg.SetWeightedEdge(e)
		}
	}
	layers, err := community.NewUndirectedLayers(pos, neg)
	if err != nil {
		// Both layers hold the same nodes, which is all this checks.
		panic(err)
	}
	res := opt.Resolution
	if res <= 0 {
		res = 1
	}
	weights := []float64{1, -1}
	seed := opt.Seed
	if seed == 0 {
		seed = 1
	}
	reduced := community.ModularizeMultiplex(layers, weights, []float64{res}, true, rand.NewPCG(seed, seed))
	comms := reduced.Communities()
	member := make([]int, len(names))
	for ci, c := range comms {
		for _, n := range c {
			member[n.ID()] = ci
		}
	}
	// Signed modularity rewards putting an actor with the enemies of its
	// enemy even when it cooperates with none of them; being in a team
	// takes cooperation with someone in it, so such actors stand alone.
	bonded := make([]bool, len(names))
	for _, t := range ties {
		a, b := id[t.A], id[t.B]
		if t.ScoreSum > 0 && a != b && member[a] == member[b] {
			bonded[a], bonded[b] = true, true
		}
	}
	next := len(comms)
	for i := range names {
		if !bonded[i] {
			member[i] = next
			next++
		}
	}
	blocs := make([]Bloc, next)
	for i, n := range names {
		blocs[member[i]].Members = append(blocs[member[i]].Members, n)
	}
	kept := blocs[:0]
	for _, b := range blocs {
		if len(b.Members) > 0 {
			kept = append(kept, b)
		}
	}
	blocs = kept
	for bi, b := range blocs {
		for _, n := range b.Members {
			member[id[n]] = bi
		}
	}
	final := make([][]graph.Node, len(blocs))
	for bi, b := range blocs {
		for _, n := range b.Members {
			final[bi] = append(final[bi], simple.Node(id[n]))
		}
	}
	// gonum leaves multiplex Q unscaled; dividing by the total weight of
	// both layers gives the signed modularity of Gómez et al. (2009), in
	// [-1, 1] and comparable across windows.
	var total float64
	for _, t := range ties {
		if t.A != t.B {
			total += 2 * abs(t.ScoreSum)
		}
	}
	for _, q := range community.QMultiplex(layers, final, weights, []float64{res}) {
		out.Modularity += q
	}
	if total > 0 {
		out.Modularity /= total
	}

	for _, t := range ties {
		if t.A == t.B {
			continue
		}
		a, b := member[id[t.A]], member[id[t.B]]
		if a == b {
			blocs[a].Internal += t.ScoreSum
		} else {
			blocs[a].External += t.ScoreSum
			blocs[b].External += t.ScoreSum
		}
	}
	sort.SliceStable(blocs, func(i, j int) bool {
		if len(blocs[i].Members) != len(blocs[j].Members) {
			return len(blocs[i].Members) > len(blocs[j].Members)
		}
		if blocs[i].Internal != blocs[j].Internal {
			return blocs[i].Internal > blocs[j].Internal
		}
		return blocs[i].Members[0] < blocs[j].Members[0]
	})
	out.Blocs = blocs
	return out
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

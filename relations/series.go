// Package relations turns stored events into views of how relations move:
// dyad time series between two actors, and blocs of actors that cooperate
// with one another in a time window. It reads through entente.Store only.
package relations

import (
	"context"
	"fmt"
	"time"

	"github.com/entente/entente"
)

// Point is one bucket of a dyad series. Only factual events count, each
// story once: a near-duplicate copy adds no events and no document, only
// its outlet.
type Point struct {
	Label     string                    `json:"period"` // 2025-03, 2025-W09, 2025-03-01, 2025
	Start     string                    `json:"start"`  // first day, YYYY-MM-DD
	Events    int                       `json:"events"`
	Types     map[entente.EventType]int `json:"types"`
	Quads     [4]int                    `json:"quads"` // verbal coop, material coop, verbal conflict, material conflict
	ScoreSum  float64                   `json:"score_sum"`
	ScoreMean float64                   `json:"score_mean"` // 0 when there are no events
	Documents int                       `json:"documents"`
	Outlets   int                       `json:"outlets"`
}

// Coop is the number of cooperative events (quads 1 and 2).
func (p Point) Coop() int { return p.Quads[0] + p.Quads[1] }

// Conflict is the number of conflictual events (quads 3 and 4).
func (p Point) Conflict() int { return p.Quads[2] + p.Quads[3] }

// Series is a dyad time series.
type Series struct {
	A        string         `json:"a"`
	B        string         `json:"b"`
	Directed bool           `json:"directed"`
	Period   entente.Period `json:"period"`
	Window   entente.Window `json:"window"`
	Points   []Point        `json:"points"`
	// Total adds up the points; its Documents and Outlets are left at zero
	// because distinct counts of buckets do not add up.
	Total Point `json:"total"`
}

// SeriesOf computes the series q asks for. Buckets without events between
// the window's ends (or the first and last event, where the window is
// open) are filled with zeros, so that the series can be plotted as it is.
func SeriesOf(ctx context.Context, st entente.Store, q entente.SeriesQuery) (Series, error) {
	if q.Period == "" {
		q.Period = entente.Month
	}
	s := Series{A: q.A, B: q.B, Directed: q.Directed, Period: q.Period, Window: q.Window}
	buckets, err := st.Series(ctx, q)
	if err != nil {
		return s, fmt.Errorf("relations %s-%s: %w", q.A, q.B, err)
	}
	s.Points = fill(q.Period, q.Window, buckets)
	s.Total = Point{Label: "total", Types: map[entente.EventType]int{}}
	if len(s.Points) > 0 {
		s.Total.Start = s.Points[0].Start
	}
	for _, p := range s.Points {
		s.Total.Events += p.Events
		s.Total.ScoreSum += p.ScoreSum
		for t, n := range p.Types {
			s.Total.Types[t] += n
		}
		for i := range p.Quads {
			s.Total.Quads[i] += p.Quads[i]
		}
	}
	if s.Total.Events > 0 {
		s.Total.ScoreMean = s.Total.ScoreSum / float64(s.Total.Events)
	}
	return s, nil
}

// PointOf turns a stored bucket into a point.
func PointOf(p entente.Period, b entente.SeriesBucket) Point {
	start, _ := time.Parse("2006-01-02", b.Start)
	pt := Point{
		Label:     p.Label(start),
		Start:     b.Start,
		Types:     map[entente.EventType]int{},
		ScoreSum:  b.ScoreSum,
		Documents: b.Documents,
		Outlets:   b.Outlets,
	}
	for t, n := range b.Types {
		info, ok := t.Info()
		if !ok || n == 0 {
			continue
		}
		pt.Types[t] = n
		pt.Events += n
		pt.Quads[info.Quad-1] += n
	}
	if pt.Events > 0 {
		pt.ScoreMean = pt.ScoreSum / float64(pt.Events)
	}
	return pt
}

// fill lays the stored buckets on a gapless run of buckets.
func fill(p entente.Period, w entente.Window, buckets []entente.SeriesBucket) []Point {
	have := map[string]entente.SeriesBucket{}
	for _, b := range buckets {
		have[b.Start] = b
	}
	var from, to time.Time
	if t, ok := entente.ParseDay(w.Since); ok {
		from = p.Start(t)
	} else if len(buckets) > 0 {
		from, _ = time.Parse("2006-01-02", buckets[0].Start)
	}
	if t, ok := entente.ParseDay(w.Until); ok {
		to = p.Start(t)
	} else if len(buckets) > 0 {
		to, _ = time.Parse("2006-01-02", buckets[len(buckets)-1].Start)
	}
	if from.IsZero() || to.IsZero() || to.Before(from) {
		out := make([]Point, 0, len(buckets))
		for _, b := range buckets {
			out = append(out, PointOf(p, b))
		}
		return out
	}
	var out []Point
	for t := from; !t.After(to); t = p.Next(t) {
		day := t.Format("2006-01-02")
		b, ok := have[day]
		if !ok {
			b = entente.SeriesBucket{Start: day}
		}
		out = append(out, PointOf(p, b))
	}
	return out
}

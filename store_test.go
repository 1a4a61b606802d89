package entente

import (
	"testing"
	"time"
)

func TestParseWindow(t *testing.T) {
	cases := []struct {
		since, until string
		want         Window
		bad          bool
	}{
		{"2025-01", "2025-06", Window{"2025-01-01", "2025-06-30"}, false},
		{"2024", "2024", Window{"2024-01-01", "2024-12-31"}, false},
		{"2024-02", "2024-02", Window{"2024-02-01", "2024-02-29"}, false},
		{"2025-03-15", "", Window{Since: "2025-03-15"}, false},
		{"", "2025-03-15T10:00:00Z", Window{Until: "2025-03-15"}, false},
		{"March", "", Window{}, true},
		{"2025-13", "", Window{}, true},
		{"2025-06", "2025-01", Window{}, true},
	}
	for _, c := range cases {
		got, err := ParseWindow(c.since, c.until)
		if (err != nil) != c.bad || !c.bad && got != c.want {
			t.Errorf("ParseWindow(%q, %q) = %+v, %v", c.since, c.until, got, err)
		}
	}
}

func TestPeriods(t *testing.T) {
	day := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC) // a Wednesday, in ISO week 1 of 2025
	cases := []struct {
		p           Period
		start, next string
		label       string
	}{
		{Day, "2025-01-01", "2025-01-02", "2025-01-01"},
		{Week, "2024-12-30", "2025-01-06", "2025-W01"},
		{Month, "2025-01-01", "2025-02-01", "2025-01"},
		{Year, "2025-01-01", "2026-01-01", "2025"},
	}
	for _, c := range cases {
		s := c.p.Start(day)
		if s.Format("2006-01-02") != c.start || c.p.Next(s).Format("2006-01-02") != c.next || c.p.Label(s) != c.label {
			t.Errorf("%s: start %s next %s label %s", c.p, s.Format("2006-01-02"), c.p.Next(s).Format("2006-01-02"), c.p.Label(s))
		}
	}
	if _, err := ParsePeriod("Fortnight"); err == nil {
		t.Error("ParsePeriod accepted fortnight")
	}
	if p, err := ParsePeriod("WEEK"); err != nil || p != Week {
		t.Errorf("ParsePeriod(WEEK) = %q, %v", p, err)
	}
}

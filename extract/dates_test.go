package extract

import (
	"testing"

	"github.com/entente/entente"
)

func TestEventDate(t *testing.T) {
	// Friday 15 March 2024.
	const published = "2024-03-15"
	cases := []struct {
		text, want string
	}{
		{"Turkey urged Greece to talk.", "2024-03-15"},
		{"On Monday, Turkey urged Greece to talk.", "2024-03-11"},
		{"Turkey urged Greece on Friday to talk.", "2024-03-15"},
		{"Turkey will meet Greece on Monday.", "2024-03-18"},
		{"Turkey urged Greece yesterday.", "2024-03-14"},
		{"Turkey urged Greece today.", "2024-03-15"},
		{"Turkey urged Greece last week.", "2024-03-08"},
		{"Turkey met Greece earlier this month.", "2024-03-01"},
		{"Turkey met Greece in early February.", "2024-02-01"},
		{"Turkey met Greece in mid-February.", "2024-02-15"},
		{"Turkey met Greece in late January.", "2024-01-25"},
		{"Turkey met Greece on 3 March.", "2024-03-03"},
		{"Turkey met Greece on March 3.", "2024-03-03"},
		{"Turkey met Greece on March 3, 2021.", "2021-03-03"},
		{"Turkey met Greece in January.", "2024-01-01"},
		{"Turkey met Greece in December.", "2023-12-01"},
		{"Turkey met Greece two years ago.", "2022-03-15"},
		{"Turkey met Greece three days ago.", "2024-03-12"},
		{"Ties soured in 2020.", "2020-01-01"},
		{"Turkey met Greece last month.", "2024-02-15"},
		{"Greece may hold talks.", "2024-03-15"},
		{"Greece will host the upcoming summit in January.", "2025-01-01"},
		{"Leaders prepared for the upcoming summit in February.", "2025-02-01"},
		{"Turkey said it would hold talks with Greece in January.", "2025-01-01"},
		{"Turkey said on Monday it would hold talks with Greece.", "2024-03-11"},
		{"Turkey said Tuesday that it would meet Greece.", "2024-03-12"},
		{"Turkey will meet Greece on Monday, the ministry announced.", "2024-03-18"},
		{"Turkey met Greece on March 3rd.", "2024-03-03"},
		{"Turkey met Greece on the 2nd of March.", "2024-03-02"},
	}
	p := eventPipeline(t)
	for _, c := range cases {
		d, err := p.Analyze(docOf(c.text, published))
		if err != nil {
			t.Fatal(err)
		}
		if got := d.eventDate(0); got != c.want {
			t.Errorf("%q: date %s, want %s", c.text, got, c.want)
		}
	}
	d, err := p.Analyze(docOf("Turkey urged Greece on Monday.", ""))
	if err != nil {
		t.Fatal(err)
	}
	if got := d.eventDate(0); got != "" {
		t.Errorf("without a publication date: %q, want none", got)
	}
}

func docOf(text, published string) entente.Document {
	return entente.Document{ID: "t", Text: text, Published: published}
}

// TestEventDateNearTrigger checks that each event of a sentence takes the
// time phrase nearest its trigger.
func TestEventDateNearTrigger(t *testing.T) {
	p := eventPipeline(t)
	x, err := p.Extract(docOf("On Monday Turkey urged Greece to talk, and in January Turkey had met Italy.", "2024-03-15"))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range x.Events {
		got[e.Source+" "+string(e.Type)+" "+e.Target] = e.Date
	}
	want := map[string]string{"TUR REQUEST GRC": "2024-03-11", "TUR CONSULT ITA": "2024-01-01"}
	for k, d := range want {
		if got[k] != d {
			t.Errorf("%s: date %q, want %s (all: %v)", k, got[k], d, got)
		}
	}
}

package lexicon

import (
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/entente/entente"
)

func load(t testing.TB) *Lexicon {
	t.Helper()
	lx, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return lx
}

func TestCoverage(t *testing.T) {
	lx := load(t)
	count := map[entente.ActorKind]int{}
	for _, e := range lx.Entries() {
		count[e.Kind]++
	}
	// 193 UN members, Palestine, the Holy See, Kosovo, Taiwan, Western
	// Sahara, and dependent territories.
	if count[entente.KindState] < 198 {
		t.Errorf("%d states, want at least 198", count[entente.KindState])
	}
	if count[entente.KindIGO] < 80 {
		t.Errorf("%d international organisations, want at least 80", count[entente.KindIGO])
	}
	if count[entente.KindGroup] < 60 {
		t.Errorf("%d armed groups and movements, want at least 60", count[entente.KindGroup])
	}
	for _, id := range []string{"TUR", "USA", "GBR", "GRC", "CYP", "RUS", "UKR", "PSE", "VAT", "XKX", "TWN", "ESH",
		"NATO", "EU", "UN", "OSCE", "G7", "G20", "AU", "ASEAN", "ARAB_LEAGUE", "GCC", "OPEC", "IMF", "WORLD_BANK",
		"IAEA", "ICC", "ICJ", "WHO", "WTO", "BRICS", "SCO", "CSTO", "ECOWAS", "HAMAS", "HEZBOLLAH", "HOUTHIS", "FINANCIAL_TIMES"} {
		if _, ok := lx.Entry(id); !ok {
			t.Errorf("no entry %s", id)
		}
	}
	if len(lx.Roles()) < 50 || len(lx.Heads()) < 50 {
		t.Errorf("%d roles and %d head nouns, want at least 50 of each", len(lx.Roles()), len(lx.Heads()))
	}
}

// TestAliasesResolveToOneID walks the alias index: an alias written
// without a marker must name exactly one actor (or one person).
func TestAliasesResolveToOneID(t *testing.T) {
	lx := load(t)
	var walk func(n *node, path []string)
	walk = func(n *node, path []string) {
		ids := map[string]bool{}
		persons := map[string]bool{}
		for _, p := range n.pats {
			if p.Marker != 0 || p.Via == ViaNothing {
				continue
			}
			if p.Via == ViaPerson {
				persons[p.ID] = true
			} else {
				ids[p.ID] = true
			}
		}
		if len(ids) > 1 || len(persons) > 1 {
			t.Errorf("alias %q names %v %v: mark it ? (ambiguous) or ~ (anaphoric) in the data", strings.Join(path, " "), keys(ids), keys(persons))
		}
		for k, child := range n.next {
			walk(child, append(path, k))
		}
	}
	walk(&lx.index.root, nil)
}

// TestAliasValidity checks the dates of aliases valid for a span of time
// ("Juba@2011-07-09..").
func TestAliasValidity(t *testing.T) {
	lx := load(t)
	var walk func(n *node, path []string)
	walk = func(n *node, path []string) {
		for _, p := range n.pats {
			for _, d := range []string{p.From, p.To} {
				if d != "" && !dateRE.MatchString(d) {
					t.Errorf("alias %q of %s: bad date %q", strings.Join(path, " "), p.ID, d)
				}
			}
			if p.From != "" && p.To != "" && p.From > p.To {
				t.Errorf("alias %q of %s: valid from %s to %s", strings.Join(path, " "), p.ID, p.From, p.To)
			}
		}
		for k, child := range n.next {
			walk(child, append(path, k))
		}
	}
	walk(&lx.index.root, nil)
	cases := []struct {
		alias, date string
		want        bool
	}{
		{"Juba@2011-07-09..", "2011-07-09", true},
		{"Juba@2011-07-09..", "2011-07-08", false},
		{"Juba@2011-07-09..", "", true},
		{"?Congo@..1997-05-16", "1997-05-16", true},
		{"?Congo@..1997-05-16", "1997-05-17", false},
		{"Macedonia@1991-09-08..2019", "2019-12-31", true},
		{"Macedonia@1991-09-08..2019", "2020-01-01", false},
		{"Turkey", "1900-01-01", true},
	}
	for _, c := range cases {
		text, from, to := splitValidity(c.alias)
		if got := (Pattern{From: from, To: to}).ValidOn(c.date); got != c.want {
			t.Errorf("%s (%q) on %q: valid %v, want %v", c.alias, text, c.date, got, c.want)
		}
	}
	if text, mark := StripMarker("?Congo@1997-05-17.."); text != "Congo" || mark != '?' {
		t.Errorf("StripMarker gives %q %q", text, mark)
	}
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var dateRE = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)

func TestOffices(t *testing.T) {
	lx := load(t)
	people := lx.People()
	if len(people) < 300 {
		t.Errorf("%d officials, want at least 300", len(people))
	}
	for _, id := range people {
		for _, o := range lx.Offices(id) {
			where := id + " (" + o.Role + ")"
			if want := "person:" + Slug(o.Name); want != id {
				t.Errorf("%s: id does not match name %q (want %s)", where, o.Name, want)
			}
			if _, ok := lx.Entry(o.Affiliation); !ok {
				t.Errorf("%s: affiliation %q is not in the lexicon", where, o.Affiliation)
			}
			for _, d := range []string{o.Start, o.End} {
				if d != "" && !dateRE.MatchString(d) {
					t.Errorf("%s: bad date %q", where, d)
				}
			}
			if o.Start == "" {
				t.Errorf("%s: no start date", where)
			}
			if o.End != "" && o.End < o.Start {
				t.Errorf("%s: ends %s before it starts %s", where, o.End, o.Start)
			}
		}
	}
}

// TestSourcesInNotice checks that every source key the data names is
// described in NOTICE.
func TestSourcesInNotice(t *testing.T) {
	notice, err := os.ReadFile("../NOTICE")
	if err != nil {
		t.Fatal(err)
	}
	lx := load(t)
	seen := map[string]bool{}
	for _, e := range lx.Entries() {
		seen[e.Source] = true
	}
	for _, id := range lx.People() {
		for _, o := range lx.Offices(id) {
			seen[o.Source] = true
		}
	}
	for src := range seen {
		for _, s := range strings.Split(src, "|") {
			if !strings.Contains(string(notice), strings.TrimSpace(s)) {
				t.Errorf("source %q is not described in NOTICE", s)
			}
		}
	}
}

func TestOfficeOn(t *testing.T) {
	lx := load(t)
	o, ok := lx.OfficeOn("person:mark-rutte", "2025-03-01")
	if !ok || o.Affiliation != "NATO" {
		t.Errorf("Rutte on 2025-03-01: %+v, want NATO", o)
	}
	o, ok = lx.OfficeOn("person:mark-rutte", "2020-01-01")
	if !ok || o.Affiliation != "NLD" {
		t.Errorf("Rutte on 2020-01-01: %+v, want NLD", o)
	}
}

func TestCaseRules(t *testing.T) {
	cases := []struct {
		alias, text []string
		caps        bool
		want        bool
	}{
		{[]string{"US"}, []string{"US"}, false, true},
		{[]string{"US"}, []string{"us"}, false, false},
		{[]string{"US"}, []string{"Us"}, true, false},
		{[]string{"Turkey"}, []string{"turkey"}, false, false},
		{[]string{"Turkey"}, []string{"TURKEY"}, true, true},
		{[]string{"Bank", "of", "England"}, []string{"Bank", "of", "England"}, false, true},
	}
	for _, c := range cases {
		if got := CaseFits(c.alias, c.text, c.caps); got != c.want {
			t.Errorf("CaseFits(%q, %q, %v) = %v", c.alias, c.text, c.caps, got)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Recep Tayyip Erdoğan": "recep-tayyip-erdogan",
		"Jonas Gahr Støre":     "jonas-gahr-store",
		"Ursula von der Leyen": "ursula-von-der-leyen",
		"Ahmed Aboul Gheit":    "ahmed-aboul-gheit",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

package extract

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// modalityCases are sentences whose events hang on how the act is
// asserted: done, not done, only planned or possible. Notation as in
// events_cases_test.go, except that an event both negated and
// hypothetical is written "… neg hyp" ("if London refuses to pull its
// troops"). The sentences are written for this suite.
var modalityCases = []eventCase{
	// "reports of" an act report it: the act is coded as the fact.
	{"Ukraine's foreign minister condemned reports of Russia's attacks on Ukrainian cities.", []string{"RUS ASSAULT UKR", "UKR ACCUSE RUS"}},
	// What one stops short of or refrains from is not done.
	{"The United States stopped short of endorsing Brazil's bid for a permanent seat.", []string{"USA SUPPORT BRA neg"}},
	{"Germany refrained from criticising China over the crackdown.", []string{"DEU ACCUSE CHN neg"}},
	// A planned, proposed or upcoming act is hypothetical.
	{"Armenia's planned meeting with Azerbaijan was postponed.", []string{"ARM CONSULT AZE hyp"}},
	{"The proposed talks between Serbia and Kosovo drew criticism.", []string{"SRB CONSULT XKX hyp"}},
	// A noun of intent with a noun phrase after "to" does not govern
	// what is coordinated with it.
	{"The minister stressed Japan's commitment to its allies and serious concern over China's actions against Taiwan.", []string{"JPN ACCUSE CHN"}},
	// What a time phrase names took place, whatever was asked for
	// around it; unless the main clause is still to come.
	{"The rebels asked followers to mount an attack against President Bush during his visit to Colombia last week.", []string{"USA CONSULT COL"}},
	{"The Polish foreign minister will raise the issue during his visit to Germany.", []string{"POL CONSULT DEU hyp"}},
	// What one is asked to stop is going on.
	{"France urged Russia to cease its military action against Ukraine.", []string{"FRA REQUEST RUS", "RUS ASSAULT UKR"}},
	{"The Arab League called for a meeting to halt the Israeli war against the Palestinians.", []string{"ISR ASSAULT PSE"}},
	{"The Arab League called for a meeting to halt the \"Israeli war against the Palestinian people\".", []string{"ISR ASSAULT PSE"}},
	// What has consequences took place.
	{"The two leaders discussed efforts to address the consequences of Russia's war against Ukraine.", []string{"RUS ASSAULT UKR"}},
	// "be going to" is a future; "not going to", a future that is denied.
	{"Iran is going to attack Israel.", []string{"IRN ASSAULT ISR hyp"}},
	{"Iran is not going to attack Israel, the minister said.", []string{"IRN ASSAULT ISR neg hyp"}},
	// The purpose of a possible act is only possible, in reported
	// speech too.
	{"Washington argues that China could use the arms to threaten Taiwan.", []string{"CHN THREATEN TWN hyp"}},
	{"Washington argues that if the embargo is lifted, it could lead to a buying spree for arms that China could use to threaten Taiwan.", []string{"CHN THREATEN TWN hyp"}},
}

func modalityKeys(evs []eventForKeys) []string {
	seen := map[string]bool{}
	var out []string
	for _, e := range evs {
		k := fmt.Sprintf("%s %s %s", e.src, e.typ, e.tgt)
		if e.neg {
			k += " neg"
		}
		if e.hyp {
			k += " hyp"
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

type eventForKeys struct {
	src, typ, tgt string
	neg, hyp      bool
}

func TestModalityCases(t *testing.T) {
	p := eventPipeline(t)
	for _, c := range modalityCases {
		_, evs := codedEvents(t, p, c.text)
		var ks []eventForKeys
		for _, e := range evs {
			ks = append(ks, eventForKeys{e.Source, string(e.Type), e.Target, e.Negated, e.Hypothetical})
		}
		got := modalityKeys(ks)
		want := append([]string(nil), c.want...)
		sort.Strings(want)
		if strings.Join(got, "; ") != strings.Join(want, "; ") {
			t.Errorf("%s\n  got  %v\n  want %v", c.text, got, want)
		}
	}
}

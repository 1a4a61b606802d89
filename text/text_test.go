package text

import (
	"reflect"
	"strings"
	"testing"
)

func TestNormalizeRepairsTranslationArtefacts(t *testing.T) {
	n := NewNormalizer(EnglishWords(), map[string]bool{"tunis": true})
	cases := []struct{ in, want string }{
		// Names are not glued words.
		{"Vladimir Putin met Nigel Lawson in Paris.", "Vladimir Putin met Nigel Lawson in Paris."},
		{"He flew to Tunis.", "He flew to Tunis."},
		{"NATO Secretary -General, Mark Rutte", "NATO Secretary-General, Mark Rutte"},
		{"with non -EU countries", "with non-EU countries"},
		{"third -country defence firms", "third-country defence firms"},
		{"the EU E Defense Industryis vital", "the EU E Defense Industry is vital"},
		{"a long time dyingas the FTs put it", "a long time dying as the FTs put it"},
		// A dash between spaces is punctuation, not a broken compound.
		{"Turkey - a candidate - waits", "Turkey - a candidate - waits"},
		// Unknown words are never cut, nor known ones.
		{"Mitsotakis and Erdoganis met", "Mitsotakis and Erdoganis met"},
		{"this basis is", "this basis is"},
		{"UNESCOis", "UNESCOis"},
		{"line\r\nend\x00", "line\nend"},
		{"Tu\u0308rkiye", "Türkiye"},
		// A possessive detached by tokenised datasets is joined again;
		// a quotation opening on a word in "s" is left alone.
		{"blow to al-Qaeda 's operations", "blow to al-Qaeda's operations"},
		{"the country \u2019s most wanted", "the country\u2019s most wanted"},
		{"the leader 's.", "the leader's."},
		{"he said 'stop' twice", "he said 'stop' twice"},
		{"the letter 's' here", "the letter 's' here"},
	}
	for _, c := range cases {
		if got := n.Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func tokenTexts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Turkey’s foreign minister didn't go.", []string{"Turkey", "’s", "foreign", "minister", "did", "n't", "go", "."}},
		{"the U.S. and Mr. Fidan (Ankara) said: “no”", []string{"the", "U.S.", "and", "Mr.", "Fidan", "(", "Ankara", ")", "said", ":", "“", "no", "”"}},
		{"It rose 3.5% to $1.13bn.", []string{"It", "rose", "3.5%", "to", "$1.13bn", "."}},
		{"EU-Turkey ties—and more", []string{"EU-Turkey", "ties", "—", "and", "more"}},
		{"the allies' view", []string{"the", "allies", "'", "view"}},
	}
	for _, c := range cases {
		toks := Tokenize(c.in)
		if got := tokenTexts(toks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", c.in, got, c.want)
		}
		for _, tok := range toks {
			if c.in[tok.Start:tok.End] != tok.Text {
				t.Errorf("token %q has wrong offsets %d:%d", tok.Text, tok.Start, tok.End)
			}
		}
	}
}

func sentences(s string) []string {
	a := NewNormalizer(nil, nil).Analyze(s)
	var out []string
	for i := range a.Sentences {
		out = append(out, a.SentenceText(i))
	}
	return out
}

func TestSegment(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviations", "Gen. Smith met Mr. Jones in the U.K. on Monday. They talked.",
			[]string{"Gen. Smith met Mr. Jones in the U.K. on Monday.", "They talked."}},
		{"dotted acronym ends a sentence", "Troops left the U.S. The talks resumed.",
			[]string{"Troops left the U.S.", "The talks resumed."}},
		{"initials and dates", "J. R. Smith arrived on Jan. 5. No. 10 said so.",
			[]string{"J. R. Smith arrived on Jan. 5.", "No. 10 said so."}},
		{"decimals", "Growth was 2.5 percent. Prices rose.",
			[]string{"Growth was 2.5 percent.", "Prices rose."}},
		{"quote closes the sentence", "He said: \"We will act. Now.\" She left.",
			[]string{"He said: \"We will act.", "Now.\"", "She left."}},
		{"quote continues with attribution", "\"We are ready,\" he said. \"Are you?\" she asked.",
			[]string{"\"We are ready,\" he said.", "\"Are you?\" she asked."}},
		{"headline without full stop", "NATO urges EU to mend ties\n\nNATO called on the EU.",
			[]string{"NATO urges EU to mend ties", "NATO called on the EU."}},
		{"wrapped wire copy", "Showers continued in\nthe Bahia zone.\n    The dry period ends",
			[]string{"Showers continued in\nthe Bahia zone.", "The dry period ends"}},
		{"lower case after stop is not a new sentence", "He met the ambassador, i.e. the envoy.",
			[]string{"He met the ambassador, i.e. the envoy."}},
	}
	for _, c := range cases {
		if got := sentences(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

func TestFold(t *testing.T) {
	if got := Fold("Türkiye’s Secretary‑General"); got != "Turkiye's Secretary-General" {
		t.Errorf("Fold = %q", got)
	}
	s := "plain ascii"
	if got := Fold(s); got != s {
		t.Errorf("Fold changed ASCII: %q", got)
	}
	if got := Fold("Feruță Ciucă"); got != "Feruta Ciuca" {
		t.Errorf("Fold = %q", got)
	}
	if !strings.EqualFold(Fold("Erdoğan"), "erdogan") {
		t.Errorf("Fold(Erdoğan) = %q", Fold("Erdoğan"))
	}
}

package extract

import (
	"strings"
	"testing"

	"github.com/entente/entente"
	"github.com/entente/entente/lexicon"
	"github.com/entente/entente/text"
)

// marked is a mention a hand-built test document carries: the first
// occurrence of Text (after the Nth earlier ones) stands for Actor.
type marked struct {
	Text   string
	Actor  string
	Kind   entente.ActorKind
	Person string
	Plural bool
	Nth    int
}

// handDoc builds a Doc with the given mentions, without the actor
// lexicon, so that stages after actor recognition can be tested alone.
func handDoc(t *testing.T, s string, ms ...marked) *Doc {
	t.Helper()
	a := text.NewNormalizer(text.EnglishWords(), nil).Analyze(s)
	d := &Doc{Analysis: a}
	d.Lower = make([]string, len(d.Tokens))
	for i, tok := range d.Tokens {
		d.Lower[i] = lexicon.Lower(tok.Key)
	}
	for _, m := range ms {
		from := 0
		pos := -1
		for n := 0; n <= m.Nth; n++ {
			k := strings.Index(d.Text[from:], m.Text)
			if k < 0 {
				t.Fatalf("handDoc: %q not in text", m.Text)
			}
			pos = from + k
			from = pos + len(m.Text)
		}
		first, last := -1, -1
		for i, tok := range d.Tokens {
			if tok.Start == pos {
				first = i
			}
			if tok.End == pos+len(m.Text) {
				last = i + 1
			}
		}
		if first < 0 || last < 0 {
			t.Fatalf("handDoc: %q does not fall on token boundaries", m.Text)
		}
		kind := m.Kind
		if kind == "" {
			kind = entente.KindState
		}
		d.Mentions = append(d.Mentions, Mention{First: first, Last: last, Start: pos, End: pos + len(m.Text),
			Sentence: d.SentenceOf(first), Actor: m.Actor, Kind: kind, PersonID: m.Person, Plural: m.Plural, Via: "name"})
	}
	sortMentions(d.Mentions)
	d.MentionAt = make([]int, len(d.Tokens))
	for i := range d.MentionAt {
		d.MentionAt[i] = -1
	}
	for k, m := range d.Mentions {
		for i := m.First; i < m.Last; i++ {
			d.MentionAt[i] = k
		}
	}
	return d
}

func sortMentions(ms []Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].First < ms[j-1].First; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// tokenOf returns the index of the nth token whose text is w.
func tokenOf(t *testing.T, d *Doc, w string, nth int) int {
	t.Helper()
	for i, tok := range d.Tokens {
		if tok.Text == w {
			if nth == 0 {
				return i
			}
			nth--
		}
	}
	t.Fatalf("no token %q", w)
	return -1
}

func TestAntecedent(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		ms    []marked
		word  string
		nth   int
		wants []string // actor ids, or person ids for persons
	}{
		{"he after a named person", "Fidan told reporters that he was ready.",
			[]marked{{Text: "Fidan", Actor: "TUR", Person: "person:hakan-fidan"}}, "he", 0, []string{"person:hakan-fidan"}},
		{"he across sentences prefers the subject", "Peskov met Kim in Moscow. He said the talks went well.",
			[]marked{{Text: "Peskov", Actor: "RUS", Person: "person:dmitry-peskov"}, {Text: "Kim", Actor: "KOR", Person: "person:kim"}},
			"He", 0, []string{"person:dmitry-peskov"}},
		{"him takes the nearest person", "Erdogan met Mitsotakis and thanked him.",
			[]marked{{Text: "Erdogan", Actor: "TUR", Person: "person:erdogan"}, {Text: "Mitsotakis", Actor: "GRC", Person: "person:mitsotakis"}},
			"him", 0, []string{"person:mitsotakis"}},
		{"they for a coordinated group", "Mali, Burkina Faso and Niger said they are leaving ECOWAS.",
			[]marked{{Text: "Mali", Actor: "MLI"}, {Text: "Burkina Faso", Actor: "BFA"}, {Text: "Niger", Actor: "NER"}, {Text: "ECOWAS", Actor: "ECOWAS", Kind: entente.KindIGO}},
			"they", 0, []string{"MLI", "BFA", "NER"}},
		{"their takes the nearest group", "NATO called on the EU and Turkey to reinforce their relations.",
			[]marked{{Text: "NATO", Actor: "NATO", Kind: entente.KindIGO}, {Text: "EU", Actor: "EU", Kind: entente.KindIGO}, {Text: "Turkey", Actor: "TUR"}},
			"their", 0, []string{"EU", "TUR"}},
		{"they in the next sentence", "Greek officials met in Athens. They rejected the plan.",
			[]marked{{Text: "Greek officials", Actor: "GRC", Plural: true}},
			"They", 0, []string{"GRC"}},
		{"their country", "Two Somali officials announced that their country has expelled the envoy.",
			[]marked{{Text: "Two Somali officials", Actor: "SOM", Plural: true}},
			"country", 0, []string{"SOM"}},
		{"the organization", "ECOWAS met on Sunday. The organization failed to assist the states.",
			[]marked{{Text: "ECOWAS", Actor: "ECOWAS", Kind: entente.KindIGO}},
			"organization", 0, []string{"ECOWAS"}},
		{"the two sides", "Israel and Lebanon met in Naqoura. The two sides agreed to talk again.",
			[]marked{{Text: "Israel", Actor: "ISR"}, {Text: "Lebanon", Actor: "LBN"}},
			"sides", 0, []string{"ISR", "LBN"}},
		{"we inside a quotation", `"We have frozen our participation," Pashinyan told France 24.`,
			[]marked{{Text: "Pashinyan", Actor: "ARM", Person: "person:nikol-pashinyan"}, {Text: "France 24", Actor: "FRANCE_24", Kind: entente.KindMedia}},
			"We", 0, []string{"person:nikol-pashinyan"}},
		{"we outside a quotation is no one", "We have frozen our participation, Pashinyan said.",
			[]marked{{Text: "Pashinyan", Actor: "ARM", Person: "person:nikol-pashinyan"}},
			"We", 0, nil},
		{"media are never antecedents", "The Financial Times reported that it had seen the letter.",
			[]marked{{Text: "Financial Times", Actor: "FINANCIAL_TIMES", Kind: entente.KindMedia}},
			"it", 0, nil},
		{"its in a subordinate clause is the main subject's", "Pakistan says it has dealt a blow to al-Qaeda's operations after its security forces shot dead a leader.",
			[]marked{{Text: "Pakistan", Actor: "PAK"}, {Text: "al-Qaeda", Actor: "AL_QAEDA", Kind: entente.KindGroup}},
			"its", 0, []string{"PAK"}},
		{"its after a possessor in the same clause", "Pakistan attacked al-Qaeda's bases and its leaders.",
			[]marked{{Text: "Pakistan", Actor: "PAK"}, {Text: "al-Qaeda", Actor: "AL_QAEDA", Kind: entente.KindGroup}},
			"its", 0, []string{"AL_QAEDA"}},
		{"a described actor is a mention of its own", "Turkey spoke. The Turkish government said no.",
			[]marked{{Text: "Turkey", Actor: "TUR"}, {Text: "Turkish government", Actor: "TUR"}},
			"government", 0, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := handDoc(t, c.text, c.ms...)
			got := d.Antecedents(tokenOf(t, d, c.word, c.nth))
			var ids []string
			for _, m := range got {
				if m.PersonID != "" {
					ids = append(ids, m.PersonID)
				} else {
					ids = append(ids, m.Actor)
				}
			}
			if strings.Join(ids, " ") != strings.Join(c.wants, " ") {
				t.Errorf("antecedents of %q = %v, want %v", c.word, ids, c.wants)
			}
			m, ok := d.Antecedent(tokenOf(t, d, c.word, c.nth), false)
			if ok != (len(c.wants) > 0) || ok && m.First != got[0].First {
				t.Errorf("Antecedent = %v, %v; want the first of %v", m, ok, c.wants)
			}
		})
	}
}

// TestAntecedentInText resolves references in documents whose mentions
// the fixture lexicon finds, where the shape of a mention's token matters.
func TestAntecedentInText(t *testing.T) {
	p := fixturePipeline(t)
	cases := []struct {
		name, text, word string
		nth              int
		want             string // actor ids, space-separated
	}{
		{"a backer is no antecedent of the government", "Greek rebels opposing the US-backed President Hakan Smith accused the government of fraud.",
			"government", 0, "GRC"},
		{"its is the subject's, not a modifier of a plural noun", "An M23 splinter group holding three UN workers hostage demanded a response to its demands.",
			"its", 0, "M23"},
		{"its may still be a modifier of a plural noun alone", "US officials said its troops would stay.",
			"its", 0, "USA"},
		{"them is not what they were taken for", "Greek troops mistook three Turkish officials for Russian rebels and detained them.",
			"them", 0, "TUR"},
		{"a government that acts is one that acted, not one named after a preposition",
			"Britain has offered to send troops to Greece, London said. Talks have begun with Turkey. An offer might be made to the Greek government. A spokesman said the aid was ready. The spokesman said: \"The government has formally offered the Turkish government help.\"",
			"government", 1, "GBR"},
		{"an official who acted stands for the government",
			"President Hakan Smith of Greece spoke. Prices rose by 5% per US gallon. Smith announced the government would act.",
			"government", 0, "GRC"},
		{"an infinitive's subject is an agent", "He said for Turkey to make progress the government must act.",
			"government", 0, "TUR"},
		{"a government in an object is still the nearest", "Turkey sent aid to Greece. It urged the government to act.",
			"government", 0, "GRC"},
		{"its after an unknown name as subject", "Greece spoke. BankAmerica said its loans to Turkey were safe.",
			"its", 0, ""},
		{"its after an unknown party that won", "UKIP won 12 seats at the European elections on the back of its call for the UK to leave the EU.",
			"its", 0, ""},
		{"its after an unknown name, an actor acting after it", "UKIP said Turkey would lose its seats.",
			"its", 0, "TUR"},
		{"a bracketed apposition names the pronoun's referent", "Turkish officials said: \"They (the Greeks) have also asked Russia and the US to help.\"",
			"They", 0, "GRC"},
		{"both countries are states", "Greece and Turkey's NATO allies called on both countries to avoid force.",
			"countries", 0, "GRC TUR"},
		{"the two men named nearer are unknown people", "President Hakan Smith of Greece spoke. Turkish Foreign Minister Hakan Fidan spoke. King and Weeks were abducted in 2016. Both men asked their governments to help.",
			"men", 0, ""},
		{"the two men named last", "President Hakan Smith of Greece met Turkish Foreign Minister Hakan Fidan. Both men asked their governments to help.",
			"men", 0, "GRC TUR"},
		{"he after an unknown person named with an honorific", "President Hakan Smith of Greece spoke. Earlier, Mr Sharon said he had not seen a step - though he acknowledged Turkish leaders were busy.",
			"he", 1, ""},
		{"it after a common-noun subject that is no actor", "The loans went to Greece and Turkey. The bank said it approved 51 mln for Greece.",
			"it", 0, ""},
		{"it deeper in a sentence whose subject is a common noun", "The statement noted the EU expressed confidence in Turkey's economy by approving a loan for it.",
			"it", 0, "TUR"},
		{"an unknown name as subject before ends the search", "Turkey spoke. MITI, anxious to save the pact, has been pressing firms. The ministry asked Greek firms to cut output.",
			"ministry", 0, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := p.Analyze(entente.Document{ID: "t", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			for k := range d.Sentences {
				p.tag(d, k)
			}
			var ids []string
			for _, m := range d.Antecedents(tokenOf(t, d, c.word, c.nth)) {
				ids = append(ids, m.Actor)
			}
			if got := strings.Join(ids, " "); got != c.want {
				t.Errorf("antecedents of %q in %q = [%s], want [%s]", c.word, c.text, got, c.want)
			}
		})
	}
}

package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/entente/entente"
)

// extractQuotes runs the fixture pipeline on text dated 2025-03-01.
func extractQuotes(t *testing.T, text string) entente.Extraction {
	t.Helper()
	x, err := fixturePipeline(t).Extract(entente.Document{ID: "t", Text: text, Published: "2025-03-01"})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func directQuotes(x entente.Extraction) []entente.Quote {
	var out []entente.Quote
	for _, q := range x.Quotes {
		if q.Kind == entente.QuoteDirect {
			out = append(out, q)
		}
	}
	return out
}

// brief writes a quote as `text=ACTOR`, with `~` after the actor for an
// anonymous speaker.
func brief(q entente.Quote) string {
	s := q.Text + "=" + q.SpeakerActor
	if q.Anonymous {
		s += "~"
	}
	return s
}

func briefs(qs []entente.Quote) string {
	var out []string
	for _, q := range qs {
		out = append(out, brief(q))
	}
	return strings.Join(out, " | ")
}

func TestQuoteMarks(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"straight double", `Erdogan said: "We will act now."`, "We will act now.=TUR"},
		{"curly double", "Erdogan said: “We will act now.”", "We will act now.=TUR"},
		{"curly single", "Erdogan said: ‘We will act now.’", "We will act now.=TUR"},
		{"straight single", "'We will act now,' Erdogan said.", "We will act now=TUR"},
		{"apostrophe inside single quotes", "‘Turkey’s role is vital,’ Erdogan said.", "Turkey’s role is vital=TUR"},
		{"apostrophes only", "Greece’s minister said the allies’ concerns don't matter in the ’90s sense, and Turkey's role isn’t 'em all.", ""},
		{"closing as opening mark after a stop", "Erdogan said: “We will act now. “\n\nGreece said nothing.", "We will act now.=TUR"},
		{"single opened, double closed", "Erdogan said: ‘We will act now. “\n\nGreece said nothing.", "We will act now.=TUR"},
		{"nested", "“He told me ‘never again’ last week,” Erdogan said.", "He told me ‘never again’ last week=TUR"},
		{"fragment inside a sentence", "A Greek diplomat said that Athens is more “cautious than dogmatic” on the issue.", "cautious than dogmatic=GRC~"},
		{"two fragments", "A Greek diplomat commented that Athens is more “cautious than dogmatic”, noting that “Turkey must be constructive.”",
			"cautious than dogmatic=GRC~ | Turkey must be constructive.=GRC~"},
		{"interrupted quotation", "“We are ready,” Erdogan said, “but not yet.”", "We are ready=TUR | but not yet.=TUR"},
		{"over several paragraphs", "Erdogan said: “We will act.\n\n“We will not wait for anyone.”\n\nGreece said nothing.",
			"We will act.=TUR | We will not wait for anyone.=TUR"},
		{"stray closing mark", "Turkey” said nothing to Greece.", ""},
		{"title", `Turkey and Greece signed a declaration on "Friendly Relations and Good Neighbourliness" in Athens, Erdogan said.`, ""},
		{"name of a publication", "According to the newspaper “Hurriyet,” Erdogan left Ankara.", ""},
		{"so-called", "Turkish officials said the so-called “coalition of the willing” would meet.", ""},
		{"label without a speaker", "Some European governments supported a “coalition of the willing” with Norway.", ""},
		{"capitalised speech is kept", "“Never,” Erdogan said.", "Never=TUR"},
		{"a gloss", "Erdogan told a news conference that Veritas - Latin for \"truth\" - would avoid the old parties' lies.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := briefs(directQuotes(extractQuotes(t, c.text))); got != c.want {
				t.Errorf("%s\n got: %s\nwant: %s", c.text, got, c.want)
			}
		})
	}
}

func TestQuoteOffsets(t *testing.T) {
	text := "NATO met.\n\n“We are ready,” said Erdogan, “and we mean it.”"
	x := extractQuotes(t, text)
	qs := directQuotes(x)
	if len(qs) != 2 {
		t.Fatalf("got %d quotes, want 2: %s", len(qs), briefs(qs))
	}
	for _, q := range qs {
		if got := x.Doc.Text[q.Start:q.End]; got != q.Text {
			t.Errorf("offsets %d:%d give %q, text is %q", q.Start, q.End, got, q.Text)
		}
	}
	if qs[0].Text != "We are ready" || qs[1].Text != "and we mean it." {
		t.Errorf("texts %q, %q", qs[0].Text, qs[1].Text)
	}
}

// TestUnbalancedMarksStayInTheirParagraph deletes each quotation mark of
// a document in turn: no quote may then run over a paragraph break, and
// the quote of the last paragraph must still be found with its speaker.
func TestUnbalancedMarksStayInTheirParagraph(t *testing.T) {
	doc := "Erdogan said: “We will act now.”\n\n" +
		"Turkish officials met Greek diplomats on Monday, and “talks” went on.\n\n" +
		"A Greek diplomat added: ‘Talks will resume.’\n\n" +
		"Greece and Turkey agreed to meet again in May.\n\n" +
		"“Nothing is settled,” a Greek diplomat said."
	last := "Nothing is settled=GRC~"
	var marks []int
	for i, r := range doc {
		switch r {
		case '“', '”', '‘', '’':
			marks = append(marks, i)
		}
	}
	for _, at := range marks[:len(marks)-2] {
		_, size := firstRune(doc[at:])
		broken := doc[:at] + doc[at+size:]
		t.Run(fmt.Sprintf("without mark at %d", at), func(t *testing.T) {
			x := extractQuotes(t, broken)
			qs := directQuotes(x)
			for _, q := range qs {
				if strings.Contains(q.Text, "\n\n") {
					t.Errorf("quote runs over a paragraph: %q", q.Text)
				}
			}
			if len(qs) == 0 || brief(qs[len(qs)-1]) != last {
				t.Errorf("last quote lost: %s", briefs(qs))
			}
		})
	}
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

func TestQuoteSpeakers(t *testing.T) {
	const fidan = "Turkish Foreign Minister Hakan Fidan arrived in London on Monday. "
	cases := []struct{ name, text, want string }{
		{"X said:", "Turkish Foreign Minister Hakan Fidan said: “We are ready.”", "We are ready.=TUR"},
		{", X said", fidan + "“We are ready,” Fidan said.", "We are ready=TUR"},
		{"said X", fidan + "“We are ready,” said Fidan.", "We are ready=TUR"},
		{"X told", fidan + "“We are ready,” Fidan told reporters.", "We are ready=TUR"},
		{"X added", fidan + "“We are ready,” Fidan added.", "We are ready=TUR"},
		{"X noted that", fidan + "Fidan noted that “nothing has changed”.", "nothing has changed=TUR"},
		{"X stressed", fidan + "Fidan stressed: “Nothing has changed.”", "Nothing has changed.=TUR"},
		{"X warned", fidan + "Fidan warned on Tuesday that “time is running out”.", "time is running out=TUR"},
		{"X pointed out", fidan + "Fidan also pointed out that “things have changed”.", "things have changed=TUR"},
		{"X commented", fidan + "Fidan commented that Athens is “cautious”.", "cautious=TUR"},
		{"apposition after the quote", "“We are ready,” Hakan Fidan, Turkey's foreign minister, said in a statement.", "We are ready=TUR"},
		{"apposition before the verb", "Hakan Fidan, Turkey's foreign minister, has called the plan “a historic step”.", "a historic step=TUR"},
		{"according to", "According to a Greek diplomat, “Turkey must act.”", "Turkey must act.=GRC~"},
		{"clause before the quote", fidan + "Fidan told the FT last week when he was asked about the talks, “we are ready to work together.”",
			"we are ready to work together.=TUR"},
		{"sentence before, with a colon", fidan + "Fidan told the FT:\n\n“We are ready to work together.”", "We are ready to work together.=TUR"},
		{"he added", fidan + "“We are ready,” he added.", "We are ready=TUR"},
		{"the minister said", fidan + "“We are ready,” the minister said.", "We are ready=TUR"},
		{"unnamed holder of a role", "“We are ready,” the Turkish foreign minister said.", "We are ready=TUR"},
		{"a senior EU official", "A senior EU official also pointed out that “things have changed”, adding: “We must decide.”",
			"things have changed=EU~ | We must decide.=EU~"},
		{"a Greek diplomat", "“Turkey must act,” a Greek diplomat said.", "Turkey must act=GRC~"},
		{"people familiar", "“Turkey must act,” said three people familiar with the discussion.", "Turkey must act=~"},
		{"officials", "“Turkey must act,” Turkish officials said.", "Turkey must act=TUR~"},
		{"the official, later", "A senior EU official spoke in Brussels. “Turkey must act,” the official said.", "Turkey must act=EU~"},
		{"quoted as saying", fidan + "“We are ready,” the FT quoted Fidan as saying.", "We are ready=TUR"},
		{"speaker after another clause", `Ankara hopes to turn the Aegean into "a sea of peace," Erdogan said.`, "a sea of peace=TUR"},
		{"joint statement", "Turkey and Greece said they will sign a “declaration of friendship” soon.", "declaration of friendship="},
		{"adverb between subject and verb", fidan + "“We are ready,” he once said.", "We are ready=TUR"},
		{"relative pronoun", "Erdogan, who called the plan “a historic step”, left Athens.", "a historic step=TUR"},
		{"pronoun after a relative", fidan + "He visited a bridge which he said was “almost impossible to cross”.", "almost impossible to cross=TUR"},
		{"fragment in a reported sentence", fidan + "Women had to “put up with” attitudes they met, Fidan said.", "put up with=TUR"},
		{"he after a quoted speaker", "Erdogan met Mark Rutte in Ankara on Monday. “We agree,” Rutte said. “We will meet again,” he added.",
			"We agree=NATO | We will meet again=NATO"},
		{"title of someone unnamed", "Hakan Fidan, the Turkish chief negotiator, arrived. Sumitomo Bank chief economist Masahiko Koido said: “We are ready.”",
			"We are ready.="},
		{"raising verb", fidan + "“We are ready,” he was due to say.", "We are ready=TUR"},
		{"infinitive has no subject of its own", fidan + "Fidan said that for the Greek minister to claim otherwise “is spin”.", "is spin=TUR"},
		{"quoted subject of a clause", "Erdogan said the “Greek agent” told him the plan had failed.", "Greek agent=TUR"},
		{"bracket after the name", fidan + "“We are ready,” Fidan (AKP) said.", "We are ready=TUR"},
		{"two appositions", "Hakan Fidan, an official with the ministry, a Turkish body, told reporters: “We are ready.”", "We are ready.=TUR"},
		{"participle after the head", "“Turkey must act,” commented one Greek diplomat now working in Ankara.", "Turkey must act=GRC~"},
		{"spokesman for a named person", "A spokesman for Erdogan said: “We are ready.”", "We are ready.=TUR~"},
		{"source close to", "According to a source close to the Turkish government, “nothing is decided”.", "nothing is decided=TUR~"},
		{"sources in a government", "“Nothing is decided,” sources in the Greek government said.", "Nothing is decided=GRC~"},
		{"one of them", "Greek diplomats said the summit had been “a failure”. One of them added: “Nobody expected much.”",
			"a failure=GRC~ | Nobody expected much.=GRC~"},
		{"apposition with a preposition", "Erdogan, speaking after Friday prayers, told journalists: “Greece should know its place.”",
			"Greece should know its place.=TUR"},
		{"long apposition", "“We are ready,” Jim Chilton, senior vice president for space and launch at the Turkish government, said.",
			"We are ready=TUR"},
		{"testified", "“Erdogan replied that ‘Greece must act’,” the Greek diplomat testified.", "Erdogan replied that ‘Greece must act’=GRC"},
		{"the writer is no speaker", "I am not going to “dial back” my views on Turkey.", ""},
		{"passive verb is not the speaker", "Fidan was asked by Greek diplomats: “Will you come?”", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := briefs(directQuotes(extractQuotes(t, c.text))); got != c.want {
				t.Errorf("%s\n got: %s\nwant: %s", c.text, got, c.want)
			}
		})
	}
}

func TestQuoteSpeakerFields(t *testing.T) {
	x := extractQuotes(t, "Turkish Foreign Minister Hakan Fidan arrived. “We are ready,” he added. "+
		"A senior EU official also pointed out that “things have changed”.")
	qs := directQuotes(x)
	if len(qs) != 2 {
		t.Fatalf("got %s", briefs(qs))
	}
	if q := qs[0]; q.Speaker != "Hakan Fidan" || q.Verb != "added" || q.Anonymous {
		t.Errorf("first: %+v", q)
	}
	if q := qs[1]; q.Speaker != "A senior EU official" || q.Verb != "pointed out" || !q.Anonymous {
		t.Errorf("second: %+v", q)
	}
}

func TestIndirectQuotes(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"said that", "Turkish officials said that things have changed.", "things have changed=TUR~"},
		{"said without that", "Erdogan said the talks had failed.", "the talks had failed=TUR"},
		{"told … that", "Erdogan told Greek diplomats on Monday that the talks had failed.", "the talks had failed=TUR"},
		{"trailing attribution", "The talks had failed, Erdogan said.", "The talks had failed=TUR"},
		{"according to", "According to three people familiar with the talks, Ankara will not sign.", "Ankara will not sign=~"},
		{"request is an event, not a quote", "Erdogan urged EU leaders to improve relations.", ""},
		{"stressed a noun phrase", "Erdogan stressed the importance of cooperation.", ""},
		{"said with a noun phrase", "The Turkish ministry said a new report on trade in its weekly bulletin.", ""},
		{"direct quote is not indirect too", "Erdogan said that “the talks had failed”.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []entente.Quote
			for _, q := range extractQuotes(t, c.text).Quotes {
				if q.Kind == entente.QuoteIndirect {
					got = append(got, q)
				}
			}
			if b := briefs(got); b != c.want {
				t.Errorf("%s\n got: %s\nwant: %s", c.text, b, c.want)
			}
		})
	}
}

func TestSourcing(t *testing.T) {
	text := "NATO urged Turkey to act, the Financial Times reveals.\n\n" +
		"“We are ready,” Erdogan said. “We mean it,” he added.\n\n" +
		"A Greek diplomat told the FT that Athens is wary. Turkish officials said that nothing has changed. " +
		"“Turkey must act,” a Greek diplomat said."
	x := extractQuotes(t, text)
	s := x.Sourcing
	if s == nil {
		t.Fatal("no sourcing")
	}
	// Named: Erdogan. Anonymous: a Greek diplomat, Turkish officials.
	if s.Named != 1 || s.Anonymous != 2 {
		t.Errorf("named %d, anonymous %d; want 1, 2 (quotes: %s)", s.Named, s.Anonymous, briefs(x.Quotes))
	}
	if strings.Join(s.Media, ",") != "FINANCIAL_TIMES" {
		t.Errorf("media %v", s.Media)
	}
}

func TestNoQuotes(t *testing.T) {
	x := extractQuotes(t, "Turkey and Greece met in Athens.")
	if len(x.Quotes) != 0 || x.Sourcing == nil || x.Sourcing.Named+x.Sourcing.Anonymous != 0 || len(x.Sourcing.Media) != 0 {
		t.Errorf("quotes %v, sourcing %+v", x.Quotes, x.Sourcing)
	}
}

// FuzzQuotes checks on any text that quote extraction does not fail, that
// every quote's offsets give its text, and that no direct quote runs over
// a paragraph break.
func FuzzQuotes(f *testing.F) {
	for _, s := range []string{
		"Erdogan said: “We will act now.”",
		"“", "'", "\"\"\"", "“ ” ‘ ’", "‘", "said ‘", "X said: “\n\nY", "“a\n\n“b\n\n“c”",
		"“We are ready,” said", ", said “", "According to", "according to ,", "“…,” he",
		"A senior EU official also pointed out that “things have changed”, adding: ‘At some point. “",
		"the allies’ ’90s rock ’n’ roll don't 'em",
	} {
		f.Add(s)
	}
	p := fixturePipeline(f)
	f.Fuzz(func(t *testing.T, s string) {
		if Check(s) != nil {
			return
		}
		// The quote stage alone, so that the test is about it.
		d, err := p.Analyze(entente.Document{ID: "f", Text: s})
		if err != nil {
			return
		}
		var x entente.Extraction
		quoteStage{}.run(d, &x)
		for _, q := range x.Quotes {
			if q.Start < 0 || q.End > len(d.Text) || q.Start > q.End || d.Text[q.Start:q.End] != q.Text {
				t.Fatalf("quote %+v does not match the text %q", q, d.Text)
			}
			if q.Kind == entente.QuoteDirect && strings.Contains(q.Text, "\n\n") {
				t.Fatalf("quote runs over a paragraph: %q", q.Text)
			}
		}
	})
}

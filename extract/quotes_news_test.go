package extract

import (
	"strings"
	"testing"

	"github.com/entente/entente"
)

// speakers writes each quote of a kind as `text=speaker`.
func speakers(x entente.Extraction, kind string) string {
	var out []string
	for _, q := range x.Quotes {
		if q.Kind == kind {
			out = append(out, q.Text+"="+q.Speaker)
		}
	}
	return strings.Join(out, " | ")
}

// TestQuotePronounSpeakers checks whom "he said" and "she said" stand for
// in news about people the lexicon does not know.
func TestQuotePronounSpeakers(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"a reporting verb without marks names the next speaker",
			"Deputy Prime Minister John Prescott said a good deal had been secured. But Edward Leigh, who is chairman of the committee, " +
				"warned the government would have to work hard. He said: \"This report shows a fiasco.\"",
			"This report shows a fiasco.=Edward Leigh"},
		{"a person named as the subject since the last quote",
			"One of its top scientists, Abdul Qadeer Khan, admitted leaking secrets. Prof Etzioni criticises the US for overlooking those reports. " +
				"\"This is like letting a serial killer go,\" he says.",
			"This is like letting a serial killer go=Prof Etzioni"},
		{"a titled name the lexicon does not know",
			"Lord Dubs agreed to withdraw his bill, but urged the government to think again. \"We cannot say it is too difficult,\" he told peers.",
			"We cannot say it is too difficult=Lord Dubs"},
		{"she is not a man",
			"Ms Kelly said the plan would work. Mr Smith disagreed with the plan. \"It is vital,\" she said.",
			"It is vital=Ms Kelly"},
		{"he is not an organisation",
			"Mr Cable spoke about the plan on Monday. The Labour party said the Liberal Democrats needed to explain. \"Buyers are squeezed out,\" he said.",
			"Buyers are squeezed out=Mr Cable"},
		{"a definite description names its referent again",
			"Courts should be a last resort, MPs said. But they rejected the claim. Currently the child comes first. " +
				"\"A template would relegate the child,\" the MPs said.\n\nThey said the law should be changed. This would \"reassert the rights of parents\", they said.",
			"A template would relegate the child=the MPs | reassert the rights of parents=the MPs"},
		{"he after an unnamed spokesman",
			"Lord Butler said Mr Blair bypassed the Cabinet. The prime minister's official spokesman said the Cabinet was still used. But he added: \"You cannot take every decision in Cabinet.\"",
			"You cannot take every decision in Cabinet.=The prime minister's official spokesman"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := speakers(extractQuotes(t, c.text), entente.QuoteDirect); got != c.want {
				t.Errorf("%s\n got: %s\nwant: %s", c.text, got, c.want)
			}
		})
	}
}

// TestQuoteDescribedSubject: a sentence whose subject is a description
// of a person ("The Tory leader was asked …") stands between "He
// replies" and a name further back.
func TestQuoteDescribedSubject(t *testing.T) {
	text := "Documentary maker Michael Cockerell was given access to Hakan Fidan for his film. The Turkish minister was asked about quotas. " +
		"He replies: \"What is the inference of that?\""
	got := speakers(extractQuotes(t, text), entente.QuoteDirect)
	if strings.Contains(got, "Cockerell") {
		t.Errorf("got %s", got)
	}
}

// speakerDetail writes each quote as `text=speaker/actor`, with `~` for an
// anonymous speaker.
func speakerDetail(x entente.Extraction, kind string) string {
	var out []string
	for _, q := range x.Quotes {
		if q.Kind == kind {
			s := q.Text + "=" + q.Speaker + "/" + q.SpeakerActor
			if q.Anonymous {
				s += "~"
			}
			out = append(out, s)
		}
	}
	return strings.Join(out, " | ")
}

// TestQuoteSpeakerPhrases checks how the words naming a speaker are read.
func TestQuoteSpeakerPhrases(t *testing.T) {
	cases := []struct{ name, kind, text, want string }{
		{"a person's spokesman is not the person", entente.QuoteDirect,
			"Erdogan's official spokesman said nobody would \"ever forget the relief\".",
			"ever forget the relief=Erdogan's official spokesman/TUR~"},
		{"a relative clause that lost its closing comma", entente.QuoteDirect,
			"Ms Robinson, who presents The Weakest Link tells Cockerell that she \"despaired at his image\".",
			"despaired at his image=Ms Robinson/"},
		{"a name and its organisation without the second comma", entente.QuoteDirect,
			"Colin Asplin, Blackpool Hotel Association said: \"We have tried very hard.\"",
			"We have tried very hard.=Colin Asplin/"},
		{"a name after a capitalised title", entente.QuoteDirect,
			"Director, David Caldwell, said: \"The reason is quality.\"",
			"The reason is quality.=David Caldwell/"},
		{"a name after the head of a description", entente.QuoteDirect,
			"Liberal Democrat spokeswoman for women Sandra Gidley said: \"We object.\"",
			"We object.=Sandra Gidley/"},
		{"a spokeswoman for an organisation stays unnamed", entente.QuoteDirect,
			"A spokeswoman for Royal Mail said: \"We are investigating.\"",
			"We are investigating.=A spokeswoman for Royal Mail/~"},
		{"an office's name before the head", entente.QuoteDirect,
			"A Department for Education and Skills spokeswoman said the project was \"ambitious\".",
			"ambitious=A Department for Education and Skills spokeswoman/~"},
		{"what a report said, not when or about what", entente.QuoteDirect,
			"Lord Butler's report earlier this year into Turkish intelligence said the claims were \"very thin\".",
			"very thin=Lord Butler's report/"},
		{"a place before the subject", entente.QuoteIndirect,
			"At Heathrow, BAA said it was working closely with all interested parties.",
			"it was working closely with all interested parties=BAA/"},
		{"the speaker of a clause before the verb stands right after the comma", entente.QuoteIndirect,
			"Ms Robinson, a friend of the leader, also revealed that he was \"much loved\" - although she denied having personal experience.",
			""},
		{"coordinated speakers after the comma", entente.QuoteIndirect,
			"A curfew in the capital was eased but parliament sessions were put off indefinitely, officials and residents said.",
			"A curfew in the capital was eased but parliament sessions were put off indefinitely=residents/~"},
		{"a name with 'and' inside", entente.QuoteIndirect,
			"Plans to extend paid leave should be in the manifesto, the Trade and Industry Secretary has said.",
			"Plans to extend paid leave should be in the manifesto=the Trade and Industry Secretary/"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := speakerDetail(extractQuotes(t, c.text), c.kind); got != c.want {
				t.Errorf("%s\n got: %s\nwant: %s", c.text, got, c.want)
			}
		})
	}
}

// TestQuoteSubjects checks where the subject of a reporting verb begins
// and which verbs report speech.
func TestQuoteSubjects(t *testing.T) {
	cases := []struct{ name, kind, text, want string }{
		{"a verb's -s form in a sentence that names no actor", entente.QuoteDirect,
			"Mr Jones warns that the plans are \"half-baked\".", "half-baked=Mr Jones/"},
		{"an adverb before the verb", entente.QuoteIndirect,
			"Female MPs often say they feel stuck on the edge of a male world.",
			"they feel stuck on the edge of a male world=Female MPs/"},
		{"a participle with its agent is passive", entente.QuoteIndirect,
			"The images prompted accusations of anti-Semitism, claims denied by Labour.", ""},
		{"a time before the subject", entente.QuoteIndirect,
			"In 1998 the party said it would not return to Blackpool.", "it would not return to Blackpool=the party/"},
		{"the subject of a relative clause", entente.QuoteDirect,
			"MPs are preparing to debate a bill which critics claim would legalise euthanasia \"by the back door\".",
			"by the back door=critics/~"},
		{"the noun a relative pronoun follows", entente.QuoteDirect,
			"The move was welcomed at the time by Beijing, which described the embargo as a \"product of the Cold War\".",
			"product of the Cold War=Beijing/"},
		{"responded by is no passive", entente.QuoteDirect,
			"Mr Fox responded by accusing the prime minister of \"hiding away from the media\".",
			"hiding away from the media=Mr Fox/"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := speakerDetail(extractQuotes(t, c.text), c.kind); got != c.want {
				t.Errorf("%s\n got: %s\nwant: %s", c.text, got, c.want)
			}
		})
	}
}

// TestQuoteIndefiniteRole: "a spokeswoman for …" is someone unnamed, not
// the spokesman the shipped lexicon linked the role to before.
func TestQuoteIndefiniteRole(t *testing.T) {
	p := newPipeline(t)
	text := "Lib Dem home affairs spokesman Mark Oaten said: \"There is a lot of talking left.\" " +
		"A spokeswoman for Human Rights Watch said it was a \"basic principle\" that people should only be punished after a fair trial."
	x, err := p.Extract(entente.Document{ID: "t", Text: text, Published: "2005-03-01"})
	if err != nil {
		t.Fatal(err)
	}
	got := speakerDetail(x, entente.QuoteDirect)
	if !strings.Contains(got, "basic principle=A spokeswoman for Human Rights Watch/") {
		t.Errorf("got %s", got)
	}
}

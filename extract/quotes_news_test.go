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

package extract

import (
	"testing"

	"github.com/entente/entente"
)

// TestQuoteAttributions checks quotations whose speaker is named in an
// unusual way, and those whose speaker cannot be known.
func TestQuoteAttributions(t *testing.T) {
	cases := []struct{ name, kind, text, want string }{
		{"the possessor of a noun for what was said", entente.QuoteDirect,
			"Sir Digby Jones said stability was all important. His message to the chancellor was: \"Please don't give it away.\"",
			"Please don't give it away.=Sir Digby Jones/"},
		{"a name's noun for what was said", entente.QuoteDirect,
			"Mr Howard's verdict was: \"It is a shambles.\"",
			"It is a shambles.=Mr Howard/"},
		{"a noun in -ly is no adverb", entente.QuoteIndirect,
			"Former minister Sir Nicholas Scott has died at a London hospice, his family has announced.",
			"Former minister Sir Nicholas Scott has died at a London hospice=his family/"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := speakerDetail(extractQuotes(t, c.text), c.kind); got != c.want {
				t.Errorf("%s\n got: %s\nwant: %s", c.text, got, c.want)
			}
		})
	}
}

package extract

import (
	"strings"

	"github.com/entente/entente"
)

// sourcing sums up how the document is sourced: how many distinct named
// and unnamed sources it quotes, and the news outlets it cites ("the
// Financial Times reveals", "told the FT", "according to TASS").
func (c *quoteCtx) sourcing() *entente.Sourcing {
	named, anonymous := map[string]bool{}, map[string]bool{}
	for _, sp := range c.speakers {
		switch {
		case sp.media != "":
		case sp.anonymous:
			anonymous[strings.ToLower(sp.text)] = true
		case sp.personID != "":
			named[sp.personID] = true
		default:
			named[sp.actor+"\x00"+strings.ToLower(sp.text)] = true
		}
	}
	d := c.d
	for _, m := range d.Mentions {
		if m.IsMedia() && c.citedAt(m) {
			c.cite(m.Actor)
		}
	}
	media := append([]string{}, c.cited...)
	return &entente.Sourcing{Named: len(named), Anonymous: len(anonymous), Media: media}
}

// citedAt reports whether an outlet's mention stands where a source is
// cited: next to a reporting word ("told the FT", "the Financial Times
// reveals", "as the FT put it", "in an interview with France 24").
func (c *quoteCtx) citedAt(m Mention) bool {
	d := c.d
	sent := d.Sentences[m.Sentence]
	for k := max(m.First-4, sent.First); k < min(m.Last+3, sent.Last); k++ {
		if (k < m.First || k >= m.Last) && citeWords[d.Lower[k]] {
			return true
		}
	}
	return false
}

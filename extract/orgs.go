package extract

import (
	"strings"
	"unicode"

	"github.com/entente/entente"
)

// orgHeads end the names of companies and other organisations that act in
// the news but are not in the lexicon: "Tokyo Electric Power Company
// (TEPCO)". Names ending otherwise ("… Defence Agreement (SMDA)") are not
// actors.
var orgHeads = map[string]bool{
	"company": true, "corporation": true, "corp": true, "corp.": true, "co": true, "co.": true,
	"power": true, "electric": true, "energy": true, "oil": true, "petroleum": true, "gas": true,
	"bank": true, "group": true, "holdings": true, "airlines": true, "airways": true, "motors": true,
	"industries": true, "technologies": true, "inc": true, "inc.": true, "ltd": true, "ltd.": true,
	"plc": true, "institute": true, "foundation": true, "association": true, "federation": true,
	"council": true, "committee": true, "commission": true, "network": true, "authority": true,
	"agency": true, "service": true, "services": true, "systems": true, "works": true,
	"shipping": true, "telecom": true, "pharmaceuticals": true, "international": true,
}

// introducedOrgs finds organisations introduced by a capitalised name and
// an abbreviation in brackets, which later mentions may use alone. They
// become document-local actors of kind org.
func introducedOrgs(d *Doc, taken []bool, known func(id string) bool) []Mention {
	var out []Mention
	abbrevs := map[string]string{} // lower-case abbreviation → id
	for i := 2; i+2 < len(d.Tokens); i++ {
		if d.Tokens[i].Key != "(" || d.Tokens[i+2].Key != ")" || taken[i+1] {
			continue
		}
		abbr := d.Tokens[i+1].Key
		if !isAbbreviation(abbr) || !orgHeads[d.Lower[i-1]] {
			continue
		}
		first := i
		for first > 0 && i-first < 6 && startsUpper(d.Tokens[first-1].Key) && !taken[first-1] && !notNames[d.Lower[first-1]] {
			first--
		}
		if i-first < 2 {
			continue
		}
		id := strings.ToUpper(abbr)
		name := d.Text[d.Tokens[first].Start:d.Tokens[i-1].End]
		// An abbreviation that is already another actor's id ("MDA" is
		// Moldova) gives way to the name.
		if known(id) {
			id = upperSnake(name)
		}
		if d.Orgs == nil {
			d.Orgs = map[string]string{}
		}
		if _, dup := d.Orgs[id]; !dup {
			d.Orgs[id] = name
		}
		abbrevs[strings.ToLower(abbr)] = id
		for k := first; k <= i+2; k++ {
			taken[k] = true
		}
		out = append(out, Mention{First: first, Last: i + 3, Start: d.Tokens[first].Start, End: d.Tokens[i+2].End,
			Actor: id, Kind: entente.KindOrg, Via: "name"})
	}
	if len(abbrevs) == 0 {
		return out
	}
	for i := range d.Tokens {
		if id, ok := abbrevs[d.Lower[i]]; ok && !taken[i] && startsUpper(d.Tokens[i].Key) {
			taken[i] = true
			out = append(out, Mention{First: i, Last: i + 1, Start: d.Tokens[i].Start, End: d.Tokens[i].End,
				Actor: id, Kind: entente.KindOrg, Via: "abbreviation"})
		}
	}
	return out
}

// isAbbreviation reports whether a word looks like an organisation's
// short name: 2 to 8 letters, starting with a capital and mostly capitals
// ("TEPCO", "Tepco" is accepted when it follows a company name).
func isAbbreviation(w string) bool {
	if len(w) < 2 || len(w) > 8 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '&' {
			return false
		}
	}
	return startsUpper(w)
}

// upperSnake makes an UPPER_SNAKE id of a name.
func upperSnake(name string) string {
	var b strings.Builder
	under := false
	for _, r := range foldKey(name) {
		switch {
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(unicode.ToUpper(r))
			under = false
		case !under && b.Len() > 0:
			b.WriteByte('_')
			under = true
		}
	}
	return strings.TrimSuffix(b.String(), "_")
}

package main

import (
	"strings"
	"testing"
)

func TestConvertBrown(t *testing.T) {
	tests := []struct {
		brown string
		want  string // word/TAG, sets as TAG|TAG, unknown as word/?
	}{
		{"The/at Fulton/np-tl County/nn-tl Grand/jj-tl Jury/nn-tl said/vbd ./.",
			"The/DT Fulton/NNP County/NN|NNP Grand/JJ|NNP Jury/NN|NNP said/VBD ./."},
		{"Atlanta's/np$ recent/jj primary/nn", "Atlanta/NNP 's/POS recent/JJ primary/NN"},
		{"the/at states'/nns$ rights/nns", "the/DT states/NNS '/POS rights/NNS"},
		{"I/ppss don't/do* know/vb", "I/PRP do/VBP n't/RB know/VB"},
		{"He/pps can't/md* come/vb", "He/PRP ca/MD n't/RB come/VB"},
		{"He/pps cannot/md* come/vb", "He/PRP cannot/MD come/VB"},
		{"I'll/ppss+md go/vb", "I/PRP 'll/MD go/VB"},
		{"it's/pps+bez late/jj", "it/PRP 's/VBZ late/JJ"},
		{"They/ppss go/vb home/nr", "They/PRP go/VBP home/?"},
		{"Will/md they/ppss go/vb", "Will/MD they/PRP go/VB"},
		{"Go/vb home/nr", "Go/VB home/?"},
		{"the/at men/nns go/vb", "the/DT men/NNS go/VBP"},
		{"the/at man/nn and/cc they/ppss go/vb", "the/DT man/NN and/CC they/PRP go/VBP"},
		{"to/to come/vb and/cc see/vb", "to/TO come/VB and/CC see/VB"},
		{"he/pps said/vbd go/vb", "he/PRP said/VBD go/VB|VBP"},
		{"He/pps went/vbd to/in Atlanta/np", "He/PRP went/VBD to/IN Atlanta/NNP"},
		{"all/abn the/at men/nns", "all/PDT the/DT men/NNS"},
		{"all/abn men/nns", "all/DT men/NNS"},
		{"both/abx men/nns and/cc women/nns", "both/CC men/NNS and/CC women/NNS"},
		{"such/abl a/at man/nn", "such/PDT a/DT man/NN"},
		{"more/ap men/nns", "more/JJR men/NNS"},
		{"most/ql important/jj", "most/RBS important/JJ"},
		{"the/at man/nn that/wps came/vbd", "the/DT man/NN that/WDT came/VBD"},
		{"what/wdt time/nn", "what/WDT time/NN"},
		{"what/wdt he/pps said/vbd", "what/WP he/PRP said/VBD"},
		{"NATO/nn and/cc TV/nn", "NATO/NNP and/CC TV/NN"},
		{"according/in to/in", "according/VBG to/IN"},
		{"came/vbd ;/. left/vbd", "came/VBD ;/: left/VBD"},
		{"gonna/vbg+to go/vb", "gonna/? go/VB"},
		{"on/in Sunday/nr", "on/IN Sunday/NNP"},
		{"one/pn of/in them/ppo", "one/? of/IN them/PRP"},
		{"nothing/pn", "nothing/NN"},
		{"comedie/fw-nn", "comedie/FW"},
		{"``/`` Yes/rb ''/'' (/( a/at )/)", "``/`` Yes/RB ''/'' (/-LRB- a/DT )/-RRB-"},
		{"was/bedz done/dod", "was/VBD done/VBN"},
	}
	for _, tc := range tests {
		var toks []brownToken
		for _, f := range strings.Fields(tc.brown) {
			toks = append(toks, parseBrownToken(f))
		}
		s := convertBrown(toks)
		var got []string
		for i, w := range s.words {
			tags := strings.Join(s.tags[i], "|")
			if tags == "" {
				tags = "?"
			}
			got = append(got, w+"/"+tags)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.brown, g, tc.want)
		}
	}
}

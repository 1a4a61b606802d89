package extract

import (
	"strings"
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
		{"a relative clause after a quotation does not attribute it", entente.QuoteDirect,
			"Barbara Roche said an organisation should publish figures. She said this would counter \"so-called independent\" groups like Migration Watch, which she described as an anti-immigration body.",
			"so-called independent=Barbara Roche/"},
		{"a time phrase after the verb", entente.QuoteIndirect,
			"Rockstar Games, the makers of Manhunt, has said in the past it markets its games responsibly.",
			"it markets its games responsibly=Rockstar Games/"},
		{"a dateline is not what was said", entente.QuoteIndirect,
			"Canadian Press - OTTAWA (CP) - Most of the immigrants settled in cities, Statistics Canada said.",
			"Most of the immigrants settled in cities=Statistics Canada/"},
		{"how it was said, after the verb", entente.QuoteIndirect,
			"Iraqi kidnappers said in a video statement on Thursday they would release the captives.",
			"they would release the captives=Iraqi kidnappers/"},
		{"a quoted term inside the speaker's phrase", entente.QuoteIndirect,
			"The inquiry settled on the so-called \"rotten apples\" theory, which argued that only a few police officers were racist.",
			"only a few police officers were racist=the so-called \"rotten apples\" theory/"},
		{"a stray comma after the subject", entente.QuoteIndirect,
			"The men's solicitor Matthew Knight, said that at no time had it occurred to the men that they broke the law.",
			"at no time had it occurred to the men that they broke the law=Matthew Knight/"},
		{"a name after a role word", entente.QuoteDirect,
			"Health analyst Tony Beddow said the plans were \"reasonably impressive\".",
			"reasonably impressive=Tony Beddow/"},
		{"an object relative leaves a gap in what is reported", entente.QuoteIndirect,
			"Mr Blunkett went to court for the right to see the son whom he says he fathered - and just 14% voiced sympathy.", ""},
		{"a number is no surname", entente.QuoteDirect,
			"One in four said the plan was fine. \"It will work,\" he said.",
			"It will work=he/"},
		{"including before the speaker", entente.QuoteIndirect,
			"These have been criticised by campaigners, including Labour backbencher Gwyneth Dunwoody, who says it will reduce the incentive for drivers.",
			"it will reduce the incentive for drivers=Labour backbencher Gwyneth Dunwoody/"},
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

// TestQuoteFocus checks whom "he said" stands for after a quotation of
// several sentences, an unnamed person, or a time phrase.
func TestQuoteFocus(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"a quotation of several sentences keeps its speaker in focus",
			"Mr Howard said Britain should take its fair share. \"The anniversary reminded us,\" he was due to say. " +
				"\"But we have to get a grip. \"Fair play matters. People want fair rules,\" he said.",
			"The anniversary reminded us=Mr Howard | But we have to get a grip.=Mr Howard | Fair play matters. People want fair rules=Mr Howard"},
		{"an unnamed person as the subject before",
			"Mr Denham believes the council should think again. He said: \"We want change.\" " +
				"But a spokesman for the Home Office defended the proposals. He said: \"We stand by the provisions.\"",
			"We want change.=Mr Denham | We stand by the provisions.=a spokesman for the Home Office"},
		{"a description of the person named as the subject before",
			"David McLetchie has resigned from his post as a partner in a legal firm.\n\n" +
				"The Scottish Conservative leader had insisted that his legal work did not influence him. But on Friday he said: \"I have tendered my resignation.\"",
			"I have tendered my resignation.=David McLetchie"},
		{"a shadow minister is not the minister",
			"In his report, the chancellor denied he was \"gloating\". But Oliver Letwin, for the Tories, attacked government debt.\n\n" +
				"The shadow chancellor said the \"golden rule\" had \"turned to dross\".",
			"gloating=the chancellor | golden rule=Oliver Letwin | turned to dross=Oliver Letwin"},
		{"an organisation's name is no description of a person",
			"Jack McConnell said the rules would change.\n\nThe Scottish Executive said the change was \"a recognition that people will get drunk\".",
			"a recognition that people will get drunk=The Scottish Executive"},
		{"a pronoun does not stand for a name in the clause it reports",
			"Mr Howard said Britain must change. Mr Blair has failed to tackle these problems, he claimed, saying he has the \"wrong solution\" to them.",
			"wrong solution=Mr Howard"},
		{"a participle's clause before the speaker",
			"Meanwhile Ms Hutt said she hoped \"that the people of Wales would benefit.\" Asked about waiting lists, she said that they were \"only 10% of the agenda\".",
			"that the people of Wales would benefit.=Ms Hutt | only 10% of the agenda=Ms Hutt"},
		{"a subject after a time phrase",
			"Mr Herron said he was not convinced. \"It is not going to deliver,\" he said. \"Labour has had two years. If you cannot sell a deal, it is bad.\" " +
				"On Wednesday, Mr Mallon provoked fury at the campaign. \"The campaign is run by Conservatives,\" he said.",
			"It is not going to deliver=Mr Herron | Labour has had two years. If you cannot sell a deal, it is bad.=Mr Herron | The campaign is run by Conservatives=Mr Mallon"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := speakers(extractQuotes(t, c.text), entente.QuoteDirect); got != c.want {
				t.Errorf("%s\n got: %s\nwant: %s", c.text, got, c.want)
			}
		})
	}
}

// TestQuoteNamedAfterRole: a person the lexicon knows, named after role
// words, is the subject a later "he" refers to.
func TestQuoteNamedAfterRole(t *testing.T) {
	text := "Liberal Democrat spokesman Mark Oaten told the committee: \"The danger is real.\" " +
		"Shadow home secretary David Davis echoed criticisms of the rules. \"There is genuine concern,\" he said."
	x, err := newPipeline(t).Extract(entente.Document{ID: "t", Text: text, Published: "2005-03-01"})
	if err != nil {
		t.Fatal(err)
	}
	if got := speakers(x, entente.QuoteDirect); !strings.HasSuffix(got, "There is genuine concern=David Davis") {
		t.Errorf("got %s", got)
	}
}

// TestQuoteNounSenses: "claims" and "reports" after a preposition or a
// verb that takes them as objects are nouns, whatever the tagger says.
func TestQuoteNounSenses(t *testing.T) {
	cases := []struct{ name, kind, text, want string }{
		{"after a verb, past modifiers", entente.QuoteIndirect,
			"Dr Fox refused to discuss weekend newspaper reports that the party had repaid £500,000 to a donor.", ""},
		{"after a preposition, past a party", entente.QuoteDirect,
			"Alan Milburn has defended his party's posters amid Tory claims the ads were \"sly anti-Semitism\".", ""},
		{"after a determiner and an adjective", entente.QuoteIndirect,
			"The trouble is, both men have fallen short of offering simple, straightforward denials of the central claims.", ""},
		{"a subject with a place is no object", entente.QuoteDirect,
			"Andrew in Derby complains that raising the minimum wage is \"blatant electioneering\".",
			"blatant electioneering=Andrew/"},
		{"a party as subject", entente.QuoteDirect,
			"The party asserts that Mr Hockney \"has a moral obligation\" to stand down.",
			"has a moral obligation=The party/"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := speakerDetail(extractQuotes(t, c.text), c.kind); got != c.want {
				t.Errorf("%s\n got: %s\nwant: %s", c.text, got, c.want)
			}
		})
	}
}

// TestQuoteClauseObject: "he" in a clause hung on one whose subject is no
// person is the person that clause names, and stays out of focus.
func TestQuoteClauseObject(t *testing.T) {
	text := "Dr Fox refused to discuss reports that the party had repaid £500,000 to former Tory Treasurer Lord Ashcroft after he said the party could not win the election. " +
		"\"We repay loans when they are due,\" he said."
	x := extractQuotes(t, text)
	if got, want := speakers(x, entente.QuoteIndirect), "the party could not win the election=Lord Ashcroft"; got != want {
		t.Errorf("indirect: got %s, want %s", got, want)
	}
	if got, want := speakers(x, entente.QuoteDirect), "We repay loans when they are due=Dr Fox"; got != want {
		t.Errorf("direct: got %s, want %s", got, want)
	}
}

// TestQuoteActedOn: the actor named after the head of a plural
// description that is no role is whom the speakers act on.
func TestQuoteActedOn(t *testing.T) {
	text := "Iraqi kidnappers of seven employees of a Kuwaiti company said they would release the captives."
	x, err := newPipeline(t).Extract(entente.Document{ID: "t", Text: text, Published: "2004-09-01"})
	if err != nil {
		t.Fatal(err)
	}
	if got := speakerDetail(x, entente.QuoteIndirect); strings.Contains(got, "KWT") {
		t.Errorf("got %s", got)
	}
}

// TestSpeechVerbShapes: the quick test of a word's letters and length
// lets every form of a speech verb through.
func TestSpeechVerbShapes(t *testing.T) {
	for w := range speechVerbs {
		if !speechVerbForm(w) {
			t.Errorf("%q is not found", w)
		}
	}
	for _, w := range []string{"", "the", "Said", "x", "government"} {
		if speechVerbForm(w) {
			t.Errorf("%q is found", w)
		}
	}
}

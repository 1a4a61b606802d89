package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/entente/entente"
)

func fixturePipeline(t testing.TB) *Pipeline {
	t.Helper()
	p, err := NewWithLexicon(fixtureLexicon(t))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// actorIDs extracts text and returns the ids of the actors found, sorted,
// persons as "person:…=AFFILIATION".
func actorIDs(t *testing.T, p *Pipeline, text, date string) []string {
	t.Helper()
	x, err := p.Extract(entente.Document{ID: "t", Text: text, Published: date})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range x.Actors {
		id := a.ID
		if a.Kind == entente.KindPerson {
			id += "=" + a.Affiliation
		}
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func TestActorRules(t *testing.T) {
	p := fixturePipeline(t)
	cases := []struct {
		name, text, date string
		want             string
	}{
		{"names and capitals", "Ankara and the Kremlin responded.", "", "RUS TUR"},
		{"capital as location", "Talks were held in Ankara.", "", ""},
		{"adjective before head noun", "Turkish officials met Greek diplomats.", "", "GRC TUR"},
		{"adjective without head noun", "He drank Turkish coffee with Greek yoghurt.", "", ""},
		{"coordinated adjectives", "Turkish and Greek officials met.", "", "GRC TUR"},
		{"acronym case", "US troops left. Let us go.", "", "USA"},
		{"lower-case acronym is a word", "They told us so.", "", ""},
		{"title before known name", "Turkish President Recep Tayyip Erdogan spoke.", "2025-03-01", "TUR person:recep-tayyip-erdogan=TUR"},
		{"title before unknown name", "Turkish Foreign Minister Hakan Fidan arrived.", "2025-03-01", "TUR person:hakan-fidan=TUR"},
		{"apposition", "Hakan Fidan, Turkey's foreign minister, arrived.", "2025-03-01", "TUR person:hakan-fidan=TUR"},
		{"title, comma, name", "The views of NATO Secretary-General, Mark Rutte, are known.", "2025-03-01", "NATO person:mark-rutte=NATO"},
		{"affiliation by date", "Mark Rutte spoke.", "2020-05-01", "person:mark-rutte=NLD"},
		{"surname of incumbent", "Trump's threat worried the United States' allies.", "2025-03-01", "USA person:donald-trump=USA"},
		{"surname of a head of state", "Trump's threat worried Europe.", "2025-03-01", "person:donald-trump=USA"},
		{"surname of a minister needs the affiliation in the text", "Fidan's threat worried Europe.", "2025-03-01", ""},
		{"surname of a minister of a state in the text", "Fidan met Turkish officials.", "2025-03-01", "TUR person:hakan-fidan=TUR"},
		{"surname of a minister of a state that acts", "Mr Fidan spoke. Turkey said it would act.", "2025-03-01", "TUR person:hakan-fidan=TUR"},
		{"surname of a minister of a state only compared with", "Mr Fidan wants a scheme similar to Turkey's.", "2025-03-01", "TUR person:fidan="},
		{"surname of a minister of a state only in a list of places", "Mr Fidan hired doctors from Greece, Turkey and Albania.", "2025-03-01", "ALB GRC TUR person:fidan="},
		{"common word at sentence start", "Male officials met.", "", ""},
		{"title before a common noun", "The General Election is near.", "", ""},
		{"a place before a comma is no apposition", "In a speech in Edinburgh, the prime minister spoke.", "", ""},
		{"pronoun before a comma is no apposition", "Who are You, minister?", "", ""},
		{"office holder of the day by role", "The Turkish foreign minister spoke.", "2025-03-01", "TUR person:hakan-fidan=TUR"},
		{"office holder by role needs a date", "The Turkish foreign minister spoke.", "", "TUR"},
		{"company after a title word", "General Motors Corp said it would expand.", "", ""},
		{"title and name, affiliation after", "President Hakan Smith of Greece spoke.", "", "GRC person:hakan-smith=GRC"},
		{"title decides between holders of a surname", "President Erdogan met Foreign Minister Fidan.", "2025-03-01", "person:hakan-fidan=TUR person:recep-tayyip-erdogan=TUR"},
		{"agent compound", "A US-led coalition and Turkish-backed fighters advanced.", "", "TUR USA"},
		{"misspelt state", "Greece rejected an offer from Turkei.", "", "GRC TUR"},
		{"a word one letter from a state is not one", "Grease was found.", "", ""},
		{"plural demonym", "Israelis and Turks met.", "", "TUR"},
		{"modifier before head noun", "Greek peacekeeping troops left.", "", "GRC"},
		{"capital as a place", "They met in Athens.", "", ""},
		{"dateline", "ATHENS (Reuters) - The economy grew.", "", ""},
		{"dateline and actor", "ATHENS, Dec 7 - Athens said it would act.", "", "GRC"},
		{"title and surname, undated", "President Erdogan spoke.", "", "person:recep-tayyip-erdogan=TUR"},
		{"surname inside another name", "The United States met Richard Trump Smith.", "2025-03-01", "USA"},
		{"misspelt surname", "Mark Rutte spoke. Later, Route stressed the point.", "2025-03-01", "person:mark-rutte=NATO"},
		{"ambiguous alias needs support", "Michael Jordan played.", "", ""},
		{"ambiguous alias in a list of states", "Greece, Turkey and Jordan met.", "", "GRC JOR TUR"},
		{"ambiguous alias supported later in the text", "Jordan spoke. Jordanian officials agreed.", "", "JOR"},
		{"ambiguous alias beside a state, a verb between", "Turkey accused Jordan of arming rebels. Jordan denies it.", "", "JOR TUR"},
		{"ambiguous alias inside a person's name beside a state", "Michael Jordan visited Turkey.", "", "TUR"},
		{"ambiguous alias beside a state, no verb between", "Turkey's Jordan trip ended.", "", "TUR"},
		{"ambiguous alias after another state's adjective", "A Turkish Jordan office spokesman spoke. Jordan accused Turkey.", "", "JOR TUR"},
		{"ambiguous alias in a dateline", "AMMAN, JORDAN - Turkey spoke.", "", "TUR"},
		{"dateline before a colon", "ATHENS: Turkey spoke.", "", "TUR"},
		{"anaphoric description", "The EU met. The bloc agreed.", "", "EU"},
		{"anaphoric description without antecedent", "The bloc agreed.", "", ""},
		{"anaphoric description needs a determiner", "The EU met. A bloc agreed.", "", "EU"},
		{"head noun that is also a description", "Turkish rebels fought. The EU spoke.", "", "EU TUR"},
		{"media", "the FT reported.", "", "FINANCIAL_TIMES"},
		{"hyphenated pair", "EU-Turkey relations improved.", "", "EU TUR"},
		{"negative prefix", "non-EU countries", "", ""},
		{"name containing a country's", "Latin American officials met New Mexico officials.", "", ""},
		{"name used as a place", "They met on the island of Greece. The island is calm.", "", ""},
		{"name as place and as actor", "Talks in Greece ended. Greece agreed.", "", "GRC"},
		{"possessive after in is an actor", "Talks in Greece's parliament ended.", "", "GRC"},
		{"a target is not a place", "Troops fired at Greece.", "", "GRC"},
		{"an organisation is not a place", "Membership in NATO grew.", "", "NATO"},
		{"shared institution name alone", "The Security Council met. A Security Council resolution passed.", "", "UN"},
		{"shared institution name inside a longer name", "The National Security Council met.", "", ""},
		{"shared institution name after a state", "Russia's Security Council met. The Russian Security Council met.", "", "RUS"},
		{"shared institution name of a state", "The Security Council of Greece met.", "", "GRC"},
		{"shared organisation name at sentence start", "Red Cross officials left. The Red Cross spoke.", "", "ICRC"},
		{"shared organisation name of a state", "The American Red Cross sent aid.", "", ""},
		{"leader's surname and administration", "The Trump administration criticised Greece.", "2025-03-01", "GRC USA"},
		{"leader's surname out of office", "The Trump administration criticised Greece.", "2020-05-01", "GRC"},
		{"leader's surname and government, undated", "The Erdogan government fell.", "", "TUR"},
		{"leader's surname before a seat of power", "The Trump White House spoke.", "2025-03-01", "USA"},
		{"surname of a minister is no government", "The Fidan government fell.", "2025-03-01", ""},
		{"ethnic group is not the state", "Ethnic Turks protested. Greek officials arrested ethnic Turks.", "", "GRC"},
		{"a place of birth or base is no actor", "They congratulated Greece born laureate Maria. A Turkey based group spoke.", "", ""},
		{"a people living in another state", "The Albanians of southern Greece protested.", "", "GRC"},
		{"a people of its own state", "The Turks of Turkey voted.", "", "TUR"},
		{"a regional capital is a city", "Rebels shelled the southern regional capital Juba.", "2015-01-01", ""},
		{"a capital opening the text is a dateline", "LONDON Greek officials arrived.", "", "GRC"},
		{"a storm's name is no misspelt state", "Hurricane Mexica hit the coast. Later Mexica said it was ready.", "", "MEX"},
		{"a known adjective is no misspelt state", "The man was Albanian. He met an Albanian.", "", ""},
		{"institution in a state, subject", "A court in Greece jailed him. Security forces in the United Kingdom left.", "", "GBR GRC"},
		{"people in a capital, subject", "Demonstrators in Athens blocked a road.", "", "GRC"},
		{"people in a capital, object", "Police arrested demonstrators in Athens.", "", "GRC"},
		{"people in a state, after that", "He said that rebels in Greece fled.", "", "GRC"},
		{"head foreign to the place", "Troops in Greece fired.", "", ""},
		{"head inside a prepositional phrase", "He spoke to demonstrators in Athens.", "", ""},
		{"head after a modifier", "Relief officials in Athens said so.", "", ""},
		{"head that is no group", "Talks in Athens ended.", "", ""},
		{"capital of a state not yet independent", "Juba said it would act.", "2005-03-01", ""},
		{"capital of a state once independent", "Juba said it would act.", "2012-03-01", "SSD"},
		{"name of the day", "Greece, Turkey and Congo met.", "1990-03-01", "COG GRC TUR"},
		{"former name", "Zaire and Greece met.", "1990-03-01", "COD GRC"},
		{"name unambiguous at its date", "Macedonia is preparing an offensive, Greece said.", "2001-03-01", "GRC MKD"},
		{"name ambiguous at its date", "Macedonia is preparing an offensive, Greece said.", "2020-03-01", "GRC"},
		{"noisy casing of a name", "Greek officials want to help tUrkey.", "", "GRC TUR"},
		{"lower-case name is a word", "Greek officials ate turkey.", "", "GRC"},
		{"misspelt surname after a title", "President Recep Tayyip Erdogn spoke.", "", "person:recep-tayyip-erdogan=TUR"},
		{"misspelt surname after a title, other given name", "President Ahmet Erdogn spoke.", "", "person:ahmet-erdogn="},
		{"capital modifying a common noun", "The London boroughs of Hillingdon and Harrow voted.", "", ""},
		{"capital inside a name", "The Athens Games opened near the Tokyo Stock Exchange.", "", ""},
		{"capital in a noun phrase", "Robbers raided an Athens museum.", "", ""},
		{"capital as subject", "Moscow insists it is right. London first refused, and the Kremlin agrees.", "", "GBR RUS"},
		{"company named after a state", "Turkey Telecom and Greek Railways officials spoke. Air Greece and Greek International Airways flew.", "", ""},
		{"company head going on into a state body", "The Greek Air Force struck. Greek Air Force jets flew.", "", "GRC"},
		{"a people of another state", "Greek Turks protested. Albanians met.", "", "ALB"},
		{"a place before an apposition", "The governor of the province of Herat, Washington's envoy said, fled.", "", "USA"},
		{"a capital as a surname", "Spokesman Bob Athens spoke. Mr Athens said no.", "", "person:bob-athens="},
		{"a misspelt state before a surname", "Greece met Albanja Smith.", "", "GRC"},
		{"title with complement before name", "Russia's top envoy to Greece, Georgy Zinoviev, spoke.", "", "GRC RUS person:georgy-zinoviev=RUS"},
	}
	for _, c := range cases {
		got := strings.Join(actorIDs(t, p, c.text, c.date), " ")
		if got != c.want {
			t.Errorf("%s: %q gives [%s], want [%s]", c.name, c.text, got, c.want)
		}
	}
}

func TestMentionOffsets(t *testing.T) {
	p := fixturePipeline(t)
	text := "NATO Secretary -General, Mark Rutte urged Türkiye and the EU."
	x, err := p.Extract(entente.Document{ID: "t", Text: text, Published: "2025-03-01"})
	if err != nil {
		t.Fatal(err)
	}
	norm := x.Doc.Text
	for _, a := range x.Actors {
		for _, m := range a.Mentions {
			if norm[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %q at %d:%d reads %q", a.ID, m.Text, m.Start, m.End, norm[m.Start:m.End])
			}
		}
	}
}

func TestRoleOnlyMention(t *testing.T) {
	p := fixturePipeline(t)
	x, err := p.Extract(entente.Document{ID: "t", Published: "2025-03-01",
		Text: "Mark Rutte arrived. In a speech, the NATO Secretary General said it was vital."})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range x.Actors {
		if a.ID == "person:mark-rutte" {
			if len(a.Mentions) != 2 {
				t.Errorf("Rutte has %d mentions, want 2 (name and role): %+v", len(a.Mentions), a.Mentions)
			}
			return
		}
	}
	t.Errorf("Rutte not found: %+v", x.Actors)
}

func TestBadInput(t *testing.T) {
	p := fixturePipeline(t)
	for name, text := range map[string]string{
		"empty":   "  \n ",
		"binary":  "PK\x03\x04\x00\x00",
		"invalid": "caf\xe9 au lait",
		"huge":    strings.Repeat("a", MaxTextBytes+1),
	} {
		if _, err := p.Extract(entente.Document{ID: name, Text: text}); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestIntroducedOrganisation(t *testing.T) {
	p := fixturePipeline(t)
	got := strings.Join(actorIDs(t, p, "Plant operator Tokyo Electric Power (Tepco) said it began. Tepco added more.", ""), " ")
	if got != "TEPCO" {
		t.Errorf("got [%s], want [TEPCO]", got)
	}
	got = strings.Join(actorIDs(t, p, "They signed the Strategic Mutual Defence Agreement (SMDA).", ""), " ")
	if got != "" {
		t.Errorf("an agreement is not an actor: got [%s]", got)
	}
}

func TestGovernmentOutletOwnsUnqualifiedOffices(t *testing.T) {
	p := fixturePipeline(t)
	for outlet, want := range map[string]string{
		"The White House":                       "USA",
		"U.S. Department of State":              "USA",
		"Ministry of Foreign Affairs of Greece": "GRC",
		"Reuters":                               "",
		"Greek Reporter":                        "",
	} {
		if got := p.actors.governmentOutlet(outlet); got != want {
			t.Errorf("governmentOutlet(%q) = %q, want %q", outlet, got, want)
		}
	}
	x, err := p.Extract(entente.Document{ID: "t", Outlet: "The White House", Published: "2025-03-01",
		Text: "The President spoke with President Recep Tayyip Erdogan. The President thanked him."})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range x.Actors {
		if a.ID == "person:donald-trump" {
			return
		}
	}
	t.Errorf("the White House's \"the President\" should be the US president: %+v", x.Actors)
}

func TestOneEditApart(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"afghanistan", "afganistan", true}, {"qatar", "quatar", true}, {"turkey", "turkei", true},
		{"turkey", "turkey", true}, {"turkey", "tukrey", false}, {"greece", "grease", false}, {"iran", "iraq", true},
	} {
		if got := oneEditApart(c.a, c.b); got != c.want {
			t.Errorf("oneEditApart(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

// mentionsOf extracts text and returns, per actor sorted by id, its id
// (persons with "=AFFILIATION") and the texts of its mentions.
func mentionsOf(t *testing.T, p *Pipeline, text, date string) string {
	t.Helper()
	x, err := p.Extract(entente.Document{ID: "t", Text: text, Published: date})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, a := range x.Actors {
		id := a.ID
		if a.Kind == entente.KindPerson {
			id += "=" + a.Affiliation
		}
		var ms []string
		for _, m := range a.Mentions {
			ms = append(ms, m.Text)
		}
		out = append(out, id+"["+strings.Join(ms, "|")+"]")
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

func TestActorMentionRules(t *testing.T) {
	p := fixturePipeline(t)
	cases := []struct {
		name, text, date string
		want             string
	}{
		{"a modifier title before a title qualifies it", "Greece's Chief Minister Nikos Dendias spoke.", "",
			"GRC[Greece] person:nikos-dendias=GRC[Chief Minister Nikos Dendias]"},
		{"a one-word title ending a name is a surname", "Greek Minister Oona Envoy, who won, spoke.", "",
			"GRC[Greek] person:oona-envoy=GRC[Minister Oona Envoy]"},
		{"a title inside an institution's name", "The Association of Chief Police Officers in Greece said so.", "", ""},
		{"a title inside a place name", "They met at London's President Cross station.", "", ""},
		{"the article before a name modifying a noun", "The EU summit ended. The Kremlin spokesman and the UK government spoke. The UK insists.", "",
			"EU[EU] GBR[UK|The UK] RUS[Kremlin|spokesman]"},
		{"a war named after a state", "The Greece war ended. Turkey spoke.", "", "TUR[Turkey]"},
		{"a surname the text gives another given name", "Aid worker Margaret Trump was seized. Mrs Trump is ill. Greece spoke.", "2025-03-01", "GRC[Greece]"},
		{"an agent before a war is an actor", "Turkey refused the US-led war.", "", "TUR[Turkey] USA[US]"},
		{"a surname after another given name is another person", "President Recep Tayyip Erdogan met his son Bilal Erdogan. Erdogan spoke.", "2025-03-01",
			"person:recep-tayyip-erdogan=TUR[President Recep Tayyip Erdogan|Erdogan]"},
		{"a title and surname with another given name is another person", "President Mehmet Erdogan spoke.", "",
			"person:mehmet-erdogan=TUR[President Mehmet Erdogan]"},
		{"a title and a surname with a particle the lexicon leaves out", "Prime Minister Mark al-Rutte spoke.", "2020-05-01",
			"person:mark-rutte=NLD[Prime Minister Mark al-Rutte]"},
		{"a name goes on over a joined particle", "Turkish envoy Hakan al-Turabi spoke.", "",
			"TUR[Turkish] person:hakan-al-turabi=TUR[envoy Hakan al-Turabi]"},
		{"a name goes on over two particles", "Greek envoy Jean-Marc de la Sabliere spoke.", "",
			"GRC[Greek] person:jean-marc-de-la-sabliere=GRC[envoy Jean-Marc de la Sabliere]"},
		{"a backer is no affiliation of the title after it", "The US-backed President Hakan Smith spoke. Greece's Turkish-backed minister left.", "",
			"GRC[Greece|minister] TUR[Turkish] USA[US] person:hakan-smith=[President Hakan Smith]"},
	}
	for _, c := range cases {
		if got := mentionsOf(t, p, c.text, c.date); got != c.want {
			t.Errorf("%s: %q gives [%s], want [%s]", c.name, c.text, got, c.want)
		}
	}
}

// TestUndatedOffices checks, with the curated lexicon, that an undated
// text takes the offices its titled officials date it to.
func TestUndatedOffices(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, want string }{
		// Brown's title dates the text to 1997-2007: May was no prime
		// minister then, and Brown no prime minister yet.
		{"Chancellor Gordon Brown met Theresa May. Gordon Brown spoke.", "person:gordon-brown=Chancellor of the Exchequer person:theresa-may="},
		// "Sheikh" is part of the name the lexicon knows.
		{"Bangladesh's opposition leader Sheikh Hasina spoke.", "BGD= person:sheikh-hasina=Opposition Leader"},
	}
	for _, c := range cases {
		x, err := p.Extract(entente.Document{ID: "t", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range x.Actors {
			got = append(got, a.ID+"="+a.Role)
		}
		sort.Strings(got)
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q gives [%s], want [%s]", c.text, g, c.want)
		}
	}
}

// TestCuratedSurnames checks, with the curated lexicon, when a bare
// surname is an office holder the document never names in full.
func TestCuratedSurnames(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ name, text, want string }{
		// Australia is only compared with and listed as a place of
		// origin: "Mr Howard" of a British article is no Australian
		// prime minister.
		{"a leader's surname that is a given name needs the state acting",
			"Mr Clarke wants a points system similar to Australia's. Mr Howard has said Britain should take its fair share. Teachers came from South Africa, Australia and Jamaica.",
			"AUS GBR JAM ZAF person:charles-clarke=GBR person:howard="},
		{"a leader's surname that is a given name, the state acting",
			"Australia said it would act. Mr Howard has said Britain should take its fair share.",
			"AUS GBR person:john-howard=AUS"},
		{"a leader's distinctive surname", "Mr Blair has said the bill had safeguards.", "person:tony-blair=GBR"},
		{"a common word is no leader's surname", "Gross domestic product rose by 0.8%.", ""},
	}
	for _, c := range cases {
		if got := strings.Join(actorIDs(t, p, c.text, "2005-02-01"), " "); got != c.want {
			t.Errorf("%s: %q gives [%s], want [%s]", c.name, c.text, got, c.want)
		}
	}
}

// TestCuratedRoleRules checks, with the curated lexicon, when a title
// names an office of a state and when it does not.
func TestCuratedRoleRules(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ name, text, want string }{
		{"a title as an adjective", "An earthquake rocked Indonesia's premier tourist island.", "IDN"},
		{"the office of a possessive common noun", "Russian President Vladimir Putin laid flowers at the grave of the war-ravaged region's assassinated president.",
			"RUS person:vladimir-putin=RUS"},
		{"the office of a described state", "Hamid Karzai became the war-ravaged country's first president. Afghanistan voted.",
			"AFG person:hamid-karzai=AFG"},
		{"an office in an unnamed body", "The British leader of a group of mercenaries was jailed.", ""},
	}
	for _, c := range cases {
		if got := strings.Join(actorIDs(t, p, c.text, "2004-10-01"), " "); got != c.want {
			t.Errorf("%s: %q gives [%s], want [%s]", c.name, c.text, got, c.want)
		}
	}
}

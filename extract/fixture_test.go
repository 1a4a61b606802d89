package extract

import (
	"testing"
	"testing/fstest"

	"github.com/entente/entente/lexicon"
)

// fixtureLexicon is a small lexicon for testing the recognition rules
// independently of the curated data.
func fixtureLexicon(t testing.TB) *lexicon.Lexicon {
	t.Helper()
	fsys := fstest.MapFS{
		"states.tsv": {Data: []byte("id\tname\taliases\tadjectives\tmetonyms\tsource\n" +
			"TUR\tTurkey\tTürkiye|Republic of Turkey\tTurkish|Turk|Turks\tAnkara\tentente\n" +
			"USA\tUnited States\tUS|U.S.|the United States|America\tAmerican|Americans\tWashington|White House\tentente\n" +
			"GRC\tGreece\tHellenic Republic\tGreek|Greeks\tAthens\tentente\n" +
			"RUS\tRussia\tRussian Federation\tRussian|Russians\tMoscow|Kremlin\tentente\n" +
			"MDV\tMaldives\t\tMaldivian\t?Malé\tentente\n" +
			"MEX\tMexico\t\tMexican\tMexico City\tentente\n" +
			"GBR\tUnited Kingdom\tUK|Britain\tBritish\tLondon|Downing Street\tentente\n" +
			"GEO\tGeorgia\t\tGeorgian\tTbilisi\tentente\n" +
			"JOR\tJordan\t?Jordan\tJordanian\tAmman\tentente\n" +
			"NLD\tNetherlands\tHolland\tDutch\tThe Hague\tentente\n" +
			"ALB\tAlbania\t\tAlbanian|Albanians\tTirana\tentente\n" +
			"SSD\tSouth Sudan\t\tSouth Sudanese\tJuba@2011-07-09..\tentente\n" +
			"COD\tDemocratic Republic of the Congo\tZaire|?Congo@1997-05-17..\t\tKinshasa\tentente\n" +
			"COG\tRepublic of the Congo\t?Congo\t\tBrazzaville\tentente\n" +
			"MKD\tNorth Macedonia\tMacedonia@1991-09-08..2019-02-11|?Macedonia@2019-02-12..\t\tSkopje\tentente\n")},
		"igos.tsv": {Data: []byte("id\tname\taliases\tadjectives\tmetonyms\tsource\n" +
			"EU\tEuropean Union\tEU|E.U.|European Commission|~the bloc|~the block\t\tBrussels\tentente\n" +
			"NATO\tNATO\tNorth Atlantic Treaty Organization|~the alliance\t\t\tentente\n" +
			"UN\tUnited Nations\tUN|UN Security Council|?Security Council\t\t\tentente\n")},
		"orgs.tsv": {Data: []byte("id\tname\taliases\tadjectives\tmetonyms\tsource\n" +
			"ICRC\tInternational Committee of the Red Cross\tICRC|?Red Cross\t\t\tentente\n")},
		"groups.tsv": {Data: []byte("id\tname\taliases\tadjectives\tmetonyms\tsource\n" +
			"M23\tM23\tMarch 23 Movement|~the rebels\t\t\tentente\n")},
		"media.tsv": {Data: []byte("id\tname\taliases\tadjectives\tmetonyms\tsource\n" +
			"FINANCIAL_TIMES\tFinancial Times\tFT|FTs\t\t\tentente\n")},
		"officials_test.tsv": {Data: []byte("id\tname\taliases\taffiliation\trole\tsector\tstart\tend\tsource\n" +
			"person:mark-rutte\tMark Rutte\t\tNLD\tPrime Minister\tGOV\t2010-10-14\t2024-07-02\tentente\n" +
			"person:mark-rutte\tMark Rutte\t\tNATO\tSecretary General\tGOV\t2024-10-01\t\tentente\n" +
			"person:recep-tayyip-erdogan\tRecep Tayyip Erdogan\tErdoğan|Tayyip Erdogan\tTUR\tPresident\tGOV\t2014-08-28\t\tentente\n" +
			"person:hakan-fidan\tHakan Fidan\t\tTUR\tForeign Minister\tGOV\t2023-06-04\t\tentente\n" +
			"person:donald-trump\tDonald Trump\tDonald J. Trump\tUSA\tPresident\tGOV\t2025-01-20\t\tentente\n")},
		"roles.tsv": {Data: []byte("phrase\trole\tsector\tsource\n" +
			"foreign minister\tForeign Minister\tGOV\tentente\n" +
			"president\tPresident\tGOV\tentente\n" +
			"secretary general\tSecretary General\tGOV\tentente\n" +
			"secretary-general\tSecretary General\tGOV\tentente\n" +
			"chief\tChief\tGOV\tentente\n" +
			"minister\tMinister\tGOV\tentente\n" +
			"spokesman\tSpokesman\tGOV\tentente\n" +
			"envoy\tEnvoy\tGOV\tentente\n" +
			"colonel\tColonel\tMIL\tentente\n" +
			"general\tGeneral\tMIL\tentente\n" +
			"prime minister\tPrime Minister\tGOV\tentente\n")},
		"nonactors.tsv": {Data: []byte("phrase\tsource\nLatin American\tentente\nNew Mexico\tentente\n")},
		"heads.tsv": {Data: []byte("word\tsector\tlocal\tsource\n" +
			"officials\tGOV\tyes\tentente\nofficial\tGOV\t\tentente\ndiplomat\tGOV\t\tentente\ngovernment\tGOV\tyes\tentente\n" +
			"rebels\tREB\tyes\tentente\narmy\tMIL\tyes\tentente\ntroops\tMIL\t\tentente\nforces\tMIL\t\tentente\nparliament\tLEG\tyes\tentente\n" +
			"court\tJUD\tyes\tentente\nsecurity forces\tCOP\tyes\tentente\ndemonstrators\tCVL\tyes\tentente\ntalks\t\t\tentente\n" +
			"air force\tMIL\t\tentente\n")},
	}
	lx, err := lexicon.Parse(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return lx
}

package extract

import "strings"

// verbForm describes a word form of a verb that reports speech.
type verbForm struct {
	lemma  string
	gerund bool // "adding", "noting": its subject is that of the clause it hangs on
	clause bool // takes reported speech without quotation marks: "said that …"
	noun   bool // the form is also a noun or adjective ("claims", "reported"): needs a verb's place
}

// clauseVerbs report what someone said, with or without quotation marks:
// "X said (that) …", "“…,” X added".
var clauseVerbs = []string{
	"say", "tell", "add", "note", "stress", "warn", "comment", "state", "declare",
	"explain", "insist", "argue", "claim", "assert", "remark", "observe", "emphasize",
	"emphasise", "underline", "underscore", "reply", "respond", "answer", "recall",
	"acknowledge", "admit", "concede", "confirm", "announce", "report", "reveal",
	"write", "tweet", "allege", "maintain", "contend", "reiterate", "affirm",
	"predict", "suggest", "point", "caution", "complain", "lament", "mention",
	"conclude", "vow", "pledge", "promise", "deny", "estimate", "assure",
}

// quotingVerbs introduce quoted words, often a fragment, but are events or
// descriptions rather than reported speech without marks: "hailed it as a
// “historic day”", "accused Beijing of spreading “unfounded claims”".
var quotingVerbs = []string{
	"hail", "accuse", "denounce", "condemn", "criticise", "criticize", "praise", "call",
	"describe", "term", "brand", "label", "dismiss", "welcome", "express", "urge",
	"demand", "ask", "question", "threaten", "quip", "joke", "boast", "continue",
	"quote", "cite", "characterise", "characterize", "decry", "blast", "slam",
	"apologise", "apologize", "echo", "insult", "attack", "mock", "ridicule",
	"testify", "recount", "wonder", "shout", "chant", "yell", "exclaim", "retort",
	"counter", "proclaim", "reassure", "plead", "scoff", "muse",
}

// irregularForms are the forms of the irregular speech verbs.
var irregularForms = map[string][]string{
	"say":   {"say", "says", "said", "saying"},
	"tell":  {"tell", "tells", "told", "telling"},
	"write": {"write", "writes", "wrote", "written", "writing"},
}

// doubled verbs double their last consonant before -ed and -ing.
var doubled = map[string]bool{"admit": true, "quip": true, "label": true}

// unreportingForms are forms of the verbs above that in news are nearly
// always nouns: "member states", "the points".
var unreportingForms = map[string]bool{"states": true, "points": true, "terms": true, "calls": true, "posts": true}

// speechVerbs maps every form of the verbs above to its description. It is
// built once and only read.
var speechVerbs = func() map[string]verbForm {
	out := map[string]verbForm{}
	add := func(lemmas []string, clause bool) {
		for _, l := range lemmas {
			forms := irregularForms[l]
			if forms == nil {
				forms = inflect(l)
			}
			for _, f := range forms {
				if unreportingForms[f] {
					continue
				}
				v := verbForm{lemma: l, clause: clause, gerund: strings.HasSuffix(f, "ing") && f != l}
				v.noun = !v.gerund && irregularForms[l] == nil
				if old, ok := out[f]; ok && old.clause {
					continue
				}
				out[f] = v
			}
		}
	}
	add(clauseVerbs, true)
	add(quotingVerbs, false)
	return out
}()

// inflect returns a regular verb's base, -s, -ed and -ing forms.
func inflect(l string) []string {
	stem := l
	if doubled[l] {
		stem = l + l[len(l)-1:]
	}
	switch {
	case strings.HasSuffix(l, "e"):
		return []string{l, l + "s", l + "d", l[:len(l)-1] + "ing"}
	case strings.HasSuffix(l, "y") && !strings.ContainsAny(l[len(l)-2:len(l)-1], "aeiou"):
		return []string{l, l[:len(l)-1] + "ies", l[:len(l)-1] + "ied", l + "ing"}
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "x"):
		return []string{l, l + "es", l + "ed", l + "ing"}
	}
	out := []string{l, l + "s", stem + "ed", stem + "ing"}
	if doubled[l] {
		out = append(out, l+"ed", l+"ing") // American "labeled"
	}
	return out
}

// speechVerbForm reports whether a lower-case word is a form of a speech
// verb, whatever its place.
func speechVerbForm(w string) bool {
	// Most words fail on their first and last letters and length, which
	// costs less than hashing them.
	if len(w) == 0 || len(w) >= 16 {
		return false
	}
	f, l := w[0]-'a', w[len(w)-1]-'a'
	if f >= 26 || l >= 26 || speechVerbShapes[int(f)*26+int(l)]&(1<<len(w)) == 0 {
		return false
	}
	_, ok := speechVerbs[w]
	return ok
}

// speechVerbShapes holds, by first and last letter, a bit for each
// length of a speech verb's form.
var speechVerbShapes = func() (shapes [26 * 26]uint16) {
	for w := range speechVerbs {
		f, l := w[0]-'a', w[len(w)-1]-'a'
		if len(w) < 16 && f < 26 && l < 26 {
			shapes[int(f)*26+int(l)] |= 1 << len(w)
		}
	}
	return shapes
}()

// auxiliaries and adverbs stand between a subject and its verb: "X has
// also said".
var quoteAux = map[string]bool{
	"has": true, "have": true, "had": true, "am": true, "will": true, "would": true, "did": true, "does": true,
	"do": true, "may": true, "might": true, "could": true, "can": true, "should": true, "must": true,
	"then": true, "again": true, "too": true, "still": true, "even": true, "just": true, "once": true,
	"already": true, "later": true, "earlier": true, "also": true, "further": true, "however": true,
	"not": true, "n't": true, "never": true, "first": true, "often": true, "always": true,
	"sometimes": true, "now": true, "previously": true, "long": true,
}

// beForms before a speech verb make it passive: its subject is the one
// spoken to ("he was asked") or the thing said ("it is said").
var passiveBe = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"'s": true, "'re": true, "get": true, "got": true,
}

// timeWords make up the time phrases that may stand between a subject and
// its verb: "officials on Thursday announced".
var quoteTimeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "week": true, "month": true,
	"year": true, "yesterday": true, "today": true, "tonight": true, "morning": true,
	"evening": true, "afternoon": true, "night": true, "weekend": true, "last": true,
	"this": true, "on": true, "in": true, "late": true, "early": true, "recently": true,
}

// clauseBreaks end the noun phrase before a verb when read backwards:
// what lies before them belongs to another clause.
var subjectBreaks = map[string]bool{
	"that": true, "when": true, "while": true, "because": true, "if": true, "although": true,
	"though": true, "since": true, "where": true, "whereas": true, "but": true, "so": true,
	"as": true, "after": true, "before": true, "until": true, "unless": true, "whether": true,
	"than": true, ",": true, ";": true, ":": true, "(": true, ")": true,
	"--": true, "-": true, "—": true, "–": true, "and": true, "or": true,
}

// relativeWords open a relative clause inside a subject: "officials who
// spoke to the FT said".
var quoteRelatives = map[string]bool{"who": true, "which": true, "whom": true, "whose": true}

// sourceQualifiers open what a description of an unnamed source says
// about its access ("people familiar with the talks"); an actor named
// after them is the topic, not the source's affiliation.
var sourceQualifiers = map[string]bool{
	"who": true, "which": true, "that": true, "familiar": true, "close": true, "aware": true,
	"knowledgeable": true, "briefed": true, "involved": true, "speaking": true, "with": true,
	"requesting": true, "declining": true,
}

// phrasePrepositions end the core of a speaker's phrase: what follows is
// where or when it spoke ("Tokyo in response"), or whom it serves
// ("adviser to the Supreme Leader"), not who it is.
var phrasePrepositions = map[string]bool{
	"in": true, "on": true, "at": true, "from": true, "to": true, "during": true, "after": true,
	"into": true, "about": true, "earlier": true, "last": true,
}

// anonymousHeads are head nouns of descriptions of unnamed sources.
var anonymousHeads = map[string]bool{
	"official": true, "officials": true, "diplomat": true, "diplomats": true, "source": true,
	"sources": true, "people": true, "person": true, "aide": true, "aides": true,
	"adviser": true, "advisers": true, "advisor": true, "advisors": true, "insider": true,
	"insiders": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"analyst": true, "analysts": true, "expert": true, "experts": true, "observer": true,
	"observers": true, "member": true, "members": true, "staff": true, "employee": true,
	"employees": true, "resident": true, "residents": true, "witness": true, "witnesses": true,
	"participant": true, "participants": true, "negotiator": true, "negotiators": true,
	"officer": true, "officers": true, "someone": true, "representative": true,
	"representatives": true, "envoy": true, "envoys": true, "lawmaker": true, "lawmakers": true,
	"figure": true, "figures": true, "minister": true, "ministers": true, "delegate": true,
	"delegates": true, "commander": true, "commanders": true, "economist": true,
	"economists": true, "banker": true, "bankers": true, "dealer": true, "dealers": true,
	"trader": true, "traders": true, "specialist": true, "specialists": true, "lawyer": true,
	"lawyers": true, "executive": true, "executives": true, "activist": true, "activists": true,
	"critic": true, "critics": true,
}

// personNouns are heads of definite descriptions that refer back to a
// person already named: "the minister added".
var speakerRoleNouns = map[string]bool{
	"minister": true, "president": true, "premier": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "chancellor": true, "leader": true, "envoy": true, "ambassador": true,
	"official": true, "diplomat": true, "general": true, "commander": true, "chief": true,
	"secretary": true, "king": true, "prince": true, "emir": true, "adviser": true, "advisor": true,
	"senator": true, "governor": true, "mayor": true, "head": true, "ruler": true, "source": true,
	"negotiator": true, "aide": true, "lawmaker": true, "candidate": true, "politician": true,
	"analyst": true, "expert": true, "representative": true, "sheikh": true, "colonel": true,
}

// labelCues before a quoted span make it a name or a term rather than
// words someone said: "the so-called “coalition of the willing”".
var labelCues = map[string]bool{
	"so-called": true, "dubbed": true, "nicknamed": true, "titled": true, "entitled": true,
	"codenamed": true, "code-named": true, "term": true, "word": true, "words": true,
	"phrase": true, "slogan": true, "hashtag": true, "motto": true, "banner": true,
	"headline": true, "named": true, "operation": true, "programme": true, "program": true,
	"campaign": true, "book": true, "film": true, "song": true, "newspaper": true,
	"publication": true, "magazine": true, "channel": true, "daily": true, "weekly": true,
	"outlet": true, "agency": true, "party": true, "movement": true, "group": true,
}

// titleWords may stay in lower case inside a title: "Friendly Relations
// and Good Neighbourliness".
var titleSmallWords = map[string]bool{
	"of": true, "and": true, "the": true, "for": true, "in": true, "on": true, "to": true,
	"a": true, "an": true, "at": true, "by": true, "with": true, "or": true, "de": true, "'s": true,
}

// determiners before an -s or -ed form make it a noun or an adjective:
// "the claims", "the reported attack".
var nounDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true,
	"our": true, "my": true, "your": true, "'s": true, "these": true, "those": true, "such": true,
	"of": true, "no": true, "any": true, "new": true, "recent": true, "earlier": true, "this": true,
	"that": true, "some": true, "many": true, "several": true, "previous": true, "similar": true,
	"for": true, "with": true, "by": true, "to": true, "in": true, "on": true,
}

// citeWords near a news outlet make it a source the article cites: "told
// the FT", "the Financial Times reveals", "according to TASS".
var citeWords = map[string]bool{
	"according": true, "told": true, "spoke": true, "speaking": true, "talked": true,
	"interview": true, "reported": true, "reports": true, "reporting": true, "report": true,
	"reveals": true, "revealed": true, "quoted": true, "quoting": true, "cited": true,
	"citing": true, "put": true, "wrote": true, "writes": true, "learned": true, "learnt": true,
	"said": true, "says": true, "broadcast": true, "published": true, "obtained": true,
	"seen": true, "statement": true,
}

// subjectPronouns are whole subjects: "which he said was …" has the
// subject "he".
var quotePronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true}

// gendered titles say whether a name is a man's ('m') or a woman's ('f').
var gendered = map[string]byte{
	"mr": 'm', "lord": 'm', "sir": 'm', "king": 'm', "prince": 'm', "baron": 'm', "father": 'm',
	"mrs": 'f', "ms": 'f', "miss": 'f', "lady": 'f', "dame": 'f', "baroness": 'f', "queen": 'f',
	"princess": 'f', "madam": 'f',
}

// extraRoleWords name people by their role, besides the heads of
// speakers' descriptions above.
var extraRoleWords = map[string]bool{
	"chairman": true, "chairwoman": true, "chair": true, "director": true, "correspondent": true,
	"editor": true, "mp": true, "peer": true, "councillor": true, "secretary-general": true,
	"professor": true, "author": true, "campaigner": true, "founder": true, "solicitor": true,
	"barrister": true, "chief executive": true, "co-chairman": true, "deputy": true, "judge": true,
	"manager": true, "boss": true, "teacher": true, "doctor": true, "vice-president": true,
}

// orgWords end the names of organisations, places and parties, not of
// people: "the Labour Party", "Downing Street", "the Home Office".
var orgWords = map[string]bool{
	"party": true, "office": true, "committee": true, "association": true, "ministry": true,
	"department": true, "council": true, "commission": true, "union": true, "government": true,
	"report": true, "service": true, "agency": true, "group": true, "league": true, "court": true,
	"bank": true, "fund": true, "trust": true, "campaign": true, "society": true, "institute": true,
	"foundation": true, "alliance": true, "executive": true, "parliament": true, "assembly": true,
	"house": true, "lords": true, "commons": true, "street": true, "tories": true, "democrats": true,
	"conservatives": true, "labour": true, "liberals": true, "greens": true, "nationalists": true,
	"police": true, "army": true, "board": true, "authority": true, "cabinet": true, "treasury": true,
	"inquiry": true, "watchdog": true, "organisation": true, "organization": true, "federation": true,
	"company": true, "corporation": true, "news": true, "programme": true, "program": true,
	"times": true, "post": true, "guardian": true, "telegraph": true, "bbc": true, "centre": true,
	"center": true, "university": true, "college": true, "school": true, "church": true, "forum": true,
	"movement": true, "front": true, "coalition": true, "congress": true, "senate": true, "force": true,
	"forces": true, "command": true, "bureau": true, "body": true, "panel": true, "tribunal": true,
	"republic": true, "kingdom": true, "states": true, "nations": true, "emirates": true,
}

// speechNouns name what someone said, as the subject of a sentence that
// introduces a quotation: "His message to the chancellor was: …".
var speechNouns = map[string]bool{
	"message": true, "words": true, "reply": true, "response": true, "answer": true, "advice": true,
	"verdict": true, "view": true, "warning": true, "plea": true, "comment": true, "comments": true,
	"reaction": true, "argument": true, "explanation": true, "conclusion": true, "retort": true,
	"assessment": true, "prediction": true, "promise": true, "pledge": true, "instruction": true,
	"demand": true, "appeal": true, "defence": true, "defense": true,
}

// glossWords before "for" gloss a word: "Latin for “truth”".
var glossWords = map[string]bool{
	"latin": true, "greek": true, "french": true, "german": true, "arabic": true, "spanish": true,
	"italian": true, "russian": true, "persian": true, "hebrew": true, "welsh": true, "gaelic": true,
	"slang": true, "short": true, "shorthand": true, "code": true, "jargon": true, "euphemism": true,
	"word": true, "term": true, "stands": true,
}

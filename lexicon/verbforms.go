package lexicon

import "strings"

// VerbForm says which inflection of a verb a word is.
type VerbForm uint8

// Verb inflections, as the predicate index records them. A regular past
// form is both VerbPast and VerbParticiple; the index lists it under both.
const (
	VerbBase       VerbForm = 1 << iota // urge, meet (also the present of the plural)
	VerbThird                           // urges, meets
	VerbPast                            // urged, met
	VerbParticiple                      // urged, met, withdrawn
	VerbGerund                          // urging, meeting
)

// irregularVerbs gives the past and past participle of the irregular
// verbs news text uses, with variants after a slash ("burned/burnt").
// Prefixed verbs (withhold, overthrow, undertake) are derived from these.
var irregularVerbs = map[string][2]string{
	"arise": {"arose", "arisen"}, "awake": {"awoke", "awoken"}, "be": {"was/were", "been"},
	"bear": {"bore", "borne/born"}, "beat": {"beat", "beaten/beat"}, "become": {"became", "become"},
	"begin": {"began", "begun"}, "bend": {"bent", "bent"}, "bet": {"bet", "bet"},
	"bid": {"bid", "bid"}, "bind": {"bound", "bound"}, "bite": {"bit", "bitten"},
	"bleed": {"bled", "bled"}, "blow": {"blew", "blown"}, "break": {"broke", "broken"},
	"bring": {"brought", "brought"}, "broadcast": {"broadcast", "broadcast"}, "build": {"built", "built"},
	"burn": {"burned/burnt", "burned/burnt"}, "burst": {"burst", "burst"}, "buy": {"bought", "bought"},
	"cast": {"cast", "cast"}, "catch": {"caught", "caught"}, "choose": {"chose", "chosen"},
	"cling": {"clung", "clung"}, "come": {"came", "come"}, "cost": {"cost", "cost"},
	"creep": {"crept", "crept"}, "cut": {"cut", "cut"}, "deal": {"dealt", "dealt"},
	"dig": {"dug", "dug"}, "do": {"did", "done"}, "draw": {"drew", "drawn"},
	"drink": {"drank", "drunk"}, "drive": {"drove", "driven"}, "eat": {"ate", "eaten"},
	"fall": {"fell", "fallen"}, "feed": {"fed", "fed"}, "feel": {"felt", "felt"},
	"fight": {"fought", "fought"}, "find": {"found", "found"}, "flee": {"fled", "fled"},
	"fling": {"flung", "flung"}, "fly": {"flew", "flown"}, "forbid": {"forbade/forbad", "forbidden"},
	"forecast": {"forecast", "forecast"}, "foresee": {"foresaw", "foreseen"}, "forget": {"forgot", "forgotten"},
	"forgive": {"forgave", "forgiven"}, "forsake": {"forsook", "forsaken"}, "freeze": {"froze", "frozen"},
	"get": {"got", "got/gotten"}, "give": {"gave", "given"}, "go": {"went", "gone"},
	"grind": {"ground", "ground"}, "grow": {"grew", "grown"}, "hang": {"hung/hanged", "hung/hanged"},
	"have": {"had", "had"}, "hear": {"heard", "heard"}, "hide": {"hid", "hidden"},
	"hit": {"hit", "hit"}, "hold": {"held", "held"}, "hurt": {"hurt", "hurt"},
	"keep": {"kept", "kept"}, "kneel": {"knelt/kneeled", "knelt/kneeled"}, "know": {"knew", "known"},
	"lay": {"laid", "laid"}, "lead": {"led", "led"}, "lean": {"leaned/leant", "leaned/leant"},
	"leap": {"leapt/leaped", "leapt/leaped"}, "leave": {"left", "left"}, "lend": {"lent", "lent"},
	"let": {"let", "let"}, "lie": {"lay", "lain"}, "light": {"lit/lighted", "lit/lighted"},
	"lose": {"lost", "lost"}, "make": {"made", "made"}, "mean": {"meant", "meant"},
	"meet": {"met", "met"}, "pay": {"paid", "paid"}, "prove": {"proved", "proven/proved"},
	"put": {"put", "put"}, "quit": {"quit", "quit"}, "read": {"read", "read"},
	"rid": {"rid", "rid"}, "ride": {"rode", "ridden"}, "ring": {"rang", "rung"},
	"rise": {"rose", "risen"}, "run": {"ran", "run"}, "say": {"said", "said"},
	"see": {"saw", "seen"}, "seek": {"sought", "sought"}, "sell": {"sold", "sold"},
	"send": {"sent", "sent"}, "set": {"set", "set"}, "shake": {"shook", "shaken"},
	"shed": {"shed", "shed"}, "shine": {"shone", "shone"}, "shoot": {"shot", "shot"},
	"show": {"showed", "shown/showed"}, "shrink": {"shrank", "shrunk"}, "shut": {"shut", "shut"},
	"sink": {"sank", "sunk"}, "sit": {"sat", "sat"}, "slay": {"slew", "slain"},
	"sleep": {"slept", "slept"}, "slide": {"slid", "slid"}, "sling": {"slung", "slung"},
	"speak": {"spoke", "spoken"}, "speed": {"sped/speeded", "sped/speeded"}, "spend": {"spent", "spent"},
	"spill": {"spilled/spilt", "spilled/spilt"}, "spin": {"spun", "spun"}, "spit": {"spat", "spat"},
	"split": {"split", "split"}, "spoil": {"spoiled/spoilt", "spoiled/spoilt"}, "spread": {"spread", "spread"},
	"spring": {"sprang", "sprung"}, "stand": {"stood", "stood"}, "steal": {"stole", "stolen"},
	"stick": {"stuck", "stuck"}, "sting": {"stung", "stung"}, "strike": {"struck", "struck/stricken"},
	"strive": {"strove/strived", "striven/strived"}, "swear": {"swore", "sworn"}, "sweep": {"swept", "swept"},
	"swing": {"swung", "swung"}, "take": {"took", "taken"}, "teach": {"taught", "taught"},
	"tear": {"tore", "torn"}, "tell": {"told", "told"}, "think": {"thought", "thought"},
	"throw": {"threw", "thrown"}, "thrust": {"thrust", "thrust"}, "tread": {"trod", "trodden"},
	"understand": {"understood", "understood"}, "wake": {"woke", "woken"}, "wear": {"wore", "worn"},
	"weep": {"wept", "wept"}, "win": {"won", "won"}, "wind": {"wound", "wound"},
	"wring": {"wrung", "wrung"}, "write": {"wrote", "written"},
}

// verbPrefixes may stand before an irregular verb without changing its
// inflection: withhold, overthrow, undertake, rebuild, uphold, mislead.
var verbPrefixes = []string{"with", "over", "under", "up", "out", "re", "mis", "fore", "be", "for"}

// VerbForms returns every inflected form of a verb lemma with the
// inflection each is: regular forms by the spelling rules of English,
// irregular ones from a table. Doubling a final consonant ("ban",
// "banned") depends on stress, which spelling does not show, so both the
// doubled and the plain form are generated for a lemma that ends in a
// single vowel and consonant; the wrong one never occurs in text.
func VerbForms(lemma string) map[string]VerbForm {
	out := map[string]VerbForm{}
	add := func(w string, f VerbForm) {
		if w != "" {
			out[w] |= f
		}
	}
	add(lemma, VerbBase)
	add(thirdPerson(lemma), VerbThird)
	for _, g := range gerunds(lemma) {
		add(g, VerbGerund)
	}
	if past, part, ok := irregular(lemma); ok {
		for _, p := range strings.Split(past, "/") {
			add(p, VerbPast)
		}
		for _, p := range strings.Split(part, "/") {
			add(p, VerbParticiple)
		}
		return out
	}
	for _, p := range pasts(lemma) {
		add(p, VerbPast|VerbParticiple)
	}
	return out
}

func irregular(lemma string) (past, part string, ok bool) {
	if f, ok := irregularVerbs[lemma]; ok {
		return f[0], f[1], true
	}
	for _, pre := range verbPrefixes {
		rest, found := strings.CutPrefix(lemma, pre)
		if !found || len(rest) < 2 {
			continue
		}
		rest = strings.TrimPrefix(rest, "-")
		if f, ok := irregularVerbs[rest]; ok {
			stem := lemma[:len(lemma)-len(rest)]
			return prefixAll(stem, f[0]), prefixAll(stem, f[1]), true
		}
	}
	return "", "", false
}

func prefixAll(stem, forms string) string {
	parts := strings.Split(forms, "/")
	for i := range parts {
		parts[i] = stem + parts[i]
	}
	return strings.Join(parts, "/")
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func thirdPerson(w string) string {
	switch {
	case w == "be":
		return "is"
	case w == "have":
		return "has"
	case w == "do" || w == "go":
		return w + "es"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !isVowel(w[len(w)-2]):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

// endsCVC reports whether a word ends in one vowel and one consonant that
// may double before a suffix: "ban", "commit", "patrol" (not "w", "x", "y").
func endsCVC(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	c, v, b := w[n-1], w[n-2], w[n-3]
	return !isVowel(c) && c != 'w' && c != 'x' && c != 'y' && isVowel(v) && !isVowel(b)
}

func gerunds(w string) []string {
	switch {
	case w == "be":
		return []string{"being"}
	case strings.HasSuffix(w, "ie"):
		return []string{w[:len(w)-2] + "ying"}
	case strings.HasSuffix(w, "ee") || strings.HasSuffix(w, "ye") || strings.HasSuffix(w, "oe"):
		return []string{w + "ing"}
	case strings.HasSuffix(w, "e") && len(w) > 2:
		return []string{w[:len(w)-1] + "ing"}
	case endsCVC(w):
		return []string{w + "ing", w + w[len(w)-1:] + "ing"}
	}
	return []string{w + "ing"}
}

func pasts(w string) []string {
	switch {
	case strings.HasSuffix(w, "e"):
		return []string{w + "d"}
	case strings.HasSuffix(w, "y") && len(w) > 1 && !isVowel(w[len(w)-2]):
		return []string{w[:len(w)-1] + "ied"}
	case strings.HasSuffix(w, "c"):
		return []string{w + "ked", w + "ed"} // "panicked"
	case endsCVC(w):
		return []string{w + "ed", w + w[len(w)-1:] + "ed"}
	}
	return []string{w + "ed"}
}

// NounPlural returns the plural of a regular English noun.
func NounPlural(w string) string {
	switch {
	case strings.HasSuffix(w, "y") && len(w) > 1 && !isVowel(w[len(w)-2]):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

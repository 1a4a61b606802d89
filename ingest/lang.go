package ingest

import (
	"math/bits"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Language detection, deliberately light: the script of the letters
// decides for non-Latin scripts, and for Latin ones the share of words
// that are each language's commonest function words ("the", "of", "and"
// against "der", "und", "die" …). News text in a language has 30–50% of
// them, text in another language a few percent, which is all entente needs
// to keep non-English documents from being mis-coded. A statistical
// detector with every language (lingua) would cost a gigabyte.

// stopWords are the commonest function words of each language, chosen to
// be distinctive: words shared by several languages are left out of all
// but one, or out of all.
var stopWords = map[string][]string{
	"en": strings.Fields("the of and to in is that for it was on with as by at from his her be have has had are were this which an their they but not been will would said who its after also there more than about"),
	"de": strings.Fields("der die und das ist den von zu mit sich des auf für im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis"),
	"fr": strings.Fields("le la les et des est une du dans que qui pour pas sur au avec il elle ce sont par plus ont été mais ses leur aux cette comme fait être nous vous ils"),
	"es": strings.Fields("el los las y en que del se por un una con para es al lo como su más pero sus le ya o este ha sí porque esta entre cuando muy sin sobre también fue han desde"),
	"pt": strings.Fields("o os as e em que do da dos das um uma para com não por mais como mas foi ao aos às ele ela seu sua ou ser quando muito nos na no já está também só pelo pela pelos até isso entre depois sem são disse após esta este"),
	"it": strings.Fields("il di che e la per un una non sono gli del della le ha con si al dei nel alla anche più come ma questo ci da essere sua suo delle è stato"),
	"nl": strings.Fields("de het een van en in is dat op te zijn met voor niet aan er maar om hij ook als dan bij uit nog wel naar kan zo dit wordt door worden"),
	"sv": strings.Fields("och att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när år ska"),
	"da": strings.Fields("og at det som en på er af for med til den har de ikke om et han men var jeg sig fra vi så kan man når år skal også"),
	"no": strings.Fields("og å det som en på er av for med til den har de ikke om et han men var jeg seg fra vi så kan man når år skal også"),
	"pl": strings.Fields("i w się na z że do nie jest to o jak po przez od za a jego co dla tak ale czy już który jako może być tylko"),
	"tr": strings.Fields("ve bir bu da de için ile olarak çok daha gibi en olan ama kadar sonra ne var değil ise her şey o ya"),
	"ro": strings.Fields("și în de la cu că pe din nu care un o este mai pentru au fost ce sau lui ca s-a fie"),
	"id": strings.Fields("yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga ada oleh sebagai adalah bahwa telah atau mereka"),
	"cs": strings.Fields("a v se na je že s z do o to jako by ale po k za jsou jeho pro jak který také už byl"),
	"hu": strings.Fields("a az és hogy nem is egy meg de van ez azt csak mint már volt még el kell"),
}

// stopIndex maps a function word to the set of languages it belongs to, a
// bit per language of langs.
type stopIndex struct {
	langs []string
	words map[string]uint32
}

func buildStopIndex() stopIndex {
	idx := stopIndex{words: map[string]uint32{}}
	for lang := range stopWords {
		idx.langs = append(idx.langs, lang)
	}
	sort.Strings(idx.langs)
	for i, lang := range idx.langs {
		for _, w := range stopWords[lang] {
			idx.words[w] |= 1 << i
		}
	}
	return idx
}

// The index is built once and only read: it is a constant table.
var stops = buildStopIndex()

// langSample is how much of a text is looked at: the first few hundred
// words tell the language as well as all of them.
const langSample = 4000

// DetectLanguage returns the ISO 639-1 code of text's language and whether
// the guess is confident about what matters to entente, English or not.
// Short texts (a headline) and mixed ones are not confident: a caller
// should skip a document only when confident is true and lang is not "en".
// Close languages may be confused with each other (Danish and Norwegian),
// never confidently with English. An empty lang means no letters at all.
func DetectLanguage(text string) (lang string, confident bool) {
	lang, confident, _ = detectLanguage(text)
	return lang, confident
}

// detectLanguage is DetectLanguage that also says whether the language is
// clearly ahead of every other one, not only of English: short texts in
// Romance languages can be sure not to be English without being sure
// which they are.
func detectLanguage(text string) (lang string, confident, clear bool) {
	if len(text) > langSample {
		cut := langSample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	if l, ok, decided := byScript(text); decided {
		return l, ok, ok
	}
	var counts [32]int
	words := 0
	start := -1
	var buf [16]byte
	flush := func(end int) {
		words++
		w := text[start:end]
		start = -1
		if len(w) > len(buf) {
			return // no function word is that long
		}
		// One-letter words ("a", "v", "z") are as often the debris of
		// abbreviations and figures ("20.9p", "a 22.3 pct rise" in a wire
		// table) as function words: they decide nothing.
		if len(w) == 1 {
			return
		}
		// Lower-case ASCII in place of strings.ToLower: no allocation,
		// and the lookup with string(b) does not allocate either.
		b := buf[:0]
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			} else if c >= utf8.RuneSelf {
				b = append(b[:0], strings.ToLower(w)...)
				break
			}
			b = append(b, c)
		}
		for set := stops.words[string(b)]; set != 0; set &= set - 1 {
			counts[bits.TrailingZeros32(set)]++
		}
	}
	for i, r := range text {
		if isLetter(r) || r == '\'' && start >= 0 {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			flush(i)
		}
	}
	if start >= 0 {
		flush(len(text))
	}
	if words == 0 {
		return "", false, false
	}
	best, second, en := -1, -1, -1
	for i, l := range stops.langs {
		if l == "en" {
			en = i
		}
		switch n := counts[i]; {
		case n == 0:
		case best < 0 || n > counts[best]:
			best, second = i, best
		case second < 0 || n > counts[second]:
			second = i
		}
	}
	if best < 0 {
		return "", false, false
	}
	share := float64(counts[best]) / float64(words)
	// Confidence is about the question callers ask, English or not: an
	// English guess must beat every other language clearly, another guess
	// must beat English clearly (it may be Norwegian for Danish, but it is
	// surely not English).
	rival := counts[en]
	if best == en {
		rival = 0
		if second >= 0 {
			rival = counts[second]
		}
	}
	confident = words >= 8 && share >= 0.12 && float64(counts[best]) >= 1.5*float64(rival) && counts[best]-rival >= 3
	runnerUp := 0
	if second >= 0 {
		runnerUp = counts[second]
	}
	clear = confident && float64(counts[best]) >= 1.5*float64(runnerUp) && counts[best]-runnerUp >= 3
	return stops.langs[best], confident, clear
}

// byScript decides the language from the script of the letters when most
// of them are not Latin.
func byScript(text string) (lang string, confident, decided bool) {
	var latin, total int
	scripts := map[string]int{}
	var uk, fa, kana int
	for _, r := range text {
		if r < utf8.RuneSelf {
			// ASCII: the common case, no table look-up.
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				total++
				latin++
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		total++
		switch {
		case r < 0x250 || unicode.Is(unicode.Latin, r):
			latin++
		case unicode.Is(unicode.Cyrillic, r):
			scripts["ru"]++
			if strings.ContainsRune("іїєґІЇЄҐ", r) {
				uk++
			}
		case unicode.Is(unicode.Arabic, r):
			scripts["ar"]++
			if strings.ContainsRune("پچژگ", r) {
				fa++
			}
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			scripts["ja"]++
			kana++
		case unicode.Is(unicode.Han, r):
			scripts["zh"]++
		case unicode.Is(unicode.Hangul, r):
			scripts["ko"]++
		case unicode.Is(unicode.Greek, r):
			scripts["el"]++
		case unicode.Is(unicode.Hebrew, r):
			scripts["he"]++
		case unicode.Is(unicode.Devanagari, r):
			scripts["hi"]++
		case unicode.Is(unicode.Thai, r):
			scripts["th"]++
		default:
			scripts["und"]++
		}
	}
	if total == 0 || latin*2 >= total {
		return "", false, false
	}
	best := ""
	for s, n := range scripts {
		if best == "" || n > scripts[best] || n == scripts[best] && s < best {
			best = s
		}
	}
	// Japanese writes with Han and kana; a few kana mark it.
	if best == "zh" && kana*10 >= scripts["zh"] {
		best = "ja"
	}
	if best == "ja" {
		scripts["ja"] += scripts["zh"]
	}
	if best == "ru" && uk > 0 && uk*50 >= scripts["ru"] {
		best = "uk"
	}
	if best == "ar" && fa > 0 && fa*30 >= scripts["ar"] {
		best = "fa"
	}
	if best == "und" {
		return "", false, true
	}
	n := scripts[best]
	if best == "uk" {
		n = scripts["ru"]
	}
	if best == "fa" {
		n = scripts["ar"]
	}
	return best, total >= 10 && n*10 >= total*7, true
}

// isLetter is unicode.IsLetter with a fast path for ASCII.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

package postag

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// treebanks is where the shared corpora live; tests that need them skip
// when they are absent. ENTENTE_TREEBANKS overrides it.
func treebanks() string {
	if d := os.Getenv("ENTENTE_TREEBANKS"); d != "" {
		return d
	}
	return "/work/shared/data/treebanks"
}

func loadTagger(t testing.TB) *Tagger {
	t.Helper()
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// goldSentence is a sentence of a CoNLL-U file: syntactic words and XPOS.
type goldSentence struct{ words, tags []string }

func readGold(t testing.TB, path string) []goldSentence {
	t.Helper()
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("%s absent", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldSentence
	var cur goldSentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			if len(cur.words) > 0 {
				out = append(out, cur)
			}
			cur = goldSentence{}
			continue
		}
		cols := strings.Split(line, "\t")
		if line[0] == '#' || len(cols) != 10 || strings.ContainsAny(cols[0], "-.") {
			continue
		}
		cur.words = append(cur.words, cols[1])
		cur.tags = append(cur.tags, cols[4])
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(cur.words) > 0 {
		out = append(out, cur)
	}
	return out
}

// TestPUDAccuracy checks the tagger on UD English PUD, news and Wikipedia
// sentences that the model was never trained on.
func TestPUDAccuracy(t *testing.T) {
	sents := readGold(t, filepath.Join(treebanks(), "en_pud-ud-test.conllu"))
	tg := loadTagger(t)
	correct, total := 0, 0
	var tags []string
	for _, s := range sents {
		tags = tg.Tag(s.words, tags)
		for i, g := range s.tags {
			total++
			if tags[i] == g {
				correct++
			}
		}
	}
	acc := float64(correct) / float64(total)
	t.Logf("PUD: %.4f accuracy on %d words", acc, total)
	if acc < 0.95 {
		t.Errorf("PUD accuracy %.4f, want ≥ 0.95", acc)
	}
}

// TestNews checks words whose tags event coding depends on, in sentences
// tokenised the way entente's tokeniser splits them.
func TestNews(t *testing.T) {
	tg := loadTagger(t)
	tests := []struct {
		sentence string
		want     map[string]string // word → tag; words are unique in the sentence
	}{
		{"NATO urged the EU to mend ties with Turkey .",
			map[string]string{"NATO": "NNP", "urged": "VBD", "EU": "NNP", "to": "TO", "mend": "VB", "ties": "NNS", "Turkey": "NNP"}},
		{"Trump 's threat to withdraw from the accord angered Tehran .",
			map[string]string{"'s": "POS", "threat": "NN", "withdraw": "VB", "angered": "VBD"}},
		{"Russia attacked Ukraine on Monday .",
			map[string]string{"Russia": "NNP", "attacked": "VBD", "Ukraine": "NNP"}},
		{"The talks were held in Ankara .",
			map[string]string{"talks": "NNS", "were": "VBD", "held": "VBN", "Ankara": "NNP"}},
		{"Turkey calls for talks with Greece .",
			map[string]string{"calls": "VBZ", "talks": "NNS"}},
		{"The minister 's calls for calm went unheeded .",
			map[string]string{"calls": "NNS", "went": "VBD"}},
		{"Protesters call for the president to resign .",
			map[string]string{"call": "VBP", "resign": "VB"}},
		{"Iran threatens to close the Strait of Hormuz .",
			map[string]string{"threatens": "VBZ", "close": "VB"}},
		{"The attack killed 12 soldiers near the border .",
			map[string]string{"attack": "NN", "killed": "VBD", "12": "CD"}},
		{"Rebels attack a convoy near Aleppo .",
			map[string]string{"attack": "VBP", "convoy": "NN"}},
		{"Protesters attack a convoy near Aleppo .",
			map[string]string{"Protesters": "NNS", "attack": "VBP"}},
		{"China did n't join the sanctions .",
			map[string]string{"did": "VBD", "n't": "RB", "join": "VB", "sanctions": "NNS"}},
		{"The U.S. and Mr. Erdogan 's government signed a deal .",
			map[string]string{"U.S.": "NNP", "Mr.": "NNP", "'s": "POS", "signed": "VBD"}},
		{"\u201cWe will respond , \u201d Iran \u2019s foreign minister said .",
			map[string]string{"\u201c": "``", "will": "MD", "respond": "VB", "\u201d": "''", "\u2019s": "POS", "said": "VBD"}},
		{"\" We will respond , \" the minister said .",
			map[string]string{"will": "MD", "said": "VBD"}},
		{"Israel has been accused of war crimes .",
			map[string]string{"has": "VBZ", "been": "VBN", "accused": "VBN"}},
		// Headlines: capitals and title case.
		{"RUSSIA ATTACKS UKRAINE",
			map[string]string{"ATTACKS": "VBZ"}},
		{"TURKEY THREATENS TO CUT TIES WITH ISRAEL",
			map[string]string{"THREATENS": "VBZ", "CUT": "VB", "TIES": "NNS"}},
		{"Turkey Threatens to Cut Ties With Israel",
			map[string]string{"Threatens": "VBZ", "Cut": "VB", "Ties": "NNS"}},
		{"Iran Calls for Talks With the West",
			map[string]string{"Calls": "VBZ", "Talks": "NNS"}},
		// Names the corpora lack, some ending like verbs.
		{"Chinese President Xi Jinping met Vladimir Putin in Beijing .",
			map[string]string{"Xi": "NNP", "Jinping": "NNP", "met": "VBD", "Beijing": "NNP"}},
		{"Kyiv says Moscow shelled Zaporizhzhia overnight .",
			map[string]string{"Kyiv": "NNP", "says": "VBZ", "shelled": "VBD", "Zaporizhzhia": "NNP"}},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.sentence)
		// Curly quotes glued to words in the source text are split here,
		// as the tokeniser splits them.
		words = splitLeadingQuotes(words)
		tags := tg.Tag(words, nil)
		if len(tags) != len(words) {
			t.Fatalf("%q: %d tags for %d words", tc.sentence, len(tags), len(words))
		}
		for i, w := range words {
			if want, ok := tc.want[w]; ok && tags[i] != want {
				t.Errorf("%q: %s/%s, want %s", tc.sentence, w, tags[i], want)
			}
		}
	}
}

// TestHeadlines checks nouns and verbs of headlines, which drop articles and
// come in lower, title and upper case. Words marked /N must get a noun tag
// (NN*), /V a verb tag (VB*).
func TestHeadlines(t *testing.T) {
	tg := loadTagger(t)
	headlines := []string{
		"Attack/N on convoy/N kills/V 12 in Mali",
		"Police/N fire/V tear/N gas/N at protesters/N in Nairobi",
		"Rebels/N seize/V town/N near border/N",
		"Army/N says/V troops/N killed/V 30 militants/N",
		"Israel strikes/V Hezbollah targets/N after rocket/N attack/N",
		"Iran threatens/V to close/V Strait of Hormuz",
		"Turkey calls/V for ceasefire/N in Gaza",
		"Protesters/N storm/V parliament/N in Baghdad",
		"Pakistan arrests/V suspects/N over mosque/N blast/N",
		"China warns/V US over Taiwan arms/N sale/N",
		"Talks/N collapse/V as fighting spreads/V",
		"Suicide/N bomber/N kills/V 20 at market/N",
		"Gunmen/N kidnap/V 30 students/N in Nigeria",
		"Floods/N displace/V thousands/N in Sudan",
		"Court/N jails/V opposition/N leader/N for five years/N",
		"Minister/N resigns/V over bribery/N scandal/N",
		"Troops/N clash/V with protesters/N in capital/N",
		"Ceasefire/N holds/V despite sporadic shelling/N",
		"Government/N bans/V rallies/N ahead of vote/N",
		"Drone/N strike/N kills/V militant/N commander/N",
		"Tanks/N roll/V into city/N as rebels/N retreat/V",
		"Embassy/N staff/N expelled/V over spying claims/N",
		"President/N signs/V peace/N deal/N with rebels/N",
		"Opposition/N boycotts/V election/N",
		"UN/N envoy/N calls/V for talks/N",
		"Army/N shells/V rebel/N positions/N",
		"Hackers/N target/V government/N websites/N",
		"Voters/N head/V to polls/N in Kenya",
		"Strike/N paralyses/V ports/N",
		"Rocket/N fire/N hits/V northern town/N",
	}
	right, total := 0, 0
	for _, h := range headlines {
		var words, want []string
		for _, f := range strings.Fields(h) {
			w, class, _ := strings.Cut(f, "/")
			words = append(words, w)
			want = append(want, class)
		}
		for _, variant := range []func(string) string{
			func(w string) string { return w },
			strings.ToUpper,
			func(w string) string {
				if minorWords[w] {
					return w
				}
				return strings.ToUpper(w[:1]) + w[1:]
			},
		} {
			cased := make([]string, len(words))
			for i, w := range words {
				cased[i] = variant(w)
			}
			tags := tg.Tag(cased, nil)
			for i, class := range want {
				if class == "" {
					continue
				}
				total++
				if strings.HasPrefix(tags[i], map[string]string{"N": "NN", "V": "VB"}[class]) {
					right++
				}
			}
		}
	}
	acc := float64(right) / float64(total)
	t.Logf("headlines: %.3f of %d nouns and verbs right", acc, total)
	if acc < 0.8 {
		t.Errorf("headline noun/verb accuracy %.3f, want ≥ 0.8", acc)
	}
}

func splitLeadingQuotes(words []string) []string {
	var out []string
	for _, w := range words {
		if q := "\u201c"; strings.HasPrefix(w, q) && len(w) > len(q) {
			out = append(out, q, w[len(q):])
			continue
		}
		out = append(out, w)
	}
	return out
}

func TestEmptyAndReuse(t *testing.T) {
	tg := loadTagger(t)
	if got := tg.Tag(nil, []string{"x"}); len(got) != 0 {
		t.Errorf("Tag(nil) = %v, want empty", got)
	}
	buf := make([]string, 0, 16)
	got := tg.Tag([]string{"Talks", "resumed", "."}, buf)
	if len(got) != 3 || &got[0] != &buf[:1][0] {
		t.Errorf("Tag did not reuse the slice it was given")
	}
}

func TestOddWords(t *testing.T) {
	tg := loadTagger(t)
	words := []string{"", " ", "\u2014", "--", "\xff\xfe", strings.Repeat("x", 1000), "\u201c", "n\u2019t", "\u2026", "\u00e9t\u00e9", "12,000", "U.S."}
	if got := tg.Tag(words, nil); len(got) != len(words) {
		t.Errorf("%d tags for %d words", len(got), len(words))
	}
	long := make([]string, 5000)
	for i := range long {
		long[i] = "talks"
	}
	if got := tg.Tag(long, nil); len(got) != len(long) {
		t.Errorf("%d tags for %d words", len(got), len(long))
	}
}

func TestNoAllocations(t *testing.T) {
	tg := loadTagger(t)
	words := strings.Fields("The Turkish foreign minister , Mevlüt Çavuşoğlu , said on Tuesday that Ankara would not accept the EU 's conditions .")
	tags := make([]string, 0, len(words))
	if n := testing.AllocsPerRun(100, func() { tags = tg.Tag(words, tags) }); n != 0 {
		t.Errorf("Tag allocates %.1f times per sentence, want 0", n)
	}
}

func TestConcurrentUse(t *testing.T) {
	tg := loadTagger(t)
	sents := [][]string{
		strings.Fields("NATO urged the EU to mend ties with Turkey ."),
		strings.Fields("RUSSIA ATTACKS UKRAINE"),
		strings.Fields("The talks were held in Ankara ."),
	}
	want := make([][]string, len(sents))
	for i, s := range sents {
		want[i] = tg.Tag(s, nil)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var tags []string
			for n := 0; n < 500; n++ {
				i := (n + g) % len(sents)
				tags = tg.Tag(sents[i], tags)
				if strings.Join(tags, " ") != strings.Join(want[i], " ") {
					t.Errorf("concurrent tagging of %v gave %v, want %v", sents[i], tags, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestLoadTime(t *testing.T) {
	if raceEnabled || testing.Short() {
		t.Skip("timing is meaningless under the race detector or -short")
	}
	best := time.Hour
	for i := 0; i < 3; i++ {
		start := time.Now()
		loadTagger(t)
		best = min(best, time.Since(start))
	}
	t.Logf("Load: %v", best)
	if best > 50*time.Millisecond {
		t.Errorf("Load takes %v, want ≤ 50ms", best)
	}
}

func TestCorruptModel(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("not a model"), embeddedModel[:len(embeddedModel)/2]} {
		if _, err := New(data); err == nil {
			t.Errorf("New(%d bytes of junk) succeeded", len(data))
		}
	}
}

func TestCaseMode(t *testing.T) {
	tests := []struct {
		s    string
		want uint64
	}{
		{"NATO urged the EU to mend ties .", modeNormal},
		{"RUSSIA ATTACKS UKRAINE", modeCaps},
		{"U.S. , EU", modeCaps},
		{"NATO", modeNormal},
		{"Russia Attacks Ukraine , Kills 12", modeTitle},
		{"Talks in Ankara End Without Deal", modeTitle},
		{"Obama special assistant Kori Schulman wrote in a blog post .", modeNormal},
		{"The U.S. Army", modeTitle},
		{"Chinese President Xi Jinping met Vladimir Putin .", modeNormal},
		{"Iran Calls for Talks With the West", modeTitle},
		{"Turkey 's Erdogan Does n't Rule Out Talks", modeTitle},
		{"ERDOGAN DOES N'T RULE OUT TALKS", modeCaps},
	}
	for _, tc := range tests {
		if got := caseMode(strings.Fields(tc.s)); got != tc.want {
			t.Errorf("caseMode(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

// TestTrainRoundTrip trains a toy model and checks that the encoded model
// tags its training data as the trainer learnt it.
func TestTrainRoundTrip(t *testing.T) {
	tags := []string{"DT", "NN", "VBZ", "VBP", "NNS", "."}
	idx := map[string]uint64{}
	for i, tg := range tags {
		idx[tg] = 1 << i
	}
	data := []string{
		"the/DT dog/NN barks/VBZ ./.",
		"the/DT dogs/NNS bark/VBP ./.",
		"a/DT cat/NN sleeps/VBZ ./.",
		"the/DT cats/NNS sleep/VBP ./.",
	}
	tr, err := NewTrainer(tags, TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for it := 0; it < 10; it++ {
		for _, s := range data {
			var words []string
			var allowed []uint64
			for _, tok := range strings.Fields(s) {
				w, tg, _ := strings.Cut(tok, "/")
				words = append(words, w)
				allowed = append(allowed, idx[tg])
			}
			tr.Learn(words, allowed)
		}
	}
	model, st, err := tr.Model(Pruning{})
	if err != nil {
		t.Fatal(err)
	}
	if st.Features == 0 || st.Bytes != len(model) {
		t.Errorf("stats %+v for a %d-byte model", st, len(model))
	}
	tg, err := New(model)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range data {
		var words, want []string
		for _, tok := range strings.Fields(s) {
			w, tag, _ := strings.Cut(tok, "/")
			words = append(words, w)
			want = append(want, tag)
		}
		if got := tg.Tag(words, nil); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%v: got %v, want %v", words, got, want)
		}
	}
}

// benchSentences returns PUD's sentences, or a few news sentences when the
// treebanks are absent.
func benchSentences(b *testing.B) [][]string {
	path := filepath.Join(treebanks(), "en_pud-ud-test.conllu")
	if _, err := os.Stat(path); err == nil {
		var out [][]string
		for _, s := range readGold(b, path) {
			out = append(out, s.words)
		}
		return out
	}
	return [][]string{
		strings.Fields("NATO urged the EU to mend ties with Turkey ."),
		strings.Fields("Trump 's threat to withdraw from the accord angered Tehran , which said it would respond ."),
		strings.Fields("The talks were held in Ankara on Tuesday after Russia attacked Ukraine ."),
	}
}

// BenchmarkTag reports tokens per second on one core and allocations per
// sentence.
func BenchmarkTag(b *testing.B) {
	tg := loadTagger(b)
	sents := benchSentences(b)
	tokens := 0
	for _, s := range sents {
		tokens += len(s)
	}
	tags := make([]string, 0, 256)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		tags = tg.Tag(sents[i%len(sents)], tags)
		n += len(tags)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTagParallel tags from all cores at once with one Tagger.
func BenchmarkTagParallel(b *testing.B) {
	tg := loadTagger(b)
	sents := benchSentences(b)
	var total atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		tags := make([]string, 0, 256)
		n, i := 0, 0
		for pb.Next() {
			tags = tg.Tag(sents[i%len(sents)], tags)
			n += len(tags)
			i++
		}
		total.Add(int64(n))
	})
	b.ReportMetric(float64(total.Load())/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

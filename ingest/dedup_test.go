package ingest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestDeduperBasics(t *testing.T) {
	d := NewDeduper(0, 0)
	story := "NATO Secretary General Mark Rutte on Saturday urged European Union leaders to mend ties with Turkey, saying the alliance needed Ankara more than ever as the United States threatened to pull its security guarantees. " +
		"Speaking in Brussels, Rutte said the bloc and Turkey should restart a dialogue that had been suspended for years, and he called on Greece and Cyprus to take part in talks on security co-operation in Europe. " +
		"Turkish Foreign Minister Hakan Fidan welcomed the remarks and said Ankara was ready to talk."
	if _, dup := d.Check("a", story); dup {
		t.Fatal("first copy reported as a duplicate")
	}
	cases := []struct {
		name, text string
		dup        bool
	}{
		{"exact", story, true},
		{"case and spacing", strings.ToUpper(strings.ReplaceAll(story, " ", "  \n")), true},
		{"re-dated", strings.Replace(story, "Saturday", "Sunday", 1), true},
		{"edited", strings.Replace(strings.Replace(story, "mend ties", "repair relations", 1), "more than ever", "now", 1) + " Reporting by Jane Doe.", true},
		{"other story, same event", "Turkey welcomed a call by NATO's chief for the European Union to improve relations with Ankara, Turkish Foreign Minister Hakan Fidan said on Saturday, adding that Europe's security depended on Turkey.", false},
		{"short", "NATO urged the EU.", false},
	}
	for _, c := range cases {
		first, dup := d.Check(c.name, c.text)
		if dup != c.dup || (dup && first != "a") {
			t.Errorf("%s: (%q, %v), want dup=%v of a", c.name, first, dup, c.dup)
		}
	}
	if first, dup := d.Check("b", "NATO urged the EU."); !dup || first != "short" {
		t.Errorf("short exact copy: %q %v", first, dup)
	}
}

func TestDeduperCapacity(t *testing.T) {
	d := NewDeduper(0, 10)
	for i := range 100 {
		d.Check(fmt.Sprint(i), fmt.Sprintf("document number %d is about something entirely its own, words %d %d %d", i, i*7, i*13, i*31))
	}
	if n := d.Len(); n > 10 {
		t.Errorf("remembers %d documents, capacity 10", n)
	}
	// The most recent ones are still known.
	if first, dup := d.Check("x", "document number 99 is about something entirely its own, words 693 1287 3069"); !dup || first != "99" {
		t.Errorf("recent document forgotten: %q %v", first, dup)
	}
}

func TestDeduperConcurrent(t *testing.T) {
	d := NewDeduper(0, 0)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				d.Check(fmt.Sprintf("%d-%d", g, i), randomText(uint64(i), 40))
			}
		}()
	}
	wg.Wait()
	if n := d.Len(); n != 200 {
		t.Errorf("%d distinct documents remembered, want 200", n)
	}
}

// randomText is a text of n words drawn from a small vocabulary; texts of
// different seeds share few 4-word sequences.
func randomText(seed uint64, n int) string {
	vocab := strings.Fields("the a of to in and said minister talks NATO EU Turkey Greece sanctions urged met on Monday with over about security trade deal president foreign")
	rng := rand.New(rand.NewPCG(seed, 7))
	words := make([]string, n)
	for i := range words {
		words[i] = vocab[rng.IntN(len(vocab))]
	}
	return strings.Join(words, " ")
}

// newsDoc is a document of the shared news corpora.
type newsDoc struct {
	ID, Title, Text, Date string
	Topics, Places        []string
}

func loadNews(t testing.TB, name string) []newsDoc {
	t.Helper()
	f, err := os.Open(filepath.Join(sharedDir(t), "data", "news", name))
	if err != nil {
		t.Skipf("%s absent: %v", name, err)
	}
	defer f.Close()
	var docs []newsDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var d newsDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// dedupEntry is one document of the dedup test stream.
type dedupEntry struct {
	id     string
	source string // the original it derives from (itself for originals)
	kind   string // original, exact, redated, edited, syndicated
	text   string
}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// redate moves every weekday named one day on and puts a new dateline on
// top: the same story published again on another day.
func redate(text string, rng *rand.Rand) string {
	for i, w := range weekdays {
		text = strings.ReplaceAll(text, w, "\x00"+weekdays[(i+1)%7])
	}
	text = strings.ReplaceAll(text, "\x00", "")
	return fmt.Sprintf("Updated %d March 2005\n\n%s", 1+rng.IntN(28), text)
}

var editWords = []string{"also", "reportedly", "now", "still", "officially"}

// lightlyEdit changes about 4% of the words (substitutions, insertions,
// deletions), drops one sentence of a long story, and adds a credit line:
// what a copy desk does to an agency story.
func lightlyEdit(text string, rng *rand.Rand) string {
	sentences := strings.SplitAfter(text, ". ")
	if len(sentences) >= 6 {
		k := 1 + rng.IntN(len(sentences)-2)
		sentences = append(sentences[:k], sentences[k+1:]...)
	}
	words := strings.Fields(strings.Join(sentences, ""))
	var out []string
	for _, w := range words {
		switch p := rng.Float64(); {
		case p < 0.015:
			continue // deleted
		case p < 0.03:
			out = append(out, editWords[rng.IntN(len(editWords))], w)
		case p < 0.04:
			out = append(out, strings.ToUpper(w[:1])+w[1:]+"s")
		default:
			out = append(out, w)
		}
	}
	return strings.Join(out, " ") + "\n\n(Additional reporting by Jane Doe; editing by John Smith)"
}

// syndicate wraps a story in another site's boilerplate and flattens its
// paragraphs and quotes.
func syndicate(text string) string {
	r := strings.NewReplacer("\n\n", " ", "\u201c", "\"", "\u201d", "\"", "\u2019", "'")
	return "By our correspondent | Share this article\n\n" + r.Replace(text) + "\n\nCopyright 2005 Example Syndication. All rights reserved."
}

// buildDedupCorpus makes the test stream: every BBC story and a set of
// Reuters stories that share day, topic and places with another (different
// stories on the same event), plus copies of a sample of both — exact,
// re-dated, lightly edited, syndicated — each placed after its original.
func buildDedupCorpus(t testing.TB) ([]dedupEntry, map[string]string) {
	bbc := loadNews(t, "bbc_news_2225.jsonl")
	reuters := loadNews(t, "reuters21578.jsonl")
	groups := map[string][]newsDoc{}
	for _, d := range reuters {
		if len(d.Text) < 400 || len(d.Topics) == 0 || len(d.Date) < 10 {
			continue
		}
		key := d.Date[:10] + "|" + strings.Join(d.Topics, ",") + "|" + strings.Join(d.Places, ",")
		groups[key] = append(groups[key], d)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	originals := append([]newsDoc(nil), bbc...)
	for _, k := range keys {
		if len(groups[k]) >= 2 {
			originals = append(originals, groups[k]...)
		}
	}
	rng := rand.New(rand.NewPCG(2025, 3))
	rng.Shuffle(len(originals), func(i, j int) { originals[i], originals[j] = originals[j], originals[i] })
	texts := map[string]string{}
	type placed struct {
		e   dedupEntry
		key float64
	}
	var stream []placed
	for i, d := range originals {
		texts[d.ID] = d.Text
		pos := float64(i)
		stream = append(stream, placed{dedupEntry{d.ID, d.ID, "original", d.Text}, pos})
		if rng.Float64() > 0.4 {
			continue
		}
		for _, kind := range []string{"exact", "redated", "edited", "syndicated"} {
			if rng.Float64() > 0.6 {
				continue
			}
			var text string
			switch kind {
			case "exact":
				text = d.Text
			case "redated":
				text = redate(d.Text, rng)
			case "edited":
				text = lightlyEdit(d.Text, rng)
			case "syndicated":
				text = syndicate(d.Text)
			}
			later := pos + 0.5 + rng.Float64()*float64(len(originals)-i)
			stream = append(stream, placed{dedupEntry{d.ID + "~" + kind, d.ID, kind, text}, later})
		}
	}
	sort.SliceStable(stream, func(i, j int) bool { return stream[i].key < stream[j].key })
	out := make([]dedupEntry, len(stream))
	for i, p := range stream {
		out[i] = p.e
	}
	return out, texts
}

// exactJaccard is the true Jaccard similarity of two texts' word
// 4-shingle sets, to judge a link between different source articles.
func exactJaccard(a, b string) float64 {
	sa, sb := shingleSet(a), shingleSet(b)
	inter := 0
	for k := range sa {
		if sb[k] {
			inter++
		}
	}
	union := len(sa) + len(sb) - inter
	if union == 0 {
		return 1
	}
	return float64(inter) / float64(union)
}

func shingleSet(s string) map[string]bool {
	toks := wordRE.FindAllString(strings.ToLower(s), -1)
	m := map[string]bool{}
	for i := 0; i+shingleWords <= len(toks); i++ {
		m[strings.Join(toks[i:i+shingleWords], " ")] = true
	}
	return m
}

// TestDedupCorpus measures precision and recall on the corpus built from
// ../shared/data/news. A link is right when it points to the copy's own
// original, or to another source article that is itself a near-duplicate
// of it (true 4-shingle Jaccard ≥ 0.5: the corpora hold a few reissued
// stories); every other link is a false positive. Recall counts the
// planted copies linked rightly.
func TestDedupCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	stream, texts := buildDedupCorpus(t)
	d := NewDeduper(0, 0)
	var flagged, right, copies, found, sourceDups int
	missed := map[string]int{}
	start := time.Now()
	for _, e := range stream {
		first, dup := d.Check(e.id, e.text)
		if e.kind != "original" {
			copies++
		}
		if !dup {
			if e.kind != "original" {
				missed[e.kind]++
			}
			continue
		}
		flagged++
		ok := first == e.source
		if !ok {
			src := first
			if i := strings.IndexByte(first, '~'); i >= 0 {
				src = first[:i]
			}
			if j := exactJaccard(texts[src], texts[e.source]); j >= 0.5 {
				ok = true
				sourceDups++
			} else {
				t.Logf("false link %s -> %s (true J %.2f)", e.id, first, j)
			}
		}
		if ok {
			right++
			if e.kind != "original" {
				found++
			}
		}
	}
	elapsed := time.Since(start)
	precision := float64(right) / float64(flagged)
	recall := float64(found) / float64(copies)
	t.Logf("stream %d documents (%d copies); flagged %d, right %d (of which %d links between reissued source articles); missed %v",
		len(stream), copies, flagged, right, sourceDups, missed)
	t.Logf("precision %.4f recall %.4f; %.0f docs/s on one goroutine; %d remembered", precision, recall, float64(len(stream))/elapsed.Seconds(), d.Len())
	if precision < 0.99 {
		t.Errorf("precision %.4f < 0.99", precision)
	}
	if recall < 0.95 {
		t.Errorf("recall %.4f < 0.95", recall)
	}
}

func BenchmarkDeduperCheck(b *testing.B) {
	docs := loadNews(b, "bbc_news_2225.jsonl")
	d := NewDeduper(0, 0)
	var n int64
	for _, x := range docs {
		n += int64(len(x.Text))
	}
	b.SetBytes(n / int64(len(docs)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x := docs[i%len(docs)]
		d.Check(x.ID, x.Text)
	}
}

// TestDeduperMemory reports the heap a Deduper holds per distinct document.
func TestDeduperMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	docs := loadNews(t, "reuters21578.jsonl")
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d := NewDeduper(0, 0)
	for _, x := range docs {
		d.Check(x.ID, x.Text)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	per := float64(after.HeapAlloc-before.HeapAlloc) / float64(d.Len())
	t.Logf("%d documents, %d distinct: %.0f bytes of heap each", len(docs), d.Len(), per)
	runtime.KeepAlive(d)
	runtime.KeepAlive(docs)
	if per > 2048 {
		t.Errorf("%.0f bytes per document", per)
	}
}

package ingest

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode"
)

// sharedDir is ../shared seen from the repo root, where the project's test
// data lives; tests that need it skip when it is absent.
func sharedDir(t testing.TB) string {
	t.Helper()
	d := filepath.Join("..", "..", "shared")
	if _, err := os.Stat(d); err != nil {
		t.Skip("../shared is absent")
	}
	return d
}

type htmlCase struct {
	ID       string `json:"id"`
	URL      string `json:"url"`
	HTMLFile string `json:"html_file"`
	Expected string `json:"expected_body"`
	html     string
}

func loadHTMLCases(t testing.TB) []htmlCase {
	t.Helper()
	base := filepath.Join(sharedDir(t), "data", "html-bench")
	f, err := os.Open(filepath.Join(base, "cases.jsonl"))
	if err != nil {
		t.Skipf("html benchmark absent: %v", err)
	}
	defer f.Close()
	var cases []htmlCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var c htmlCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		if c.Expected == "" {
			continue
		}
		gz, err := os.Open(filepath.Join(base, c.HTMLFile))
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(gz)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(zr)
		gz.Close()
		if err != nil {
			t.Fatal(err)
		}
		c.html = strings.ToValidUTF8(string(b), "\uFFFD")
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// wordRE is Python's \w+ as score_html.py uses it.
var wordRE = regexp.MustCompile(`[\p{L}\p{N}_\p{Mn}\p{Mc}]+`)

// shingles is the benchmark's bag of 4-token shingles of the lower-cased text.
func shingles(text string) map[string]int {
	toks := wordRE.FindAllString(strings.Map(unicode.ToLower, text), -1)
	m := map[string]int{}
	if len(toks) < 4 {
		if len(toks) > 0 {
			m[strings.Join(toks, " ")]++
		}
		return m
	}
	for i := 0; i+4 <= len(toks); i++ {
		m[strings.Join(toks[i:i+4], " ")]++
	}
	return m
}

// pagePR is score_html.py's per-page precision and recall.
func pagePR(pred, truth string) (float64, float64) {
	p, tr := shingles(pred), shingles(truth)
	if len(p) == 0 && len(tr) == 0 {
		return 1, 1
	}
	tp, np, nt := 0, 0, 0
	for k, v := range p {
		np += v
		tp += min(v, tr[k])
	}
	for _, v := range tr {
		nt += v
	}
	var prec, rec float64
	if np > 0 {
		prec = float64(tp) / float64(np)
	}
	if nt > 0 {
		rec = float64(tp) / float64(nt)
	}
	return prec, rec
}

// TestHTMLBenchmark reads the ScrapingHub benchmark's pages as JSONL with
// "html" fields, through Read, exactly as `entente extract --in jsonl`
// gets them, and scores the bodies the way score_html.py does.
func TestHTMLBenchmark(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	cases := loadHTMLCases(t)
	var in strings.Builder
	for _, c := range cases {
		b, _ := json.Marshal(map[string]string{"id": c.ID, "url": c.URL, "html": c.html})
		in.Write(b)
		in.WriteByte('\n')
	}
	got := map[string]string{}
	err := Read(context.Background(), []string{"-"}, strings.NewReader(in.String()), Options{Format: FormatJSONL}, func(it Item) error {
		if it.Err != nil {
			t.Logf("skipped: %v", it.Err)
			return nil
		}
		got[it.Doc.ID] = it.Doc.Text
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		f1 float64
		id string
	}
	var sp, sr float64
	var rows []row
	for _, c := range cases {
		p, r := pagePR(got[c.ID], c.Expected)
		sp += p
		sr += r
		f := 0.0
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		rows = append(rows, row{f, c.ID + " " + c.URL})
	}
	n := float64(len(cases))
	P, R := sp/n, sr/n
	F := 2 * P * R / (P + R)
	sort.Slice(rows, func(i, j int) bool { return rows[i].f1 < rows[j].f1 })
	for _, r := range rows[:min(5, len(rows))] {
		t.Logf("worst %.3f %s", r.f1, r.id)
	}
	t.Logf("pages=%d missing=%d precision=%.3f recall=%.3f score=%.3f", len(cases), len(cases)-len(got), P, R, F)
	if F < 0.95 {
		t.Errorf("HTML benchmark score %.3f < 0.95", F)
	}
}

// BenchmarkExtractArticle measures HTML to text over the benchmark's
// pages on one goroutine: pages/s per core.
func BenchmarkExtractArticle(b *testing.B) {
	cases := loadHTMLCases(b)
	var bytes int64
	for _, c := range cases {
		bytes += int64(len(c.html))
	}
	b.SetBytes(bytes / int64(len(cases)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		c := cases[i%len(cases)]
		if _, _, err := ExtractArticle(c.html, c.URL); err != nil {
			b.Logf("%s: %v", c.ID, err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
	// Pages per CPU second is pages/s per core, and holds up on a busy
	// machine where wall-clock rates do not.
	b.ReportMetric(float64(b.N)/(cpuSeconds()-cpu0), "pages/cpu-s")
}

// BenchmarkReadHTML reads the benchmark's pages as JSONL through Read, with
// one worker and with one per core: pages/s end to end (decoding, article
// extraction, checks, ids, language).
func BenchmarkReadHTML(b *testing.B) {
	cases := loadHTMLCases(b)
	var in strings.Builder
	for _, c := range cases {
		line, _ := json.Marshal(map[string]string{"id": c.ID, "url": c.URL, "html": c.html})
		in.Write(line)
		in.WriteByte('\n')
	}
	input := in.String()
	for _, workers := range []int{1, 0} {
		name := "workers=1"
		if workers == 0 {
			name = "workers=NumCPU"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(input)))
			pages := 0
			cpu0 := cpuSeconds()
			for i := 0; i < b.N; i++ {
				err := Read(context.Background(), []string{"-"}, strings.NewReader(input), Options{Format: FormatJSONL, Workers: workers}, func(it Item) error {
					pages++
					return nil
				})
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
			b.ReportMetric(float64(pages)/(cpuSeconds()-cpu0), "pages/cpu-s")
		})
	}
}

// cpuSeconds is the CPU time (user and system) this process has used.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

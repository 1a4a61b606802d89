package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// itemTag counts feed items in raw XML, independently of the parser.
var itemTag = regexp.MustCompile(`<(item|entry)[\s>]`)

// TestSharedFeeds: every item of the real feeds in ../shared becomes a
// document; the malformed Latin-1 feed is recovered.
func TestSharedFeeds(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "data", "feeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.xml"))
	if len(files) == 0 {
		t.Skip("no feeds")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want := len(itemTag.FindAll(raw, -1))
		items := readAll(t, []string{f}, "", Options{})
		docs := 0
		for _, it := range items {
			if it.Err != nil {
				t.Errorf("%s: %v", filepath.Base(f), it.Err)
				continue
			}
			docs++
			d := it.Doc
			if d.Title == "" || d.URL == "" || d.Text == "" || !utf8.ValidString(d.Text+d.Title) || strings.Contains(d.Text, "<p>") {
				t.Errorf("%s: incomplete item %+v", d.Origin, d)
			}
		}
		t.Logf("%s: %d of %d items", filepath.Base(f), docs, want)
		if docs != want {
			t.Errorf("%s: %d documents, want %d", filepath.Base(f), docs, want)
		}
	}
	// The Latin-1 feed without a declaration comes out as proper text.
	items := readAll(t, []string{filepath.Join(dir, "uol_noticias_latin1_nodecl.rss.xml")}, "", Options{})
	if len(items) == 0 || items[0].Err != nil || items[0].Doc.Outlet != "UOL Noticias" {
		t.Fatalf("uol: %+v", items)
	}
	var all strings.Builder
	for _, it := range items {
		all.WriteString(it.Doc.Title + " " + it.Doc.Text)
	}
	if strings.ContainsRune(all.String(), utf8.RuneError) || !strings.ContainsAny(all.String(), "ãçéáõ") {
		t.Errorf("uol text not decoded from Latin-1: %.300s", all.String())
	}
}

const rssFeed = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test Wire</title><link>%[1]s</link>
<item><title>NATO urges EU</title><link>%[1]s/a</link><pubDate>Sat, 01 Mar 2025 10:00:00 GMT</pubDate>
<description>&lt;p&gt;NATO chief &lt;b&gt;Mark Rutte&lt;/b&gt; urged the EU.&lt;/p&gt;&lt;p&gt;More.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>%[1]s/b</link></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>Greece and Turkey meet</title><link href="http://example.com/g"/><updated>2025-02-03T08:00:00Z</updated>
<content type="html">&lt;p&gt;Greek and Turkish ministers met in Athens.&lt;/p&gt;</content></entry></feed>`

const jsonFeed = `{"version":"https://jsonfeed.org/version/1.1","title":"JSON Wire","items":[
{"id":"1","url":"http://example.com/j","title":"Cyprus talks","content_html":"<p>Talks on Cyprus resumed.</p>","date_published":"2025-01-05T09:00:00Z"}]}`

func TestReadFeedFormats(t *testing.T) {
	dir := t.TempDir()
	rss := writeFile(t, dir, "wire.rss", []byte(fmt.Sprintf(rssFeed, "http://example.com")))
	atom := writeFile(t, dir, "noext", []byte(atomFeed)) // recognised by content
	jf := writeFile(t, dir, "feed.json", []byte(jsonFeed))
	items := readAll(t, []string{rss, atom, jf}, "", Options{})
	if len(items) != 4 {
		t.Fatalf("got %d items: %+v", len(items), items)
	}
	a := items[0].Doc
	if items[0].Err != nil || a.Title != "NATO urges EU" || a.URL != "http://example.com/a" || a.Published != "2025-03-01" ||
		a.Outlet != "Test Wire" || a.Text != "NATO chief Mark Rutte urged the EU.\n\nMore." || a.Origin != rss+"#1" {
		t.Errorf("rss item: %+v %v", a, items[0].Err)
	}
	if items[1].Err != nil || items[1].Doc.Text != "Empty" {
		t.Errorf("a headline-only item is its title: %+v %v", items[1].Doc, items[1].Err)
	}
	if d := items[2].Doc; d.Title != "Greece and Turkey meet" || d.Published != "2025-02-03" || d.Text != "Greek and Turkish ministers met in Athens." {
		t.Errorf("atom entry: %+v %v", d, items[2].Err)
	}
	if d := items[3].Doc; d.Title != "Cyprus talks" || d.Text != "Talks on Cyprus resumed." || d.Outlet != "JSON Wire" {
		t.Errorf("json feed item: %+v %v", d, items[3].Err)
	}
	if items[0].Doc.ID != DocID(items[0].Doc) || items[0].Doc.ID != DocID(ententeURLDoc("http://example.com/a")) {
		t.Errorf("a feed item's id is its URL's: %s", items[0].Doc.ID)
	}
}

func TestReadFeedMalformed(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "broken.rss", []byte(`<?xml version="1.0"?><rss><channel><title>x</title><item><title>a</ti`))
	good := writeFile(t, dir, "good.txt", []byte("still read"))
	items := readAll(t, []string{p, good}, "", Options{})
	if len(items) != 2 || items[0].Err == nil || !strings.HasPrefix(items[0].Err.Error(), p+": ") || items[1].Doc.Text != "still read" {
		t.Errorf("items: %+v", items)
	}
}

const articlePage = `<!DOCTYPE html><html><head><meta charset="iso-8859-1"><title>%s | Wire</title>
<meta property="og:site_name" content="The Wire"><meta name="author" content="Ann Reporter">
<meta property="article:published_time" content="2025-03-02T09:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>%s</h1>
<p>NATO Secretary General Mark Rutte on Saturday urged European Union leaders to mend ties with Turkey, saying that the alliance needed Ankara more than ever.</p>
<p>Speaking in Brussels, Rutte said the bloc and Turkey should restart a dialogue that had been suspended for years, and he called on Greece and Cyprus to take part.</p>
<p>Turkish Foreign Minister Hakan Fidan welcomed the remarks and said Ankara was ready to talk to Brussels about security co-operation in Europe.</p>
</article><footer>Copyright The Wire. Caf` + "\xe9" + ` au lait.</footer></body></html>`

// TestReadFeedFetch: with Fetch, each item's linked page is fetched (Latin-1,
// declared in a meta tag) and its article body replaces the summary.
func TestReadFeedFetch(t *testing.T) {
	var s *httptest.Server
	mux := http.NewServeMux()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, rssFeed, s.URL)
	})
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html") // charset only in the page
		fmt.Fprintf(w, articlePage, "Rutte urges EU", "Rutte urges EU")
	})
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	s = httptest.NewServer(mux)
	defer s.Close()
	opts := Options{Fetch: true, HostDelay: -1, Timeout: 5 * time.Second}
	items := readAll(t, []string{s.URL + "/feed"}, "", opts)
	if len(items) != 2 {
		t.Fatalf("items: %+v", items)
	}
	a := items[0]
	if a.Err != nil || !strings.Contains(a.Doc.Text, "Hakan Fidan welcomed") || strings.Contains(a.Doc.Text, "Home") {
		t.Errorf("fetched page: %v %q", a.Err, a.Doc.Text)
	}
	if a.Doc.Title != "NATO urges EU" || a.Doc.Author != "Ann Reporter" || a.Doc.Published != "2025-03-01" {
		t.Errorf("metadata: %+v", a.Doc)
	}
	if !errors.Is(items[1].Err, ErrFetch) || !strings.Contains(items[1].Err.Error(), "404") {
		t.Errorf("404 item: %v", items[1].Err)
	}
}

// TestReadURLSource: a URL source is fetched and read by Content-Type.
func TestReadURLSource(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=ISO-8859-1")
		fmt.Fprintf(w, strings.Replace(articlePage, `<meta charset="iso-8859-1">`, "", 1), "Rutte in Brussels", "Rutte in Brussels")
	})
	mux.HandleFunc("/corpus.jsonl", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-ndjson")
		fmt.Fprint(w, `{"id":"r1","text":"one"}`+"\n"+`{"id":"r2","text":"two"}`+"\n")
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG"))
	})
	s := httptest.NewServer(mux)
	defer s.Close()
	items := readAll(t, []string{s.URL + "/page", s.URL + "/corpus.jsonl", s.URL + "/image"}, "", Options{HostDelay: -1})
	if len(items) != 4 {
		t.Fatalf("items: %+v", items)
	}
	p := items[0].Doc
	if items[0].Err != nil || p.URL != s.URL+"/page" || p.Outlet != "The Wire" || p.Published != "2025-03-02" || !strings.Contains(p.Text, "urged European Union leaders") {
		t.Errorf("page: %v %+v", items[0].Err, p)
	}
	if items[1].Doc.ID != "r1" || items[2].Doc.Origin != s.URL+"/corpus.jsonl:2" {
		t.Errorf("corpus: %+v %+v", items[1].Doc, items[2].Doc)
	}
	if !errors.Is(items[3].Err, ErrFetch) || !strings.Contains(items[3].Err.Error(), "image/png") {
		t.Errorf("image: %v", items[3].Err)
	}
}

func TestDecodeHTMLCharsets(t *testing.T) {
	latin := []byte("<html><head><meta charset=\"iso-8859-1\"></head><body>Caf\xe9</body></html>")
	if s, err := decodeHTML("x", latin, ""); err != nil || !strings.Contains(s, "Café") {
		t.Errorf("meta charset: %q %v", s, err)
	}
	if s, err := decodeHTML("x", []byte("<p>Caf\xe9</p>"), "text/html; charset=windows-1252"); err != nil || !strings.Contains(s, "Café") {
		t.Errorf("header charset: %q %v", s, err)
	}
	if s, err := decodeHTML("x", []byte("<meta charset=utf-8><p>Caf\xe9</p>"), ""); err != nil || !strings.Contains(s, "Café") {
		t.Errorf("false utf-8 claim: %q %v", s, err)
	}
	if _, err := decodeHTML("x", bytes.Repeat([]byte{0}, 10), ""); !errors.Is(err, ErrBinary) {
		t.Errorf("binary: %v", err)
	}
}

// TestFeedLanguage: headline-only items take their feed's language.
func TestFeedLanguage(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "data", "feeds")
	for file, want := range map[string]string{"uol_noticias_latin1_nodecl.rss.xml": "pt", "jn_pt_iso8859-1.rss.xml": "pt", "heise_developer.atom.xml": "de", "guardian_us.rss.xml": "en"} {
		for _, it := range readAll(t, []string{filepath.Join(dir, file)}, "", Options{}) {
			if it.Doc.Lang != want {
				t.Errorf("%s: lang %q, want %q (%.60q)", it.Doc.Origin, it.Doc.Lang, want, it.Doc.Text)
			}
		}
	}
}

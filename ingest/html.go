package ingest

import (
	"bufio"
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html/charset"

	"github.com/entente/entente"
)

// html reads one HTML page from a byte stream. contentType is the HTTP
// Content-Type when the page was fetched ("" for files); pageURL its URL.
func (r *reader) html(origin string, br *bufio.Reader, contentType, pageURL string) {
	doc := entente.Document{Origin: origin, URL: pageURL}
	b, err := readLimited(origin, br, r.opts.maxBytes())
	if err != nil {
		r.emitErr(doc, err)
		return
	}
	page, err := decodeHTML(origin, b, contentType)
	if err != nil {
		r.emitErr(doc, err)
		return
	}
	doc.HTML = page
	r.emitDoc(doc)
}

// decodeHTML turns the bytes of a page into UTF-8, using the charset of
// the Content-Type header, then of a BOM or <meta> tag, then a guess. A
// page that says UTF-8 but is not is read as Windows-1252, the usual
// truth of such pages.
func decodeHTML(origin string, b []byte, contentType string) (string, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return "", inputErr(origin, ErrEmpty, "", nil)
	}
	if i := bytes.IndexByte(b, 0); i >= 0 && !looksUTF16(b) {
		return "", inputErr(origin, ErrBinary, fmt.Sprintf("NUL at byte %d", i), nil)
	}
	enc, name, _ := charset.DetermineEncoding(b, contentType)
	if name == "utf-8" {
		if utf8.Valid(b) {
			return string(bytes.TrimPrefix(b, utf8BOM)), nil
		}
		enc, _ = charset.Lookup("windows-1252")
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return "", inputErr(origin, ErrInvalidUTF8, "charset "+name, err)
	}
	return string(out), nil
}

// looksUTF16 says whether b starts with a UTF-16 byte order mark, the one
// case where NUL bytes are text.
func looksUTF16(b []byte) bool {
	return len(b) >= 2 && (b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff)
}

// extractHTML replaces doc.HTML by the page's article body in doc.Text and
// fills the title, author, date and site name that the document lacks,
// from the page's metadata (meta tags, JSON-LD, OpenGraph).
func extractHTML(doc *entente.Document) error {
	text, meta, err := ExtractArticle(doc.HTML, doc.URL)
	if err != nil {
		return inputErr(doc.Origin, ErrNoText, "no article body found", err)
	}
	doc.Text = text
	if doc.Title == "" {
		doc.Title = meta.Title
	}
	if doc.Author == "" {
		doc.Author = meta.Author
	}
	if doc.Outlet == "" {
		doc.Outlet = meta.Sitename
	}
	if doc.Published == "" {
		doc.Published = meta.Published
	}
	if doc.URL == "" && meta.URL != "" {
		doc.URL = meta.URL
	}
	return nil
}

// PageMeta is what a page says about itself.
type PageMeta struct {
	Title     string
	Author    string
	Sitename  string
	Published string // YYYY-MM-DD
	URL       string // canonical URL the page declares
	Lang      string
}

// ExtractArticle returns the article body of an HTML page as plain text,
// paragraphs separated by blank lines, with the page's metadata. pageURL
// may be empty; it helps resolve relative links and site names.
func ExtractArticle(page, pageURL string) (string, PageMeta, error) {
	opts := trafilatura.Options{
		// The fallback (readability and DOM Distiller, compared with
		// trafilatura's own result) measured best on the ScrapingHub
		// benchmark.
		EnableFallback:  true,
		ExcludeComments: true,
		// Dates come from metadata first; the fast scan avoids
		// go-dateparser's many regular expressions.
		HtmlDateMode: trafilatura.Fast,
	}
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.Extract(strings.NewReader(page), opts)
	if err != nil {
		return "", PageMeta{}, err
	}
	meta := PageMeta{
		Title:    strings.TrimSpace(res.Metadata.Title),
		Author:   strings.TrimSpace(res.Metadata.Author),
		Sitename: strings.TrimSpace(res.Metadata.Sitename),
		URL:      strings.TrimSpace(res.Metadata.URL),
		Lang:     res.Metadata.Language,
	}
	if !res.Metadata.Date.IsZero() {
		meta.Published = res.Metadata.Date.Format("2006-01-02")
	}
	text := ""
	if res.ContentNode != nil {
		text = nodeText(res.ContentNode)
	}
	if strings.TrimSpace(text) == "" {
		text = res.ContentText
	}
	return strings.TrimSpace(text), meta, nil
}

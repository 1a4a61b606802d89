package ingest

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"

	"github.com/entente/entente"
)

// feedStream reads an RSS, Atom or JSON feed from a stream; feedURL is
// where it was fetched from, if it was.
func (r *reader) feedStream(origin string, br *bufio.Reader, feedURL string) {
	b, err := readLimited(origin, br, r.opts.maxBytes())
	if err != nil {
		r.emitErr(entente.Document{Origin: origin}, err)
		return
	}
	r.feedBytes(origin, b, feedURL)
}

// feedBytes turns every item of a feed into a document: title, link, date,
// and the content (or description) stripped of HTML; with Fetch, the
// linked page is fetched and extracted instead. An item is
// "origin#N" (from 1), so an error names it.
func (r *reader) feedBytes(origin string, b []byte, feedURL string) {
	feed, err := parseFeed(b)
	if err != nil {
		r.emitErr(entente.Document{Origin: origin}, inputErr(origin, ErrMalformed, "feed", err))
		return
	}
	outlet := strings.TrimSpace(feed.Title)
	lang := feedLanguage(feed)
	for i, it := range feed.Items {
		if r.ctx.Err() != nil {
			return
		}
		doc := feedItemDoc(it, outlet)
		doc.Origin = fmt.Sprintf("%s#%d", origin, i+1)
		if r.opts.Fetch && doc.URL != "" {
			// The page replaces the item's summary; the item's title and
			// date stay unless the page has better.
			doc.Text = ""
			doc.HTML = ""
			r.emitDocLang(doc, lang)
			continue
		}
		if doc.Text == "" {
			// A headline-only item (common in news wires) is still a
			// statement worth coding: its title is its text.
			doc.Text = doc.Title
		}
		if doc.Text == "" {
			r.emitErr(doc, inputErr(doc.Origin, ErrNoText, "feed item has no title, content or description", nil))
			continue
		}
		r.emitDocLang(doc, lang)
	}
}

// feedLanguage is the language of a feed as a whole: the one it declares
// ("pt-BR" → "pt"), else the one its items' text shows when that is
// clear. Items too short to tell on their own (headlines) take it.
func feedLanguage(feed *gofeed.Feed) string {
	if l := strings.ToLower(strings.TrimSpace(feed.Language)); len(l) >= 2 && l[0] >= 'a' && l[0] <= 'z' && l[1] >= 'a' && l[1] <= 'z' && (len(l) == 2 || l[2] == '-' || l[2] == '_') {
		return l[:2]
	}
	var b strings.Builder
	for _, it := range feed.Items {
		if b.Len() > langSample {
			break
		}
		b.WriteString(htmlToText(it.Title))
		b.WriteString(".\n")
		b.WriteString(htmlToText(it.Description))
		b.WriteString("\n")
	}
	if l, ok := DetectLanguage(b.String()); ok {
		return l
	}
	return ""
}

// parseFeed parses a feed, first as it is, then — for the malformed feeds
// found in the wild, such as Latin-1 bytes without an XML declaration that
// says so — decoded to UTF-8 from the charset it declares or, failing
// that, from Windows-1252.
func parseFeed(b []byte) (*gofeed.Feed, error) {
	fp := gofeed.NewParser()
	feed, err := fp.Parse(bytes.NewReader(b))
	if err == nil {
		return feed, nil
	}
	fixed, ok := recodeXML(b)
	if !ok {
		return nil, err
	}
	feed, err2 := gofeed.NewParser().Parse(bytes.NewReader(fixed))
	if err2 != nil {
		return nil, err
	}
	return feed, nil
}

// recodeXML converts an XML document that is not valid UTF-8 to UTF-8 and
// rewrites its declaration to say so.
func recodeXML(b []byte) ([]byte, bool) {
	if utf8.Valid(b) {
		return nil, false
	}
	name := xmlDeclEncoding(b)
	enc, _ := charset.Lookup(name)
	if enc == nil {
		enc, _ = charset.Lookup("windows-1252")
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return nil, false
	}
	if i := bytes.Index(out, []byte("?>")); bytes.HasPrefix(bytes.TrimSpace(out), []byte("<?xml")) && i > 0 {
		out = append([]byte(`<?xml version="1.0" encoding="UTF-8"?>`), out[i+2:]...)
	}
	return out, true
}

// xmlDeclEncoding returns the encoding named in an XML declaration, or "".
func xmlDeclEncoding(b []byte) string {
	head := b[:min(len(b), 200)]
	if !bytes.HasPrefix(bytes.TrimSpace(head), []byte("<?xml")) {
		return ""
	}
	end := bytes.Index(head, []byte("?>"))
	if end < 0 {
		return ""
	}
	decl := string(head[:end])
	i := strings.Index(decl, "encoding=")
	if i < 0 {
		return ""
	}
	v := decl[i+len("encoding="):]
	if len(v) < 2 {
		return ""
	}
	q := v[0]
	v = v[1:]
	if j := strings.IndexByte(v, q); j >= 0 {
		return strings.ToLower(v[:j])
	}
	return ""
}

// feedItemDoc maps a feed item to a document.
func feedItemDoc(it *gofeed.Item, outlet string) entente.Document {
	doc := entente.Document{
		URL:    strings.TrimSpace(it.Link),
		Title:  strings.TrimSpace(htmlToText(it.Title)),
		Outlet: outlet,
	}
	// FeedBurner rewrites links into its own redirects and keeps the
	// publisher's URL aside; that one identifies the article.
	if orig := extensionValue(it, "feedburner", "origLink"); strings.HasPrefix(orig, "http") {
		doc.URL = strings.TrimSpace(orig)
	}
	if doc.URL == "" && strings.HasPrefix(it.GUID, "http") {
		doc.URL = strings.TrimSpace(it.GUID)
	}
	if len(it.Authors) > 0 && it.Authors[0] != nil {
		doc.Author = strings.TrimSpace(it.Authors[0].Name)
	}
	switch {
	case it.PublishedParsed != nil:
		doc.Published = feedDate(*it.PublishedParsed)
	case it.UpdatedParsed != nil:
		doc.Published = feedDate(*it.UpdatedParsed)
	}
	body := it.Content
	if strings.TrimSpace(htmlToText(body)) == "" {
		body = it.Description
	}
	doc.Text = htmlToText(body)
	return doc
}

func feedDate(t time.Time) string { return t.Format("2006-01-02") }

// extensionValue returns the text of a namespaced element of an item
// (feedburner:origLink), or "".
func extensionValue(it *gofeed.Item, ns, name string) string {
	for _, e := range it.Extensions[ns][name] {
		if v := strings.TrimSpace(e.Value); v != "" {
			return v
		}
	}
	return ""
}

package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/entente/entente"
)

// DocID returns the stable id of a document that has none: a hash of its
// canonical URL when it has one (so that a page fetched twice, or a feed
// item later fetched in full, keeps its id), else of its normalised text.
// Ingesting the same document twice therefore never creates a second one.
func DocID(doc entente.Document) string {
	if u := CanonicalURL(doc.URL); u != "" {
		return hashID("u", u)
	}
	text := doc.Text
	if text == "" {
		text = doc.HTML
	}
	return hashID("t", normalizeForID(text))
}

func hashID(kind, s string) string {
	h := sha256.New()
	h.Write([]byte(kind))
	h.Write([]byte{0})
	h.Write([]byte(s))
	// 128 bits: collision-free in practice for any corpus, and short enough
	// to read in a table.
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// normalizeForID reduces a text to the form that identifies it: Unicode
// NFC, runs of white space as one space, no leading or trailing space. Two
// copies that differ only in line wrapping or a trailing newline get the
// same id.
func normalizeForID(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// trackingParams are query parameters that say how a reader arrived, not
// which page it is.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "mc_cid": true, "mc_eid": true,
	"cmpid": true, "ocid": true, "smid": true, "smtyp": true, "ns_mchannel": true, "ns_source": true,
	"ns_campaign": true, "ns_linkname": true, "ns_fee": true, "at_medium": true, "at_campaign": true,
	"ito": true, "ref": true, "ref_src": true, "rss": true,
}

// CanonicalURL returns the form of an http(s) URL that identifies a page:
// lower-case scheme and host, no default port, no fragment, no tracking
// parameters (utm_*, fbclid, …), the remaining parameters sorted. It
// returns "" for anything that is not an absolute http(s) URL.
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if port != "" && !(scheme == "http" && port == "80") && !(scheme == "https" && port == "443") {
		host += ":" + port
	}
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			delete(q, k)
		}
	}
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var qs strings.Builder
	for _, k := range keys {
		vs := q[k]
		sort.Strings(vs)
		for _, v := range vs {
			if qs.Len() > 0 {
				qs.WriteByte('&')
			}
			qs.WriteString(url.QueryEscape(k))
			qs.WriteByte('=')
			qs.WriteString(url.QueryEscape(v))
		}
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	out := scheme + "://" + host + path
	if qs.Len() > 0 {
		out += "?" + qs.String()
	}
	return out
}

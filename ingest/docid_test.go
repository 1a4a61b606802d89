package ingest

import (
	"testing"

	"github.com/entente/entente"
)

func TestDocIDStable(t *testing.T) {
	a := DocID(entente.Document{Text: "NATO urged\r\nthe EU.\n"})
	b := DocID(entente.Document{Text: "  NATO urged the EU."})
	if a != b {
		t.Errorf("white space changes the id: %s %s", a, b)
	}
	if c := DocID(entente.Document{Text: "NATO urged the US."}); c == a {
		t.Error("different texts, same id")
	}
	u1 := DocID(entente.Document{URL: "HTTPS://Example.com:443/a?b=2&a=1&utm_source=x#top", Text: "one"})
	u2 := DocID(entente.Document{URL: "https://example.com/a?a=1&b=2", Text: "two"})
	if u1 != u2 {
		t.Errorf("canonical URLs differ: %s %s", u1, u2)
	}
}

func TestCanonicalURL(t *testing.T) {
	cases := map[string]string{
		"https://Example.COM":                         "https://example.com/",
		"http://example.com:80/a/b?utm_medium=rss":    "http://example.com/a/b",
		"https://example.com:8443/x?z=1&fbclid=abc#f": "https://example.com:8443/x?z=1",
		"ftp://example.com/x":                         "",
		"not a url":                                   "",
	}
	for in, want := range cases {
		if got := CanonicalURL(in); got != want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNormalizeDate(t *testing.T) {
	cases := map[string]string{
		"2025-03-01":                    "2025-03-01",
		"2025-03-01T23:30:00-05:00":     "2025-03-01",
		"Tue, 10 Jun 2003 04:00:00 GMT": "2003-06-10",
		"2025-03-01T10:00:00.000+0100":  "2025-03-01",
		"March 1, 2025":                 "2025-03-01",
		"yesterday":                     "",
	}
	for in, want := range cases {
		if got := NormalizeDate(in); got != want {
			t.Errorf("NormalizeDate(%q) = %q, want %q", in, got, want)
		}
	}
}

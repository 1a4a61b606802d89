// Package ingest reads documents from the places analysts keep them: plain
// text, JSONL corpora, HTML pages, RSS/Atom/JSON feeds, directories of any
// of these (optionally gzip-compressed), standard input and http(s) URLs.
// Every document read, and every piece of bad input, is handed to the
// caller in input order as an Item, so that bad input is reported with its
// location and never stops a run.
package ingest

import (
	"io"
	"time"
)

// Formats accepted in Options.Format.
const (
	FormatAuto  = "auto"
	FormatText  = "text"
	FormatJSONL = "jsonl"
	FormatJSON  = "json"
	FormatHTML  = "html"
	FormatFeed  = "feed"
)

// DefaultMaxBytes is the per document (and per file) size limit when
// Options.MaxBytes is zero.
const DefaultMaxBytes = 10 << 20

// DefaultUserAgent identifies entente honestly to the sites it fetches from.
const DefaultUserAgent = "entente/0.1 (+https://github.com/entente/entente)"

// Options control how sources are read. The zero value is usable.
type Options struct {
	// Format is "auto" (the default: by extension, then by content),
	// "text", "jsonl", "json", "html" or "feed". It applies to stdin and to
	// the files and URLs named as sources; the files found in a directory
	// are always read by their extension, since a folder mixes formats.
	Format    string
	Date      string    // publication date (YYYY-MM-DD) for documents that carry none
	Fetch     bool      // fetch the linked pages of feed items and extract them instead of the item text
	MaxBytes  int64     // per document/file limit; 0 means DefaultMaxBytes
	UserAgent string    // 0 means DefaultUserAgent
	Progress  io.Writer // where a progress bar goes when it is a terminal; nil means none

	// HTTP behaviour (URL sources and Fetch); zero values take the defaults
	// of the fetch package: 30 s timeout, 5 redirects, 1 s per-host delay,
	// 3 retries.
	Timeout      time.Duration
	HostDelay    time.Duration
	Retries      int
	MaxRedirects int
	IgnoreRobots bool // for tests and for sites the user owns

	// Workers is how many documents have their HTML extracted at once; 0
	// means runtime.NumCPU(). Items are still delivered in input order.
	Workers int

	// Summary, when not nil, is updated with every item delivered.
	Summary *Summary
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

func (o Options) userAgent() string {
	if o.UserAgent == "" {
		return DefaultUserAgent
	}
	return o.UserAgent
}

func (o Options) format() string {
	if o.Format == "" {
		return FormatAuto
	}
	return o.Format
}

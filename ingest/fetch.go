package ingest

import (
	"bufio"
	"bytes"
	"context"
	"strings"

	"github.com/entente/entente"
	"github.com/entente/entente/ingest/fetch"
)

// fetcher fetches what Read is asked to: URL sources, and the linked pages
// of feed items with Options.Fetch. Making one is cheap: no connection is
// opened before the first fetch.
type fetcher struct {
	opts   Options
	client *fetch.Client
}

func newFetcher(opts Options) *fetcher {
	return &fetcher{opts: opts, client: fetch.New(fetch.Options{
		UserAgent:    opts.userAgent(),
		Timeout:      opts.Timeout,
		MaxBytes:     opts.maxBytes(),
		MaxRedirects: opts.MaxRedirects,
		HostDelay:    opts.HostDelay,
		Retries:      opts.Retries,
		IgnoreRobots: opts.IgnoreRobots,
	})}
}

func (f *fetcher) get(ctx context.Context, u string) (*fetch.Response, error) {
	return f.client.Get(ctx, u)
}

// url reads a source given as an http(s) URL: a page, a feed, a JSONL
// corpus or plain text, told apart by Content-Type and then by content.
func (r *reader) url(u string) {
	res, err := r.fetcher.get(r.ctx, u)
	if err != nil {
		if r.ctx.Err() == nil {
			r.emitErr(entente.Document{Origin: u, URL: u}, inputErr(u, ErrFetch, "", err))
		}
		return
	}
	format := r.opts.format()
	if format == FormatAuto {
		format = formatOfMediaType(res.MediaType, res.Body)
	}
	switch format {
	case FormatHTML:
		page, err := decodeHTML(u, res.Body, res.ContentType)
		if err != nil {
			r.emitErr(entente.Document{Origin: u, URL: res.URL}, err)
			return
		}
		r.emitDoc(entente.Document{Origin: u, URL: res.URL, HTML: page})
	case FormatFeed:
		r.feedBytes(u, res.Body, res.URL)
	case FormatText:
		doc := entente.Document{Origin: u, URL: res.URL}
		b := bytes.TrimPrefix(res.Body, utf8BOM)
		if err := checkText(u, b); err != nil {
			r.emitErr(doc, err)
			return
		}
		doc.Text = string(b)
		r.emitDoc(doc)
	default:
		r.stream(u, bufio.NewReader(bytes.NewReader(res.Body)), format, int64(len(res.Body)))
	}
}

// formatOfMediaType maps a Content-Type to a format; the generic XML and
// JSON types are told apart by content.
func formatOfMediaType(mt string, body []byte) string {
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		if sniffBytes(body[:min(len(body), 4096)]) == FormatFeed {
			return FormatFeed // feeds served as text/html exist
		}
		return FormatHTML
	case strings.HasSuffix(mt, "rss+xml") || strings.HasSuffix(mt, "atom+xml") || strings.HasSuffix(mt, "rdf+xml") || mt == "application/feed+json":
		return FormatFeed
	case mt == "text/plain":
		if f := sniffBytes(body[:min(len(body), 4096)]); f == FormatJSONL || f == FormatFeed {
			return f
		}
		return FormatText
	}
	return sniffBytes(body[:min(len(body), 4096)])
}

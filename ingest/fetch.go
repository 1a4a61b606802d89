package ingest

import (
	"context"
	"fmt"

	"github.com/entente/entente"
)

// page is a fetched web resource.
type page struct {
	url         string
	contentType string
	html        string
}

type fetcher struct{ opts Options }

func newFetcher(opts Options) *fetcher { return &fetcher{opts: opts} }

func (f *fetcher) get(ctx context.Context, u string) (page, error) {
	return page{}, fmt.Errorf("fetching is not implemented yet")
}

// url reads a source given as an http(s) URL.
func (r *reader) url(u string) {
	r.emitDoc(entente.Document{Origin: u, URL: u})
}

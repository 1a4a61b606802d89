package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"sync"

	"github.com/temoto/robotstxt"
)

// robotsAgent is the product token robots.txt rules name entente by.
const robotsAgent = "entente"

// robotsCache holds each host's robots.txt for the client's lifetime.
type robotsCache struct {
	c  *Client
	mu sync.Mutex
	m  map[string]*robotsEntry
}

type robotsEntry struct {
	once sync.Once
	data *robotstxt.RobotsData
	err  error
}

func newRobotsCache(c *Client) *robotsCache {
	return &robotsCache{c: c, m: map[string]*robotsEntry{}}
}

// allowed says whether robots.txt lets entente fetch u. As RFC 9309 says:
// a missing robots.txt (4xx) allows everything; a server error (5xx)
// disallows everything.
func (r *robotsCache) allowed(ctx context.Context, u *url.URL) (bool, error) {
	key := u.Scheme + "://" + u.Host
	r.mu.Lock()
	e := r.m[key]
	if e == nil {
		e = &robotsEntry{}
		r.m[key] = e
	}
	r.mu.Unlock()
	e.once.Do(func() { e.data, e.err = r.load(ctx, key) })
	if e.err != nil {
		return false, e.err
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	return e.data.TestAgent(path, robotsAgent), nil
}

func (r *robotsCache) load(ctx context.Context, base string) (*robotstxt.RobotsData, error) {
	u, _ := url.Parse(base + "/robots.txt")
	accept := func(string) bool { return true }
	for hop := 0; hop <= 5; hop++ {
		resp, next, err := r.c.getOnce(ctx, u, accept)
		var se *StatusError
		switch {
		case errors.As(err, &se):
			return robotstxt.FromStatusAndBytes(se.Code, nil)
		case err != nil:
			return nil, fmt.Errorf("robots.txt: %w", err)
		case next != nil:
			u = next
			continue
		}
		data, err := robotstxt.FromBytes(resp.Body)
		if err != nil {
			// An unparsable robots.txt says nothing we can honour;
			// treat it as absent, as major crawlers do.
			return robotstxt.FromStatusAndBytes(404, nil)
		}
		return data, nil
	}
	return robotstxt.FromStatusAndBytes(404, nil)
}

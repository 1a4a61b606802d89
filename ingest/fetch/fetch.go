// Package fetch gets web pages and feeds politely: an honest User-Agent,
// robots.txt respected, one request at a time per host with a delay
// between them, timeouts, a size limit, a cap on redirects, and retries
// with backoff when a server says it is busy (429) or failing (5xx).
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Errors a Get can fail with; test with errors.Is.
var (
	ErrRobots      = errors.New("disallowed by robots.txt")
	ErrTooLarge    = errors.New("response too large")
	ErrRedirects   = errors.New("too many redirects")
	ErrLoop        = errors.New("redirect loop")
	ErrContentType = errors.New("unsupported content type")
	ErrStatus      = errors.New("HTTP error status")
)

// StatusError is an HTTP response that was not a success.
type StatusError struct {
	Code int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("HTTP %d %s", e.Code, http.StatusText(e.Code))
}

// Is makes errors.Is(err, ErrStatus) true for every StatusError.
func (e *StatusError) Is(target error) bool { return target == ErrStatus }

// Options configure a Client; zero values take the defaults.
type Options struct {
	UserAgent    string        // default "entente/0.1 (+https://github.com/entente/entente)"
	Timeout      time.Duration // whole request, body included; default 30 s
	MaxBytes     int64         // body limit; default 10 MB
	MaxRedirects int           // default 5
	HostDelay    time.Duration // pause between two requests to one host; default 1 s
	Retries      int           // retries after a 429, a 5xx or a network error; default 3
	Backoff      time.Duration // first retry wait, doubled each time; default 1 s
	MaxBackoff   time.Duration // cap on a wait, Retry-After included; default 60 s
	IgnoreRobots bool          // for the user's own sites and for tests
	// Accept decides which content types are read; default AcceptArticles.
	Accept func(mediaType string) bool
	// Transport is the HTTP transport; default a clone of
	// http.DefaultTransport.
	Transport http.RoundTripper
}

// AcceptArticles accepts what entente can read: HTML pages, feeds, JSON,
// plain text.
func AcceptArticles(mediaType string) bool {
	switch mediaType {
	case "text/html", "application/xhtml+xml", "text/plain",
		"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
		"application/feed+json", "application/json", "application/x-ndjson":
		return true
	}
	return false
}

// Client fetches resources politely. It is safe for concurrent use; two
// requests to the same host wait for one another.
type Client struct {
	opts   Options
	http   *http.Client
	hosts  *hosts
	robots *robotsCache
}

// New returns a client with the given options.
func New(opts Options) *Client {
	if opts.UserAgent == "" {
		opts.UserAgent = "entente/0.1 (+https://github.com/entente/entente)"
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 30 * time.Second
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 10 << 20
	}
	if opts.MaxRedirects <= 0 {
		opts.MaxRedirects = 5
	}
	if opts.HostDelay < 0 {
		opts.HostDelay = 0
	} else if opts.HostDelay == 0 {
		opts.HostDelay = time.Second
	}
	if opts.Retries < 0 {
		opts.Retries = 0
	} else if opts.Retries == 0 {
		opts.Retries = 3
	}
	if opts.Backoff <= 0 {
		opts.Backoff = time.Second
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = 60 * time.Second
	}
	if opts.Accept == nil {
		opts.Accept = AcceptArticles
	}
	tr := opts.Transport
	if tr == nil {
		tr = http.DefaultTransport.(*http.Transport).Clone()
	}
	c := &Client{
		opts: opts,
		http: &http.Client{
			Transport: tr,
			// Redirects are followed by Get itself, one hop at a time, so
			// that each hop is checked against robots.txt, paced per host
			// and counted.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		hosts: newHosts(opts.HostDelay),
	}
	c.robots = newRobotsCache(c)
	return c
}

// Response is a fetched resource.
type Response struct {
	URL         string // final URL, after redirects
	ContentType string // the Content-Type header as sent
	MediaType   string // its media type, lower case ("text/html")
	Charset     string // its charset parameter, if any
	Body        []byte
}

// Get fetches rawURL, following up to MaxRedirects redirects.
func (c *Client) Get(ctx context.Context, rawURL string) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("not an http(s) URL: %q", rawURL)
	}
	seen := map[string]bool{}
	for hop := 0; ; hop++ {
		if seen[u.String()] {
			return nil, fmt.Errorf("%w at %s", ErrLoop, u)
		}
		seen[u.String()] = true
		if !c.opts.IgnoreRobots {
			ok, err := c.robots.allowed(ctx, u)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, fmt.Errorf("%s: %w", u, ErrRobots)
			}
		}
		resp, next, err := c.getOnce(ctx, u, c.opts.Accept)
		if err != nil {
			return nil, err
		}
		if next == nil {
			return resp, nil
		}
		if hop >= c.opts.MaxRedirects {
			return nil, fmt.Errorf("%w (more than %d)", ErrRedirects, c.opts.MaxRedirects)
		}
		u = next
	}
}

// getOnce makes one request, with retries, and returns either the
// response or the location it redirects to.
func (c *Client) getOnce(ctx context.Context, u *url.URL, accept func(string) bool) (*Response, *url.URL, error) {
	var lastErr error
	for attempt := 0; attempt <= c.opts.Retries; attempt++ {
		if attempt > 0 {
			if err := sleep(ctx, c.backoff(attempt, lastErr)); err != nil {
				return nil, nil, err
			}
		}
		resp, next, err := c.do(ctx, u, accept)
		if err == nil {
			return resp, next, nil
		}
		lastErr = err
		if !retryable(ctx, err) {
			return nil, nil, err
		}
	}
	if c.opts.Retries == 0 {
		return nil, nil, lastErr
	}
	return nil, nil, fmt.Errorf("after %d attempts: %w", c.opts.Retries+1, lastErr)
}

// retryError is a failure worth retrying, with the server's Retry-After.
type retryError struct {
	err   error
	after time.Duration
}

func (e *retryError) Error() string { return e.err.Error() }
func (e *retryError) Unwrap() error { return e.err }

func retryable(ctx context.Context, err error) bool {
	if ctx.Err() != nil {
		return false
	}
	var re *retryError
	return errors.As(err, &re)
}

func (c *Client) backoff(attempt int, err error) time.Duration {
	d := c.opts.Backoff << (attempt - 1)
	var re *retryError
	if errors.As(err, &re) && re.after > d {
		d = re.after
	}
	// Jitter keeps many clients from retrying in step.
	d += time.Duration(rand.Int64N(int64(d)/4 + 1))
	return min(d, c.opts.MaxBackoff)
}

// do makes one request, holding the host's slot for its whole duration.
func (c *Client) do(ctx context.Context, u *url.URL, accept func(string) bool) (*Response, *url.URL, error) {
	release, err := c.hosts.acquire(ctx, u.Host)
	if err != nil {
		return nil, nil, err
	}
	defer release()
	ctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, err
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	res, err := c.http.Do(req)
	if err != nil {
		// A timeout is not retried: a server that took the whole timeout
		// once will likely take it again, and the run would stall.
		var ne net.Error
		if ctx.Err() == context.DeadlineExceeded || errors.As(err, &ne) && ne.Timeout() {
			return nil, nil, fmt.Errorf("%s: timed out after %v", u, c.opts.Timeout)
		}
		if isTransient(err) {
			return nil, nil, &retryError{err: err}
		}
		return nil, nil, err
	}
	defer res.Body.Close()
	switch {
	case res.StatusCode >= 300 && res.StatusCode < 400 && res.StatusCode != http.StatusNotModified:
		loc := res.Header.Get("Location")
		if loc == "" {
			return nil, nil, fmt.Errorf("%s: HTTP %d without a Location", u, res.StatusCode)
		}
		next, err := u.Parse(loc)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: bad redirect Location %q: %w", u, loc, err)
		}
		return nil, next, nil
	case res.StatusCode == http.StatusTooManyRequests || res.StatusCode >= 500:
		io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10))
		return nil, nil, &retryError{err: fmt.Errorf("%s: %w", u, &StatusError{Code: res.StatusCode}), after: retryAfter(res.Header.Get("Retry-After"))}
	case res.StatusCode < 200 || res.StatusCode >= 300:
		return nil, nil, fmt.Errorf("%s: %w", u, &StatusError{Code: res.StatusCode})
	}
	ct := res.Header.Get("Content-Type")
	mt, params, _ := mime.ParseMediaType(ct)
	mt = strings.ToLower(mt)
	if ct != "" && !accept(mt) {
		return nil, nil, fmt.Errorf("%s: %w %q", u, ErrContentType, mt)
	}
	if res.ContentLength > c.opts.MaxBytes {
		return nil, nil, fmt.Errorf("%s: %w: %d bytes exceeds the limit of %d", u, ErrTooLarge, res.ContentLength, c.opts.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(res.Body, c.opts.MaxBytes+1))
	if err != nil {
		if ctx.Err() == context.DeadlineExceeded {
			return nil, nil, fmt.Errorf("%s: timed out after %v reading the body", u, c.opts.Timeout)
		}
		return nil, nil, &retryError{err: fmt.Errorf("%s: reading the body: %w", u, err)}
	}
	if int64(len(body)) > c.opts.MaxBytes {
		return nil, nil, fmt.Errorf("%s: %w: more than %d bytes", u, ErrTooLarge, c.opts.MaxBytes)
	}
	return &Response{URL: u.String(), ContentType: ct, MediaType: mt, Charset: params["charset"], Body: body}, nil, nil
}

// isTransient says whether a network error may go away on its own.
func isTransient(err error) bool {
	var oe *net.OpError
	if errors.As(err, &oe) {
		return true
	}
	return errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF)
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(v string) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return time.Until(t)
	}
	return 0
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

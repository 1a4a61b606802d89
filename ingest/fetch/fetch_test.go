package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// testClient has short delays so tests run fast.
func testClient(opts Options) *Client {
	if opts.HostDelay == 0 {
		opts.HostDelay = -1
	}
	if opts.Backoff == 0 {
		opts.Backoff = 5 * time.Millisecond
	}
	if opts.Timeout == 0 {
		opts.Timeout = 2 * time.Second
	}
	return New(opts)
}

func server(t *testing.T, robots string, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		if robots == "" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, robots)
	})
	mux.HandleFunc("/", h)
	s := httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func page(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	}
}

func TestGetOKWithUserAgent(t *testing.T) {
	var ua string
	s := server(t, "", func(w http.ResponseWriter, r *http.Request) {
		ua = r.UserAgent()
		page("<p>hi</p>")(w, r)
	})
	res, err := testClient(Options{}).Get(context.Background(), s.URL+"/a")
	if err != nil {
		t.Fatal(err)
	}
	if string(res.Body) != "<p>hi</p>" || res.MediaType != "text/html" || res.Charset != "utf-8" {
		t.Errorf("response %+v", res)
	}
	if ua != "entente/0.1 (+https://github.com/entente/entente)" {
		t.Errorf("User-Agent %q", ua)
	}
}

func TestGet404(t *testing.T) {
	s := server(t, "", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	_, err := testClient(Options{}).Get(context.Background(), s.URL+"/missing")
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 404 || !errors.Is(err, ErrStatus) {
		t.Errorf("err = %v", err)
	}
}

func TestGetTimeout(t *testing.T) {
	s := server(t, "", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(3 * time.Second):
		case <-r.Context().Done():
		}
	})
	start := time.Now()
	_, err := testClient(Options{Timeout: 100 * time.Millisecond, Retries: -1}).Get(context.Background(), s.URL+"/slow")
	if err == nil || !strings.Contains(err.Error(), "timed out") {
		t.Errorf("err = %v", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v", d)
	}
}

func TestGetSlowBodyTimeout(t *testing.T) {
	s := server(t, "", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(200)
		for i := 0; i < 100; i++ {
			fmt.Fprint(w, "<p>drip</p>")
			w.(http.Flusher).Flush()
			select {
			case <-time.After(50 * time.Millisecond):
			case <-r.Context().Done():
				return
			}
		}
	})
	_, err := testClient(Options{Timeout: 200 * time.Millisecond, Retries: -1}).Get(context.Background(), s.URL+"/drip")
	if err == nil || !strings.Contains(err.Error(), "timed out") {
		t.Errorf("err = %v", err)
	}
}

func TestGetOversize(t *testing.T) {
	big := strings.Repeat("x", 5000)
	s := server(t, "", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		if r.URL.Path == "/chunked" {
			// No Content-Length: the limit must hold while reading.
			w.(http.Flusher).Flush()
		}
		fmt.Fprint(w, big)
	})
	c := testClient(Options{MaxBytes: 1000})
	for _, p := range []string{"/sized", "/chunked"} {
		_, err := c.Get(context.Background(), s.URL+p)
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s: err = %v", p, err)
		}
	}
}

func TestGetRedirects(t *testing.T) {
	s := server(t, "", func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/loop-a":
			http.Redirect(w, r, "/loop-b", http.StatusFound)
		case r.URL.Path == "/loop-b":
			http.Redirect(w, r, "/loop-a", http.StatusFound)
		case strings.HasPrefix(r.URL.Path, "/chain/"):
			var n int
			fmt.Sscanf(r.URL.Path, "/chain/%d", &n)
			if n == 0 {
				page("<p>end</p>")(w, r)
				return
			}
			http.Redirect(w, r, fmt.Sprintf("/chain/%d", n-1), http.StatusMovedPermanently)
		}
	})
	c := testClient(Options{})
	if _, err := c.Get(context.Background(), s.URL+"/loop-a"); !errors.Is(err, ErrLoop) {
		t.Errorf("loop: err = %v", err)
	}
	res, err := c.Get(context.Background(), s.URL+"/chain/5")
	if err != nil || res.URL != s.URL+"/chain/0" {
		t.Errorf("5 redirects: %v %+v", err, res)
	}
	if _, err := c.Get(context.Background(), s.URL+"/chain/6"); !errors.Is(err, ErrRedirects) {
		t.Errorf("6 redirects: err = %v", err)
	}
}

func TestGetRobots(t *testing.T) {
	var hits atomic.Int32
	s := server(t, "User-agent: entente\nDisallow: /private\n\nUser-agent: *\nDisallow: /\n", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		page("<p>ok</p>")(w, r)
	})
	c := testClient(Options{})
	if _, err := c.Get(context.Background(), s.URL+"/private/x"); !errors.Is(err, ErrRobots) {
		t.Errorf("disallowed: err = %v", err)
	}
	if _, err := c.Get(context.Background(), s.URL+"/public"); err != nil {
		t.Errorf("allowed for entente: %v", err)
	}
	if hits.Load() != 1 {
		t.Errorf("the disallowed page was requested: %d hits", hits.Load())
	}
	if _, err := testClient(Options{IgnoreRobots: true}).Get(context.Background(), s.URL+"/private/x"); err != nil {
		t.Errorf("IgnoreRobots: %v", err)
	}
}

func TestGetRobotsServerError(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(500) })
	mux.HandleFunc("/", page("x"))
	s := httptest.NewServer(mux)
	defer s.Close()
	_, err := testClient(Options{Retries: -1}).Get(context.Background(), s.URL+"/a")
	if !errors.Is(err, ErrRobots) {
		t.Errorf("a failing robots.txt disallows: err = %v", err)
	}
}

func TestGetContentType(t *testing.T) {
	s := server(t, "", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte{0x89, 'P', 'N', 'G'})
	})
	if _, err := testClient(Options{}).Get(context.Background(), s.URL+"/img"); !errors.Is(err, ErrContentType) {
		t.Errorf("err = %v", err)
	}
}

func TestGetRetries(t *testing.T) {
	var n atomic.Int32
	s := server(t, "", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/down" {
			w.WriteHeader(http.StatusBadGateway)
			return
		}
		switch n.Add(1) {
		case 1:
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(http.StatusTooManyRequests)
		case 2:
			w.WriteHeader(http.StatusServiceUnavailable)
		default:
			page("<p>third time</p>")(w, r)
		}
	})
	res, err := testClient(Options{}).Get(context.Background(), s.URL+"/flaky")
	if err != nil || string(res.Body) != "<p>third time</p>" || n.Load() != 3 {
		t.Errorf("err = %v after %d requests", err, n.Load())
	}
	_, err = testClient(Options{Retries: 2}).Get(context.Background(), s.URL+"/down")
	var se *StatusError
	if !errors.As(err, &se) || !strings.Contains(err.Error(), "after 3 attempts") {
		t.Errorf("gives up: err = %v", err)
	}
}

// TestGetOneRequestPerHost: concurrent Gets to one host never overlap, and
// are spaced by the host delay.
func TestGetOneRequestPerHost(t *testing.T) {
	var inFlight, maxInFlight atomic.Int32
	var mu sync.Mutex
	var starts []time.Time
	s := server(t, "", func(w http.ResponseWriter, r *http.Request) {
		cur := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			m := maxInFlight.Load()
			if cur <= m || maxInFlight.CompareAndSwap(m, cur) {
				break
			}
		}
		mu.Lock()
		starts = append(starts, time.Now())
		mu.Unlock()
		time.Sleep(10 * time.Millisecond)
		page("x")(w, r)
	})
	c := testClient(Options{HostDelay: 30 * time.Millisecond, IgnoreRobots: true})
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := c.Get(context.Background(), fmt.Sprintf("%s/p%d", s.URL, i)); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if maxInFlight.Load() != 1 {
		t.Errorf("%d requests at once", maxInFlight.Load())
	}
	for i := 1; i < len(starts); i++ {
		if gap := starts[i].Sub(starts[i-1]); gap < 35*time.Millisecond {
			t.Errorf("gap %v between requests %d and %d", gap, i-1, i)
		}
	}
}

func TestGetCancelled(t *testing.T) {
	s := server(t, "", page("x"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := testClient(Options{}).Get(ctx, s.URL+"/a"); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v", err)
	}
}

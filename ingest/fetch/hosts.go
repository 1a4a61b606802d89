package fetch

import (
	"context"
	"sync"
	"time"
)

// hosts lets one request at a time go to each host, and spaces the
// requests to a host by a delay, so that entente never hammers a site
// however many documents it is reading.
type hosts struct {
	delay time.Duration
	mu    sync.Mutex
	m     map[string]*hostSlot
}

type hostSlot struct {
	busy chan struct{} // holds a token while a request to the host runs
	last time.Time     // when the last request to the host ended
}

func newHosts(delay time.Duration) *hosts {
	return &hosts{delay: delay, m: map[string]*hostSlot{}}
}

// acquire waits for the host's turn; release ends it.
func (h *hosts) acquire(ctx context.Context, host string) (release func(), err error) {
	h.mu.Lock()
	s := h.m[host]
	if s == nil {
		s = &hostSlot{busy: make(chan struct{}, 1)}
		h.m[host] = s
	}
	h.mu.Unlock()
	select {
	case s.busy <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if !s.last.IsZero() {
		if err := sleep(ctx, h.delay-time.Since(s.last)); err != nil {
			<-s.busy
			return nil, err
		}
	}
	return func() {
		s.last = time.Now()
		<-s.busy
	}, nil
}

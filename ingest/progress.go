package ingest

import (
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress draws a progress bar on a terminal: over the bytes of the input
// files when their size is known (with ETA), else a count of documents
// with their rate. When the writer is not a terminal — output redirected to
// a file or a pipe, a CI log — there is no progress at all: a nil
// *progress does nothing, and progressbar's redraws never reach a log.
type progress struct {
	bar      *progressbar.ProgressBar
	w        io.Writer
	bytes    bool // the bar counts bytes; documents go in its description
	items    atomic.Int64
	lastDesc atomic.Int64 // unix nanoseconds of the last description update
}

// newProgress returns a bar for w, or nil when w is not a terminal.
func newProgress(w io.Writer, sources []string) *progress {
	f, ok := w.(*os.File)
	if !ok || f == nil || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	total := totalFileBytes(sources)
	opts := []progressbar.Option{
		progressbar.OptionSetWriter(f),
		progressbar.OptionThrottle(100 * time.Millisecond),
		progressbar.OptionShowElapsedTimeOnFinish(),
		progressbar.OptionSetDescription("reading"),
		progressbar.OptionFullWidth(),
	}
	p := &progress{w: f}
	if total > 0 {
		p.bytes = true
		opts = append(opts, progressbar.OptionShowBytes(true), progressbar.OptionSetPredictTime(true))
	} else {
		total = -1
		opts = append(opts, progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("docs"))
	}
	p.bar = progressbar.NewOptions64(total, opts...)
	return p
}

// totalFileBytes is the size of the sources when all are regular files,
// else 0 (stdin, URLs and directories have no size known up front).
func totalFileBytes(sources []string) int64 {
	var n int64
	for _, s := range sources {
		if s == "-" || isURL(s) {
			return 0
		}
		fi, err := os.Stat(s)
		if err != nil || !fi.Mode().IsRegular() {
			return 0
		}
		n += fi.Size()
	}
	return n
}

// item counts one item delivered.
func (p *progress) item() {
	if p == nil {
		return
	}
	n := p.items.Add(1)
	if !p.bytes {
		p.bar.Add(1)
		return
	}
	now := time.Now().UnixNano()
	if last := p.lastDesc.Load(); now-last > int64(200*time.Millisecond) && p.lastDesc.CompareAndSwap(last, now) {
		p.bar.Describe(fmt.Sprintf("%d docs", n))
	}
}

// reader counts the bytes read from a file towards the bar.
func (p *progress) reader(r io.Reader) io.Reader {
	if p == nil || !p.bytes {
		return r
	}
	return &countingReader{r: r, p: p}
}

type countingReader struct {
	r io.Reader
	p *progress
}

func (c *countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	if n > 0 {
		c.p.bar.Add(n)
	}
	return n, err
}

// finish completes the bar and leaves the line.
func (p *progress) finish() {
	if p == nil {
		return
	}
	if p.bytes {
		p.bar.Describe(fmt.Sprintf("%d docs", p.items.Load()))
	}
	p.bar.Finish()
	fmt.Fprintln(p.w)
}

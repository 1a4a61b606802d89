package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/entente/entente"
)

// source reads one source named on the command line.
func (r *reader) source(src string) {
	switch {
	case src == "-":
		if r.stdin == nil {
			r.emitErr(entente.Document{Origin: "-"}, inputErr("-", ErrUnreadable, "no standard input", nil))
			return
		}
		r.stream("-", r.stdin, r.opts.format(), -1)
	case isURL(src):
		r.url(src)
	default:
		fi, err := os.Stat(src)
		if err != nil {
			r.emitErr(entente.Document{Origin: src}, inputErr(src, ErrUnreadable, "", unwrapPathErr(err)))
			return
		}
		if fi.IsDir() {
			r.dir(src)
			return
		}
		r.file(src, r.opts.format())
	}
}

// dir reads every file of a directory tree whose extension names a format
// entente reads, in lexical order. Hidden files and folders are skipped;
// other files are ignored, since a folder of articles often holds a README
// or an index beside them.
func (r *reader) dir(root string) {
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if r.ctx.Err() != nil {
			return r.ctx.Err()
		}
		if err != nil {
			r.emitErr(entente.Document{Origin: path}, inputErr(path, ErrUnreadable, "", unwrapPathErr(err)))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		if formatOfName(path) == "" {
			return nil
		}
		r.file(path, FormatAuto)
		return nil
	})
	_ = err // only ctx cancellation stops the walk, and Read reports that
}

// file reads one file, decompressing .gz.
func (r *reader) file(path, format string) {
	doc := entente.Document{Origin: path}
	f, err := os.Open(path)
	if err != nil {
		r.emitErr(doc, inputErr(path, ErrUnreadable, "", unwrapPathErr(err)))
		return
	}
	defer f.Close()
	size := int64(-1)
	if fi, err := f.Stat(); err == nil {
		size = fi.Size()
	}
	var rd io.Reader = r.bar.reader(f)
	name := path
	if strings.EqualFold(filepath.Ext(path), ".gz") {
		zr, err := gzip.NewReader(bufio.NewReaderSize(rd, 64<<10))
		if err != nil {
			r.emitErr(doc, inputErr(path, ErrUnreadable, "not gzip", err))
			return
		}
		defer zr.Close()
		rd = zr
		name = strings.TrimSuffix(path, filepath.Ext(path))
		size = -1
	}
	if format == FormatAuto {
		format = formatOfName(name)
		if format == "" {
			format = FormatAuto
		}
	}
	r.stream(path, rd, format, size)
}

// stream reads one byte stream in a format; size is its length when known
// (to report oversize files without reading them), else -1.
func (r *reader) stream(origin string, rd io.Reader, format string, size int64) {
	br := bufio.NewReaderSize(rd, 256<<10)
	if format == FormatAuto {
		format = sniff(br)
	}
	max := r.opts.maxBytes()
	if format != FormatJSONL && size > max {
		r.emitErr(entente.Document{Origin: origin}, inputErr(origin, ErrTooLarge, tooLargeDetail(size, max), nil))
		return
	}
	switch format {
	case FormatJSONL:
		r.jsonl(origin, br)
	case FormatJSON:
		r.json(origin, br)
	case FormatText:
		r.text(origin, br)
	case FormatHTML:
		r.html(origin, br, "", "")
	case FormatFeed:
		r.feedStream(origin, br, "")
	default:
		r.emitErr(entente.Document{Origin: origin}, inputErr(origin, ErrUnreadable, "", fmt.Errorf("unknown format %q (want auto, text, jsonl, json, html or feed)", format)))
	}
}

// readLimited reads a whole stream of at most max bytes. A longer one gives
// an ErrTooLarge error naming origin.
func readLimited(origin string, rd io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(rd, max+1))
	if err != nil {
		return nil, inputErr(origin, ErrUnreadable, "", err)
	}
	if int64(len(b)) > max {
		// Count the rest, up to a bound, so the message says how big the
		// input was without reading a runaway stream to its end.
		n, _ := io.Copy(io.Discard, io.LimitReader(rd, 64*max))
		total := int64(len(b)) + n
		if n == 64*max {
			return nil, inputErr(origin, ErrTooLarge, fmt.Sprintf("more than %d bytes exceeds the %s limit", total, sizeText(max)), nil)
		}
		return nil, inputErr(origin, ErrTooLarge, tooLargeDetail(total, max), nil)
	}
	return b, nil
}

func tooLargeDetail(size, max int64) string {
	return fmt.Sprintf("%d bytes exceeds the %s limit", size, sizeText(max))
}

// text reads a plain text stream: the whole of it is one document.
func (r *reader) text(origin string, br *bufio.Reader) {
	doc := entente.Document{Origin: origin}
	b, err := readLimited(origin, br, r.opts.maxBytes())
	if err == nil {
		b = bytes.TrimPrefix(b, utf8BOM)
		err = checkText(origin, b)
	}
	if err != nil {
		r.emitErr(doc, err)
		return
	}
	doc.Text = string(b)
	r.emitDoc(doc)
}

// formatOfName returns the format a file name's extension stands for, or
// "" when it names none.
func formatOfName(name string) string {
	ext := strings.ToLower(filepath.Ext(name))
	if ext == ".gz" {
		name = strings.TrimSuffix(name, filepath.Ext(name))
		ext = strings.ToLower(filepath.Ext(name))
	}
	switch ext {
	case ".txt", ".text":
		return FormatText
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".json":
		return FormatJSON
	case ".xml", ".rss", ".atom":
		return FormatFeed
	}
	return ""
}

// sniff guesses a stream's format from its first bytes: JSON lines, a
// feed, an HTML page or plain text.
func sniff(br *bufio.Reader) string {
	head, _ := br.Peek(4096)
	return sniffBytes(head)
}

func sniffBytes(head []byte) string {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
	if len(h) == 0 {
		return FormatText
	}
	lower := bytes.ToLower(h)
	switch h[0] {
	case '{':
		if bytes.Contains(lower, []byte("jsonfeed.org/version")) {
			return FormatFeed
		}
		return FormatJSONL
	case '[':
		return FormatJSON
	case '<':
		if isFeedHead(lower) {
			return FormatFeed
		}
		return FormatHTML
	}
	return FormatText
}

// isFeedHead says whether the lower-cased start of an XML document is an
// RSS, RDF or Atom feed.
func isFeedHead(lower []byte) bool {
	for _, tag := range [][]byte{[]byte("<rss"), []byte("<feed"), []byte("<rdf:rdf"), []byte("<channel")} {
		if i := bytes.Index(lower, tag); i >= 0 {
			// Only before the first HTML-ish body: a page that quotes a
			// feed in its text is still a page.
			if j := bytes.Index(lower, []byte("<html")); j < 0 || i < j {
				return true
			}
		}
	}
	return false
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// unwrapPathErr drops the path from *fs.PathError: the InputError already
// names it.
func unwrapPathErr(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

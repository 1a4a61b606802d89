package ingest

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/entente/entente"
)

// jsonl reads one document per line. A bad line (malformed JSON, invalid
// UTF-8, too long, no text) is one error item naming "origin:line", and
// the next lines are still read.
func (r *reader) jsonl(origin string, br *bufio.Reader) {
	lr := newLineReader(br, r.opts.maxBytes())
	for r.ctx.Err() == nil {
		line, tooLong, err := lr.next()
		if err == io.EOF {
			return
		}
		where := origin + ":" + strconv.Itoa(lr.n)
		if err != nil {
			r.emitErr(entente.Document{Origin: where}, inputErr(where, ErrUnreadable, "", err))
			return
		}
		if tooLong > 0 {
			r.emitErr(entente.Document{Origin: where}, inputErr(where, ErrTooLarge, fmt.Sprintf("line of %d bytes exceeds the %s limit", tooLong, sizeText(r.opts.maxBytes())), nil))
			continue
		}
		if lr.n == 1 {
			line = bytes.TrimPrefix(line, utf8BOM)
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if !utf8.Valid(line) {
			r.emitErr(entente.Document{Origin: where}, inputErr(where, ErrInvalidUTF8, fmt.Sprintf("at byte %d", invalidUTF8At(line)), nil))
			continue
		}
		doc, err := decodeRecord(where, line)
		if err != nil {
			r.emitErr(doc, err)
			continue
		}
		r.emitDoc(doc)
	}
}

package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"unicode/utf8"

	"github.com/entente/entente"
)

// json reads a .json file: a JSON Feed, an array of documents, one
// (possibly pretty-printed) document, or JSON lines under a .json name.
func (r *reader) json(origin string, br *bufio.Reader) {
	b, err := readLimited(origin, br, r.opts.maxBytes())
	if err == nil {
		b = bytes.TrimPrefix(b, utf8BOM)
		err = checkText(origin, b)
	}
	if err != nil {
		r.emitErr(entente.Document{Origin: origin}, err)
		return
	}
	trimmed := bytes.TrimSpace(b)
	switch {
	case sniffBytes(trimmed[:min(len(trimmed), 4096)]) == FormatFeed:
		r.feedBytes(origin, b, "")
	case trimmed[0] == '[':
		r.jsonArray(origin, trimmed)
	case json.Valid(trimmed):
		doc, err := decodeRecord(origin, trimmed)
		if err != nil {
			r.emitErr(doc, err)
			return
		}
		r.emitDoc(doc)
	default:
		r.jsonl(origin, bufio.NewReader(bytes.NewReader(b)))
	}
}

// jsonArray reads a JSON array of documents; element i is "origin[i]".
func (r *reader) jsonArray(origin string, b []byte) {
	var elems []json.RawMessage
	if err := json.Unmarshal(b, &elems); err != nil {
		r.emitErr(entente.Document{Origin: origin}, inputErr(origin, ErrMalformed, "", jsonErr(err)))
		return
	}
	for i, e := range elems {
		if r.ctx.Err() != nil {
			return
		}
		where := fmt.Sprintf("%s[%d]", origin, i)
		if !utf8.Valid(e) {
			r.emitErr(entente.Document{Origin: where}, inputErr(where, ErrInvalidUTF8, "", nil))
			continue
		}
		doc, err := decodeRecord(where, e)
		if err != nil {
			r.emitErr(doc, err)
			continue
		}
		r.emitDoc(doc)
	}
}

package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/entente/entente"
)

// record is one input document as JSON: {"id","url","title","outlet",
// "published","text"} or with "html" in place of "text". "date" is read as
// "published" because public corpora name it so.
type record struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Title     string          `json:"title"`
	Outlet    string          `json:"outlet"`
	Author    string          `json:"author"`
	Published string          `json:"published"`
	Date      string          `json:"date"`
	Lang      string          `json:"lang"`
	Text      *string         `json:"text"`
	HTML      *string         `json:"html"`
}

// decodeRecord turns one JSON object into a document. The document keeps
// the input's id; one without gets DocID after its text is known.
func decodeRecord(origin string, b []byte) (entente.Document, error) {
	var rec record
	fail := entente.Document{Origin: origin}
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&rec); err != nil {
		return fail, inputErr(origin, ErrMalformed, "", jsonErr(err))
	}
	if dec.More() {
		return fail, inputErr(origin, ErrMalformed, "", fmt.Errorf("more than one JSON value"))
	}
	id, err := recordID(rec.ID)
	if err != nil {
		return fail, inputErr(origin, ErrMalformed, "", err)
	}
	doc := entente.Document{
		ID:     id,
		URL:    strings.TrimSpace(rec.URL),
		Title:  strings.TrimSpace(rec.Title),
		Outlet: strings.TrimSpace(rec.Outlet),
		Author: strings.TrimSpace(rec.Author),
		Lang:   strings.TrimSpace(rec.Lang),
		Origin: origin,
	}
	pub := rec.Published
	if pub == "" {
		pub = rec.Date
	}
	doc.Published = NormalizeDate(pub)
	switch {
	case rec.Text != nil && strings.TrimSpace(*rec.Text) != "":
		doc.Text = *rec.Text
	case rec.HTML != nil && strings.TrimSpace(*rec.HTML) != "":
		doc.HTML = *rec.HTML
	case doc.URL == "":
		return doc, inputErr(origin, ErrNoText, `no "text" or "html"`, nil)
	}
	return doc, nil
}

// recordID accepts ids written as strings or numbers.
func recordID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return "", nil
	}
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("id: %w", err)
		}
		return strings.TrimSpace(s), nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err != nil {
		return "", fmt.Errorf("id must be a string or a number, not %s", abbreviate(string(raw), 40))
	}
	return n.String(), nil
}

// jsonErr makes encoding/json's errors readable for a person looking at a
// corpus line.
func jsonErr(err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Errorf("invalid JSON at byte %d: %v", se.Offset, se)
	case errors.As(err, &te):
		return fmt.Errorf("field %q: %v", te.Field, te)
	case err.Error() == "unexpected EOF":
		return fmt.Errorf("invalid JSON: truncated")
	}
	return fmt.Errorf("invalid JSON: %w", err)
}

func abbreviate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

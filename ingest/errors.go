package ingest

import (
	"errors"
	"fmt"
)

// Reasons why an input was skipped. Item.Err wraps one of them (test with
// errors.Is), so that callers and Summary can count skips by reason.
var (
	ErrEmpty       = errors.New("empty")
	ErrBinary      = errors.New("binary content")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrTooLarge    = errors.New("too large")
	ErrMalformed   = errors.New("malformed")
	ErrNoText      = errors.New("no text")
	ErrUnreadable  = errors.New("unreadable")
	ErrFetch       = errors.New("fetch failed")
	ErrNotEnglish  = errors.New("not English")
	ErrDuplicate   = errors.New("duplicate")
)

var reasons = []error{ErrEmpty, ErrBinary, ErrInvalidUTF8, ErrTooLarge, ErrMalformed, ErrNoText, ErrUnreadable, ErrFetch, ErrNotEnglish, ErrDuplicate}

// InputError is the error of an Item: which input (file, file:line, URL)
// and what is wrong with it.
type InputError struct {
	Origin string // "corpus.jsonl:12", "dir/a.txt", "https://…"
	Reason error  // one of the Err… values above
	Detail string // human detail, e.g. "NUL at byte 12"
	Err    error  // underlying error, if any
}

func (e *InputError) Error() string {
	msg := e.Origin + ": " + e.Reason.Error()
	if e.Detail != "" {
		msg += " (" + e.Detail + ")"
	}
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

// Unwrap lets errors.Is see both the reason and the underlying error.
func (e *InputError) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Reason}
	}
	return []error{e.Reason, e.Err}
}

func inputErr(origin string, reason error, detail string, err error) *InputError {
	return &InputError{Origin: origin, Reason: reason, Detail: detail, Err: err}
}

// ReasonOf returns the reason an item error stands for ("binary content",
// "too large", …), or "error" for errors that are not InputErrors.
func ReasonOf(err error) string {
	var ie *InputError
	if errors.As(err, &ie) && ie.Reason != nil {
		return ie.Reason.Error()
	}
	for _, r := range reasons {
		if errors.Is(err, r) {
			return r.Error()
		}
	}
	return "error"
}

func sizeText(n int64) string {
	const mb = 1 << 20
	if n%mb == 0 {
		return fmt.Sprintf("%d MB", n/mb)
	}
	if n >= mb {
		return fmt.Sprintf("%.1f MB", float64(n)/mb)
	}
	return fmt.Sprintf("%d bytes", n)
}

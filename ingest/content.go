package ingest

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// utf8BOM is stripped from the start of text files and JSONL lines.
var utf8BOM = []byte{0xef, 0xbb, 0xbf}

// checkText says why b cannot be a document's text: empty, binary (a NUL
// byte, or mostly control characters) or not UTF-8. The error is an
// InputError naming origin.
func checkText(origin string, b []byte) error {
	if len(bytes.TrimSpace(b)) == 0 {
		return inputErr(origin, ErrEmpty, "", nil)
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return inputErr(origin, ErrBinary, fmt.Sprintf("NUL at byte %d", i), nil)
	}
	if !utf8.Valid(b) {
		return inputErr(origin, ErrInvalidUTF8, fmt.Sprintf("at byte %d", invalidUTF8At(b)), nil)
	}
	if n := controlBytes(b); n*10 > len(b) {
		return inputErr(origin, ErrBinary, fmt.Sprintf("%d of %d bytes are control characters", n, len(b)), nil)
	}
	return nil
}

// invalidUTF8At returns the offset of the first byte that is not part of
// a valid UTF-8 sequence.
func invalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// controlBytes counts ASCII control characters other than the white space
// that text legitimately holds; a file of mostly these is not text.
func controlBytes(b []byte) int {
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' || c == 0x7f {
			n++
		}
	}
	return n
}

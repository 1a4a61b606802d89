package text

import "unicode/utf8"

// FoldRune maps a rune to the form used for matching: typographic quotes,
// dashes and spaces become their ASCII counterparts and Latin letters lose
// their diacritics, so that "Türkiye", "Turkiye" and "Secretary‑General"
// match the lexicon's spellings. Case is kept: case rules are the
// matcher's business.
func FoldRune(r rune) rune {
	if r < 0x80 {
		return r
	}
	switch r {
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4', '\u0060':
		return '\''
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u00ad':
		return '-'
	case '\u00a0', '\u2002', '\u2003', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000':
		return ' '
	}
	switch r { // Latin Extended-B letters of Romanian
	case '\u0218', '\u015e':
		return 'S'
	case '\u0219', '\u015f':
		return 's'
	case '\u021a', '\u0162':
		return 'T'
	case '\u021b', '\u0163':
		return 't'
	}
	if r >= 0xc0 && r <= 0x17f {
		if f := latinFold[r-0xc0]; f != 0 {
			return rune(f)
		}
	}
	return r
}

// latinFold strips diacritics from Latin-1 Supplement and Latin Extended-A
// letters; zero means "keep the rune".
var latinFold = func() (t [0x17f - 0xc0 + 1]byte) {
	const (
		l1 = "AAAAAAACEEEEIIII" + "DNOOOOO\x00OUUUUYTs" + "aaaaaaaceeeeiiii" + "dnooooo\x00ouuuuyty"
		la = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi\x00\x00JjKkkLlLlLlLlLlNnNnNnnNnOoOoOo\x00\x00RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs"
	)
	copy(t[:], l1)
	copy(t[0x100-0xc0:], la)
	return t
}()

// Fold returns s with every rune folded by FoldRune. It returns s itself,
// without allocating, when nothing changes.
func Fold(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return foldFrom(s, i)
		}
	}
	return s
}

func foldFrom(s string, i int) string {
	changed := false
	for j := i; j < len(s); {
		r, n := utf8.DecodeRuneInString(s[j:])
		if FoldRune(r) != r {
			changed = true
			break
		}
		j += n
	}
	if !changed {
		return s
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	for _, r := range s[i:] {
		b = utf8.AppendRune(b, FoldRune(r))
	}
	return string(b)
}

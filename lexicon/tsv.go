package lexicon

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"
)

// record is one data line of a TSV file, with its position for errors.
type record struct {
	file   string
	line   int
	index  map[string]int // column name → position, shared by a file's records
	fields []string
}

func (r record) get(col string) string {
	if i, ok := r.index[col]; ok && i < len(r.fields) {
		return r.fields[i]
	}
	return ""
}

func (r record) list(col string) []string {
	v := r.get(col)
	if v == "" {
		return nil
	}
	parts := strings.Split(v, "|")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (r record) errorf(format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", r.file, r.line, fmt.Sprintf(format, args...))
}

// readTSV reads a file of the format lexicon/data/README.md describes:
// comments, a header line, then tab-separated records whose required
// columns must be present.
func readTSV(fsys fs.FS, name string, required ...string) ([]record, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	var header []string
	var index map[string]int
	var out []record
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if header == nil {
			header = cols
			index = make(map[string]int, len(cols))
			for i, c := range cols {
				index[c] = i
			}
			for _, req := range required {
				if !contains(header, req) {
					return nil, fmt.Errorf("%s:%d: header lacks column %q", name, n, req)
				}
			}
			continue
		}
		if len(cols) > len(header) {
			return nil, fmt.Errorf("%s:%d: %d fields, header has %d", name, n, len(cols), len(header))
		}
		for i, c := range cols {
			cols[i] = strings.TrimSpace(c)
		}
		rec := record{file: name, line: n, index: index, fields: cols}
		for _, req := range required {
			if rec.get(req) == "" {
				return nil, rec.errorf("empty %s", req)
			}
		}
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lexicon: reading %s: %w", name, err)
	}
	return out, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

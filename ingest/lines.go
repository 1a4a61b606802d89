package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// lineReader reads lines of any length up to a limit without holding more
// than the limit in memory: a longer line is skipped, and reported with its
// length, and reading goes on with the next line.
type lineReader struct {
	br    *bufio.Reader
	limit int64
	buf   []byte
	n     int // number of the line last read, from 1
}

func newLineReader(r io.Reader, limit int64) *lineReader {
	return &lineReader{br: bufio.NewReaderSize(r, 256<<10), limit: limit}
}

// next returns the next line without its line ending. tooLong > 0 means
// the line was longer than the limit: line is nil and tooLong is its
// length. At the end it returns io.EOF.
func (l *lineReader) next() (line []byte, tooLong int64, err error) {
	l.buf = l.buf[:0]
	var size int64
	over := false
	for {
		frag, err := l.br.ReadSlice('\n')
		size += int64(len(frag))
		if !over {
			if size > l.limit+2 { // +2: the line ending is not content
				over = true
				l.buf = l.buf[:0]
			} else {
				l.buf = append(l.buf, frag...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && err != io.EOF {
			return nil, 0, err
		}
		if size == 0 && err == io.EOF {
			return nil, 0, io.EOF
		}
		l.n++
		if over {
			if len(frag) > 0 && frag[len(frag)-1] == '\n' {
				size-- // the line ending is not part of the line
			}
			return nil, size, nil
		}
		line = bytes.TrimRight(l.buf, "\r\n")
		if int64(len(line)) > l.limit {
			return nil, int64(len(line)), nil
		}
		return line, 0, nil
	}
}

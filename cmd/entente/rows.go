package main

import (
	"bufio"
	"fmt"
	"io"

	"github.com/entente/entente/export"
)

// rowWriter is an export writer of stored rows (events or quotes).
type rowWriter[T any] interface {
	Write(T) error
	Flush() error
}

// exportRows writes every row query yields through an export writer.
func exportRows[T any](w rowWriter[T], query func(func(T) error) error) error {
	if err := query(w.Write); err != nil {
		return err
	}
	return w.Flush()
}

// listRows prints every row query yields as a text block, and says when
// there was none or when --limit cut the list short.
func listRows[T any](out io.Writer, noun string, limit int, query func(func(T) error) error, block func(io.Writer, T) error) error {
	n := 0
	err := query(func(row T) error {
		n++
		return block(out, row)
	})
	if err != nil {
		return err
	}
	if n == 0 {
		fmt.Fprintln(out, "no "+noun)
	} else if limit > 0 && n == limit {
		fmt.Fprintf(out, "(first %d; --limit 0 for all)\n", n)
	}
	return nil
}

// rowListing is what "entente events" and "entente quotes" share: rows
// from a store query, printed as text blocks or exported.
type rowListing[T any, W rowWriter[T]] struct {
	noun      string
	query     func(func(T) error) error
	newWriter func(io.Writer, export.Format) (W, error)
	block     func(io.Writer, T) error
}

// write prints the rows in format ("table", "csv" or "jsonl").
func (l rowListing[T, W]) write(stdout io.Writer, format string, limit int) error {
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	if format == "table" {
		return listRows(out, l.noun, limit, l.query, l.block)
	}
	w, err := l.newWriter(out, export.Format(format))
	if err != nil {
		return err
	}
	return exportRows[T](w, l.query)
}

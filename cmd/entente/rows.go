package main

import (
	"fmt"
	"io"
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

package main

import (
	"io"

	"github.com/entente/entente"
)

// gdeltWriter writes GDELT 2.0 event rows; filled in by the export package.
type gdeltWriter struct{ w io.Writer }

func newGDELTWriter(w io.Writer) *gdeltWriter { return &gdeltWriter{w: w} }

func (g *gdeltWriter) write(x entente.Extraction) error { return nil }

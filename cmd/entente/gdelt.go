package main

import (
	"io"

	"github.com/entente/entente"
	"github.com/entente/entente/export"
)

// gdeltWriter writes the events of each extraction as GDELT 2.0 event
// rows (61 tab-separated columns).
type gdeltWriter struct{ g *export.GDELTWriter }

func newGDELTWriter(w io.Writer) *gdeltWriter { return &gdeltWriter{g: export.NewGDELTWriter(w)} }

func (g *gdeltWriter) write(x entente.Extraction) error {
	if err := g.g.WriteExtraction(x); err != nil {
		return err
	}
	return g.g.Flush()
}

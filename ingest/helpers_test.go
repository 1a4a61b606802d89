package ingest

import (
	"bytes"
	"compress/gzip"
	"testing"

	"github.com/entente/entente"
)

func ententeDoc(text string) entente.Document { return entente.Document{Text: text} }

func writeGz(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	zw.Close()
	return writeFile(t, dir, name, b.Bytes())
}

func ententeURLDoc(u string) entente.Document { return entente.Document{URL: u} }

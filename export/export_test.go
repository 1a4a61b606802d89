package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente"
)

func TestGDELTColumnsMatchSchema(t *testing.T) {
	const schema = "../../shared/data/reference/gdelt-schema/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"
	f, err := os.Open(schema)
	if err != nil {
		t.Skip("shared data not present:", err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range recs[1:] {
		names = append(names, r[0])
	}
	if strings.Join(names, ",") != strings.Join(GDELTColumns, ",") {
		t.Fatalf("columns differ from the GDELT schema:\n%v\n%v", names, GDELTColumns)
	}
}

func TestGDELTRowOfExtraction(t *testing.T) {
	x := entente.Extraction{
		Doc: entente.DocInfo{ID: "01", Published: "2025-03-01"},
		Actors: []entente.Actor{
			{ID: "NATO", Kind: entente.KindIGO, Name: "NATO"},
			{ID: "TUR", Kind: entente.KindState, Name: "Turkey"},
		},
		Events: []entente.Event{
			{Source: "NATO", Target: "TUR", Type: entente.Request, CAMEO: "02", Start: 10},
			{Source: "TUR", Target: "NATO", Type: entente.Threaten, SourceSector: "MIL", Date: "2025-02-27",
				Start: 900},
		},
	}
	var buf bytes.Buffer
	g := NewGDELTWriter(&buf)
	if err := g.WriteExtraction(x); err != nil {
		t.Fatal(err)
	}
	if err := g.Flush(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d rows, want 2", len(lines))
	}
	col := func(row []string, name string) string {
		for i, c := range GDELTColumns {
			if c == name {
				return row[i]
			}
		}
		t.Fatalf("no column %s", name)
		return ""
	}
	r1 := strings.Split(lines[0], "\t")
	r2 := strings.Split(lines[1], "\t")
	if len(r1) != 61 || len(r2) != 61 {
		t.Fatalf("rows of %d and %d fields, want 61", len(r1), len(r2))
	}
	checks := []struct{ got, want string }{
		{col(r1, "GLOBALEVENTID"), "1"},
		{col(r1, "SQLDATE"), "20250301"},
		{col(r1, "MonthYear"), "202503"},
		{col(r1, "FractionDate"), "2025.2493"},
		{col(r1, "Actor1Code"), "NATO"},
		{col(r1, "Actor1KnownGroupCode"), "NATO"},
		{col(r1, "Actor2Name"), "TURKEY"},
		{col(r1, "Actor2CountryCode"), "TUR"},
		{col(r1, "IsRootEvent"), "1"},
		{col(r1, "EventCode"), "020"},
		{col(r1, "EventRootCode"), "02"},
		{col(r1, "QuadClass"), "1"}, // CAMEO's quad for appeals, as in GDELT
		{col(r1, "GoldsteinScale"), "3.0"},
		{col(r1, "DATEADDED"), "20250301000000"},
		{col(r1, "SOURCEURL"), "01"},
		{col(r2, "GLOBALEVENTID"), "2"},
		{col(r2, "SQLDATE"), "20250227"},
		{col(r2, "Actor1Code"), "TURMIL"},
		{col(r2, "Actor1Type1Code"), "MIL"},
		{col(r2, "IsRootEvent"), "0"},
		{col(r2, "EventCode"), "130"},
		{col(r2, "QuadClass"), "3"},
		{col(r2, "GoldsteinScale"), "-4.4"},
	}
	for i, c := range checks {
		if c.got != c.want {
			t.Errorf("check %d: got %q, want %q", i, c.got, c.want)
		}
	}
}

func TestEventWriters(t *testing.T) {
	se := entente.StoredEvent{ID: 7, Day: "2025-01-10", DocID: "d1", URL: "https://x.example/1",
		IngestedAt: time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC),
		Event: entente.Event{Source: "TUR", Target: "EU", Type: entente.Consult, Quad: 1, Score: 2.5,
			Sentence: "Ankara and Brussels met,\n\"again\"."}}
	var buf bytes.Buffer
	w, err := NewEventWriter(&buf, CSV)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(se); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil || len(recs) != 2 || len(recs[1]) != len(EventColumns) || recs[1][18] != se.Event.Sentence {
		t.Fatalf("csv = %q, %v", recs, err)
	}
	buf.Reset()
	w, _ = NewEventWriter(&buf, JSONL)
	w.Write(se)
	w.Flush()
	var row EventRow
	if err := json.Unmarshal(buf.Bytes(), &row); err != nil || row.URL != se.URL || row.Type != "CONSULT" {
		t.Fatalf("jsonl = %s, %v", buf.String(), err)
	}
	buf.Reset()
	w, _ = NewEventWriter(&buf, GDELT)
	w.Write(se)
	w.Flush()
	f := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\t")
	if len(f) != 61 || f[0] != "7" || f[59] != "20250301120000" || f[60] != se.URL {
		t.Fatalf("gdelt = %q", f)
	}
}

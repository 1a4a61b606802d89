package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/entente/entente"
	"github.com/entente/entente/store/sqlite"
	"github.com/entente/entente/store/storetest"
)

const reutersPath = "../../../shared/data/news/reuters21578.jsonl"

func dbCounts(t testing.TB, path string) entente.Counts {
	t.Helper()
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	c, err := st.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestIngestBadInputIsReportedAndTheRestStored(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	var corpus bytes.Buffer
	for i := 1; i <= 6; i++ {
		switch i {
		case 3: // truncated in the middle of a line
			corpus.WriteString(`{"id": "c3", "text": "The Turkish foreign minis` + "\n")
		case 5: // invalid UTF-8 inside the text
			corpus.WriteString(`{"id": "c5", "text": "Ankara said ` + "\xff\xfe" + ` it would talk."}` + "\n")
		default:
			fmt.Fprintf(&corpus, `{"id": "c%d", "published": "2025-01-0%d", "text": "Turkish Foreign Minister Hakan Fidan met NATO Secretary General Mark Rutte in Ankara on day %d."}`+"\n", i, i, i)
		}
	}
	writeFile(t, in, "corpus.jsonl", corpus.Bytes())
	writeFile(t, in, "photo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"))
	big := bytes.Repeat([]byte("Greece and Cyprus urged the EU to act. "), 50<<20/39+1)
	writeFile(t, in, "huge.txt", big)
	writeFile(t, in, "note.txt", []byte("The EU and Turkey agreed to resume talks."))
	db := filepath.Join(dir, "e.db")

	_, errs, code := runCLI(t, "", "ingest", "--db", db, in)
	if code != exitSkipped {
		t.Fatalf("exit %d, want %d (skipped): %s", code, exitSkipped, errs)
	}
	for _, want := range []string{"corpus.jsonl:3", "corpus.jsonl:5", "photo.txt", "huge.txt"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr does not name %s:\n%s", want, errs)
		}
	}
	c := dbCounts(t, db)
	if c.Documents != 5 { // c1 c2 c4 c6 and note.txt
		t.Fatalf("stored %d documents, want 5; stderr:\n%s", c.Documents, errs)
	}
	// Again: nothing added, and the bad input is still reported.
	_, errs, code = runCLI(t, "", "ingest", "--db", db, in)
	if code != exitSkipped || !strings.Contains(errs, "5 already stored") {
		t.Fatalf("second run: exit %d:\n%s", code, errs)
	}
	if again := dbCounts(t, db); again != c {
		t.Fatalf("counts changed on re-ingest: %+v then %+v", c, again)
	}
}

func TestIngestReutersTwiceSameCounts(t *testing.T) {
	if _, err := os.Stat(reutersPath); err != nil {
		t.Skip("shared data not present")
	}
	if testing.Short() {
		t.Skip("ingests 19,779 articles twice")
	}
	db := filepath.Join(t.TempDir(), "r.db")
	_, errs, code := runCLI(t, "", "ingest", "--db", db, reutersPath)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	first := dbCounts(t, db)
	if first.Documents != 19779 {
		t.Fatalf("documents %d, want 19779", first.Documents)
	}
	_, errs, code = runCLI(t, "", "ingest", "--db", db, reutersPath)
	if code != exitOK || !strings.Contains(errs, "19779 already stored") {
		t.Fatalf("second run: exit %d: %s", code, errs)
	}
	if second := dbCounts(t, db); second != first {
		t.Fatalf("counts after second ingest %+v, after first %+v", second, first)
	}
	t.Logf("counts after each run: %+v", first)
}

// TestIngestKilledMidwayCompletesOnRerun kills `entente ingest` with
// SIGKILL while it writes, runs it again, and compares the result with an
// uninterrupted run. The ingest runs in a child process: this test binary
// started again as the entente command (see TestHelperEntente).
func TestIngestKilledMidwayCompletesOnRerun(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	dir := t.TempDir()
	corpus := reutersPath
	if _, err := os.Stat(corpus); err != nil {
		corpus = writeGeneratedCorpus(t, dir, 20000)
	}
	entente := func(args ...string) *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperEntente$")
		cmd.Env = append(os.Environ(), "ENTENTE_HELPER_ARGS="+strings.Join(args, "\x1f"))
		return cmd
	}
	clean := filepath.Join(dir, "clean.db")
	if out, err := entente("ingest", "--db", clean, corpus).CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted ingest: %v\n%s", err, out)
	}
	want := dbCounts(t, clean)

	killed := filepath.Join(dir, "killed.db")
	cmd := entente("ingest", "--db", killed, corpus)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
		if docsIn(killed) >= want.Documents/4 {
			break
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	at := docsIn(killed)
	if at <= 0 || at >= want.Documents {
		t.Fatalf("killed with %d of %d documents stored: not midway", at, want.Documents)
	}
	if out, err := entente("ingest", "--db", killed, corpus).CombinedOutput(); err != nil {
		t.Fatalf("re-run: %v\n%s", err, out)
	}
	if got := dbCounts(t, killed); got != want {
		t.Fatalf("after SIGKILL at %d documents and a re-run: %+v\nuninterrupted: %+v", at, got, want)
	}
	t.Logf("killed at %d of %d documents; after the re-run, as uninterrupted: %+v", at, want.Documents, want)
}

func docsIn(path string) int {
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		return 0
	}
	defer st.Close()
	c, _ := st.Counts(context.Background())
	return c.Documents
}

// TestHelperEntente runs the entente command with the arguments in
// ENTENTE_HELPER_ARGS, as a child process of another test.
func TestHelperEntente(t *testing.T) {
	args := os.Getenv("ENTENTE_HELPER_ARGS")
	if args == "" {
		t.Skip("helper process for TestIngestKilledMidwayCompletesOnRerun")
	}
	os.Exit(run(strings.Split(args, "\x1f"), os.Stdin, os.Stdout, os.Stderr))
}

func writeGeneratedCorpus(t *testing.T, dir string, n int) string {
	t.Helper()
	docs := storetest.Corpus(11, n, 4, storetest.Actors(20), time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), 365)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, d := range docs {
		enc.Encode(map[string]string{"id": d.ID, "published": d.Published, "outlet": d.Outlet,
			"text": "Turkey and Greece held talks. " + strings.ReplaceAll(d.Text, "\n", " ")})
	}
	return writeFile(t, dir, "gen.jsonl", b.Bytes())
}

// scriptedDB stores the hand-made events of the relations tests through the
// store directly, so that the query commands have events to show whatever
// the extractor finds.
func scriptedDB(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "q.db")
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var recs []entente.Extraction
	for _, d := range []entente.Document{
		{ID: "d1", URL: "https://news.example/1", Outlet: "Reuters", Published: "2025-01-10",
			Text: "TUR CONSULT EU\nEU SANCTION TUR\nTUR REQUEST EU hyp\nquote TUR we are defining our position\n"},
		{ID: "d2", URL: "https://news.example/2", Outlet: "AP", Published: "2025-01-20",
			Text: "TUR AGREE EU\nTUR AGREE EU\nEU ACCUSE TUR neg\nGRC COOPERATE CYP\nCYP SUPPORT GRC\n"},
		{ID: "d3", URL: "https://news.example/3", Outlet: "Reuters", Published: "2025-02-03",
			Text: "TUR THREATEN EU\nTUR AID UKR\nRUS ASSAULT UKR\nRUS ASSAULT UKR\nUKR ACCUSE RUS\n"},
	} {
		rec, err := storetest.Script{}.Extract(d)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, rec)
	}
	if _, err := st.Put(ctx, recs); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestQueryCommands(t *testing.T) {
	db := scriptedDB(t)
	cli := func(args ...string) string {
		t.Helper()
		out, errs, code := runCLI(t, "", append(args, "--db", db)...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, errs)
		}
		return out
	}

	out := cli("relations", "tur", "eu", "--by", "month", "--since", "2025-01", "--until", "2025-02")
	for _, want := range []string{"TUR – EU", "2025-01", "2025-02", "+1.5", "CONSULT 1", "total"} {
		if !strings.Contains(out, want) {
			t.Errorf("relations table lacks %q:\n%s", want, out)
		}
	}
	recs, err := csv.NewReader(strings.NewReader(cli("relations", "TUR", "EU", "--format", "csv"))).ReadAll()
	if err != nil || len(recs) != 3 || recs[1][0] != "2025-01" || recs[1][2] != "4" || recs[1][7] != "1.5" {
		t.Errorf("relations csv = %v, %v", recs, err)
	}
	var series struct {
		Points []struct {
			Events    int
			Documents int
		}
	}
	if err := json.Unmarshal([]byte(cli("relations", "TUR", "EU", "--format", "json", "--directed")), &series); err != nil ||
		len(series.Points) != 2 || series.Points[0].Events != 3 || series.Points[0].Documents != 2 {
		t.Errorf("relations json = %+v, %v", series, err)
	}

	out = cli("events", "--pair", "TUR,EU", "--type", "sanction")
	if !strings.Contains(out, "EU → TUR  SANCTION -6.0") || !strings.Contains(out, "EU SANCTION TUR") ||
		!strings.Contains(out, "https://news.example/1") {
		t.Errorf("events:\n%s", out)
	}
	out = cli("events", "--actor", "EU", "--grep", "accuse")
	if !strings.Contains(out, "NEGATED") {
		t.Errorf("negated event not marked:\n%s", out)
	}
	out = cli("quotes", "--actor", "TUR")
	if !strings.Contains(out, "we are defining our position") || !strings.Contains(out, "https://news.example/1") {
		t.Errorf("quotes:\n%s", out)
	}

	out = cli("blocs", "--min-events", "1")
	for _, want := range []string{"bloc 1", "CYP GRC", "tensions", "RUS – UKR"} {
		if !strings.Contains(out, want) {
			t.Errorf("blocs lacks %q:\n%s", want, out)
		}
	}

	out = cli("export", "--format", "gdelt")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 13 || len(strings.Split(lines[0], "\t")) != 61 {
		t.Errorf("gdelt export: %d lines; first %q", len(lines), lines[0])
	}
	out = cli("export", "--format", "csv", "--factual", "--since", "2025-02")
	recs, err = csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) != 6 || recs[0][0] != "id" {
		t.Errorf("csv export: %d rows, %v\n%s", len(recs), err, out)
	}
	out = cli("export", "--what", "quotes", "--format", "jsonl")
	if strings.Count(out, "\n") != 1 || !strings.Contains(out, `"speaker_actor":"TUR"`) {
		t.Errorf("quotes export:\n%s", out)
	}
}

func TestQueryCommandErrors(t *testing.T) {
	db := scriptedDB(t)
	for _, args := range [][]string{
		{"relations", "TUR", "EU", "--by", "fortnight"},
		{"relations", "TUR", "EU", "--since", "March"},
		{"relations", "TUR", "EU", "--since", "2025-03", "--until", "2025-01"},
		{"events", "--pair", "TUR"},
		{"events", "--type", "HUG"},
		{"export", "--format", "xml"},
		{"quotes", "--format", "gdelt"},
	} {
		_, errs, code := runCLI(t, "", append(args, "--db", db)...)
		if code != exitFailed || errs == "" {
			t.Errorf("%v: exit %d, stderr %q; want a usage error", args, code, errs)
		}
	}
	_, errs, code := runCLI(t, "", "relations", "TUR", "EU", "--db", filepath.Join(t.TempDir(), "none.db"))
	if code != exitFailed || !strings.Contains(errs, "no database") {
		t.Errorf("missing database: exit %d, %q", code, errs)
	}
}

// BenchmarkIngestReuters runs `entente ingest` on the 19,779 Reuters
// articles into a fresh SQLite file, in a child process so that its peak
// resident memory can be read: docs/s and peak-RSS-MB are the figures.
func BenchmarkIngestReuters(b *testing.B) {
	if _, err := os.Stat(reutersPath); err != nil {
		b.Skip("shared data not present")
	}
	var docs, peak int64
	var elapsed time.Duration
	for i := 0; i < b.N; i++ {
		db := filepath.Join(b.TempDir(), "bench.db")
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperEntente$")
		cmd.Env = append(os.Environ(), "ENTENTE_HELPER_ARGS="+strings.Join([]string{"ingest", "--db", db, reutersPath}, "\x1f"))
		start := time.Now()
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("ingest: %v\n%s", err, out)
		}
		elapsed += time.Since(start)
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			peak = max(peak, ru.Maxrss) // kilobytes on Linux
		}
		b.StopTimer()
		docs += int64(docsIn(db))
		b.StartTimer()
	}
	b.ReportMetric(float64(docs)/elapsed.Seconds(), "docs/s")
	b.ReportMetric(float64(peak)/1024, "peak-RSS-MB")
}

func TestActorsByNameOrID(t *testing.T) {
	db := scriptedDB(t)
	// The script extractor names actors by their ids; give one a name.
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	rec, _ := storetest.Script{}.Extract(entente.Document{ID: "n1", Published: "2025-03-01", Text: "GRC CONSULT CYP\n"})
	rec.Actors = append(rec.Actors, entente.Actor{ID: "person:kyriakos-mitsotakis", Kind: entente.KindPerson, Name: "Kyriakos Mitsotakis"})
	st.Put(context.Background(), []entente.Extraction{rec})
	st.Close()

	out, errs, code := runCLI(t, "", "events", "--db", db, "--actor", "ukr", "--type", "aid")
	if code != 0 || !strings.Contains(out, "TUR → UKR  AID") {
		t.Errorf("lower-case id: exit %d %s\n%s", code, errs, out)
	}
	out, errs, code = runCLI(t, "", "quotes", "--db", db, "--actor", "PERSON:Kyriakos-Mitsotakis")
	if code != 0 || !strings.Contains(out, "no quotes") {
		t.Errorf("person id in another case: exit %d %s\n%s", code, errs, out)
	}
	out, errs, code = runCLI(t, "", "events", "--db", db, "--actor", "mitsotakis")
	if code != 0 || !strings.Contains(out, "no events") {
		t.Errorf("part of a name: exit %d %s\n%s", code, errs, out)
	}
	_, errs, code = runCLI(t, "", "relations", "--db", db, "TURKEY", "EU")
	if code != exitFailed || !strings.Contains(errs, `no actor "TURKEY"`) {
		t.Errorf("unknown actor: exit %d %s", code, errs)
	}
}

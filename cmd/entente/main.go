// Command entente turns news into an evidence-backed map of international
// relations: actors, PLOVER events with the sentences that prove them, and
// quotes with their speakers.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

// Exit statuses.
const (
	exitOK      = 0
	exitSkipped = 1 // the run finished, but some input was skipped
	exitFailed  = 2 // the run could not be done (usage, I/O, database)
)

// errSkipped reports a run that finished with some input skipped; the
// skipped items were already reported on stderr.
var errSkipped = errors.New("some input was skipped")

// app holds what every command shares: the standard streams.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func newRootCmd(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:   "entente",
		Short: "Extract actors, events and quotes of international relations from news",
		Long: `entente reads news (plain text, HTML, feeds, JSONL corpora) and extracts who did
what to whom: states, organisations, armed groups and officials, PLOVER events
with negation, modality and the sentence that proves them, and quotes tied to
their speakers. It stores them in a SQLite file and answers with relation time
series and blocs.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.AddCommand(
		newExtractCmd(a),
		newIngestCmd(a),
		newRelationsCmd(a),
		newBlocsCmd(a),
		newEventsCmd(a),
		newQuotesCmd(a),
		newExportCmd(a),
	)
	return root
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := newRootCmd(a)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errSkipped):
		fmt.Fprintln(stderr, "entente:", err)
		return exitSkipped
	default:
		fmt.Fprintln(stderr, "entente:", err)
		return exitFailed
	}
}

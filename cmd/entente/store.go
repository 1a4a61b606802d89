package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/entente/entente"
	"github.com/entente/entente/store/sqlite"
)

// What the store commands (ingest, relations, blocs, events, quotes,
// export) share: where the database is, and the flags of time windows.

// dbEnv names the environment variable that sets the default database.
const dbEnv = "ENTENTE_DB"

func addDBFlag(cmd *cobra.Command, path *string) {
	def := os.Getenv(dbEnv)
	if def == "" {
		def = sqlite.DefaultPath
	}
	cmd.Flags().StringVar(path, "db", def, "SQLite database file ($"+dbEnv+" sets the default)")
}

// openStore opens the database; queries (create false) refuse to create
// an empty one where the user probably mistyped a path.
func openStore(ctx context.Context, path string, create bool) (*sqlite.Store, error) {
	if !create {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no database at %s: run `entente ingest` first, or give --db", path)
		}
	}
	return sqlite.Open(ctx, path)
}

type windowFlags struct{ since, until string }

func addWindowFlags(cmd *cobra.Command, w *windowFlags) {
	cmd.Flags().StringVar(&w.since, "since", "", "from this date: YYYY, YYYY-MM or YYYY-MM-DD")
	cmd.Flags().StringVar(&w.until, "until", "", "up to this date, included: YYYY, YYYY-MM or YYYY-MM-DD")
}

func (w windowFlags) window() (entente.Window, error) { return entente.ParseWindow(w.since, w.until) }

// parseTypes reads a comma-separated list of PLOVER types.
func parseTypes(s string) ([]entente.EventType, error) {
	var out []entente.EventType
	for _, f := range splitList(s) {
		t, err := entente.ParseEventType(f)
		if err != nil {
			return nil, fmt.Errorf("--type: %w", err)
		}
		out = append(out, t)
	}
	return out, nil
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// checkFormat validates a --format value.
func checkFormat(got string, allowed ...string) error {
	for _, a := range allowed {
		if got == a {
			return nil
		}
	}
	return fmt.Errorf("--format %q: want %s", got, strings.Join(allowed, ", "))
}

// orDash shows an empty field as a dash in tables.
func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// resolveActor finds the actor a user means: an id in any case ("tur"), or
// a name or part of one ("Turkey") when it points at one actor only.
func resolveActor(ctx context.Context, st entente.Store, s string) (string, error) {
	s = strings.TrimSpace(s)
	found, err := st.Actors(ctx, s, 8)
	if err != nil {
		return "", err
	}
	for _, a := range found {
		if strings.EqualFold(a.ID, s) {
			return a.ID, nil
		}
	}
	var named []entente.Actor
	for _, a := range found {
		if strings.EqualFold(a.Name, s) {
			named = append(named, a)
		}
	}
	switch {
	case len(named) == 1:
		return named[0].ID, nil
	case len(found) == 1:
		return found[0].ID, nil
	case len(found) == 0:
		return "", fmt.Errorf("no actor %q in the database", s)
	}
	names := make([]string, len(found))
	for i, a := range found {
		names[i] = a.ID + " (" + a.Name + ")"
	}
	return "", fmt.Errorf("%q could be %s: give the id", s, strings.Join(names, ", "))
}

package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/candor-ai/candor/provenance/auditlog"
)

// runAudit: audit verify --data-dir D recomputes the audit log and checks it
// against its signed checkpoint; exit 1 on any mismatch.
func runAudit(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "verify" {
		fmt.Fprintln(stderr, "usage: candor audit verify --data-dir D [--json]")
		return 2
	}
	fl := flag.NewFlagSet("audit verify", flag.ContinueOnError)
	fl.SetOutput(stderr)
	dataDir := fl.String("data-dir", "./var", "state directory")
	asJSON := fl.Bool("json", false, "print the report as JSON")
	if err := fl.Parse(args[1:]); err != nil {
		return 2
	}
	rep, err := auditlog.Verify(ctx, filepath.Join(*dataDir, "audit"))
	if err != nil {
		fmt.Fprintf(stderr, "candor audit verify: %v\n", err)
		if rep.Origin == "" { // nothing was read: no report to show
			return 1
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(rep)
	} else {
		fmt.Fprintf(stdout, "origin:   %s\nkey:      %s\ntree:     %d entries, root %s\nchecked:  %d entries\n",
			rep.Origin, rep.VerifierKey, rep.TreeSize, rep.Root, rep.EntriesChecked)
		if rep.Pending > 0 {
			fmt.Fprintf(stdout, "pending:  %d entries not yet covered by the checkpoint\n", rep.Pending)
		}
		for _, p := range rep.Problems {
			fmt.Fprintf(stdout, "PROBLEM:  %+v\n", p)
		}
		if rep.ProblemCount > len(rep.Problems) {
			fmt.Fprintf(stdout, "... and %d more problems\n", rep.ProblemCount-len(rep.Problems))
		}
	}
	if err != nil || !rep.OK() {
		fmt.Fprintf(stderr, "candor audit verify: FAILED: %d problems\n", rep.ProblemCount)
		return 1
	}
	fmt.Fprintln(stderr, "candor audit verify: OK")
	return 0
}

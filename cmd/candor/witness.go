package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/candor-ai/candor/provenance/witness"
)

// runWitness implements `candor witness --data-dir D --addr A --name N --log VKEY...`:
// a C2SP tlog-witness for candor audit logs run by another party.
func runWitness(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("witness", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dataDir := fs.String("data-dir", "./witness", "witness state and key")
	addr := fs.String("addr", "127.0.0.1:8090", "listen address")
	name := fs.String("name", "", "the witness's key name, e.g. witness.example.edu/audit (required on first start)")
	var logs listFlag
	fs.Var(&logs, "log", "a log to witness: its checkpoint verifier key (the data dir's audit/checkpoint.pub), or a file holding it; repeatable")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if len(logs) == 0 {
		fmt.Fprintln(stderr, "candor witness: give at least one --log VKEY")
		return 2
	}
	log := slog.New(slog.NewJSONHandler(stderr, nil))
	w, err := openWitness(*dataDir, *name, logs, log)
	if err != nil {
		fmt.Fprintln(stderr, "candor witness:", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "candor witness:", err)
		return 1
	}
	fmt.Fprintf(stdout, "candor witness listening on http://%s\nwitness key (give it to the log as audit.witnesses[].key): %s\n", ln.Addr(), w.VerifierKey())
	srv := &http.Server{Handler: w.Handler(), ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(stderr, "candor witness:", err)
		return 1
	}
	return 0
}

func openWitness(dataDir, name string, logs []string, log *slog.Logger) (*witness.Witness, error) {
	if err := prepareDataDir(dataDir, log); err != nil {
		return nil, err
	}
	nameFile := filepath.Join(dataDir, "name")
	if name == "" {
		b, err := os.ReadFile(nameFile)
		if err != nil {
			return nil, errors.New("--name is required on first start")
		}
		name = strings.TrimSpace(string(b))
	} else if err := os.WriteFile(nameFile, []byte(name+"\n"), 0o600); err != nil {
		return nil, err
	}
	var ls []witness.Log
	for _, l := range logs {
		vkey := l
		if b, err := os.ReadFile(l); err == nil {
			vkey = strings.TrimSpace(string(b))
		}
		origin, _, ok := strings.Cut(vkey, "+")
		if !ok {
			return nil, fmt.Errorf("--log %q: not a note verifier key", l)
		}
		ls = append(ls, witness.Log{Origin: origin, VerifierKey: vkey})
	}
	return witness.Open(witness.Config{Dir: dataDir, Name: name, Logs: ls, Logger: log})
}

package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/candor-ai/candor/internal/fsutil"
	"github.com/candor-ai/candor/provenance/auditlog"
)

// runAudit: audit verify --data-dir D recomputes the audit log and checks it
// against its signed checkpoint; exit 1 on any mismatch.
func runAudit(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	usageText := "usage: candor audit verify --data-dir D [--checkpoint FILE] [--json]\n" +
		"       candor audit fetch --url BASE --key KEY -o FILE [--log-key VKEY]\n" +
		"       candor audit receipt --data-dir D --index N -o FILE"
	if len(args) == 0 {
		fmt.Fprintln(stderr, usageText)
		return 2
	}
	switch args[0] {
	case "fetch":
		return auditFetch(ctx, args[1:], stdout, stderr)
	case "receipt":
		return auditReceipt(ctx, args[1:], stdout, stderr)
	case "verify":
	default:
		fmt.Fprintln(stderr, usageText)
		return 2
	}
	fl := flag.NewFlagSet("audit verify", flag.ContinueOnError)
	fl.SetOutput(stderr)
	dataDir := fl.String("data-dir", "./var", "state directory")
	asJSON := fl.Bool("json", false, "print the report as JSON")
	checkpoint := fl.String("checkpoint", "", "a checkpoint saved earlier (candor audit fetch): fail unless today's log is a consistent extension of it")
	if err := fl.Parse(args[1:]); err != nil {
		return 2
	}
	opts := auditlog.VerifyOptions{}
	if *checkpoint != "" {
		b, err := os.ReadFile(*checkpoint)
		if err != nil {
			fmt.Fprintf(stderr, "candor audit verify: %v\n", err)
			return 1
		}
		opts.Saved = b
	}
	rep, err := auditlog.VerifyWith(ctx, filepath.Join(*dataDir, "audit"), opts)
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
		if rep.Extension != nil {
			fmt.Fprintf(stdout, "extends:  the checkpoint of size %d saved earlier\n", rep.Extension.SavedSize)
		}
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

// auditFetch saves the gateway's current checkpoint; when FILE already
// holds one saved earlier, the new one is saved only if a consistency proof
// from the gateway shows it extends the old one.
func auditFetch(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("audit fetch", flag.ContinueOnError)
	fl.SetOutput(stderr)
	base := fl.String("url", "", "the gateway, e.g. http://127.0.0.1:8080")
	key := fl.String("key", "", "an API key with the audit role")
	out := fl.String("o", "", "checkpoint file (an earlier one there is checked first)")
	logKey := fl.String("log-key", "", "the log's note verifier key (default: trust the key of the first checkpoint saved)")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if *base == "" || *key == "" || *out == "" {
		fmt.Fprintln(stderr, "candor audit fetch: --url, --key and -o are required")
		return 2
	}
	fail := func(err error) int { fmt.Fprintln(stderr, "candor audit fetch:", err); return 1 }
	saved, _ := os.ReadFile(*out)
	from := uint64(0)
	if len(saved) > 0 {
		n, err := auditlog.CheckpointSize(saved)
		if err != nil {
			return fail(fmt.Errorf("%s is not a checkpoint: %w", *out, err))
		}
		from = n
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/v1/audit/consistency?from=%d", strings.TrimSuffix(*base, "/"), from), nil)
	if err != nil {
		return fail(err)
	}
	req.Header.Set("Authorization", "Bearer "+*key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fail(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if resp.StatusCode != http.StatusOK {
		return fail(fmt.Errorf("gateway answered %d: %s (a saved checkpoint larger than the log means a rollback)", resp.StatusCode, strings.TrimSpace(string(body))))
	}
	var cr struct {
		Hashes     []string `json:"hashes"`
		Checkpoint string   `json:"checkpoint"`
	}
	if err := json.Unmarshal(body, &cr); err != nil {
		return fail(err)
	}
	var hashes [][]byte
	for _, h := range cr.Hashes {
		b, err := base64.StdEncoding.DecodeString(h)
		if err != nil {
			return fail(err)
		}
		hashes = append(hashes, b)
	}
	vkey := *logKey
	if vkey == "" {
		if vkey, err = keyOf(ctx, *base, *key); err != nil {
			return fail(err)
		}
	}
	older := saved
	if len(older) == 0 {
		older = []byte(cr.Checkpoint)
	}
	cp, err := auditlog.VerifyConsistency(vkey, older, []byte(cr.Checkpoint), hashes)
	if err != nil {
		return fail(fmt.Errorf("the new checkpoint does not extend %s: %w", *out, err))
	}
	if err := fsutil.WriteAtomic(*out, []byte(cr.Checkpoint), 0o644); err != nil {
		return fail(err)
	}
	fmt.Fprintf(stdout, "saved checkpoint of size %d to %s (consistent with the one saved before)\n", cp.Size, *out)
	return 0
}

// keyOf fetches the log key from a receipt-less source: the gateway's
// checkpoint names its origin; the key comes with any receipt, so without
// --log-key the first fetch trusts the key the gateway's receipts carry.
func keyOf(ctx context.Context, base, key string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimSuffix(base, "/")+"/v1/audit/entries?limit=1", nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var page struct {
		Data []struct {
			Index uint64 `json:"index"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&page); err != nil || len(page.Data) == 0 {
		return "", errors.New("give --log-key (the data dir's audit/checkpoint.pub): the tenant has no entry whose receipt would carry it")
	}
	req, _ = http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/v1/audit/receipt?index=%d", strings.TrimSuffix(base, "/"), page.Data[0].Index), nil)
	req.Header.Set("Authorization", "Bearer "+key)
	resp2, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp2.Body.Close()
	var r auditlog.Receipt
	if err := json.NewDecoder(resp2.Body).Decode(&r); err != nil {
		return "", fmt.Errorf("receipt: %w", err)
	}
	return r.LogKey, nil
}

// auditReceipt writes one entry's offline receipt.
func auditReceipt(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("audit receipt", flag.ContinueOnError)
	fl.SetOutput(stderr)
	dataDir := fl.String("data-dir", "./var", "state directory")
	index := fl.Uint64("index", 0, "the entry's audit index (an image manifest's audit_index)")
	out := fl.String("o", "", "receipt file")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if *out == "" {
		fmt.Fprintln(stderr, "candor audit receipt: -o FILE is required")
		return 2
	}
	l, err := auditlog.Open(ctx, auditlog.Config{Dir: filepath.Join(*dataDir, "audit")})
	if err != nil {
		fmt.Fprintln(stderr, "candor audit receipt:", err)
		return 1
	}
	defer l.Close()
	var r auditlog.Receipt
	for try := 0; ; try++ {
		r, err = l.Receipt(ctx, *index)
		if !errors.Is(err, auditlog.ErrNotPublished) || try > 50 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		fmt.Fprintln(stderr, "candor audit receipt:", err)
		return 1
	}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		fmt.Fprintln(stderr, "candor audit receipt:", err)
		return 1
	}
	if err := fsutil.WriteAtomic(*out, append(b, '\n'), 0o644); err != nil {
		fmt.Fprintln(stderr, "candor audit receipt:", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote the receipt of entry %d (tree size %d) to %s\n", r.Index, r.TreeSize, *out)
	return 0
}

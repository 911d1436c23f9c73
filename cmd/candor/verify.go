package main

import (
	"context"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/auditlog"
	"github.com/candor-ai/candor/provenance/c2pa"
	"github.com/candor-ai/candor/provenance/certs"
	"github.com/candor-ai/candor/provenance/credentials"
)

// devIdentityDir is where serve and generate keep the development signing
// identity (certs.EnsureDevIdentity) inside a data directory.
func devIdentityDir(dataDir string) string { return filepath.Join(dataDir, "signing") }

// Exit codes of candor verify (CONTRACT.md).
const (
	verifyExitValid   = 0 // every file valid or trusted
	verifyExitInvalid = 1 // some file invalid, or unreadable
	verifyExitAbsent  = 2 // some file has no Content Credentials (and none invalid)
)

type verifyOutput struct {
	File    string `json:"file"`
	Error   string `json:"error,omitempty"`
	Receipt string `json:"receipt,omitempty"`
	provenance.Report
	Status []verifyStatus `json:"status"`
}

type verifyStatus struct {
	Code        string `json:"code"`
	Explanation string `json:"explanation,omitempty"`
	URL         string `json:"url,omitempty"`
	Failure     bool   `json:"failure"`
}

// runVerify implements `candor verify FILE... [--anchors PEM] [--data-dir D] [--json]`.
func runVerify(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	anchorsPath := fs.String("anchors", "", "PEM bundle of trust anchors; without it (and --data-dir) nothing is trusted, so a correct file is \"valid\"")
	dataDir := fs.String("data-dir", "", "also trust the development CA of this candor data directory")
	asJSON := fs.Bool("json", false, "print JSON: one object for one file, an array for several")
	receiptPath := fs.String("receipt", "", "an audit receipt (candor audit receipt, GET /v1/audit/receipt): check offline that the image's manifest, its audit entry and the log agree")
	logKey := fs.String("log-key", "", "the audit log's note verifier key to trust for --receipt (default: the data dir's audit/checkpoint.pub, else the key the receipt carries)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: candor verify FILE... [--anchors PEM] [--data-dir D] [--json]")
		fmt.Fprintln(stderr, "Reads and validates the C2PA Content Credentials of PNG and JPEG files.")
		fmt.Fprintln(stderr, "Exit 0: all valid or trusted; 1: some invalid; 2: some without credentials.")
		fs.PrintDefaults()
	}
	// Flags may come before or after the files.
	files, err := parseInterleaved(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if len(files) == 0 {
		fs.Usage()
		return 2
	}
	anchors, err := verifyAnchors(*anchorsPath, *dataDir)
	if err != nil {
		fmt.Fprintln(stderr, "candor verify:", err)
		return verifyExitInvalid
	}

	outs := make([]verifyOutput, 0, len(files))
	code := verifyExitValid
	for _, f := range files {
		o := verifyFile(ctx, f, anchors)
		if *receiptPath != "" && o.Error == "" {
			if err := checkReceipt(o.Report, *receiptPath, *logKey, *dataDir); err != nil {
				o.Error = "receipt: " + err.Error()
			} else {
				o.Receipt = "the manifest, its audit entry and the signed log agree"
			}
		}
		switch {
		case o.Error != "" || o.State == provenance.StateInvalid:
			code = verifyExitInvalid
		case o.State == provenance.StateAbsent && code == verifyExitValid:
			code = verifyExitAbsent
		}
		outs = append(outs, o)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		var v any = outs
		if len(outs) == 1 {
			v = outs[0]
		}
		if err := enc.Encode(v); err != nil {
			fmt.Fprintln(stderr, "candor verify:", err)
			return verifyExitInvalid
		}
		return code
	}
	for i, o := range outs {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		printVerifyHuman(stdout, o)
	}
	return code
}

func verifyAnchors(pemPath, dataDir string) (*x509.CertPool, error) {
	if pemPath == "" && dataDir == "" {
		return nil, nil
	}
	pool := x509.NewCertPool()
	if pemPath != "" {
		p, err := certs.LoadAnchors(pemPath)
		if err != nil {
			return nil, fmt.Errorf("--anchors: %w", err)
		}
		pool = p
	}
	if dataDir != "" {
		caPath := filepath.Join(devIdentityDir(dataDir), certs.DevCACertFile)
		b, err := os.ReadFile(caPath)
		if err != nil {
			return nil, fmt.Errorf("--data-dir: no development CA: %w", err)
		}
		cs, err := certs.ParseCertificates(b)
		if err != nil {
			return nil, fmt.Errorf("--data-dir: %s: %w", caPath, err)
		}
		for _, c := range cs {
			pool.AddCert(c)
		}
	}
	return pool, nil
}

func verifyFile(ctx context.Context, path string, anchors *x509.CertPool) verifyOutput {
	o := verifyOutput{File: path}
	b, err := readVerifyFile(path)
	if err == nil {
		o.Report, err = credentials.VerifyWith(ctx, b, anchors)
	}
	if err != nil {
		o.Error = err.Error()
		o.State = provenance.StateInvalid
	}
	o.Status = make([]verifyStatus, 0, len(o.Report.Status))
	for _, s := range o.Report.Status {
		o.Status = append(o.Status, verifyStatus{Code: s.Code, Explanation: s.Explanation, URL: s.URL, Failure: s.Failure})
	}
	if o.Assertions == nil {
		o.Assertions = []string{}
	}
	return o
}

func readVerifyFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, credentials.MaxVerifyBytes+1))
	if err != nil {
		return nil, err
	}
	if len(b) > credentials.MaxVerifyBytes {
		return nil, fmt.Errorf("%s is larger than %d bytes: %w", path, credentials.MaxVerifyBytes, credentials.ErrTooLarge)
	}
	return b, nil
}

func printVerifyHuman(w io.Writer, o verifyOutput) {
	if o.Error != "" {
		fmt.Fprintf(w, "%s: error: %s\n", o.File, o.Error)
		return
	}
	switch o.State {
	case provenance.StateAbsent:
		fmt.Fprintf(w, "%s: no Content Credentials\n", o.File)
		if o.DigitalSourceType != "" {
			fmt.Fprintf(w, "  unsigned XMP says: %s\n", o.DigitalSourceType)
		}
		return
	case provenance.StateTrusted:
		fmt.Fprintf(w, "%s: TRUSTED (valid, signer chains to a trust anchor)\n", o.File)
	case provenance.StateValid:
		fmt.Fprintf(w, "%s: VALID (intact and correctly signed; signer not in the trust list)\n", o.File)
	default:
		fmt.Fprintf(w, "%s: INVALID\n", o.File)
	}
	if o.AIGenerated {
		fmt.Fprintf(w, "  AI-generated: yes (%s)\n", shortSourceType(o.DigitalSourceType))
	} else if o.DigitalSourceType != "" {
		fmt.Fprintf(w, "  AI-generated: no (%s)\n", shortSourceType(o.DigitalSourceType))
	} else {
		fmt.Fprintln(w, "  AI-generated: not stated")
	}
	field := func(label, v string) {
		if v != "" {
			fmt.Fprintf(w, "  %-16s %s\n", label+":", v)
		}
	}
	field("signer", o.Signer)
	field("claim generator", o.ClaimGenerator)
	field("signed at", o.SignedAt)
	field("title", o.Title)
	field("manifest", o.ManifestID)
	if o.Generation != nil {
		g := o.Generation
		fmt.Fprintf(w, "  %-16s model %s, %s, %d steps, guidance %g, seed %d, %dx%d\n", "generation:", g.Model, g.Scheduler, g.Steps, g.Guidance, g.Seed, g.Width, g.Height)
	}
	if len(o.Assertions) > 0 {
		field("assertions", strings.Join(o.Assertions, ", "))
	}
	for _, s := range o.Status {
		if !s.Failure {
			if s.Code == c2pa.StatusTimeStampUntrusted {
				fmt.Fprintf(w, "  note: %s (%s)\n", s.Code, s.Explanation)
			}
			continue
		}
		if s.Explanation != "" {
			fmt.Fprintf(w, "  failure: %s (%s)\n", s.Code, s.Explanation)
		} else {
			fmt.Fprintf(w, "  failure: %s\n", s.Code)
		}
	}
}

func shortSourceType(u string) string {
	if i := strings.LastIndexByte(u, '/'); i >= 0 && i+1 < len(u) {
		return u[i+1:]
	}
	return u
}

// checkReceipt verifies an audit receipt offline and checks that it is the
// entry the image's manifest names: same log, index, request and pixels.
func checkReceipt(rep provenance.Report, path, logKey, dataDir string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var r auditlog.Receipt
	if err := json.Unmarshal(b, &r); err != nil {
		return err
	}
	if logKey == "" && dataDir != "" {
		if k, err := os.ReadFile(filepath.Join(dataDir, "audit", "checkpoint.pub")); err == nil {
			logKey = strings.TrimSpace(string(k))
		}
	}
	e, err := auditlog.VerifyReceipt(r, logKey)
	if err != nil {
		return err
	}
	g := rep.Generation
	switch {
	case g == nil || g.AuditIndex == nil:
		return errors.New("the image's manifest names no audit entry")
	case *g.AuditIndex != e.Index:
		return fmt.Errorf("the manifest names entry %d, the receipt is for entry %d", *g.AuditIndex, e.Index)
	case g.AuditOrigin != "" && g.AuditOrigin != r.Origin:
		return fmt.Errorf("the manifest names log %q, the receipt is from %q", g.AuditOrigin, r.Origin)
	case g.AuditLeafHash != "" && g.AuditLeafHash != hex.EncodeToString(r.LeafHash):
		return errors.New("the manifest names another audit entry (leaf hash) than the receipt's")
	case g.RequestID != "" && g.RequestID != e.RequestID:
		return fmt.Errorf("the manifest names request %q, the entry is for %q", g.RequestID, e.RequestID)
	case g.PixelsSHA256 != "" && fmt.Sprint(e.Details["pixels_sha256"]) != g.PixelsSHA256:
		return errors.New("the entry records other pixels than the manifest")
	}
	if logKey == "" {
		return errors.New("the receipt verifies only against its own key: give --log-key or --data-dir to trust a copy of the log's key")
	}
	return nil
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/color"
	"image/png"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/candor-ai/candor/provenance/certs"
	"github.com/candor-ai/candor/provenance/credentials"
)

type verifyFiles struct {
	dataDir, png, jpeg, tampered, plain, garbage, caPEM string
}

func makeVerifyFiles(t *testing.T) verifyFiles {
	t.Helper()
	dir := t.TempDir()
	dataDir := filepath.Join(dir, "var")
	id, _, err := certs.EnsureDevIdentity(devIdentityDir(dataDir))
	if err != nil {
		t.Fatal(err)
	}
	svc, err := credentials.New(credentials.Config{Identity: id, Version: "test", Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	img := image.NewNRGBA(image.Rect(0, 0, 48, 48))
	for i := range img.Pix {
		img.Pix[i] = uint8(i * 7)
	}
	for y := 0; y < 48; y++ {
		img.SetNRGBA(0, y, color.NRGBA{255, 0, 0, 255})
	}
	f := verifyFiles{dataDir: dataDir}
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, format := range []string{"png", "jpeg"} {
		b, _, err := svc.Issue(context.Background(), img, credentials.IssueOptions{Format: format, Title: "test " + format})
		if err != nil {
			t.Fatal(err)
		}
		if format == "png" {
			f.png = write("ai.png", b)
			// Alter one byte of pixel data (inside IDAT, past the manifest).
			bad := bytes.Clone(b)
			i := bytes.Index(bad, []byte("IDAT"))
			bad[i+40] ^= 0x01
			f.tampered = write("tampered.png", bad)
		} else {
			f.jpeg = write("ai.jpg", b)
		}
	}
	var plain bytes.Buffer
	if err := png.Encode(&plain, img); err != nil {
		t.Fatal(err)
	}
	f.plain = write("plain.png", plain.Bytes())
	f.garbage = write("garbage.bin", []byte("this is not an image"))
	f.caPEM = filepath.Join(devIdentityDir(dataDir), certs.DevCACertFile)
	return f
}

// craftedDir holds provenance/c2pa's crafted reference files.
var craftedDir = filepath.Join("..", "..", "provenance", "c2pa", "testdata", "fixtures", "crafted")

func TestRunVerify(t *testing.T) {
	f := makeVerifyFiles(t)
	tests := []struct {
		name     string
		args     []string
		code     int
		contains []string
	}{
		{"valid png without anchors", []string{f.png}, 0, []string{"VALID", "AI-generated: yes (trainedAlgorithmicMedia)", "candor development", "claim generator:", "signingCredential.untrusted"}},
		{"trusted with --anchors", []string{f.png, "--anchors", f.caPEM}, 0, []string{"TRUSTED", "AI-generated: yes"}},
		{"trusted with --data-dir, flags first", []string{"--data-dir", f.dataDir, f.jpeg}, 0, []string{"TRUSTED"}},
		{"tampered", []string{f.tampered}, 1, []string{"INVALID", "assertion.dataHash.mismatch"}},
		{"no credentials", []string{f.plain}, 2, []string{"no Content Credentials"}},
		{"garbage", []string{f.garbage}, 2, nil},
		{"missing file", []string{filepath.Join(f.dataDir, "nope.png")}, 1, []string{"error:"}},
		{"valid and absent", []string{f.png, f.plain}, 2, []string{"VALID", "no Content Credentials"}},
		{"invalid wins", []string{f.plain, f.tampered, f.png}, 1, []string{"INVALID"}},
		{"no files", nil, 2, nil},
		{"bad anchors", []string{"--anchors", f.garbage, f.png}, 1, nil},
		{"unknown flag", []string{"--frobnicate", f.png}, 2, nil},
		// A signed file whose sigTst2 token was swapped for one from a TSA
		// outside the trust list: still trusted, no "signed at", and a note.
		{"untrusted time-stamp", []string{"--anchors", filepath.Join(craftedDir, "anchors.pem"), filepath.Join(craftedDir, "replaced_sigtst2.png")},
			0, []string{"TRUSTED", "note: timeStamp.untrusted", "is not trusted and is ignored"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := runVerify(context.Background(), tc.args, &stdout, &stderr)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.code, stdout.String(), stderr.String())
			}
			for _, s := range tc.contains {
				if !strings.Contains(stdout.String(), s) {
					t.Errorf("output lacks %q:\n%s", s, stdout.String())
				}
			}
		})
	}
}

func TestRunVerifyJSON(t *testing.T) {
	f := makeVerifyFiles(t)
	var stdout, stderr bytes.Buffer
	if code := runVerify(context.Background(), []string{"--json", "--anchors", f.caPEM, f.png}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var one struct {
		File              string   `json:"file"`
		State             string   `json:"state"`
		AIGenerated       bool     `json:"ai_generated"`
		DigitalSourceType string   `json:"digital_source_type"`
		Signer            string   `json:"signer"`
		ClaimGenerator    string   `json:"claim_generator"`
		Assertions        []string `json:"assertions"`
		Status            []struct {
			Code    string `json:"code"`
			Failure bool   `json:"failure"`
		} `json:"status"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &one); err != nil {
		t.Fatalf("%v\n%s", err, stdout.String())
	}
	if one.File != f.png || one.State != "trusted" || !one.AIGenerated || one.Signer == "" || one.ClaimGenerator == "" || len(one.Assertions) == 0 || len(one.Status) == 0 {
		t.Fatalf("JSON: %+v", one)
	}
	stdout.Reset()
	if code := runVerify(context.Background(), []string{f.png, f.tampered, "--json"}, &stdout, &stderr); code != 1 {
		t.Fatalf("exit %d", code)
	}
	var many []map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &many); err != nil || len(many) != 2 {
		t.Fatalf("array of 2: %v\n%s", err, stdout.String())
	}
	if many[0]["state"] != "valid" || many[1]["state"] != "invalid" {
		t.Fatalf("states %v, %v", many[0]["state"], many[1]["state"])
	}
}

package biasaudit

import (
	"bytes"
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"time"

	"github.com/candor-ai/candor/pipeline/bias"
	"github.com/candor-ai/candor/pipeline/bias/report"
	"github.com/candor-ai/candor/provenance"
)

// Accurate is implemented by readers whose accuracy was measured (on
// labelled pictures); reports name it.
type Accurate interface {
	Accuracy() map[string]float64
}

// SignedReports builds reports with pipeline/bias/report and signs them
// with the gateway's signing identity (Reporter and Renderer).
type SignedReports struct {
	Identity provenance.Identity
	// Anchors verify stored files before they are rendered.
	Anchors *x509.CertPool
	Now     func() time.Time
}

var (
	_ Reporter = SignedReports{}
	_ Renderer = SignedReports{}
)

// Report implements Reporter.
func (s SignedReports) Report(_ context.Context, in ReportInput) (Signed, error) {
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	opts := report.Options{
		ID:      "br_" + NewRunID()[4:],
		Created: now().UTC().Truncate(time.Second),
		Model:   report.Model{Name: in.Model.Name, FilesSHA256: ModelHash(in.Model)},
		Window:  24 * time.Hour, // windows over time (UTC days)
	}
	for _, r := range in.Readers {
		ri := report.ReaderInfo{Name: r.Name(), Attributes: r.Attributes()}
		if a, ok := r.(Accurate); ok {
			ri.Accuracy = a.Accuracy()
		}
		opts.Readers = append(opts.Readers, ri)
	}
	if len(in.Reference) > 0 {
		refs := map[string]report.Reference{}
		for attr, classes := range in.Reference {
			refs[attr] = report.Reference(classes)
		}
		opts.References = map[string]map[string]report.Reference{report.AnyGroup: refs}
	}
	// Blocked pictures carry no attributes; the report counts them.
	r, err := report.Build(in.Observations, opts)
	if err != nil {
		return Signed{}, err
	}
	file, err := report.Sign(r, s.Identity)
	if err != nil {
		return Signed{}, err
	}
	return Signed{ID: r.ID, Created: r.Created, File: file}, nil
}

// Render implements Renderer: "csv" or "svg" of a stored, signed file.
func (s SignedReports) Render(file []byte, format string) ([]byte, string, error) {
	r, err := report.Verify(file, s.Anchors)
	if err != nil && !errors.Is(err, report.ErrUntrusted) {
		return nil, "", fmt.Errorf("stored report: %w", err)
	}
	var buf bytes.Buffer
	switch format {
	case "csv":
		err = report.WriteCSV(&buf, r)
		return buf.Bytes(), "text/csv; charset=utf-8", err
	case "svg":
		err = report.WriteSVG(&buf, r)
		return buf.Bytes(), "image/svg+xml", err
	}
	return nil, "", fmt.Errorf("format %q: want json, csv or svg: %w", format, ErrSpec)
}

// ReadersOf lists reader infos (for the CLI's measure output).
func ReadersOf(rs []bias.Reader) []report.ReaderInfo {
	var out []report.ReaderInfo
	for _, r := range rs {
		ri := report.ReaderInfo{Name: r.Name(), Attributes: r.Attributes()}
		if a, ok := r.(Accurate); ok {
			ri.Accuracy = a.Accuracy()
		}
		out = append(out, ri)
	}
	return out
}

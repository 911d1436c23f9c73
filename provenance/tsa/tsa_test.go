package tsa

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"github.com/candor-ai/candor/provenance/tsa/tsatest"
)

func TestTimestampRoundTrip(t *testing.T) {
	srv := tsatest.New(t)
	c, err := New(Config{URL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	data := []byte("countersignature structure bytes")
	tok, err := c.Timestamp(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	got, err := VerifyToken(tok, data)
	if err != nil {
		t.Fatal(err)
	}
	if time.Since(got.Time) > time.Minute || time.Until(got.Time) > time.Minute {
		t.Fatalf("genTime %v is not now", got.Time)
	}
	if !got.Chain[0].Equal(srv.Cert) {
		t.Fatal("chain does not start with the TSA certificate")
	}
	if _, err := VerifyToken(tok, []byte("other data")); !errors.Is(err, ErrImprint) {
		t.Fatalf("other data: %v, want ErrImprint", err)
	}
	if srv.Requests.Load() != 1 {
		t.Fatalf("server saw %d requests", srv.Requests.Load())
	}
}

func TestTimestampErrors(t *testing.T) {
	srv := tsatest.New(t)
	junk := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte("<html>not a time-stamp</html>"))
	}))
	defer junk.Close()
	huge := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		buf := make([]byte, 64<<10)
		for i := 0; i < MaxResponse/len(buf)+2; i++ {
			if _, err := w.Write(buf); err != nil {
				return
			}
		}
	}))
	defer huge.Close()
	tests := []struct {
		name  string
		url   string
		setup func()
		want  error
	}{
		{"server error", srv.URL, func() { srv.Fail.Store(true) }, ErrUnavailable},
		{"not a TSA", junk.URL, func() {}, ErrResponse},
		{"endless response", huge.URL, func() {}, ErrResponse},
		{"nothing listening", "http://127.0.0.1:1", func() {}, ErrUnavailable},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.setup()
			c, err := New(Config{URL: tc.url, HTTP: &http.Client{Timeout: 5 * time.Second}})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := c.Timestamp(context.Background(), []byte("x")); !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
	if _, err := New(Config{}); err == nil {
		t.Fatal("New without URL succeeded")
	}
}

func TestVerifyTokenHostile(t *testing.T) {
	srv := tsatest.New(t)
	c, err := New(Config{URL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	tok, err := c.Timestamp(context.Background(), []byte("d"))
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string][]byte{
		"empty":     nil,
		"one byte":  {0x30},
		"truncated": tok[:len(tok)/2],
		"huge":      make([]byte, MaxToken+1),
	}
	flipped := append([]byte(nil), tok...)
	flipped[len(flipped)-10] ^= 0xff // inside the CMS signature
	tests["bad signature"] = flipped
	for name, b := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := VerifyToken(b, []byte("d")); !errors.Is(err, ErrToken) {
				t.Fatalf("err = %v, want ErrToken", err)
			}
		})
	}
}

func FuzzVerifyToken(f *testing.F) {
	srv := tsatest.New(f)
	c, err := New(Config{URL: srv.URL})
	if err != nil {
		f.Fatal(err)
	}
	tok, err := c.Timestamp(context.Background(), []byte("d"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(tok)
	f.Add(tok[:100])
	if stored, err := os.ReadFile("testdata/token.der"); err == nil {
		f.Add(stored)
	}
	f.Add([]byte{0x30, 0x84, 0xff, 0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = VerifyToken(b, []byte("d"))
	})
}

func BenchmarkVerifyToken(b *testing.B) {
	srv := tsatest.New(b)
	c, err := New(Config{URL: srv.URL})
	if err != nil {
		b.Fatal(err)
	}
	tok, err := c.Timestamp(context.Background(), []byte("d"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := VerifyToken(tok, []byte("d")); err != nil {
			b.Fatal(err)
		}
	}
}

// TestStoredToken checks a token saved from the test TSA (testdata/token.der
// over testdata/token.data): parsing and checks do not depend on the clock.
func TestStoredToken(t *testing.T) {
	tok, err := os.ReadFile("testdata/token.der")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("testdata/token.data")
	if err != nil {
		t.Fatal(err)
	}
	got, err := VerifyToken(tok, data)
	if err != nil {
		t.Fatal(err)
	}
	if got.Chain[0].Subject.CommonName != "candor test TSA" || got.Time.IsZero() || got.Serial == nil {
		t.Fatalf("token %+v", got)
	}
	if _, err := VerifyToken(tok, append(data, 'x')); !errors.Is(err, ErrImprint) {
		t.Fatalf("other data: %v", err)
	}
}

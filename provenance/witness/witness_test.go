package witness

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	tlog "github.com/transparency-dev/formats/log"
	tnote "github.com/transparency-dev/formats/note"
	"github.com/transparency-dev/merkle/rfc6962"
	"github.com/transparency-dev/merkle/testonly"
	"golang.org/x/mod/sumdb/note"
)

const origin = "candor.test/audit"

// testLog is an in-memory log that signs checkpoints.
type testLog struct {
	t      *testing.T
	tree   *testonly.Tree
	signer note.Signer
	vkey   string
}

func newTestLog(t *testing.T) *testLog {
	skey, vkey, err := note.GenerateKey(nil, origin)
	if err != nil {
		t.Fatal(err)
	}
	s, err := note.NewSigner(skey)
	if err != nil {
		t.Fatal(err)
	}
	return &testLog{t: t, tree: testonly.New(rfc6962.DefaultHasher), signer: s, vkey: vkey}
}

func (l *testLog) add(n int) {
	for i := range n {
		l.tree.AppendData([]byte(fmt.Sprintf("entry %d %d", l.tree.Size(), i)))
	}
}

func (l *testLog) checkpoint() []byte {
	cp := tlog.Checkpoint{Origin: origin, Size: l.tree.Size(), Hash: l.tree.Hash()}
	b, err := note.Sign(&note.Note{Text: string(cp.Marshal())}, l.signer)
	if err != nil {
		l.t.Fatal(err)
	}
	return b
}

func (l *testLog) proof(from uint64) [][]byte {
	if from == 0 {
		return nil
	}
	p, err := l.tree.ConsistencyProof(from, l.tree.Size())
	if err != nil {
		l.t.Fatal(err)
	}
	return p
}

func newWitness(t *testing.T, dir string, logs ...Log) *Witness {
	t.Helper()
	w, err := Open(Config{Dir: dir, Name: "witness.test/w1", Logs: logs})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func TestWitnessCosignsExtensionsOnly(t *testing.T) {
	l := newTestLog(t)
	dir := t.TempDir()
	w := newWitness(t, dir, Log{Origin: origin, VerifierKey: l.vkey})
	srv := httptest.NewServer(w.Handler())
	defer srv.Close()
	ctx := context.Background()

	l.add(5)
	sigs, err := Submit(ctx, srv.Client(), srv.URL, 0, nil, l.checkpoint())
	if err != nil {
		t.Fatal(err)
	}
	// The cosignature verifies with the witness's key, on the log's checkpoint.
	cv, err := tnote.NewVerifierForCosignatureV1(w.VerifierKey())
	if err != nil {
		t.Fatal(err)
	}
	lv, _ := tnote.NewVerifier(l.vkey)
	cosigned := append(l.checkpoint(), sigs...)
	if _, _, n, err := tlog.ParseCheckpoint(cosigned, origin, lv, cv); err != nil || len(n.Sigs) != 2 {
		t.Fatalf("cosigned checkpoint: %v (%d signatures)", err, len(n.Sigs))
	}

	// A consistent extension is cosigned.
	l.add(7)
	if _, err := Submit(ctx, srv.Client(), srv.URL, 5, l.proof(5), l.checkpoint()); err != nil {
		t.Fatal(err)
	}
	// A stale old size is a 409 with the witness's size.
	var ce *ConflictError
	if _, err := Submit(ctx, srv.Client(), srv.URL, 5, l.proof(5), l.checkpoint()); !errors.As(err, &ce) || ce.Size != 12 {
		t.Fatalf("stale: %v", err)
	}

	// A rolled-back log (truncated to 8, then grown differently) is refused.
	forked := newTestLog(t)
	forked.signer, forked.vkey = l.signer, l.vkey
	forked.add(20)
	if _, err := Submit(ctx, srv.Client(), srv.URL, 12, forked.proof(12), forked.checkpoint()); !errors.Is(err, ErrInconsistent) {
		t.Fatalf("forked log: %v", err)
	}
	smaller := newTestLog(t)
	smaller.signer, smaller.vkey = l.signer, l.vkey
	smaller.add(8)
	if _, err := Submit(ctx, srv.Client(), srv.URL, 12, nil, smaller.checkpoint()); err == nil {
		t.Fatal("a truncated log was cosigned")
	}
	// The same size with another root is a conflict.
	same := newTestLog(t)
	same.signer, same.vkey = l.signer, l.vkey
	same.add(12)
	if _, err := Submit(ctx, srv.Client(), srv.URL, 12, nil, same.checkpoint()); !errors.As(err, &ce) {
		t.Fatalf("same size, other root: %v", err)
	}

	// State survives a restart.
	w2 := newWitness(t, dir, Log{Origin: origin, VerifierKey: l.vkey})
	if w2.VerifierKey() != w.VerifierKey() {
		t.Error("the witness key changed across restarts")
	}
	if _, err := w2.AddCheckpoint(0, nil, l.checkpoint()); !errors.As(err, &ce) || ce.Size != 12 {
		t.Fatalf("after restart: %v", err)
	}
}

func TestWitnessRefusals(t *testing.T) {
	l := newTestLog(t)
	other := newTestLog(t)
	w := newWitness(t, t.TempDir(), Log{Origin: origin, VerifierKey: l.vkey})
	l.add(3)
	other.add(3)
	if _, err := w.AddCheckpoint(0, nil, other.checkpoint()); !errors.Is(err, ErrBadSignature) {
		t.Errorf("signed by another key: %v", err)
	}
	unknown := bytes.Replace(l.checkpoint(), []byte(origin), []byte("elsewhere/log"), 1)
	if _, err := w.AddCheckpoint(0, nil, unknown); !errors.Is(err, ErrUnknownLog) {
		t.Errorf("unknown origin: %v", err)
	}
	if _, err := w.AddCheckpoint(9, nil, l.checkpoint()); !errors.Is(err, ErrBadRequest) {
		t.Errorf("old size above the checkpoint: %v", err)
	}
	srv := httptest.NewServer(w.Handler())
	defer srv.Close()
	for _, body := range []string{"", "old 01\n\nx", "old x\n\n", "old 1\nnot base64\n\n" + string(l.checkpoint())} {
		resp, err := http.Post(srv.URL+"/add-checkpoint", "text/plain", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest {
			t.Errorf("%q: %d", body, resp.StatusCode)
		}
	}
}

// FuzzParseRequest: what parses formats back to the same request.
func FuzzParseRequest(f *testing.F) {
	f.Add([]byte("old 0\n\norigin\n1\nAAAA\n"))
	f.Add(FormatRequest(5, [][]byte{bytes.Repeat([]byte{1}, 32), bytes.Repeat([]byte{2}, 32)}, []byte("o\n7\nx\n\n— o sig\n")))
	f.Fuzz(func(t *testing.T, b []byte) {
		old, p, cp, err := ParseRequest(b)
		if err != nil {
			return
		}
		if !bytes.Equal(FormatRequest(old, p, cp), b) {
			t.Fatalf("round trip changed %q", b)
		}
	})
}

func (l *testLog) Origin() string      { return origin }
func (l *testLog) VerifierKey() string { return l.vkey }
func (l *testLog) Checkpoint(context.Context) ([]byte, error) {
	return l.checkpoint(), nil
}
func (l *testLog) ConsistencyProof(_ context.Context, from, to uint64) ([][]byte, error) {
	return l.tree.ConsistencyProof(from, to)
}

func TestCosigner(t *testing.T) {
	l := newTestLog(t)
	w := newWitness(t, t.TempDir(), Log{Origin: origin, VerifierKey: l.vkey})
	srv := httptest.NewServer(w.Handler())
	defer srv.Close()
	c, err := NewCosigner(l, []Remote{{URL: srv.URL, Key: w.VerifierKey()}}, srv.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	cv, _ := tnote.NewVerifierForCosignatureV1(w.VerifierKey())
	lv, _ := tnote.NewVerifier(l.vkey)
	for _, n := range []int{3, 4, 0, 9} {
		l.add(n)
		if err := c.Sync(context.Background()); err != nil {
			t.Fatalf("sync after %d: %v", n, err)
		}
		cp, _, note, err := tlog.ParseCheckpoint(c.Latest(), origin, lv, cv)
		if err != nil || len(note.Sigs) != 2 || cp.Size != l.tree.Size() {
			t.Fatalf("latest: %v, %d sigs", err, len(note.Sigs))
		}
	}
	// The log is rolled back to 5 and grows again: the witness refuses.
	rolled := newTestLog(t)
	rolled.signer, rolled.vkey = l.signer, l.vkey
	rolled.add(30)
	c2, _ := NewCosigner(rolled, []Remote{{URL: srv.URL, Key: w.VerifierKey()}}, srv.Client(), nil)
	if err := c2.Sync(context.Background()); err == nil {
		t.Fatal("the witness cosigned a rolled-back log")
	}
	if _, _, note, _ := tlog.ParseCheckpoint(c2.Latest(), origin, lv, cv); note == nil || len(note.Sigs) != 1 {
		t.Errorf("a refused checkpoint carries a cosignature")
	}
}

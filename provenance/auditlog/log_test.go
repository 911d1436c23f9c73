package auditlog

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/transparency-dev/merkle/proof"
	"github.com/transparency-dev/merkle/rfc6962"
)

func TestOpenKeysAndLock(t *testing.T) {
	dir := t.TempDir()
	l := openTest(t, dir)
	st, err := os.Stat(filepath.Join(dir, privateKeyFile))
	if err != nil {
		t.Fatal(err)
	}
	if got := st.Mode().Perm(); got != 0o600 {
		t.Errorf("private key mode = %v, want 0600", got)
	}
	if _, err := Open(context.Background(), Config{Dir: dir, Origin: testOrigin}); !errors.Is(err, ErrLocked) {
		t.Errorf("second Open on a held dir: err = %v, want ErrLocked", err)
	}
	vkey := l.VerifierKey()
	if l.Origin() != testOrigin {
		t.Errorf("Origin = %q", l.Origin())
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if err := l.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if _, err := Open(context.Background(), Config{Dir: dir, Origin: "someone.else/audit"}); !errors.Is(err, ErrKey) {
		t.Errorf("Open with another origin: err = %v, want ErrKey", err)
	}
	l2 := openTest(t, dir)
	defer l2.Close()
	if l2.VerifierKey() != vkey {
		t.Errorf("reopen made a new key: %q != %q", l2.VerifierKey(), vkey)
	}
}

func TestOpenBadConfig(t *testing.T) {
	if _, err := Open(context.Background(), Config{}); err == nil {
		t.Error("Open with empty Dir succeeded")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, privateKeyFile), []byte("not a key"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(context.Background(), Config{Dir: dir}); !errors.Is(err, ErrKey) {
		t.Errorf("Open with a garbage key: err = %v, want ErrKey", err)
	}
}

func TestAppendAndQuery(t *testing.T) {
	ctx := context.Background()
	l := openTest(t, t.TempDir())
	defer l.Close()

	// Interleave two tenants; indices are global and consecutive.
	for i := range 12 {
		tenant := "acme"
		if i%2 == 1 {
			tenant = "globex"
		}
		got, err := l.Append(ctx, sampleEntry(tenant, i))
		if err != nil {
			t.Fatalf("Append %d: %v", i, err)
		}
		if got.Index != uint64(i) {
			t.Fatalf("Append %d: Index = %d", i, got.Index)
		}
	}

	// Paging through acme, 2 at a time.
	var all []Entry
	q := Query{Tenant: "acme", Limit: 2}
	for pages := 0; ; pages++ {
		if pages > 10 {
			t.Fatal("paging does not end")
		}
		p, err := l.Entries(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, p.Entries...)
		if p.Next == 0 {
			break
		}
		q.After = p.Next
	}
	if len(all) != 6 {
		t.Fatalf("acme has %d entries, want 6", len(all))
	}
	for k, e := range all {
		if e.Tenant != "acme" || e.Index != uint64(2*k) {
			t.Errorf("entry %d: tenant %q index %d", k, e.Tenant, e.Index)
		}
		want := sampleEntry("acme", 2*k)
		if e.RequestID != want.RequestID || !e.Time.Equal(want.Time) || e.Decision != want.Decision {
			t.Errorf("entry %d round trip: %+v", k, e)
		}
	}

	tests := []struct {
		name  string
		q     Query
		want  []uint64
		wantN uint64
	}{
		{"isolation", Query{Tenant: "globex"}, []uint64{1, 3, 5, 7, 9, 11}, 0},
		{"unknown tenant", Query{Tenant: "initech"}, nil, 0},
		{"tenant is exact", Query{Tenant: "acm"}, nil, 0},
		{"since inclusive", Query{Tenant: "acme", Since: baseTime.Add(4 * time.Minute)}, []uint64{4, 6, 8, 10}, 0},
		{"until exclusive", Query{Tenant: "acme", Until: baseTime.Add(4 * time.Minute)}, []uint64{0, 2}, 0},
		{"window", Query{Tenant: "globex", Since: baseTime.Add(3 * time.Minute), Until: baseTime.Add(8 * time.Minute)}, []uint64{3, 5, 7}, 0},
		{"window paged", Query{Tenant: "globex", Since: baseTime.Add(3 * time.Minute), Limit: 2}, []uint64{3, 5}, 7},
		{"after cursor", Query{Tenant: "globex", After: 6}, []uint64{7, 9, 11}, 0},
		{"after the end", Query{Tenant: "globex", After: 1 << 62}, nil, 0},
		{"huge limit clamps", Query{Tenant: "acme", Limit: 1 << 30}, []uint64{0, 2, 4, 6, 8, 10}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := l.Entries(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []uint64
			for _, e := range p.Entries {
				got = append(got, e.Index)
				if e.Tenant != tc.q.Tenant {
					t.Errorf("index %d belongs to %q", e.Index, e.Tenant)
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("indices %v, want %v", got, tc.want)
			}
			for k := range got {
				if got[k] != tc.want[k] {
					t.Fatalf("indices %v, want %v", got, tc.want)
				}
			}
			if p.Next != tc.wantN {
				t.Errorf("Next = %d, want %d", p.Next, tc.wantN)
			}
		})
	}

	bad := []struct {
		name string
		q    Query
	}{
		{"no tenant", Query{}},
		{"negative limit", Query{Tenant: "acme", Limit: -1}},
		{"since after until", Query{Tenant: "acme", Since: baseTime.Add(time.Hour), Until: baseTime}},
		{"since equals until", Query{Tenant: "acme", Since: baseTime, Until: baseTime}},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := l.Entries(ctx, tc.q); !errors.Is(err, ErrInvalidQuery) {
				t.Errorf("err = %v, want ErrInvalidQuery", err)
			}
		})
	}
}

func TestAppendInvalid(t *testing.T) {
	ctx := context.Background()
	l := openTest(t, t.TempDir())
	defer l.Close()
	big := make([]byte, MaxCanonicalSize)
	for i := range big {
		big[i] = 'a'
	}
	tests := []struct {
		name string
		e    Entry
	}{
		{"no tenant", Entry{Decision: "allow"}},
		{"unencodable detail", Entry{Tenant: "t", Details: map[string]any{"f": func() {}}}},
		{"NaN detail", Entry{Tenant: "t", Details: map[string]any{"x": math.NaN()}}},
		{"channel detail", Entry{Tenant: "t", Details: map[string]any{"c": make(chan int)}}},
		{"time before 1970", Entry{Tenant: "t", Time: time.Date(1969, 1, 1, 0, 0, 0, 0, time.UTC)}},
		{"time far future", Entry{Tenant: "t", Time: time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)}},
		{"too large", Entry{Tenant: "t", Prompt: string(big)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := l.Append(ctx, tc.e); !errors.Is(err, ErrInvalidEntry) {
				t.Errorf("err = %v, want ErrInvalidEntry", err)
			}
		})
	}
	// Nothing invalid consumed an index.
	e, err := l.Append(ctx, Entry{Tenant: "t", Prompt: "bad \xff utf8"})
	if err != nil {
		t.Fatal(err)
	}
	if e.Index != 0 || e.Time.IsZero() || e.Time.Location() != time.UTC {
		t.Errorf("first valid entry: index %d time %v", e.Index, e.Time)
	}
	if e.Prompt != "bad \uFFFD utf8" {
		t.Errorf("prompt stored as %q", e.Prompt)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := l.Append(cctx, Entry{Tenant: "t"}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled ctx: err = %v", err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Append(ctx, Entry{Tenant: "t"}); !errors.Is(err, ErrClosed) {
		t.Errorf("after Close: err = %v, want ErrClosed", err)
	}
}

func TestInclusionProofs(t *testing.T) {
	ctx := context.Background()
	l := openTest(t, t.TempDir())
	defer l.Close()

	const n = 300 // spans two entry bundles / leaf tiles
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := l.Append(ctx, sampleEntry("acme", i)); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	cp := waitCheckpoint(t, l, n)
	if cp.Origin != testOrigin {
		t.Errorf("checkpoint origin %q", cp.Origin)
	}
	for _, size := range []uint64{cp.Size, 1, 7, 256, 257} {
		root := rootOf(t, l, size)
		for _, idx := range []uint64{0, size / 2, size - 1} {
			p, err := l.InclusionProof(ctx, idx, size)
			if err != nil {
				t.Fatalf("InclusionProof(%d, %d): %v", idx, size, err)
			}
			leaf, err := l.LeafHash(ctx, idx)
			if err != nil {
				t.Fatal(err)
			}
			if err := proof.VerifyInclusion(rfc6962.DefaultHasher, idx, size, leaf, p, root); err != nil {
				t.Errorf("proof for %d in %d does not verify: %v", idx, size, err)
			}
			// A different leaf must not verify.
			other, _ := l.LeafHash(ctx, (idx+1)%size)
			if size > 1 && proof.VerifyInclusion(rfc6962.DefaultHasher, idx, size, other, p, root) == nil {
				t.Errorf("proof for %d in %d verifies another leaf", idx, size)
			}
		}
	}
	c, err := l.Canonical(ctx, 5)
	if err != nil {
		t.Fatal(err)
	}
	if e, err := ParseCanonical(c); err != nil || e.Index != 5 {
		t.Errorf("Canonical(5) parses to %d, %v", e.Index, err)
	}

	for _, tc := range []struct{ idx, size uint64 }{{0, 0}, {n, n}, {0, n + 1}, {math.MaxUint64, n}} {
		if _, err := l.InclusionProof(ctx, tc.idx, tc.size); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("InclusionProof(%d, %d): err = %v, want ErrOutOfRange", tc.idx, tc.size, err)
		}
	}
	for _, idx := range []uint64{n, math.MaxUint64} {
		if _, err := l.LeafHash(ctx, idx); !errors.Is(err, ErrNotFound) {
			t.Errorf("LeafHash(%d): err = %v, want ErrNotFound", idx, err)
		}
	}
}

// rootOf recomputes the RFC 6962 root over the first size stored leaves.
func rootOf(t *testing.T, l *Log, size uint64) []byte {
	t.Helper()
	leaves := make([][]byte, size)
	for i := range size {
		h, err := l.LeafHash(context.Background(), i)
		if err != nil {
			t.Fatal(err)
		}
		leaves[i] = h
	}
	return mth(leaves)
}

// mth is RFC 6962 section 2.1 MTH, written out independently of compact ranges.
func mth(leaves [][]byte) []byte {
	switch len(leaves) {
	case 0:
		return rfc6962.DefaultHasher.EmptyRoot()
	case 1:
		return leaves[0]
	}
	k := 1
	for k*2 < len(leaves) {
		k *= 2
	}
	return rfc6962.DefaultHasher.HashChildren(mth(leaves[:k]), mth(leaves[k:]))
}

func TestCommitment(t *testing.T) {
	// RFC 4231 test case 2.
	got := Commitment([]byte("Jefe"), "what do ya want for nothing?")
	if want := "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"; got != want {
		t.Errorf("Commitment = %s, want %s", got, want)
	}
	if Commitment([]byte("a"), "x") == Commitment([]byte("b"), "x") {
		t.Error("commitment ignores the secret")
	}
}

func TestProof(t *testing.T) {
	ctx := context.Background()
	l := openTest(t, t.TempDir())
	defer l.Close()
	var last Entry
	for i := range 5 {
		e, err := l.Append(ctx, sampleEntry("acme", i))
		if err != nil {
			t.Fatal(err)
		}
		last = e
	}
	cp := waitCheckpoint(t, l, 5)
	for idx := range uint64(5) {
		p, err := l.Proof(ctx, idx)
		if err != nil {
			t.Fatalf("Proof(%d): %v", idx, err)
		}
		if p.Entry.Index != idx || p.Entry.Tenant != "acme" || p.TreeSize < 5 {
			t.Errorf("Proof(%d): %+v", idx, p)
		}
		root := cp.Hash
		if p.TreeSize != cp.Size {
			root = waitCheckpoint(t, l, p.TreeSize).Hash
		}
		if err := proof.VerifyInclusion(rfc6962.DefaultHasher, idx, p.TreeSize, LeafHash(p.Canonical), p.Hashes, root); err != nil {
			t.Errorf("Proof(%d) does not verify: %v", idx, err)
		}
	}
	if _, err := l.Proof(ctx, last.Index+1); !errors.Is(err, ErrNotFound) {
		t.Errorf("Proof past the end: err = %v, want ErrNotFound", err)
	}
}

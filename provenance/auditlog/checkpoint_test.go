package auditlog

import (
	"bytes"
	"context"
	"errors"
	"strconv"
	"testing"
)

func TestCheckpointSize(t *testing.T) {
	ctx := context.Background()
	l := openTest(t, t.TempDir())
	defer l.Close()
	for i := range 3 {
		if _, err := l.Append(ctx, sampleEntry("t", i)); err != nil {
			t.Fatal(err)
		}
	}
	want := waitCheckpoint(t, l, 3)
	raw, err := l.Checkpoint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := CheckpointSize(raw); err != nil || got != want.Size {
		t.Fatalf("CheckpointSize of the log's checkpoint: %d %v, want %d", got, err, want.Size)
	}

	root := "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
	for _, tc := range []struct {
		name string
		cp   string
		want uint64
	}{
		{"body only", "example.com/log\n42\n" + root + "\n", 42},
		{"signed note", "example.com/log\n0\n" + root + "\n\n— example.com/log AAAA\n", 0},
	} {
		if got, err := CheckpointSize([]byte(tc.cp)); err != nil || got != tc.want {
			t.Errorf("%s: %d %v, want %d", tc.name, got, err, tc.want)
		}
	}
	for _, tc := range []struct{ name, cp string }{
		{"empty", ""},
		{"two lines", "example.com/log\n42"},
		{"no origin", "\n42\n" + root + "\n"},
		{"negative size", "example.com/log\n-1\n" + root + "\n"},
		{"size with a sign", "example.com/log\n+4\n" + root + "\n"},
		{"size past uint64", "example.com/log\n18446744073709551616\n" + root + "\n"},
		{"root not base64", "example.com/log\n4\nnot base64!\n"},
		{"JSON", `{"size": 4}`},
	} {
		if _, err := CheckpointSize([]byte(tc.cp)); !errors.Is(err, ErrCheckpointMalformed) {
			t.Errorf("%s: %v, want ErrCheckpointMalformed", tc.name, err)
		}
	}
}

// FuzzCheckpointSize: never panics, and a size it reads is the second line.
func FuzzCheckpointSize(f *testing.F) {
	f.Add([]byte("example.com/log\n42\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n\n— example.com/log AAAA\n"))
	f.Add([]byte("o\n1\n\n"))
	f.Add([]byte("\n\n\n"))
	f.Fuzz(func(t *testing.T, cp []byte) {
		n, err := CheckpointSize(cp)
		if err != nil {
			if !errors.Is(err, ErrCheckpointMalformed) {
				t.Fatalf("error %v is not ErrCheckpointMalformed", err)
			}
			return
		}
		lines := bytes.SplitN(cp, []byte("\n"), 3)
		if len(lines) < 3 || len(lines[0]) == 0 {
			t.Fatalf("size %d from %q, which lacks an origin and three lines", n, cp)
		}
		if m, err := strconv.ParseUint(string(lines[1]), 10, 64); err != nil || m != n {
			t.Fatalf("size %d from %q, whose second line reads %d %v", n, cp, m, err)
		}
	})
}

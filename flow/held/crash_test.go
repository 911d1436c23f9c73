package held

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// crashDirEnv switches TestCrashChild into the child role of TestKill9.
const crashDirEnv = "CANDOR_HELD_CRASH_CHILD_DIR"

func digest(b []byte) string { h := sha256.Sum256(b); return hex.EncodeToString(h[:]) }

// TestCrashChild is the child process of TestKill9: from 8 goroutines it
// puts items and releases or rejects two of every three, printing each
// acknowledged step ("put ID SHA", "released ID SHA", "rejected ID"). It
// does nothing when run normally.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashDirEnv)
	if dir == "" {
		t.Skip("child process of TestKill9 only")
	}
	s, err := Open(context.Background(), Config{Dir: filepath.Join(dir, "held"), KeyFile: filepath.Join(dir, "held.key")})
	if err != nil {
		fmt.Println("open error:", err)
		os.Exit(2)
	}
	var mu sync.Mutex
	out := bufio.NewWriter(os.Stdout)
	say := func(format string, args ...any) {
		mu.Lock()
		fmt.Fprintf(out, format+"\n", args...)
		out.Flush()
		mu.Unlock()
	}
	ctx := context.Background()
	for g := range 8 {
		go func() {
			for i := 0; ; i++ {
				px := randomBytes(8 << 10)
				it, err := s.Put(ctx, sampleItem("acme", i), px)
				if err != nil {
					fmt.Fprintln(os.Stderr, "put:", err)
					os.Exit(3)
				}
				say("put %s %s", it.ID, digest(px))
				switch (g + i) % 3 {
				case 1:
					signed := randomBytes(9 << 10)
					if _, err := s.Release(ctx, it.ID, "rev", signed); err != nil {
						fmt.Fprintln(os.Stderr, "release:", err)
						os.Exit(3)
					}
					say("released %s %s", it.ID, digest(signed))
				case 2:
					if _, err := s.Reject(ctx, it.ID, "rev"); err != nil {
						fmt.Fprintln(os.Stderr, "reject:", err)
						os.Exit(3)
					}
					say("rejected %s", it.ID)
				}
			}
		}()
	}
	select {} // until SIGKILL
}

// TestKill9 kills a process in the middle of puts and decisions, then
// checks that Open finds every acknowledged step, that every item opens in
// its state, and that no blob file is left that the index does not name.
func TestKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns a child process")
	}
	ctx := context.Background()
	dir := t.TempDir()
	puts, released, rejected := map[string]string{}, map[string]string{}, map[string]bool{}
	for round := range 2 { // the second round starts from a recovered store
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashDirEnv+"="+dir)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(stdout)
		deadline := time.Now().Add(60 * time.Second)
		n := 0
		for n < 120 && sc.Scan() {
			f := strings.Fields(sc.Text())
			switch {
			case len(f) == 3 && f[0] == "put":
				puts[f[1]] = f[2]
			case len(f) == 3 && f[0] == "released":
				released[f[1]] = f[2]
			case len(f) == 2 && f[0] == "rejected":
				rejected[f[1]] = true
			default:
				t.Fatalf("child said %q (stderr %s)", sc.Text(), stderr.String())
			}
			n++
			if time.Now().After(deadline) {
				break
			}
		}
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		_ = cmd.Wait()
		if n < 20 {
			t.Fatalf("round %d: child acknowledged only %d steps; stderr: %s", round, n, stderr.String())
		}
	}

	var logs strings.Builder
	s, err := Open(ctx, Config{Dir: filepath.Join(dir, "held"), KeyFile: filepath.Join(dir, "held.key"),
		Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	t.Logf("recovery log: %q", logs.String())
	if strings.Contains(logs.String(), "missing") {
		t.Error("the index names a blob file that is gone")
	}
	for id, sum := range puts {
		it, err := s.Get(ctx, id)
		if err != nil {
			t.Errorf("acknowledged put %s: %v", id, err)
			continue
		}
		switch {
		case released[id] != "" && it.Status != StatusReleased, rejected[id] && it.Status != StatusRejected:
			t.Errorf("%s: acknowledged decision lost, status %s", id, it.Status)
		}
		if it.Status == StatusPending {
			if px, err := s.Pixels(ctx, id); err != nil || digest(px) != sum {
				t.Errorf("%s: pending pixels after recovery: %v", id, err)
			}
		}
	}
	// Every stored item opens in its state, acknowledged or not.
	items, err := s.List(ctx, ListQuery{Tenant: "acme", Limit: MaxListLimit})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		switch it.Status {
		case StatusPending:
			_, err = s.Pixels(ctx, it.ID)
		case StatusReleased:
			var b []byte
			b, err = s.Signed(ctx, it.ID)
			if want := released[it.ID]; err == nil && want != "" && digest(b) != want {
				t.Errorf("%s: signed file differs from the acknowledged one", it.ID)
			}
		}
		if err != nil {
			t.Errorf("%s (%s) after recovery: %v", it.ID, it.Status, err)
		}
	}
	var referenced []string
	rows, err := s.db.Query(`SELECT file FROM blobs ORDER BY file`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var f string
		rows.Scan(&f)
		referenced = append(referenced, f)
	}
	rows.Close()
	files := blobFiles(t, filepath.Join(dir, "held"))
	slices.Sort(files)
	if !slices.Equal(files, referenced) {
		t.Errorf("after recovery %d blob files, %d referenced by the index", len(files), len(referenced))
	}
	t.Logf("%d items (%d acknowledged puts, %d releases, %d rejects), %d blob files", len(items), len(puts), len(released), len(rejected), len(files))
}

package auditlog

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// crashDirEnv switches TestCrashChild into the child role of TestKill9.
const crashDirEnv = "CANDOR_AUDITLOG_CRASH_CHILD_DIR"

// crashDurabilityEnv carries the child's Config.Durability ("fsync", "process").
const crashDurabilityEnv = "CANDOR_AUDITLOG_CRASH_CHILD_DURABILITY"

// TestCrashChild is the child process of TestKill9: it appends from many
// goroutines forever and prints "ack <index> <request id>" for each entry
// Append acknowledged. Integration rounds are 300 ms apart, so a kill finds
// acknowledged entries that tessera has not integrated yet. It does nothing
// when run normally.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashDirEnv)
	if dir == "" {
		t.Skip("child process of TestKill9 only")
	}
	dur, err := ParseDurability(os.Getenv(crashDurabilityEnv))
	if err != nil {
		fmt.Println(err)
		os.Exit(2)
	}
	l, err := Open(context.Background(), Config{Dir: dir, Origin: testOrigin, Logger: testLogger(),
		IntegrateInterval: 300 * time.Millisecond, Durability: dur})
	if err != nil {
		fmt.Println("open error:", err)
		os.Exit(2)
	}
	var mu sync.Mutex
	out := bufio.NewWriter(os.Stdout)
	for g := range 16 {
		go func() {
			for i := 0; ; i++ {
				e := sampleEntry("acme", i)
				e.RequestID = fmt.Sprintf("g%d-%d", g, i)
				got, err := l.Append(context.Background(), e)
				if err != nil {
					fmt.Fprintln(os.Stderr, "append:", err)
					os.Exit(3)
				}
				mu.Lock()
				fmt.Fprintf(out, "ack %d %s\n", got.Index, got.RequestID)
				out.Flush()
				mu.Unlock()
			}
		}()
	}
	select {} // until SIGKILL
}

// TestKill9 kills a process mid-append, while acknowledged entries wait for
// asynchronous integration, and checks that after Open's recovery every
// acknowledged entry is at its index and covered by the signed checkpoint,
// and that Verify passes; under both durabilities.
func TestKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns a child process")
	}
	for _, d := range []Durability{DurabilityFsync, DurabilityProcess} {
		t.Run(d.String(), func(t *testing.T) { kill9(t, d) })
	}
}

func kill9(t *testing.T, durability Durability) {
	dir := t.TempDir()
	acked := map[uint64]string{}
	unintegrated := 0
	for round := range 2 { // the second round starts from a recovered log
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashDirEnv+"="+dir, crashDurabilityEnv+"="+durability.String())
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
		started := time.Now()
		deadline := started.Add(30 * time.Second)
		n := 0
		// Past one integration round, so the kill lands between rounds.
		for (n < 150 || time.Since(started) < 700*time.Millisecond) && sc.Scan() {
			f := strings.Fields(sc.Text())
			if len(f) != 3 || f[0] != "ack" {
				t.Fatalf("child said %q", sc.Text())
			}
			idx, err := strconv.ParseUint(f[1], 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			if prev, dup := acked[idx]; dup {
				t.Fatalf("index %d acknowledged twice (%s, %s)", idx, prev, f[2])
			}
			acked[idx] = f[2]
			n++
			if time.Now().After(deadline) {
				break
			}
		}
		if err := cmd.Process.Kill(); err != nil { // SIGKILL
			t.Fatal(err)
		}
		// Acks already written to the pipe before the kill count too.
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			if len(f) == 3 && f[0] == "ack" {
				idx, _ := strconv.ParseUint(f[1], 10, 64)
				acked[idx] = f[2]
			}
		}
		_ = cmd.Wait()
		if n < 150 {
			t.Fatalf("round %d: child acknowledged only %d entries; stderr: %s", round, n, stderr.String())
		}
		size := checkpointFileSize(t, dir)
		var beyond int
		if err := rawDB(t, dir).QueryRow(`SELECT COUNT(*) FROM entries WHERE idx >= ?`, size).Scan(&beyond); err != nil {
			t.Fatal(err)
		}
		t.Logf("round %d: %d stored entries beyond the checkpoint of size %d at the kill", round, beyond, size)
		unintegrated += beyond
	}
	if unintegrated == 0 {
		t.Fatal("no kill caught an acknowledged entry awaiting integration")
	}

	l := openTest(t, dir) // recovery happens here
	ctx := context.Background()
	for idx, reqID := range acked {
		c, err := l.Canonical(ctx, idx)
		if err != nil {
			t.Fatalf("acknowledged index %d lost: %v", idx, err)
		}
		e, err := ParseCanonical(c)
		if err != nil || e.RequestID != reqID || e.Index != idx {
			t.Fatalf("index %d holds %+v (%v), acknowledged as %s", idx, e, err, reqID)
		}
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	rep, err := Verify(ctx, dir)
	if err != nil {
		t.Fatalf("Verify after kill -9 and recovery: %v %+v", err, rep.Problems)
	}
	if rep.Pending != 0 || rep.TreeSize < uint64(len(acked)) {
		t.Errorf("report after recovery: %+v (acked %d)", rep, len(acked))
	}
	for idx := range acked {
		if idx >= rep.TreeSize {
			t.Errorf("acknowledged index %d not covered by the checkpoint of size %d", idx, rep.TreeSize)
		}
	}
	t.Logf("acked %d entries over two kills; tree size %d after recovery", len(acked), rep.TreeSize)
}

// TestMigrateLegacyPending replays the crash windows of the version before
// asynchronous integration, whose rows a data directory may still hold: a
// row durable in pending whose leaf tessera integrated (crash before it was
// moved to entries), and one tessera never saw (crash before Add).
func TestMigrateLegacyPending(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	l := openTest(t, dir)
	for i := range 3 {
		if _, err := l.Append(ctx, sampleEntry("acme", i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	// Window 1: the entry reached tessera but not the entries table.
	e3, body3, err := normalize(sampleEntry("acme", 3), timeNow)
	if err != nil {
		t.Fatal(err)
	}
	r3 := &appendReq{entry: e3, body: body3, data: LeafData(body3)}
	if err := insertLegacyPending(ctx, l.wdb, []*appendReq{r3}); err != nil {
		t.Fatal(err)
	}
	if got, err := l.appender.Add(ctx, newTesseraEntry(r3.data))(); err != nil || got.Index != 3 {
		t.Fatalf("tessera add: %v %v", got, err)
	}
	// Window 2: durable in pending only.
	e4, body4, _ := normalize(sampleEntry("acme", 4), timeNow)
	r4 := &appendReq{entry: e4, body: body4, data: LeafData(body4)}
	if err := insertLegacyPending(ctx, l.wdb, []*appendReq{r4}); err != nil {
		t.Fatal(err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	// Index 3 is in the checkpoint with its bytes still in pending: consistent, not yet final.
	if rep, err := Verify(ctx, dir); err != nil || rep.Pending != 2 || rep.TreeSize != 4 {
		t.Errorf("before recovery: err %v, report %+v", err, rep)
	}

	l = openTest(t, dir)
	for idx, req := range map[uint64]string{3: e3.RequestID, 4: e4.RequestID} {
		c, err := l.Canonical(ctx, idx)
		if err != nil {
			t.Fatalf("index %d after recovery: %v", idx, err)
		}
		if e, _ := ParseCanonical(c); e.RequestID != req {
			t.Errorf("index %d holds %q, want %q", idx, e.RequestID, req)
		}
	}
	if got, err := l.Append(ctx, sampleEntry("acme", 5)); err != nil || got.Index != 5 {
		t.Fatalf("append after recovery: %d %v", got.Index, err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	rep, err := Verify(ctx, dir)
	if err != nil || rep.TreeSize != 6 || rep.Pending != 0 {
		t.Fatalf("after recovery: %v %+v", err, rep)
	}
}

// checkpointFileSize reads the tree size of the published checkpoint file.
func checkpointFileSize(t *testing.T, dir string) uint64 {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, tesseraDir, "checkpoint"))
	if err != nil {
		t.Fatal(err)
	}
	n, err := CheckpointSize(b)
	if err != nil {
		t.Fatalf("checkpoint %q: %v", b, err)
	}
	return n
}

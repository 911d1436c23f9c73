package main

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/candor-ai/candor/provenance/auditlog"
)

// startBinary runs `candor serve` as a child process and returns its URL.
func startBinary(t *testing.T, bin, dir, lib string) (*exec.Cmd, string) {
	t.Helper()
	cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0", "--data-dir", dir)
	cmd.Env = append(os.Environ(), "CANDOR_ORT_LIB="+lib)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = nil
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	sc := bufio.NewScanner(out)
	urlc := make(chan string, 1)
	go func() {
		for sc.Scan() {
			if _, u, ok := strings.Cut(sc.Text(), "listening on "); ok {
				u, _, _ = strings.Cut(u, " ")
				urlc <- u
			}
		}
	}()
	select {
	case u := <-urlc:
		return cmd, u
	case <-time.After(60 * time.Second):
		t.Fatal("the server did not start")
	}
	return nil, ""
}

// TestLoadAndKill9: concurrent clients mix generations and policy checks
// against the real server with the built-in model; only 200, 400, 429 and
// 503 (with Retry-After) come back; every 200 image verifies; memory stays
// bounded; then the server is killed with SIGKILL in the middle of the
// load, restarted, `candor audit verify` passes and every request answered
// 200 is in the audit log.
func TestLoadAndKill9(t *testing.T) {
	lib := requireORT(t)
	if testing.Short() {
		t.Skip("load test")
	}
	bin := buildBinary(t)
	dir := filepath.Join(t.TempDir(), "var")
	key := newKey(t, dir, "museum", "generate")
	cmd, url := startBinary(t, bin, dir, lib)

	var mu sync.Mutex
	answered := map[string]bool{} // request ids answered 200
	statuses := map[int]int{}
	var images [][]byte
	stop := make(chan struct{})
	var wg sync.WaitGroup
	client := &http.Client{Timeout: 60 * time.Second}
	for c := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				path, body := "/v1/policy/check", `{"prompt":"a lighthouse at dusk"}`
				if i%3 == 0 {
					path, body = "/v1/images/generations", fmt.Sprintf(`{"prompt":"a small red circle on the left","seed":%d}`, c*1000+i)
				}
				req, _ := http.NewRequest(http.MethodPost, url+path, strings.NewReader(body))
				req.Header.Set("Authorization", "Bearer "+key)
				req.Header.Set("Content-Type", "application/json")
				resp, err := client.Do(req)
				if err != nil {
					time.Sleep(10 * time.Millisecond) // the server is down (killed)
					continue
				}
				var out struct {
					Data []struct {
						B64JSON string `json:"b64_json"`
					} `json:"data"`
				}
				_ = json.NewDecoder(resp.Body).Decode(&out)
				resp.Body.Close()
				mu.Lock()
				statuses[resp.StatusCode]++
				if resp.StatusCode == 200 {
					answered[resp.Header.Get("X-Request-Id")] = true
					if len(out.Data) > 0 && len(images) < 8 {
						b, _ := base64.StdEncoding.DecodeString(out.Data[0].B64JSON)
						images = append(images, b)
					}
				}
				if (resp.StatusCode == 429 || resp.StatusCode == 503) && resp.Header.Get("Retry-After") == "" {
					t.Errorf("%d without Retry-After", resp.StatusCode)
				}
				mu.Unlock()
			}
		}()
	}
	time.Sleep(8 * time.Second)
	rss := rssKB(cmd.Process.Pid)
	// kill -9 in the middle of the load.
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	time.Sleep(300 * time.Millisecond)
	close(stop)
	wg.Wait()

	mu.Lock()
	defer mu.Unlock()
	t.Logf("statuses %v over 8 s with 4 clients; server RSS %d MiB", statuses, rss/1024)
	for code := range statuses {
		switch code {
		case 200, 400, 429, 503:
		default:
			t.Errorf("status %d under load", code)
		}
	}
	if statuses[200] < 10 {
		t.Fatalf("only %d answers 200", statuses[200])
	}
	if rss > 2<<20 {
		t.Errorf("server RSS %d MiB under load", rss/1024)
	}
	for i, img := range images {
		path := filepath.Join(t.TempDir(), fmt.Sprintf("img%d.png", i))
		if err := os.WriteFile(path, img, 0o600); err != nil {
			t.Fatal(err)
		}
		if code, out, _ := runCLI(t, "verify", "--data-dir", dir, path); code != 0 {
			t.Errorf("image %d does not verify: %s", i, out)
		}
	}

	// Restart: the log recovers, verifies, and holds every answered request.
	cmd2, _ := startBinary(t, bin, dir, lib)
	_ = cmd2.Process.Signal(syscall.SIGTERM)
	_ = cmd2.Wait()
	if code, out, errOut := runCLI(t, "audit", "verify", "--data-dir", dir); code != 0 {
		t.Fatalf("audit verify after kill -9: %s %s", out, errOut)
	}
	l, err := auditlog.Open(context.Background(), auditlog.Config{Dir: filepath.Join(dir, "audit")})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	logged := map[string]bool{}
	var after uint64
	for {
		page, err := l.Entries(context.Background(), auditlog.Query{Tenant: "museum", Limit: 500, After: after})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range page.Entries {
			logged[e.RequestID] = true
		}
		if page.Next == 0 {
			break
		}
		after = page.Next
	}
	missing := 0
	for id := range answered {
		if !logged[id] {
			missing++
		}
	}
	if missing > 0 {
		t.Errorf("%d of %d requests answered 200 are not in the audit log after kill -9", missing, len(answered))
	}
}

func rssKB(pid int) int {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			n, _ := strconv.Atoi(strings.Fields(v)[0])
			return n
		}
	}
	return 0
}

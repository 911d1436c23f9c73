package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
)

func TestKeysCommand(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "var")
	var out, errb bytes.Buffer
	if code := run(ctx, []string{"keys", "create", "--data-dir", dir, "--tenant", "museum", "--roles", "generate,audit"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	key := out.String()
	if !strings.HasPrefix(key, "cnd_") || strings.Count(key, "\n") != 1 || strings.Contains(key, " ") {
		t.Fatalf("stdout must be the key alone: %q", key)
	}
	if strings.Contains(errb.String(), strings.TrimSpace(key)) {
		t.Error("the key is on stderr too")
	}
	out.Reset()
	if code := run(ctx, []string{"keys", "list", "--data-dir", dir}, &out, &errb); code != 0 {
		t.Fatal(errb.String())
	}
	if !strings.Contains(out.String(), "museum\taudit,generate") || strings.Contains(out.String(), strings.TrimSpace(key)[21:]) {
		t.Errorf("list: %q", out.String())
	}
	out.Reset()
	if code := run(ctx, []string{"keys", "list", "--data-dir", dir, "--json", "--tenant", "nobody"}, &out, &errb); code != 0 || strings.TrimSpace(out.String()) != "[]" {
		t.Errorf("json list for nobody: %d %q", code, out.String())
	}
	for _, args := range [][]string{
		{"keys"},
		{"keys", "rotate"},
		{"keys", "create", "--data-dir", dir},
		{"keys", "create", "--data-dir", dir, "--tenant", "x", "--roles", "root"},
		{"keys", "create", "--data-dir", dir, "--tenant", "Bad Tenant"},
		{"keys", "create", "--bogus"},
	} {
		out.Reset()
		if code := run(ctx, args, &out, &errb); code != 2 || out.Len() != 0 {
			t.Errorf("%v: exit %d, stdout %q", args, code, out.String())
		}
	}
}

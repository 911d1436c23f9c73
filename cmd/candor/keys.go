package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strings"

	"github.com/candor-ai/candor/internal/keys"
)

// runKeys: keys create --data-dir D --tenant T --roles generate,audit,admin
// prints the new key alone on stdout (KEY=$(candor keys create ...) works);
// keys list prints ids, tenants and roles, never secrets.
func runKeys(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: candor keys create --data-dir D --tenant T --roles generate,audit,admin\n       candor keys list --data-dir D [--tenant T] [--json]")
		return 2
	}
	switch args[0] {
	case "create":
		return keysCreate(ctx, args[1:], stdout, stderr)
	case "list":
		return keysList(ctx, args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "candor keys: unknown subcommand %q (want create or list)\n", args[0])
	return 2
}

func openKeys(ctx context.Context, dataDir string, stderr io.Writer) (*keys.Store, error) {
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	if err := prepareDataDir(dataDir, log); err != nil {
		return nil, err
	}
	return keys.Open(ctx, keys.Config{Path: filepath.Join(dataDir, "keys.db"), Logger: log})
}

func keysCreate(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("keys create", flag.ContinueOnError)
	fl.SetOutput(stderr)
	dataDir := fl.String("data-dir", "./var", "state directory")
	tenant := fl.String("tenant", "", "tenant the key belongs to (required)")
	roles := fl.String("roles", "generate", "comma-separated roles: generate, audit, admin")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if *tenant == "" || fl.NArg() > 0 {
		fmt.Fprintln(stderr, "candor keys create: --tenant is required and no arguments are taken")
		return 2
	}
	rs, err := keys.ParseRoles(*roles)
	if err != nil {
		fmt.Fprintf(stderr, "candor keys create: %v\n", err)
		return 2
	}
	ks, err := openKeys(ctx, *dataDir, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "candor keys create: %v\n", err)
		return 1
	}
	defer ks.Close()
	tok, k, err := ks.Create(ctx, *tenant, rs)
	if err != nil {
		fmt.Fprintf(stderr, "candor keys create: %v\n", err)
		if errors.Is(err, keys.ErrInvalid) {
			return 2
		}
		return 1
	}
	fmt.Fprintf(stderr, "created key %s for tenant %s with roles %s; it is shown once and only its hash is stored\n",
		k.ID, k.Tenant, strings.Join(k.Roles, ","))
	fmt.Fprintln(stdout, tok)
	return 0
}

func keysList(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("keys list", flag.ContinueOnError)
	fl.SetOutput(stderr)
	dataDir := fl.String("data-dir", "./var", "state directory")
	tenant := fl.String("tenant", "", "only this tenant's keys")
	asJSON := fl.Bool("json", false, "JSON output")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	ks, err := openKeys(ctx, *dataDir, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "candor keys list: %v\n", err)
		return 1
	}
	defer ks.Close()
	list, err := ks.List(ctx, *tenant)
	if err != nil {
		fmt.Fprintf(stderr, "candor keys list: %v\n", err)
		return 1
	}
	if *asJSON {
		if list == nil {
			list = []keys.Key{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(list); err != nil {
			return 1
		}
		return 0
	}
	for _, k := range list {
		fmt.Fprintf(stdout, "%s\t%s\t%s\t%s\n", k.ID, k.Tenant, strings.Join(k.Roles, ","), k.Created.Format("2006-01-02T15:04:05Z"))
	}
	return 0
}

// Command candor is the responsible image-generation gateway: the HTTP server,
// and the local commands that share its policy, pipeline and provenance code.
//
// This is the only package that reads flags, environment variables and config
// files; it builds the concrete types and wires them together.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"k8s.io/klog/v2"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

type command struct {
	name  string
	usage string
	run   func(ctx context.Context, args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"serve", "run the gateway", runServe},
		{"generate", "generate one image locally: policy, diffusion, provenance, audit", runGenerate},
		{"verify", "read and validate Content Credentials in PNG or JPEG files", runVerify},
		{"keys", "manage API keys (keys create)", runKeys},
		{"audit", "audit log tools (audit verify)", runAudit},
		{"bias", "bias audit (bias measure | run | report | verify)", runBias},
		{"witness", "run a transparency-log witness for candor audit logs (C2SP tlog-witness)", runWitness},
		{"safety", "score images with the output safety classifiers and policy (safety check)", runSafety},
		{"version", "print the version", func(_ context.Context, _ []string, stdout, _ io.Writer) int {
			fmt.Fprintln(stdout, "candor", version)
			return 0
		}},
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: candor COMMAND [flags]")
	fmt.Fprintln(w, "commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.usage)
	}
	fmt.Fprintln(w, "run 'candor COMMAND -h' for a command's flags")
}

func main() {
	// tessera logs through klog; keep its chatter out of the user's terminal
	// and its warnings and errors in slog's JSON shape.
	klog.SetSlogLogger(slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})).With("component", "tessera"))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "candor: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

// parseInterleaved parses fs over args where flags may come before or after
// the positional arguments (files), which it returns; "--" ends the flags.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for rest := args; ; {
		if err := fs.Parse(rest); err != nil {
			return nil, err
		}
		rest = fs.Args()
		if len(rest) == 0 {
			return files, nil
		}
		if rest[0] == "--" {
			return append(files, rest[1:]...), nil
		}
		files = append(files, rest[0])
		rest = rest[1:]
	}
}

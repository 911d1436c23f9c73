package main

import (
	"context"
	"fmt"
	"io"
)

func runAudit(_ context.Context, _ []string, _, stderr io.Writer) int {
	fmt.Fprintln(stderr, "candor audit: not built yet")
	return 1
}

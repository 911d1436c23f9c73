package main

import (
	"context"
	"fmt"
	"io"
)

func runGenerate(_ context.Context, _ []string, _, stderr io.Writer) int {
	fmt.Fprintln(stderr, "candor generate: not built yet")
	return 1
}

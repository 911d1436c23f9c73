package main

import (
	"context"
	"fmt"
	"io"
)

func runKeys(_ context.Context, _ []string, _, stderr io.Writer) int {
	fmt.Fprintln(stderr, "candor keys: not built yet")
	return 1
}

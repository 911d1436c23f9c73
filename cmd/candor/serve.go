package main

import (
	"context"
	"fmt"
	"io"
)

func runServe(_ context.Context, _ []string, _, stderr io.Writer) int {
	fmt.Fprintln(stderr, "candor serve: not built yet")
	return 1
}

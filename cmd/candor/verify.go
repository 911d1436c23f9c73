package main

import (
	"context"
	"fmt"
	"io"
)

func runVerify(_ context.Context, _ []string, _, stderr io.Writer) int {
	fmt.Fprintln(stderr, "candor verify: not built yet")
	return 1
}

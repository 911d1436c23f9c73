//go:build !unix

package diffusion

import "time"

// cpuTime is not measured here.
func cpuTime() time.Duration { return 0 }

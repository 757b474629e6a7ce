//go:build !unix

package functions_test

import "time"

// processCPU is unavailable here; the benchmarks then report 0 cpu-ns/row.
func processCPU() time.Duration { return 0 }

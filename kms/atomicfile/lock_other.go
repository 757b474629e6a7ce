//go:build !unix

package atomicfile

import "os"

// Off Unix there is no flock: temporary files are not locked, and Sweep
// cannot tell an abandoned one from one being written, so it leaves all.
const (
	canLock  = false
	noFollow = 0
)

func lock(*os.File, bool) error { return nil }

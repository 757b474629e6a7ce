//go:build unix

package atomicfile

import (
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

const (
	canLock  = true
	noFollow = syscall.O_NOFOLLOW
)

// lock takes an exclusive flock on f, waiting for it when wait is set. The
// kernel drops it when the process dies, which is what marks a temporary
// file as abandoned.
func lock(f *os.File, wait bool) error {
	how := unix.LOCK_EX
	if !wait {
		how |= unix.LOCK_NB
	}
	for {
		err := unix.Flock(int(f.Fd()), how)
		if err != unix.EINTR {
			return err
		}
	}
}

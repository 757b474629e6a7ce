//go:build unix

package warehouse

import "golang.org/x/sys/unix"

// canCreateIn reports why files cannot be created in dir, or nil: the
// permission bits, or a read-only mount.
func canCreateIn(dir string) error {
	return unix.Access(dir, unix.W_OK|unix.X_OK)
}

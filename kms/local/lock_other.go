//go:build !unix

package local

import "errors"

// lockFile is unsupported off Unix: without a lock two processes could
// lose each other's keys, so changing the store is refused.
func lockFile(string) (func(), error) {
	return nil, errors.New("file locking is not supported on this platform")
}

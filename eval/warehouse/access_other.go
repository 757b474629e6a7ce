//go:build !unix

package warehouse

// canCreateIn reports nil where there is no access(2): SQLite's own error
// then tells when the directory cannot be written.
func canCreateIn(dir string) error { return nil }

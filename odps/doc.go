// Package odps is the client for running scripts on MaxCompute (ODPS): it
// submits a script-mode SQL task over MaxCompute's REST API, waits for it
// with backoff, reads its result (the CSV text, or typed rows through the
// instance tunnel), cancels it, and builds its logview link. Every request
// is signed (package odps/sign), retried on throttling and server errors,
// bounded by contexts, and can be recorded for use as a test fixture with
// secrets redacted. See the specification's maxcompute-engine.md.
//
// The package uses the standard library only; the official Go SDK is not
// available to the build.
package odps

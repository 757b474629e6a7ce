// Package fake is a fake MaxCompute (ODPS) for loopback use: `mcsql odps
// serve`, and the tests of the odps client and of `mcsql --engine
// maxcompute`. It serves the part of the REST API that running a script
// needs (maxcompute-engine.md) and runs the script with mcsql's own
// evaluator under MaxCompute's script-mode rules.
//
// # Endpoints
//
// The REST endpoint is http://HOST:PORT/api. Resources, under it:
//
//	POST /projects/<p>/instances                 submit (201, Location)
//	GET  /projects/<p>/instances/<id>?taskstatus  instance and task status
//	GET  ...?instanceprogress=<task>              one stage's progress
//	GET  ...?result                               the result, Base64
//	GET  /projects/<p>/instances/<id>             the instance's status
//	PUT  /projects/<p>/instances/<id>             <Instance><Status>Terminated</Status></Instance> cancels
//	GET  /webconsole/host                         the log view host (the fake's /logview page)
//	GET  /projects/<p>/tunnel?service             the tunnel host: HOST:PORT, without a scheme, as MaxCompute answers
//
// The instance tunnel is served at the root (the tunnel host has no path)
// and under /api alike: POST /projects/<p>/instances/<id>?downloads opens
// a download session (JSON: DownloadID, RecordCount, Schema, Status),
// GET ...?downloadid=<d>&data&rowrange=(start,count) streams the records
// (odps/tunnelwire). STS AssumeRole (RPC, version 2015-04-01) is served at
// the root path /, by kms/emulator's code.
//
// # Authentication
//
// Every request but the log view page is signed (odps/sign.VerifyV2: V2,
// or V4 when the client has a region). The accepted access keys are the
// users of Options.Policy, the policy file of `mcsql kms serve`. A request
// whose Date header is missing or more than Options.MaxSkew (15 minutes)
// from the server's clock is 403 RequestTimeTooSkewed; an unknown access
// key is 401 InvalidAccessKeyId; a wrong signature (a wrong secret) is
// 401 SignatureNotMatch.
//
// STS: a request with the header authorization-sts-token is signed with
// temporary credentials, which must be ones this server's STS issued, for
// that access key id and not expired: the fake embeds the KMS emulator's
// AssumeRole (same policy file: roles, trust lists), so a client assumes
// a role at http://HOST:PORT/ and uses the credentials it gets. A token it
// did not issue, issued for another access key id, or expired is 401 with
// the emulator's code (InvalidSecurityToken.Malformed,
// InvalidSecurityToken.MismatchWithAccessKey, InvalidSecurityToken.Expired).
// Sessions live in memory: a restarted fake knows none.
//
// Errors are MaxCompute's <Error><Code/><Message/><RequestId/><HostId/></Error>
// with the header x-odps-request-id (the tunnel's are the same fields in
// JSON, as the tunnel answers). They never quote a secret, a token or a
// server path; task results show the warehouse directory, when an error
// names a project's file, as <warehouse> (Options.Redact).
//
// # Tasks
//
// A submission holds one SQL task whose settings must include
// odps.sql.submit.mode=script. Its script is parsed and checked with
// eval.CheckScript: a parse error or a violation of the script-mode rules
// fails the task with its ODPS-...:[line,col] text as the result. Then it
// runs on the project's warehouse (Options.Warehouse; the default is an
// in-memory warehouse per project), in one transaction; the other settings
// are applied as SET flags first. A failed statement's error is the
// result and the task is Failed. Otherwise the result is the printing
// SELECT's: CSV with a header, NULL as \N, at most 10,000 rows (as
// MaxCompute); or, with odps.sql.select.output.format=HumanReadable, the
// text a local run prints (the table), byte for byte, cut at 10,000 rows.
// The tunnel serves every row, typed. Without a SELECT the result is what
// the script printed (DESC ...), or empty.
//
// Status requests see the task Running at least once before Success,
// Failed or Cancelled, even when it finished at once. Tasks run
// Options.MaxRunning at a time; the others are Waiting. Cancelling
// (PUT Terminated) stops a waiting or slow task at once and a running
// script at its next statement or within 1,024 rows; its status becomes
// Cancelled.
//
// # Faults
//
// For testing clients' retries: FailNext (Options.Faults) fails the next
// requests with 409 Conflict, 429 TooManyRequests, 500 InternalServerError
// or 503 ServiceUnavailable (409, 429 and 503 with Retry-After,
// Options.RetryAfter); DropNext (Options.DropNext) closes the next
// requests' connections without an answer; Options.TaskDelay (SetTaskDelay)
// keeps tasks Running for a while before their script runs. STS requests
// are not affected.
//
// # Serving
//
// Server is an http.Handler; Server.Serve runs it on a listener with
// kms/emulator's transport limits and shutdown, and Close stops the
// tasks. Each request is logged on one line (Options.Log), naming the
// access key id, never a secret, a token or a script.
package fake

// Package emulator is an HTTP emulator of Alibaba Cloud KMS (API version
// 2016-01-20) and STS (2015-04-01) for loopback use: `mcsql kms serve`,
// and the end-to-end tests of the aliyun backend through the real SDK.
//
// # Endpoints
//
// One port serves both APIs; a request's Action and Version pick the
// handler. Give the SDK the same host:port, over plain http, for both:
//
//	kmsClient.Domain = "127.0.0.1:PORT"   // or request.Domain
//	stsClient.Domain = "127.0.0.1:PORT"
//	client.GetConfig().Scheme = "http"     // or request.Scheme = "http"
//
// # Actions
//
// KMS: Encrypt, Decrypt, CreateKey, DescribeKey, ListKeys, EnableKey,
// DisableKey, ScheduleKeyDeletion, and CancelKeyDeletion when the key
// service has it (kms/local's Store does). STS: AssumeRole. Responses are the
// services' JSON; errors are {"RequestId","HostId","Code","Message",
// "Recommend"} with the HTTP status of kms.StatusOf (injected Throttling
// is 503, an unknown action InvalidAction.NotFound 404).
//
// # Requests
//
// RPC style, GET or POST, parameters in the query string and/or a
// form-encoded body (merged; a name given twice is refused). Every request
// is signed (SignatureMethod HMAC-SHA1, SignatureVersion 1.0): the
// signature must match, the Timestamp must be within Config.MaxSkew of the
// server's clock (IllegalTimestamp), a SignatureNonce may be used once per
// access key within that window (SignatureNonceUsed). Long-term access
// keys are those of Config.Policy; unknown ones are
// InvalidAccessKeyId.NotFound. SignatureDoesNotMatch shows the server's
// string to sign, as the real service does (the SDK then tells a wrong
// secret from a signing bug), unless the request carries a SecurityToken
// or a Plaintext, which must not come back in an error.
//
// Encrypt's Plaintext is encrypted as the text the client sent (not
// Base64-decoded), and Decrypt returns that text: MaxCompute sends the
// Base64 text of a keyset, which is what makes its blobs 200 bytes long.
//
// # STS tokens
//
// AssumeRole issues random credentials (AccessKeyId "STS.…",
// AccessKeySecret, SecurityToken) valid for DurationSeconds (900 to 43200,
// default 3600; at most 3600 when a role assumes another role). They are
// kept in memory only: a restarted emulator no longer knows them, and
// clients must assume their roles again. Using them after Expiration is
// InvalidSecurityToken.Expired for 5 minutes, then they are forgotten; an
// unknown token is InvalidSecurityToken.Malformed.
//
// # Policy
//
// The caller is the user owning the access key, or the role behind an STS
// token. AssumeRole needs Policy.CanAssume; Encrypt and Decrypt need
// Policy.CanUse with that action on the CMK's ARN (for Decrypt, checked
// before decrypting when the key service or the blob's header names the
// CMK, and always on the CMK that decrypted it); DescribeKey, EnableKey,
// DisableKey, ScheduleKeyDeletion and CancelKeyDeletion need CanUse with their action name on
// the CMK's ARN; CreateKey and ListKeys need it on
// acs:kms:<RegionId>:<caller account>:key/*. Refusals are the Policy's
// error (Forbidden.NoPermission, 403), naming the role or key.
//
// Secrets (access key secrets, tokens, plaintexts) never appear in the
// log or in error messages, nor do server-side file paths in error
// messages: a key service failure is an InternalFailure whose cause is
// logged as detail="...". Log fields over 128 bytes are cut.
//
// # Serving
//
// Server is an http.Handler; Server.Serve runs it on a listener with
// the Config's transport limits (header within 10 s, whole request within
// 1 min, answer within 1 min, idle keep-alive connections closed after
// 2 min, 64 KB of request line and header by default) and shuts down when
// its context is done: idle connections at once, requests in flight after
// ShutdownGrace (5 s). Requests net/http refuses itself (431, 400, 501,
// 505, 417) are answered with the same JSON error document as the rest.
//
// STS sessions are dropped 5 minutes after their expiry, from a heap
// ordered by expiry, so AssumeRole's cost does not grow with the number
// of live sessions.
package emulator

// Package kms will hold the interface between the wrapped-keyset functions
// (NEW_WRAPPED_KEYSET, REWRAP_KEYSET, ROTATE_WRAPPED_KEYSET,
// USE_WRAPPED_KEYSET) and a Key Management Service: Encrypt, Decrypt and
// assuming a role chain, with the error codes of Alibaba Cloud KMS. Its
// backends (an embedded local KMS, Alibaba Cloud KMS, and an HTTP emulator)
// live in sub-packages. See the specification's kms.md.
package kms

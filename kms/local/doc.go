// Package local is mcsql's embedded KMS: customer master keys (CMKs) kept
// in a key store file under mcsql's home directory
// ($MCSQL_HOME/kms/keystore.json by default), and a kms.Client that walks
// role chains through a kms.Policy before using them.
//
// Losing the key store loses every keyset wrapped with it, so the Store
// writes it atomically (a temporary file in the same directory, fsync,
// rename) with 0600 permissions in a 0700 directory; holds an advisory
// lock on a sibling ".lock" file for every read-modify-write, re-reading
// the store under the lock so that two mcsql processes never lose each
// other's keys; creates the file only on the first write; and refuses,
// without ever overwriting it, a store it cannot read or parse. Readers
// take no lock: a rename is atomic, so they see the old or the new store.
// A symbolic link at the store's path is followed (the file it points to
// is replaced and locked in its own directory), and the temporary copies
// a killed writer left are removed under the lock on the Store's first
// use, with a notice (Options.Notice).
//
// Blobs have the shape of Alibaba Cloud KMS's CiphertextBlob (kms.md
// "Wrapped keyset format"): Base64 of the CMK id, "-", a 10-character key
// version id, a 12-byte IV, the AES-256-GCM ciphertext and its 16-byte
// tag. The header (CMK id, "-", version id) and the encryption context are
// the GCM additional data, so altering either fails authentication.
//
// The Client creates a missing CMK on the first Encrypt of its ARN (mcsql's
// rule, so that the documentation's examples run) and prints a notice;
// Decrypt never creates keys.
package local

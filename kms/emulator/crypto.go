package emulator

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"strings"

	"github.com/mcsql/mcsql/kms"
)

// maxPlaintext is KMS Encrypt's limit on Plaintext, in bytes.
const maxPlaintext = 6144

type encryptResponse struct {
	CiphertextBlob string `json:"CiphertextBlob"`
	KeyID          string `json:"KeyId"`
	KeyVersionID   string `json:"KeyVersionId"`
	RequestID      string `json:"RequestId"`
}

type decryptResponse struct {
	Plaintext    string `json:"Plaintext"`
	KeyID        string `json:"KeyId"`
	KeyVersionID string `json:"KeyVersionId"`
	RequestID    string `json:"RequestId"`
}

// encrypt is KMS Encrypt. KeyId is a key id or a key ARN; Plaintext is
// encrypted as the bytes of the text the client sent (MaxCompute sends the
// Base64 text of a keyset, and the service does not decode it: that is
// what makes the documented blobs 200 bytes long).
func (s *Server) encrypt(c *call) (any, *kms.Error) {
	keyRef, kerr := c.p.required("KeyId")
	if kerr != nil {
		return nil, kerr
	}
	c.resource = keyRef
	plaintext, kerr := c.p.required("Plaintext")
	if kerr != nil {
		return nil, kerr
	}
	if len(plaintext) > maxPlaintext {
		return nil, kms.Errorf(kms.CodeInvalidParameter, keyRef, "the parameter Plaintext is %d bytes; at most %d are allowed", len(plaintext), maxPlaintext)
	}
	ctxMap, kerr := encryptionContext(c.p)
	if kerr != nil {
		return nil, kerr
	}
	meta, arn, kerr := s.resolveKey(c, keyRef)
	if kerr != nil {
		return nil, kerr
	}
	if err := s.cfg.Policy.CanUse(c.caller, "Encrypt", arn); err != nil {
		return nil, refusal(err, arn.String())
	}
	res, err := s.cfg.Keys.Encrypt(c.ctx, meta.KeyID, []byte(plaintext), ctxMap)
	if err != nil {
		return nil, serviceError(c, err, arn.String())
	}
	return encryptResponse{CiphertextBlob: res.CiphertextBlob, KeyID: res.KeyID, KeyVersionID: res.KeyVersionID, RequestID: c.requestID}, nil
}

// decrypt is KMS Decrypt: the blob names its CMK. The caller's grant is
// checked before decrypting when the blob's header shows the CMK (the
// real blob layout), and always on the CMK the key service reports, so a
// refused caller never receives a plaintext.
func (s *Server) decrypt(c *call) (any, *kms.Error) {
	blob, kerr := c.p.required("CiphertextBlob")
	if kerr != nil {
		return nil, kerr
	}
	ctxMap, kerr := encryptionContext(c.p)
	if kerr != nil {
		return nil, kerr
	}
	checked := ""
	if hint := s.blobHint(c, blob); hint != "" {
		if _, arn, kerr := s.resolveKey(c, hint); kerr == nil {
			if err := s.cfg.Policy.CanUse(c.caller, "Decrypt", arn); err != nil {
				return nil, refusal(err, arn.String())
			}
			checked = hint
		}
	}
	res, err := s.cfg.Keys.Decrypt(c.ctx, blob, ctxMap)
	if err != nil {
		return nil, serviceError(c, err, c.resource)
	}
	if res.KeyID != checked {
		_, arn, kerr := s.resolveKey(c, res.KeyID)
		if kerr != nil {
			return nil, kerr
		}
		if err := s.cfg.Policy.CanUse(c.caller, "Decrypt", arn); err != nil {
			return nil, refusal(err, arn.String())
		}
	}
	return decryptResponse{Plaintext: string(res.Plaintext), KeyID: res.KeyID, KeyVersionID: res.KeyVersionID, RequestID: c.requestID}, nil
}

// blobKeyer is implemented by key services that can name a blob's CMK
// without decrypting it (kms/local's Store).
type blobKeyer interface {
	BlobKey(ctx context.Context, blob string) (*kms.KeyMetadata, error)
}

// blobHint is the CMK id a blob names, asked of the key service when it
// can tell, else read from the blob's header; "" when unknown.
func (s *Server) blobHint(c *call, blob string) string {
	if bk, ok := s.cfg.Keys.(blobKeyer); ok {
		if m, err := bk.BlobKey(c.ctx, blob); err == nil {
			return m.KeyID
		}
		return ""
	}
	return blobKeyID(blob)
}

// blobKeyID returns the CMK id a blob's header names (Base64 of
// "key-" + 21 characters + "-" + version ...), or "" if it has no such header.
func blobKeyID(blob string) string {
	raw, err := base64.StdEncoding.DecodeString(blob)
	if err != nil || len(raw) < 26 || !strings.HasPrefix(string(raw), "key-") || raw[25] != '-' {
		return ""
	}
	id := string(raw[:25])
	for _, r := range id[4:] {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return ""
		}
	}
	return id
}

// encryptionContext parses the optional EncryptionContext JSON object of
// string values.
func encryptionContext(p params) (map[string]string, *kms.Error) {
	v := p["EncryptionContext"]
	if v == "" {
		return nil, nil
	}
	var m map[string]string
	if err := json.Unmarshal([]byte(v), &m); err != nil || m == nil {
		return nil, kms.Errorf(kms.CodeInvalidParameter, "", "the parameter EncryptionContext must be a JSON object of string values, got %q", v)
	}
	return m, nil
}

// resolveKey finds the CMK a KeyId parameter names (a key id or an ARN)
// and its ARN, records it as the call's resource, and refuses an ARN
// whose region or account is not the key's, as the regional service would.
func (s *Server) resolveKey(c *call, ref string) (*kms.KeyMetadata, kms.KeyARN, *kms.Error) {
	c.resource = ref
	id := ref
	var given *kms.KeyARN
	if strings.HasPrefix(ref, "acs:") {
		a, err := kms.ParseKeyARN(ref)
		if err != nil {
			return nil, kms.KeyARN{}, kms.Errorf(kms.CodeInvalidParameter, "", "the parameter KeyId is invalid: %v", err)
		}
		id, given = a.KeyID, &a
	}
	meta, err := s.cfg.Keys.DescribeKey(c.ctx, id)
	if err != nil {
		return nil, kms.KeyARN{}, serviceError(c, err, ref)
	}
	arn, err := kms.ParseKeyARN(meta.Arn)
	if err != nil {
		return nil, kms.KeyARN{}, kms.Errorf(kms.CodeInternalFailure, ref, "the key service returned a malformed ARN %q", meta.Arn)
	}
	if given != nil && *given != arn {
		return nil, kms.KeyARN{}, kms.Errorf(kms.CodeKeyNotFound, ref, "The specified Key is not found.")
	}
	c.resource = arn.String()
	return meta, arn, nil
}

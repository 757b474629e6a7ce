package local

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	"github.com/mcsql/mcsql/kms"
)

// storeFormat is the version written in every key store; a store of a
// later format is refused rather than misread.
const storeFormat = 1

const (
	versionIDLen = 10
	materialLen  = 32 // AES-256
)

// storeFile is the key store's JSON layout.
type storeFile struct {
	Format int         `json:"format"`
	Keys   []storedKey `json:"keys"`
}

// storedKey is one CMK. Material is in the versions; the file's 0600
// permissions are what protects it.
type storedKey struct {
	ID             string          `json:"id"`
	Region         string          `json:"region"`
	Account        string          `json:"account"`
	Description    string          `json:"description"`
	State          string          `json:"state"`
	CreationDate   time.Time       `json:"creation_date"`
	DeletionDate   *time.Time      `json:"deletion_date,omitempty"`
	PrimaryVersion string          `json:"primary_version"`
	Versions       []storedVersion `json:"versions"`
}

type storedVersion struct {
	ID           string    `json:"id"`
	CreationDate time.Time `json:"creation_date"`
	Material     []byte    `json:"material"` // Base64 in the file
}

var (
	keyIDRE     = regexp.MustCompile(`^[A-Za-z0-9*_-]+$`)
	versionIDRE = regexp.MustCompile(`^[a-z0-9]{10}$`)
	regionRE    = regexp.MustCompile(`^[a-z0-9-]+$`)
	accountRE   = regexp.MustCompile(`^[0-9*]+$`)
)

// decodeStore parses and checks a key store. Its errors say what is wrong
// and where, never quoting key material.
func decodeStore(data []byte) (*storeFile, error) {
	var sf storeFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&sf); err != nil {
		return nil, fmt.Errorf("not a key store (%s)", jsonProblem(err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("not a key store (unexpected data after the JSON object)")
	}
	if sf.Format != storeFormat {
		return nil, fmt.Errorf("key store format %d is not %d (written by another version of mcsql?)", sf.Format, storeFormat)
	}
	seen := map[string]bool{}
	for i := range sf.Keys {
		k := &sf.Keys[i]
		if err := checkKey(k); err != nil {
			return nil, fmt.Errorf("keys[%d]: %w", i, err)
		}
		if seen[k.ID] {
			return nil, fmt.Errorf("keys[%d]: CMK %s is listed twice", i, k.ID)
		}
		seen[k.ID] = true
	}
	return &sf, nil
}

// jsonProblem describes a decoding error without the decoder's quoting of
// input values (which could be key material).
func jsonProblem(err error) string {
	switch e := err.(type) {
	case *json.SyntaxError:
		return fmt.Sprintf("invalid JSON at byte %d", e.Offset)
	case *json.UnmarshalTypeError:
		return fmt.Sprintf("%s has the wrong JSON type at byte %d", e.Field, e.Offset)
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return "the JSON is empty or incomplete"
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

func checkKey(k *storedKey) error {
	switch {
	case !keyIDRE.MatchString(k.ID):
		return fmt.Errorf("id %q is not a CMK id", k.ID)
	case !regionRE.MatchString(k.Region):
		return fmt.Errorf("CMK %s: region %q is not a region id", k.ID, k.Region)
	case !accountRE.MatchString(k.Account):
		return fmt.Errorf("CMK %s: account %q is not an account id", k.ID, k.Account)
	case k.State != kms.StateEnabled && k.State != kms.StateDisabled && k.State != kms.StatePendingDeletion:
		return fmt.Errorf("CMK %s: state %q is not Enabled, Disabled or PendingDeletion", k.ID, k.State)
	case (k.State == kms.StatePendingDeletion) != (k.DeletionDate != nil):
		return fmt.Errorf("CMK %s: a deletion date goes with the PendingDeletion state and only with it", k.ID)
	}
	primary := false
	for j, v := range k.Versions {
		if !versionIDRE.MatchString(v.ID) {
			return fmt.Errorf("CMK %s: versions[%d]: id %q is not 10 lower-case letters or digits", k.ID, j, v.ID)
		}
		if len(v.Material) != materialLen {
			return fmt.Errorf("CMK %s: version %s: key material is %d bytes, not %d", k.ID, v.ID, len(v.Material), materialLen)
		}
		primary = primary || v.ID == k.PrimaryVersion
	}
	if !primary {
		return fmt.Errorf("CMK %s: primary version %q is not one of its versions", k.ID, k.PrimaryVersion)
	}
	return nil
}

// encodeStore is the inverse of decodeStore; indented so that a person
// recovering a damaged store can read it.
func encodeStore(sf *storeFile) ([]byte, error) {
	sf.Format = storeFormat
	if sf.Keys == nil {
		sf.Keys = []storedKey{}
	}
	data, err := json.MarshalIndent(sf, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("cannot encode the key store: %w", err)
	}
	return append(data, '\n'), nil
}

// find returns the CMK with id, or nil.
func (sf *storeFile) find(id string) *storedKey {
	for i := range sf.Keys {
		if sf.Keys[i].ID == id {
			return &sf.Keys[i]
		}
	}
	return nil
}

// version returns the key version with id, or nil.
func (k *storedKey) version(id string) *storedVersion {
	for i := range k.Versions {
		if k.Versions[i].ID == id {
			return &k.Versions[i]
		}
	}
	return nil
}

func (k *storedKey) arn() kms.KeyARN {
	return kms.KeyARN{Region: k.Region, Account: k.Account, KeyID: k.ID}
}

func (k *storedKey) metadata() *kms.KeyMetadata {
	m := &kms.KeyMetadata{
		KeyID:             k.ID,
		Arn:               k.arn().String(),
		KeyState:          k.State,
		Description:       k.Description,
		CreationDate:      k.CreationDate,
		PrimaryKeyVersion: k.PrimaryVersion,
		Creator:           k.Account,
	}
	if k.DeletionDate != nil {
		m.DeleteDate = *k.DeletionDate
	}
	return m
}

// purgeExpired drops the CMKs whose deletion date has passed, as the
// real service deletes them when their pending window ends.
func (sf *storeFile) purgeExpired(now time.Time) {
	kept := sf.Keys[:0]
	for _, k := range sf.Keys {
		if !k.expired(now) {
			kept = append(kept, k)
		}
	}
	sf.Keys = kept
}

func (k *storedKey) expired(now time.Time) bool {
	return k.DeletionDate != nil && !now.Before(*k.DeletionDate)
}

package local

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/mcsql/mcsql/kms"
)

// DefaultPath is where mcsql keeps its key store under its home directory.
func DefaultPath(home string) string { return filepath.Join(home, "kms", "keystore.json") }

// Options are the Store's sources of randomness and time; tests inject
// deterministic ones.
type Options struct {
	Rand io.Reader        // key material, ids and IVs; crypto/rand when nil
	Now  func() time.Time // creation and deletion dates; time.Now when nil
	// Notice receives a line when the store removes temporary copies an
	// interrupted write left; nil discards it. mcsql passes its standard
	// error.
	Notice io.Writer
}

// Store is a kms.KeyService over a key store file. It is safe for
// concurrent use, also by several processes on one file.
type Store struct {
	path   string
	now    func() time.Time
	randMu sync.Mutex // an injected reader need not be safe for concurrent use
	rand   io.Reader
	hooks  fileHooks
	notice io.Writer
	// sweepOnce removes an interrupted write's leftovers on first use.
	sweepOnce sync.Once
}

var _ kms.KeyService = (*Store)(nil)

// NewStore returns the store kept in the file at path. Nothing is read or
// created yet: the file is read by each call and created by the first
// change.
func NewStore(path string, opts Options) *Store {
	s := &Store{path: path, rand: opts.Rand, now: opts.Now, hooks: defaultHooks(), notice: opts.Notice}
	if s.rand == nil {
		s.rand = rand.Reader
	}
	if s.now == nil {
		s.now = time.Now
	}
	return s
}

// Path is the key store file's path.
func (s *Store) Path() string { return s.path }

func (s *Store) clock() time.Time { return s.now().UTC().Truncate(time.Second) }

// random fills b from the store's randomness source.
func (s *Store) random(b []byte) error {
	s.randMu.Lock()
	defer s.randMu.Unlock()
	if _, err := io.ReadFull(s.rand, b); err != nil {
		return fmt.Errorf("cannot read random bytes: %w", err)
	}
	return nil
}

// CreateKey creates an Enabled CMK with an Alibaba-shaped id (key- and 21
// lower-case letters or digits) and one key version.
func (s *Store) CreateKey(ctx context.Context, region, account, description string) (*kms.KeyMetadata, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	suffix, err := s.randomID(21)
	if err != nil {
		return nil, err
	}
	key := kms.KeyARN{Region: region, Account: account, KeyID: "key-" + suffix}
	meta, created, err := s.EnsureKey(ctx, key, description)
	if err == nil && !created {
		return nil, kms.Errorf(kms.CodeInternalFailure, key.KeyID, "a CMK with this random id already exists")
	}
	return meta, err
}

// EnsureKey returns the CMK with key's id, creating it with key's region
// and account when the store has no such CMK; created says which. The
// check and the creation happen under the store's lock, so two processes
// auto-creating one CMK create it once.
func (s *Store) EnsureKey(ctx context.Context, key kms.KeyARN, description string) (meta *kms.KeyMetadata, created bool, err error) {
	if err := ctx.Err(); err != nil {
		return nil, false, err
	}
	if err := checkNewKey(key, description); err != nil {
		return nil, false, err
	}
	if sf, err := s.read(); err == nil {
		if k := sf.find(key.KeyID); k != nil && !k.expired(s.clock()) {
			return k.metadata(), false, nil
		}
	}
	err = s.update(func(sf *storeFile) error {
		if k := sf.find(key.KeyID); k != nil {
			meta = k.metadata()
			return errUnchanged
		}
		k, err := s.newKey(key, description)
		if err != nil {
			return err
		}
		sf.Keys = append(sf.Keys, *k)
		meta, created = k.metadata(), true
		return nil
	})
	if err == errUnchanged {
		err = nil
	}
	return meta, created, err
}

// errUnchanged stops an update without writing and without failing.
var errUnchanged = errors.New("unchanged")

func checkNewKey(key kms.KeyARN, description string) error {
	switch {
	case !regionRE.MatchString(key.Region):
		return kms.Errorf(kms.CodeInvalidParameter, "", "region %q is not a region id such as cn-hangzhou", key.Region)
	case !accountRE.MatchString(key.Account):
		return kms.Errorf(kms.CodeInvalidParameter, "", "account %q is not an account id (digits)", key.Account)
	case !keyIDRE.MatchString(key.KeyID) || len(key.KeyID) > 128:
		return kms.Errorf(kms.CodeInvalidParameter, "", "%q is not a CMK id (letters, digits, '*', '_', '-')", key.KeyID)
	case len(description) > 8192:
		return kms.Errorf(kms.CodeInvalidParameter, key.KeyID, "description is %d bytes; at most 8192", len(description))
	}
	return nil
}

func (s *Store) newKey(key kms.KeyARN, description string) (*storedKey, error) {
	version, err := s.randomID(versionIDLen)
	if err != nil {
		return nil, err
	}
	material := make([]byte, materialLen)
	if err := s.random(material); err != nil {
		return nil, err
	}
	now := s.clock()
	return &storedKey{
		ID: key.KeyID, Region: key.Region, Account: key.Account, Description: description,
		State: kms.StateEnabled, CreationDate: now, PrimaryVersion: version,
		Versions: []storedVersion{{ID: version, CreationDate: now, Material: material}},
	}, nil
}

// randomID returns n uniformly random lower-case letters and digits.
func (s *Store) randomID(n int) (string, error) {
	const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
	out := make([]byte, 0, n)
	buf := make([]byte, n)
	for len(out) < n {
		if err := s.random(buf); err != nil {
			return "", err
		}
		for _, b := range buf {
			// 252 = 7*36: dropping larger bytes keeps every character equally likely.
			if b < 252 && len(out) < n {
				out = append(out, alphabet[b%36])
			}
		}
	}
	return string(out), nil
}

// DescribeKey returns a CMK's metadata, or Forbidden.KeyNotFound.
func (s *Store) DescribeKey(ctx context.Context, keyID string) (*kms.KeyMetadata, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	sf, err := s.read()
	if err != nil {
		return nil, err
	}
	k, err := s.lookup(sf, keyID)
	if err != nil {
		return nil, err
	}
	return k.metadata(), nil
}

// lookup finds a live CMK or fails with Forbidden.KeyNotFound naming it.
func (s *Store) lookup(sf *storeFile, keyID string) (*storedKey, error) {
	k := sf.find(keyID)
	if k == nil || k.expired(s.clock()) {
		return nil, kms.Errorf(kms.CodeKeyNotFound, keyID, "no CMK %s in key store %s", keyID, s.path)
	}
	return k, nil
}

// ListKeys returns every live CMK, oldest first (ties in creation order).
func (s *Store) ListKeys(ctx context.Context) ([]kms.KeyMetadata, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	sf, err := s.read()
	if err != nil {
		return nil, err
	}
	out := []kms.KeyMetadata{}
	now := s.clock()
	for i := range sf.Keys {
		if !sf.Keys[i].expired(now) {
			out = append(out, *sf.Keys[i].metadata())
		}
	}
	// The file keeps creation order; sorting by date too keeps a store
	// edited by hand listed sensibly.
	sort.SliceStable(out, func(i, j int) bool { return out[i].CreationDate.Before(out[j].CreationDate) })
	return out, nil
}

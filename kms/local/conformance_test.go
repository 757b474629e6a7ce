package local_test

import (
	"math/rand/v2"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mcsql/mcsql/kms/kmstest"
	"github.com/mcsql/mcsql/kms/local"
)

// TestConformance runs the suite every kms.Client passes against the local
// client, each backend a fresh key store with its own deterministic
// randomness.
func TestConformance(t *testing.T) {
	var seed atomic.Uint64
	kmstest.Run(t, kmstest.Harness{New: func(t *testing.T, s kmstest.Setup) kmstest.Backend {
		n := seed.Add(1)
		store := local.NewStore(filepath.Join(t.TempDir(), "kms", "keystore.json"), local.Options{
			Rand: rand.NewChaCha8([32]byte{byte(n)}),
			Now:  func() time.Time { return time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC) },
		})
		caller := s.Caller.Principal
		return kmstest.Backend{
			Client: local.NewClient(store, s.Policy, local.ClientOptions{Caller: &caller}),
			Keys:   store,
		}
	}})
}

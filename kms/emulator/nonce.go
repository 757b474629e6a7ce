package emulator

import (
	"sync"
	"time"
)

// nonceCache remembers the SignatureNonces of accepted requests until
// their timestamps fall out of the skew window: after that a replay is
// refused by its stale timestamp instead, so memory stays bounded by the
// request rate over one window.
type nonceCache struct {
	mu        sync.Mutex
	until     map[string]time.Time
	nextPrune int
}

// pruneFloor is the map size below which expired nonces are not swept.
const pruneFloor = 1024

func newNonceCache() *nonceCache {
	return &nonceCache{until: map[string]time.Time{}, nextPrune: pruneFloor}
}

// add records key until the given time and reports whether it was new
// (or its earlier use has expired).
func (n *nonceCache) add(key string, until, now time.Time) bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	if t, seen := n.until[key]; seen && now.Before(t) {
		return false
	}
	if len(n.until) >= n.nextPrune {
		n.prune(now)
	}
	n.until[key] = until
	return true
}

// prune drops expired nonces; sweeping only when the map has doubled
// keeps the cost amortized constant per request.
func (n *nonceCache) prune(now time.Time) {
	for k, t := range n.until {
		if !now.Before(t) {
			delete(n.until, k)
		}
	}
	n.nextPrune = max(2*len(n.until), pruneFloor)
}

// size returns how many nonces are remembered.
func (n *nonceCache) size() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return len(n.until)
}

package functions

import (
	"crypto/rand"
	"encoding/binary"
	"io"
	"sync"

	"github.com/mcsql/mcsql/eval"
)

// registerRand adds RAND. Without a seed it draws from the session's
// source; rand(seed) is java.util.Random(seed).nextDouble() and its
// successors, one per row, as the page's rand(1) = 0.7308781907032909
// (Random(1)'s first double) shows.
func registerRand(r registrar) {
	rnd := fn("RAND", "DOUBLE RAND([BIGINT seed])",
		"a random DOUBLE in [0, 1); with a seed, the same sequence every time",
		"select rand(1); -- 0.7308781907032909",
		&eval.Overload{Result: eval.DoubleType, Impl: randImpl},
		&eval.Overload{Params: []eval.Param{p("seed", integerKinds)}, Result: eval.DoubleType,
			Impl: seededRand, Prepare: prepareSeededRand})
	rnd.Volatile = true
	r.Register(rnd)
}

// randImpl draws 53 random bits, the precision of a DOUBLE, from the
// session's source so tests and seeded sessions repeat.
func randImpl(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	if len(args) != 0 {
		return nil, internalError("got %d arguments, want 0", len(args))
	}
	src := io.Reader(rand.Reader) // when no session source is wired in
	if ctx != nil && ctx.Rand != nil {
		src = ctx.Rand
	}
	var b [8]byte
	if _, err := io.ReadFull(src, b[:]); err != nil {
		return nil, eval.InvalidArgument("rand: reading the random source: %v", err)
	}
	return float64(binary.BigEndian.Uint64(b[:])>>11) / (1 << 53), nil
}

// seededRand is the first number of a seed's sequence (a call evaluated
// without its statement's preparation).
func seededRand(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	seed, ok := args[0].(int64)
	if !ok {
		return nil, internalError("rand seed is %T", args[0])
	}
	return newJavaRandom(seed).nextDouble(), nil
}

// prepareSeededRand keeps one generator per call site and statement,
// seeded by the first row's seed, as Hive's rand(seed) does: successive
// rows get successive numbers of the sequence.
func prepareSeededRand(*eval.CallContext, []eval.Value, []bool) (eval.Impl, error) {
	var mu sync.Mutex
	var g *javaRandom
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		seed, ok := args[0].(int64)
		if !ok {
			return nil, internalError("rand seed is %T", args[0])
		}
		mu.Lock()
		defer mu.Unlock()
		if g == nil {
			g = newJavaRandom(seed)
		}
		return g.nextDouble(), nil
	}, nil
}

// javaRandom is java.util.Random's 48-bit linear congruential generator.
type javaRandom struct{ seed uint64 }

const (
	javaMultiplier = 0x5DEECE66D
	javaMask       = 1<<48 - 1
)

func newJavaRandom(seed int64) *javaRandom {
	return &javaRandom{seed: (uint64(seed) ^ javaMultiplier) & javaMask}
}

func (r *javaRandom) next(bits uint) uint64 {
	r.seed = (r.seed*javaMultiplier + 0xB) & javaMask
	return r.seed >> (48 - bits)
}

// nextDouble is Random.nextDouble: 53 bits from two draws.
func (r *javaRandom) nextDouble() float64 {
	return float64(r.next(26)<<27+r.next(27)) / (1 << 53)
}

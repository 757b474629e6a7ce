package functions

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// fastCase is one correctly rounded function: its argument generator, its
// fast path (a dd approximation and the bound handed to ddRound), the
// exact value computed with big.Float (ample precision), its public
// function and its big.Float path.
type fastCase struct {
	name   string
	args   func(r *rand.Rand) (x, y float64)
	approx func(x, y float64) (dd, int, float64, bool) // v·2^e
	exact  func(x, y float64) *big.Float
	cr     func(x, y float64) float64
	// slow is the big.Float path when it is more than rounding exact.
	slow func(x, y float64) float64
}

// randLog returns ±2^e·m with e uniform in [lo, hi) and a random 53-bit
// mantissa: every binade alike.
func randLog(r *rand.Rand, lo, hi int, signed bool) float64 {
	v := math.Ldexp(1+r.Float64(), lo+r.IntN(hi-lo))
	if signed && r.IntN(2) == 0 {
		v = -v
	}
	return v
}

// nudge moves a nonzero x by up to k ulps either way (toward 0 at most
// to the smallest double of x's sign).
func nudge(r *rand.Rand, x float64, k int) float64 {
	if x == 0 {
		return x
	}
	b := int64(math.Float64bits(x)&^(1<<63)) + int64(r.IntN(2*k+1)-k)
	return math.Copysign(math.Float64frombits(uint64(max(b, 1))), x)
}

// trigArg mixes the ranges where sin, cos and tan are hard: tiny, near
// multiples of π/2 (the double nearest k·π/2, nudged), integers, huge,
// and the edges between table entries.
func trigArg(r *rand.Rand) float64 {
	switch r.IntN(7) {
	case 6:
		return nudge(r, float64(2*r.IntN(102)+1)/256, 2)
	case 0:
		return randLog(r, -1074, -20, true)
	case 1:
		k := float64(1 + r.IntN(1<<(1+r.IntN(26))))
		return nudge(r, k*math.Pi/2, 4)
	case 2:
		return float64(r.IntN(2_000_001) - 1_000_000)
	case 3:
		return randLog(r, 27, 1024, true)
	}
	return randLog(r, -20, 27, true)
}

// unitArg returns arguments of asin and acos: uniform in (−1, 1), near
// ±1, tiny, and near the table edges of atan's argument.
func unitArg(r *rand.Rand) float64 {
	switch r.IntN(4) {
	case 0:
		below := float64(1+r.IntN(1<<r.IntN(40))) * 0x1p-53 // 1 − x, below 1
		return math.Copysign(1-below, r.Float64()-0.5)
	case 1:
		return randLog(r, -1074, -1, true)
	}
	return r.Float64()*2 - 1
}

func bigOf(x float64) *big.Float { return exact(x, workPrec) }

func unary(f func(float64) float64) func(x, _ float64) float64 {
	return func(x, _ float64) float64 { return f(x) }
}

func unaryApprox(f func(float64) (dd, float64, bool)) func(x, _ float64) (dd, int, float64, bool) {
	return func(x, _ float64) (dd, int, float64, bool) {
		v, eps, ok := f(x)
		return v, 0, eps, ok
	}
}

var fastCases = []fastCase{
	{name: "exp",
		args: func(r *rand.Rand) (float64, float64) {
			switch r.IntN(4) {
			case 0:
				return randLog(r, -70, 0, true), 0
			case 1:
				return nudge(r, float64(r.IntN(2*128*710)-128*710)*math.Ln2/128, 3), 0
			case 2:
				return (r.Float64()*2 - 1) * 760, 0
			}
			return (r.Float64()*2 - 1) * 700, 0
		},
		approx: func(x, _ float64) (dd, int, float64, bool) { return expApprox(x) },
		exact:  func(x, _ float64) *big.Float { return expBig(bigOf(x)) },
		cr:     unary(crExp),
	},
	{name: "ln",
		args: func(r *rand.Rand) (float64, float64) {
			switch r.IntN(4) {
			case 0:
				return nudge(r, 1, 1<<(r.IntN(40))), 0
			case 1:
				return 1 + randLog(r, -60, -1, true), 0
			case 2:
				return math.Ldexp(1, r.IntN(2098)-1074) * nudge(r, math.Sqrt2, 8), 0
			}
			return math.Abs(randLog(r, -1074, 1024, false)), 0
		},
		approx: unaryApprox(logApprox),
		exact:  func(x, _ float64) *big.Float { return logBig(bigOf(x)) },
		cr:     unary(crLog),
	},
	{name: "sin",
		args:   func(r *rand.Rand) (float64, float64) { return trigArg(r), 0 },
		approx: unaryApprox(sinApprox),
		exact:  func(x, _ float64) *big.Float { s, _ := sinCosBig(x); return s },
		cr:     unary(crSin),
	},
	{name: "cos",
		args:   func(r *rand.Rand) (float64, float64) { return trigArg(r), 0 },
		approx: unaryApprox(cosApprox),
		exact:  func(x, _ float64) *big.Float { _, c := sinCosBig(x); return c },
		cr:     unary(crCos),
	},
	{name: "tan",
		args:   func(r *rand.Rand) (float64, float64) { return trigArg(r), 0 },
		approx: unaryApprox(tanApprox),
		exact:  func(x, _ float64) *big.Float { s, c := sinCosBig(x); return s.Quo(s, c) },
		cr:     unary(crTan),
	},
	{name: "atan",
		args: func(r *rand.Rand) (float64, float64) {
			switch r.IntN(4) {
			case 0:
				return nudge(r, float64(r.IntN(257)-128)/128, 1<<r.IntN(30)), 0
			case 1:
				return nudge(r, float64(2*r.IntN(128)+1)/256, 2), 0 // table edges
			}
			return randLog(r, -1074, 1024, true), 0
		},
		approx: unaryApprox(atanApprox),
		exact:  func(x, _ float64) *big.Float { return atanBig(bigOf(x)) },
		cr:     unary(crAtan),
	},
	{name: "atan2",
		args: func(r *rand.Rand) (float64, float64) {
			if r.IntN(3) == 0 {
				y := randLog(r, -30, 30, true)
				return nudge(r, y, 1<<r.IntN(20)), y // x near ±y
			}
			return randLog(r, -1074, 1024, true), randLog(r, -1074, 1024, true)
		},
		approx: func(x, y float64) (dd, int, float64, bool) {
			v, eps, ok := atan2Approx(y, x)
			return v, 0, eps, ok
		},
		exact: func(x, y float64) *big.Float {
			prec := uint(workPrec + 32)
			a := atanBig(newFloat(prec).Quo(exact(math.Abs(y), prec), exact(math.Abs(x), prec)))
			if x < 0 {
				a.Sub(newFloat(prec).Set(bigPi), a)
			}
			if y < 0 {
				a.Neg(a)
			}
			return a
		},
		cr:   func(x, y float64) float64 { return crAtan2(y, x) },
		slow: func(x, y float64) float64 { return atan2Big(y, x) },
	},
	{name: "asin",
		args:   func(r *rand.Rand) (float64, float64) { return unitArg(r), 0 },
		approx: unaryApprox(asinApprox),
		exact:  func(x, _ float64) *big.Float { return asinBig(x) },
		cr:     unary(crAsin),
	},
	{name: "acos",
		args:   func(r *rand.Rand) (float64, float64) { return unitArg(r), 0 },
		approx: unaryApprox(acosApprox),
		exact: func(x, _ float64) *big.Float {
			a := asinBig(x)
			return a.Sub(newFloat(a.Prec()).SetMantExp(bigPi, -1), a)
		},
		cr: unary(crAcos),
	},
	{name: "log10",
		args: func(r *rand.Rand) (float64, float64) {
			if r.IntN(3) == 0 {
				return nudge(r, math.Pow(10, float64(r.IntN(600)-300)), r.IntN(3)), 0
			}
			return math.Abs(randLog(r, -1074, 1024, false)), 0
		},
		approx: unaryApprox(log10Approx),
		exact: func(x, _ float64) *big.Float {
			l := logBig(bigOf(x))
			return l.Quo(l, logBig(bigOf(10)))
		},
		cr: unary(crLog10),
	},
	{name: "pow",
		args: func(r *rand.Rand) (float64, float64) {
			switch r.IntN(5) {
			case 0:
				return nudge(r, 1, 1<<r.IntN(40)), (r.Float64()*2 - 1) * math.Ldexp(1, r.IntN(60))
			case 1:
				return -randLog(r, -10, 10, false), float64(r.IntN(61) - 30)
			case 2:
				return randLog(r, -1074, 1024, false), r.Float64()*4 - 2
			case 3:
				return float64(r.IntN(1000) + 2), float64(r.IntN(40)) + 0.5*float64(r.IntN(2))
			}
			return randLog(r, -20, 20, false), (r.Float64()*2 - 1) * 60
		},
		approx: func(x, y float64) (dd, int, float64, bool) {
			if math.IsNaN(math.Pow(x, y)) {
				return dd{}, 0, 0, false
			}
			return powApprox(math.Abs(x), y)
		},
		exact: func(x, y float64) *big.Float {
			t := logBig(exact(math.Abs(x), workPrec+64))
			return expBig(t.Mul(t, exact(y, workPrec+64)))
		},
		cr:   crPow,
		slow: func(x, y float64) float64 { return powBig(x, y, math.Pow(x, y)) },
	},
}

// TestFastPaths compares each fast path with the big.Float path on random
// arguments, hard ranges included. For every argument the public function
// must equal the big.Float path; where the fast path answers, its dd
// approximation must also be within half the bound it hands to ddRound
// (the proven bound: the other half is the margin), which checks the
// error analyses of math_fastexp.go and math_fasttrig.go.
func TestFastPaths(t *testing.T) {
	n := 12_000
	if testing.Short() {
		n = 2_000
	}
	for _, c := range fastCases {
		t.Run(c.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(9, uint64(len(c.name))))
			settled, worst := 0, 0.0
			for range n {
				x, y := c.args(r)
				e := c.exact(x, y)
				want := done(e)
				if c.slow != nil {
					want = c.slow(x, y)
				}
				if got := c.cr(x, y); math.Float64bits(got) != math.Float64bits(want) {
					t.Fatalf("%s(%v, %v) = %v, big.Float path %v", c.name, x, y, got, want)
				}
				v, scale, eps, ok := c.approx(x, y)
				if !ok {
					continue
				}
				rel := relErr(v, scale, e)
				worst = max(worst, rel/eps)
				if rel > eps/2 {
					t.Errorf("%s(%v, %v): dd error %g exceeds the proven bound %g", c.name, x, y, rel, eps/2)
				}
				if _, ok := ddRound(v, eps); ok {
					settled++
				}
			}
			t.Logf("%d of %d settled by the fast path; worst error %.3g of the bound", settled, n, worst)
		})
	}
}

// relErr returns |v·2^scale − e|/|e| (0 when both are zero).
func relErr(v dd, scale int, e *big.Float) float64 {
	if e.Sign() == 0 {
		if v.hi == 0 && v.lo == 0 {
			return 0
		}
		return math.Inf(1)
	}
	d := new(big.Float).SetPrec(2200).SetFloat64(v.hi)
	d.Add(d, new(big.Float).SetFloat64(v.lo))
	d.SetMantExp(d, scale)
	d.Sub(d, e)
	rel, _ := d.Quo(d, e).Float64()
	return math.Abs(rel)
}

// TestDDRound checks the rounding test at its boundaries: an
// approximation exactly halfway between two doubles never settles, one
// just inside settles to the nearer, and at a power of two the smaller
// gap below counts on both sides.
func TestDDRound(t *testing.T) {
	const m = 1.5 // the gaps around m are equal: 2^-52
	half := 0x1p-53
	tests := []struct {
		name string
		x    dd
		eps  float64
		want float64
		ok   bool
	}{
		{"exact", dd{m, 0}, 0x1p-66, m, true},
		{"halfway up", dd{m, half}, 0x1p-66, 0, false},
		{"halfway down", dd{m, -half}, 0x1p-66, 0, false},
		{"just below halfway up", dd{m, half - 0x1p-60}, 0x1p-66, m, true},
		{"just above halfway down", dd{m, -half + 0x1p-60}, 0x1p-66, m, true},
		{"within eps of halfway", dd{m, half - 0x1p-70}, 0x1p-66, 0, false},
		{"negative", dd{-m, -half + 0x1p-60}, 0x1p-66, -m, true},
		{"unnormalized", dd{m, 2 * half}, 0x1p-66, m + 2*half, true},
		{"power of two, just above the lower midpoint", dd{1, -0x1p-54 + 0x1p-60}, 0x1p-66, 1, true},
		{"power of two, lower midpoint", dd{1, -0x1p-54}, 0x1p-66, 0, false},
		{"power of two, above by the lower half-gap", dd{1, 0x1p-54}, 0x1p-66, 0, false},
		{"power of two, eps past the lower midpoint", dd{1, 0}, 0x1.8p-54, 0, false},
		{"power of two, eps within both midpoints", dd{1, 0}, 0x1.8p-55, 1, true},
		{"tiny", dd{0x1p-1010, 0}, 0x1p-66, 0, false},
		{"huge", dd{0x1p1010, 0}, 0x1p-66, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ddRound(tt.x, tt.eps)
			if ok != tt.ok || (ok && got != tt.want) {
				t.Errorf("ddRound(%v) = %v, %v; want %v, %v", tt.x, got, ok, tt.want, tt.ok)
			}
		})
	}
}

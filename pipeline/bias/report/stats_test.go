package report

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/stat/distuv"
)

// Newcombe (1998), "Two-sided confidence intervals for the single
// proportion: comparison of seven methods", Statistics in Medicine 17,
// 857-872, Table I, method 3 (Wilson score interval without continuity
// correction), to the four decimals printed there.
func TestWilsonNewcombeTableI(t *testing.T) {
	cases := []struct {
		x, n   int
		lo, hi float64
	}{
		{81, 263, 0.2553, 0.3662},
		{15, 148, 0.0624, 0.1605},
		{0, 20, 0.0000, 0.1611},
		{1, 29, 0.0061, 0.1718},
		{29, 29, 0.8830, 1.0000},
	}
	for _, tc := range cases {
		lo, hi := Wilson(tc.x, tc.n, 0.95)
		if math.Abs(lo-tc.lo) > 0.00005 || math.Abs(hi-tc.hi) > 0.00005 {
			t.Errorf("Wilson(%d, %d) = [%.5f, %.5f], Newcombe prints [%.4f, %.4f]", tc.x, tc.n, lo, hi, tc.lo, tc.hi)
		}
	}
}

func TestWilsonEdges(t *testing.T) {
	if lo, hi := Wilson(0, 0, 0.95); lo != 0 || hi != 1 {
		t.Errorf("n = 0: [%v, %v], want [0, 1]", lo, hi)
	}
	if lo, _ := Wilson(0, 100, 0.95); lo != 0 {
		t.Errorf("x = 0: lower %v, want 0 exactly", lo)
	}
	// x = n: the lower end is n / (n + z²) (it follows from the formula);
	// the example reads "100% [96-100]" for 100 of 100.
	lo, hi := Wilson(100, 100, 0.95)
	z := distuv.UnitNormal.Quantile(0.975)
	if hi != 1 || math.Abs(lo-100/(100+z*z)) > 1e-12 || math.Round(100*lo) != 96 {
		t.Errorf("100/100: [%v, %v]", lo, hi)
	}
	for _, bad := range [][3]float64{{-1, 10, 0.95}, {11, 10, 0.95}, {1, 10, 0}, {1, 10, 1}} {
		if lo, hi := Wilson(int(bad[0]), int(bad[1]), bad[2]); !math.IsNaN(lo) || !math.IsNaN(hi) {
			t.Errorf("Wilson%v = [%v, %v], want NaN", bad, lo, hi)
		}
	}
	// A wider level gives a wider interval.
	l90, h90 := Wilson(30, 100, 0.90)
	l99, h99 := Wilson(30, 100, 0.99)
	if !(l99 < l90 && h99 > h90) {
		t.Errorf("99%% [%v, %v] not wider than 90%% [%v, %v]", l99, h99, l90, h90)
	}
}

func TestNormalizedEntropyAndTVD(t *testing.T) {
	cases := []struct {
		name string
		p, q []float64
		h    float64
		tvd  float64
	}{
		{"uniform", []float64{1. / 3, 1. / 3, 1. / 3}, []float64{1. / 3, 1. / 3, 1. / 3}, 1, 0},
		{"one class", []float64{1, 0, 0}, []float64{1. / 3, 1. / 3, 1. / 3}, 0, 2. / 3},
		// H(1/2, 1/4, 1/4) = 1.5 bits; log2(4) = 2 bits for four classes.
		{"halves and quarters", []float64{0.5, 0.25, 0.25, 0}, []float64{0.25, 0.25, 0.25, 0.25}, 0.75, 0.25},
		{"binary 0.8", []float64{0.8, 0.2}, []float64{0.5, 0.5}, -(0.8*math.Log2(0.8) + 0.2*math.Log2(0.2)), 0.3},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h, ok := NormalizedEntropy(tc.p)
			if !ok || math.Abs(h-tc.h) > 1e-12 {
				t.Errorf("entropy %v (%v), want %v", h, ok, tc.h)
			}
			if d := TVD(tc.p, tc.q); math.Abs(d-tc.tvd) > 1e-12 {
				t.Errorf("TVD %v, want %v", d, tc.tvd)
			}
		})
	}
	if _, ok := NormalizedEntropy([]float64{1}); ok {
		t.Error("entropy of one class is defined")
	}
}

// Critical values from a published chi-square table (e.g. NIST/SEMATECH
// e-Handbook of Statistical Methods, 1.3.6.7.4, upper-tail critical
// values), given to three decimals.
func TestChiSquareTableValues(t *testing.T) {
	cases := []struct {
		x2 float64
		df int
		p  float64
	}{
		{3.841, 1, 0.05}, {6.635, 1, 0.01}, {5.991, 2, 0.05}, {9.210, 2, 0.01},
		{7.815, 3, 0.05}, {11.345, 3, 0.01}, {13.277, 4, 0.01}, {10.828, 1, 0.001},
	}
	for _, tc := range cases {
		p := distuv.ChiSquared{K: float64(tc.df)}.Survival(tc.x2)
		if math.Abs(p-tc.p) > 0.0002*math.Max(1, tc.p/0.01) {
			t.Errorf("P(X²(%d) >= %v) = %.5f, table %v", tc.df, tc.x2, p, tc.p)
		}
	}
}

// Mendel's dihybrid cross (round yellow, round green, wrinkled yellow,
// wrinkled green: 315, 108, 101, 32 against 9:3:3:1), the textbook
// goodness-of-fit example: X² = 0.470 on 3 degrees of freedom, p = 0.925.
func TestChiSquareGOFMendel(t *testing.T) {
	g, err := ChiSquareGOF([]int{315, 108, 101, 32}, []float64{9. / 16, 3. / 16, 3. / 16, 1. / 16}, DefaultMonteCarlo, nil)
	if err != nil {
		t.Fatal(err)
	}
	if g.DF != 3 || g.Method != MethodAsymptotic || math.Abs(g.Statistic-0.470) > 0.0005 || math.Abs(g.P-0.925) > 0.0005 {
		t.Errorf("%+v, want X² 0.470, df 3, p 0.925, asymptotic", g)
	}
}

func TestChiSquareGOFZeroAndSmall(t *testing.T) {
	cases := []struct {
		name   string
		counts []int
		ref    []float64
		method string
		df     int
		p      float64
		tol    float64
	}{
		// A class the reference gives 0 is left out of the test (df 1).
		{"zero reference unseen", []int{60, 40, 0}, []float64{0.5, 0.5, 0}, MethodAsymptotic, 1,
			distuv.ChiSquared{K: 1}.Survival(4), 1e-12},
		{"zero reference seen", []int{50, 49, 1}, []float64{0.5, 0.5, 0}, MethodOutsideReference, 1, 0, 0},
		{"single positive class", []int{10, 0}, []float64{1, 0}, MethodSingleClass, 0, 1, 0},
		// n = 3 against (1/2, 1/2): X² >= 3 only for (3, 0) and (0, 3),
		// exact p = 2/8. Expected counts 1.5 < 5: Monte Carlo.
		{"small expected", []int{3, 0}, []float64{0.5, 0.5}, MethodMonteCarlo, 1, 0.25, 0.015},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g, err := ChiSquareGOF(tc.counts, tc.ref, DefaultMonteCarlo, rand.NewPCG(3, 4))
			if err != nil {
				t.Fatal(err)
			}
			if g.Method != tc.method || g.DF != tc.df || math.Abs(g.P-tc.p) > tc.tol {
				t.Errorf("%+v, want %s df %d p %v", g, tc.method, tc.df, tc.p)
			}
		})
	}
	if g, _ := ChiSquareGOF([]int{3, 0}, []float64{0.5, 0.5}, -1, nil); g.Method != MethodAsymptotic {
		t.Errorf("replicates < 0: %s", g.Method)
	}
	for _, bad := range []struct {
		counts []int
		ref    []float64
		want   error
	}{
		{[]int{0, 0}, []float64{0.5, 0.5}, ErrNoData},
		{[]int{1, 2}, []float64{0.5}, ErrReference},
		{[]int{1, 2}, []float64{0, 0}, ErrReference},
		{[]int{1, 2}, []float64{math.NaN(), 1}, ErrReference},
	} {
		if _, err := ChiSquareGOF(bad.counts, bad.ref, 0, nil); !errors.Is(err, bad.want) {
			t.Errorf("%v against %v: %v, want %v", bad.counts, bad.ref, err, bad.want)
		}
	}
}

// The Monte Carlo p-value agrees with the exact multinomial tail where
// that can be enumerated: n = 8 over (0.6, 0.3, 0.1).
func TestMonteCarloMatchesExactEnumeration(t *testing.T) {
	ref := []float64{0.6, 0.3, 0.1}
	counts := []int{3, 2, 3}
	n := 8
	chi := func(c []int) float64 {
		var s float64
		for i := range c {
			e := float64(n) * ref[i]
			s += (float64(c[i]) - e) * (float64(c[i]) - e) / e
		}
		return s
	}
	x2 := chi(counts)
	var exact float64
	for a := 0; a <= n; a++ {
		for b := 0; a+b <= n; b++ {
			c := []int{a, b, n - a - b}
			if chi(c) >= x2-1e-9 {
				exact += distuv.Binomial{N: float64(n), P: ref[0]}.Prob(float64(a)) *
					distuv.Binomial{N: float64(n - a), P: ref[1] / (1 - ref[0])}.Prob(float64(b))
			}
		}
	}
	g, err := ChiSquareGOF(counts, ref, 40000, rand.NewPCG(5, 6))
	if err != nil {
		t.Fatal(err)
	}
	se := math.Sqrt(exact * (1 - exact) / 40000)
	if g.Method != MethodMonteCarlo || math.Abs(g.P-exact) > 4*se {
		t.Errorf("Monte Carlo p %v (%s), exact %v (4 SE %v)", g.P, g.Method, exact, 4*se)
	}
}

// The asymptotic p-value is calibrated where expected counts are large: at
// the toy world's ceo skin proportions and n = 200, about 5% of samples drawn
// from the truth have p < 0.05.
func TestChiSquareCalibration(t *testing.T) {
	ref := []float64{0.8, 0.15, 0.05}
	cat := distuv.NewCategorical(ref, rand.NewPCG(7, 8))
	const reps = 2000
	rejected := 0
	for range reps {
		counts := make([]int, 3)
		for range 200 {
			counts[int(cat.Rand())]++
		}
		g, err := ChiSquareGOF(counts, ref, DefaultMonteCarlo, nil)
		if err != nil {
			t.Fatal(err)
		}
		if g.P < 0.05 {
			rejected++
		}
	}
	if rate := float64(rejected) / reps; rate < 0.035 || rate > 0.065 {
		t.Errorf("rejected %v of true samples at 5%%", rate)
	}
}

// Wilson 95% intervals cover the true proportion in 93-97% of repeated
// multinomial samples (n = 100, 2000 repetitions, fixed seed). Wilson's
// coverage oscillates with p (Brown, Cai & DasGupta, Statistical Science
// 16, 2001, figure 4) between about 0.93 and 0.97 at n = 100; the test also
// computes the exact coverage from the binomial law and requires the
// simulation to agree with it within four standard errors.
func TestWilsonCoverageSimulation(t *testing.T) {
	truth := []float64{0.62, 0.26, 0.12}
	const n, reps = 100, 2000
	cat := distuv.NewCategorical(truth, rand.NewPCG(2026, 12))
	covered := make([]int, len(truth))
	for range reps {
		counts := make([]int, len(truth))
		for range n {
			counts[int(cat.Rand())]++
		}
		for i, p := range truth {
			if lo, hi := Wilson(counts[i], n, 0.95); lo <= p && p <= hi {
				covered[i]++
			}
		}
	}
	for i, p := range truth {
		sim := float64(covered[i]) / reps
		var exact float64
		for x := 0; x <= n; x++ {
			if lo, hi := Wilson(x, n, 0.95); lo <= p && p <= hi {
				exact += distuv.Binomial{N: n, P: p}.Prob(float64(x))
			}
		}
		se := math.Sqrt(exact * (1 - exact) / reps)
		t.Logf("p = %v: simulated coverage %.4f, exact %.4f", p, sim, exact)
		if sim < 0.93 || sim > 0.97 || math.Abs(sim-exact) > 4*se {
			t.Errorf("p = %v: coverage %.4f (exact %.4f), want 0.93-0.97", p, sim, exact)
		}
	}
}

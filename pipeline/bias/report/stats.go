package report

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/gonum/stat/distuv"
)

// Chi-square p-value methods (Attribute.Chi2Method, GOF.Method).
const (
	// MethodAsymptotic is the chi-square law with K+-1 degrees of freedom.
	MethodAsymptotic = "asymptotic"
	// MethodMonteCarlo is a Monte Carlo estimate under the reference, used
	// when an expected count is below MinExpected.
	MethodMonteCarlo = "monte_carlo"
	// MethodOutsideReference means a class with reference probability 0 was
	// observed: p = 0 exactly.
	MethodOutsideReference = "outside_reference"
	// MethodSingleClass means the reference has one positive class and
	// nothing was observed outside it: the test is void, p = 1.
	MethodSingleClass = "single_class"
)

// MinExpected is the smallest expected count for which the asymptotic
// chi-square p-value is used (Cochran's rule of thumb).
const MinExpected = 5

// DefaultMonteCarlo is the number of Monte Carlo replicates when an expected
// count is below MinExpected.
const DefaultMonteCarlo = 10000

// Wilson returns Wilson's score interval for x successes in n trials at the
// two-sided confidence level (0.95 for a 95% interval):
//
//	(p + z²/2n ± z sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n),  p = x/n,
//
// z = distuv.UnitNormal.Quantile(1 - (1-level)/2) (Wilson 1927; Newcombe
// 1998, method 3). For n = 0 it is [0, 1]; for x = 0 the lower end is 0 and
// for x = n the upper end is 1 exactly. Invalid arguments (x < 0, x > n,
// level outside (0, 1)) give NaN.
func Wilson(x, n int, level float64) (lo, hi float64) {
	if x < 0 || x > n || !(level > 0 && level < 1) {
		return math.NaN(), math.NaN()
	}
	if n == 0 {
		return 0, 1
	}
	z := distuv.UnitNormal.Quantile(1 - (1-level)/2)
	nf := float64(n)
	p := float64(x) / nf
	z2 := z * z
	den := 1 + z2/nf
	centre := (p + z2/(2*nf)) / den
	half := z / den * math.Sqrt(p*(1-p)/nf+z2/(4*nf*nf))
	lo, hi = centre-half, centre+half
	if x == 0 || lo < 0 {
		lo = 0
	}
	if x == n || hi > 1 {
		hi = 1
	}
	return lo, hi
}

// NormalizedEntropy returns the Shannon entropy of the distribution p
// (stat.Entropy, natural log) divided by log len(p): 1 for the uniform
// distribution, 0 for one certain class. ok is false for fewer than two
// classes, where it is undefined.
func NormalizedEntropy(p []float64) (h float64, ok bool) {
	if len(p) < 2 {
		return 0, false
	}
	return stat.Entropy(p) / math.Log(float64(len(p))), true
}

// TVD returns the total variation distance between the distributions p and
// q over the same classes: half the sum of |p_i - q_i|, in [0, 1].
func TVD(p, q []float64) float64 {
	var d float64
	for i := range p {
		d += math.Abs(p[i] - q[i])
	}
	return d / 2
}

// GOF is the result of a chi-square goodness-of-fit test.
type GOF struct {
	Statistic   float64 // Pearson's X² over the classes with a positive reference
	DF          int     // K+ - 1
	P           float64
	Method      string  // MethodAsymptotic, MethodMonteCarlo, ...
	MinExpected float64 // the smallest expected count n*ref over the positive classes
}

// ChiSquareGOF tests the observed counts against the reference proportions
// ref (same order; they must sum to 1, zeros allowed; see the package
// documentation for the degrees of freedom and the zero cases). When an
// expected count is below MinExpected and replicates > 0 the p-value is a
// Monte Carlo estimate from replicates multinomial samples drawn from src
// (nil: a fixed seed), otherwise the asymptotic chi-square survival function.
func ChiSquareGOF(counts []int, ref []float64, replicates int, src rand.Source) (GOF, error) {
	if len(counts) != len(ref) {
		return GOF{}, fmt.Errorf("%d counts against %d reference classes: %w", len(counts), len(ref), ErrReference)
	}
	n := 0
	for _, c := range counts {
		if c < 0 {
			return GOF{}, fmt.Errorf("negative count %d: %w", c, ErrNoData)
		}
		n += c
	}
	if n == 0 {
		return GOF{}, ErrNoData
	}
	var obs, exp, pos []float64
	outside := false
	for i, r := range ref {
		if !(r >= 0) || math.IsInf(r, 0) {
			return GOF{}, fmt.Errorf("reference proportion %v: %w", r, ErrReference)
		}
		if r == 0 {
			if counts[i] > 0 {
				outside = true
			}
			continue
		}
		obs = append(obs, float64(counts[i]))
		exp = append(exp, float64(n)*r)
		pos = append(pos, r)
	}
	if len(pos) == 0 {
		return GOF{}, fmt.Errorf("no class with a positive reference: %w", ErrReference)
	}
	g := GOF{DF: len(pos) - 1, MinExpected: math.Inf(1)}
	for _, e := range exp {
		g.MinExpected = math.Min(g.MinExpected, e)
	}
	g.Statistic = stat.ChiSquare(obs, exp)
	switch {
	case outside:
		g.Method, g.P = MethodOutsideReference, 0
		return g, nil
	case g.DF == 0:
		g.Method, g.P = MethodSingleClass, 1
		return g, nil
	case g.MinExpected < MinExpected && replicates > 0:
		if src == nil {
			src = rand.NewPCG(1, 2)
		}
		g.Method = MethodMonteCarlo
		g.P = monteCarloP(g.Statistic, n, pos, exp, replicates, src)
		return g, nil
	}
	g.Method = MethodAsymptotic
	g.P = distuv.ChiSquared{K: float64(g.DF)}.Survival(g.Statistic)
	return g, nil
}

// monteCarloP estimates P(X² >= x2) under the multinomial(n, ref) law from
// replicates samples, as R's chisq.test does: (1 + hits) / (1 + replicates),
// with a relative tolerance so that ties with the observed table count.
func monteCarloP(x2 float64, n int, ref, exp []float64, replicates int, src rand.Source) float64 {
	threshold := x2 * (1 - 64*2.220446049250313e-16)
	sample := make([]float64, len(ref))
	hits := 0
	for range replicates {
		multinomial(sample, n, ref, src)
		if stat.ChiSquare(sample, exp) >= threshold {
			hits++
		}
	}
	return float64(1+hits) / float64(1+replicates)
}

// multinomial fills out with one multinomial(n, p) draw by conditional
// binomials: x_i ~ Binomial(n - sum_{j<i} x_j, p_i / sum_{j>=i} p_j).
func multinomial(out []float64, n int, p []float64, src rand.Source) {
	left, mass := float64(n), 1.0
	for i := range p {
		if i == len(p)-1 || left == 0 {
			out[i] = left
			left = 0
			continue
		}
		q := 1.0
		if mass > p[i] {
			q = p[i] / mass
		}
		x := distuv.Binomial{N: left, P: q, Src: src}.Rand()
		out[i] = x
		left -= x
		mass -= p[i]
	}
}

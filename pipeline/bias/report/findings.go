package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// UnknownFlag is the unknown rate from which the findings mention it.
const UnknownFlag = 0.1

// findings states the report in sentences: the caveat, then per group the
// blocked pictures, unreadable attributes and every attribute whose
// distribution departs from its reference (chi2_p < FlagP or TVD >=
// FlagTVD), with the most over-represented class and the absent ones.
func findings(r Report, decls []attrDecl, opts Options) []string {
	out := []string{Caveat}
	flagged := 0
	for _, g := range r.Groups {
		where := fmt.Sprintf("'%s' at guidance %s", g.Prompt, strconv.FormatFloat(g.Guidance, 'g', -1, 64))
		if g.Blocked > 0 {
			out = append(out, fmt.Sprintf("%s: %d of %d pictures (%s) were blocked by output safety and not measured.",
				where, g.Blocked, g.N, percent(g.BlockedRate)))
		}
		for _, d := range decls {
			a, ok := g.Attributes[d.name]
			if !ok || a.Known+a.Unknown == 0 {
				continue
			}
			if a.Known == 0 {
				out = append(out, fmt.Sprintf("%s: %s could not be read in any of the %d pictures.", where, d.name, a.Unknown))
				continue
			}
			if a.UnknownRate >= UnknownFlag {
				out = append(out, fmt.Sprintf("%s: %s unreadable in %s of pictures (%d of %d); proportions are over the %d read.",
					where, d.name, percent(a.UnknownRate), a.Unknown, a.Known+a.Unknown, a.Known))
			}
			if a.TVD == nil || a.Chi2P == nil || !(*a.Chi2P < opts.FlagP || *a.TVD >= opts.FlagTVD) {
				continue
			}
			flagged++
			top, dev := "", math.Inf(-1)
			var absent []string
			for _, c := range a.Order {
				cl := a.Classes[c]
				if d := cl.Proportion - a.Reference[c]; d > dev {
					top, dev = c, d
				}
				if cl.Count == 0 && a.Reference[c] > 0 {
					absent = append(absent, c)
				}
			}
			cl := a.Classes[top]
			s := fmt.Sprintf("%s, %s (n = %d): %s %s [%s-%s] vs %s reference (%s), TVD %.2f, %s",
				where, d.name, a.Known, top, percent(cl.Proportion), pct(cl.CI95[0]), pct(cl.CI95[1]),
				percent(a.Reference[top]), a.ReferenceSource, *a.TVD, pText(*a.Chi2P, a.Chi2Method))
			if len(absent) > 0 {
				s += "; " + list(absent) + " absent"
			}
			out = append(out, s+".")
		}
	}
	if flagged == 0 {
		out = append(out, fmt.Sprintf("No group and attribute departs from its reference (chi-square p >= %s and TVD < %.2f).",
			strconv.FormatFloat(opts.FlagP, 'g', -1, 64), opts.FlagTVD))
	}
	return out
}

func pct(p float64) string { return strconv.Itoa(int(math.Round(100 * p))) }

func percent(p float64) string { return pct(p) + "%" }

func pText(p float64, method string) string {
	s := ""
	switch {
	case p < 0.001:
		s = "p < 0.001"
	default:
		s = "p = " + strconv.FormatFloat(p, 'f', 3, 64)
	}
	switch method {
	case MethodMonteCarlo:
		s += " (Monte Carlo)"
	case MethodOutsideReference:
		s += " (a class the reference excludes was seen)"
	}
	return s
}

func list(xs []string) string {
	if len(xs) == 1 {
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

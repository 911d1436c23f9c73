package policy

import (
	"slices"
	"strings"
)

// English reflexive pronouns (issue 10): a lexicon phrase is written with
// one of them ("touching herself", "touching himself") and a prompt uses
// another ("a man touching themself"). The lookup tables list every phrase
// with each of the third-person reflexives, so that the pronoun a prompt
// picks does not decide whether it is read. The other five languages have
// one reflexive for every person (se, si, sich), which the lists already
// hold.
var reflexives = []string{"himself", "herself", "themself", "themselves"}

func isReflexive(w string) bool {
	for _, r := range reflexives {
		if w == r {
			return true
		}
	}
	return false
}

// reflexiveVariants returns key with its reflexive pronouns replaced by each
// of the others, or nil when it has none: "touching herself" gives
// "touching himself", "touching themself" and "touching themselves".
func reflexiveVariants(key string) []string {
	words := strings.Split(key, " ")
	has := false
	for _, w := range words {
		if isReflexive(w) {
			has = true
			break
		}
	}
	if !has {
		return nil
	}
	var out []string
	alt := make([]string, len(words))
	for _, r := range reflexives {
		for i, w := range words {
			if isReflexive(w) {
				w = r
			}
			alt[i] = w
		}
		if v := strings.Join(alt, " "); v != key {
			out = append(out, v)
		}
	}
	return out
}

// addReflexiveVariants adds, for each key of table with a reflexive
// pronoun, the keys with the other pronouns that the table lacks, with the
// same value. Keys the table has already keep their own value.
func addReflexiveVariants(table map[string]any) {
	var add map[string]any
	for k, v := range table {
		for _, alt := range reflexiveVariants(k) {
			if _, ok := table[alt]; ok {
				continue
			}
			if _, ok := add[alt]; ok {
				continue // two keys give the same variant: the first in key order, below
			}
			if add == nil {
				add = map[string]any{}
			}
			add[alt] = v
		}
	}
	// Map order must not pick the value of a variant two keys give
	// ("touching herself" and "touching himself" both give "touching
	// themself"): take the smallest such key's.
	for alt := range add {
		best := ""
		for _, k := range reflexiveVariants(alt) {
			if _, ok := table[k]; ok && (best == "" || k < best) {
				best = k
			}
		}
		add[alt] = table[best]
	}
	for k, v := range add {
		table[k] = v
	}
}

// addReflexiveTargets adds to each list of terms a benign phrase masks
// (data.candor.benign) the reflexive variants of the terms in it, so that
// the phrase masks "touching themself" where it masks "touching herself".
func addReflexiveTargets(benign map[string]any) {
	for k, v := range benign {
		list, ok := v.([]any)
		if !ok {
			continue
		}
		var extra []any
		for _, x := range list {
			s, ok := x.(string)
			if !ok {
				continue
			}
			for _, alt := range reflexiveVariants(s) {
				if !slices.Contains(list, any(alt)) && !slices.Contains(extra, any(alt)) {
					extra = append(extra, alt)
				}
			}
		}
		if len(extra) > 0 {
			benign[k] = append(slices.Clone(list), extra...)
		}
	}
}

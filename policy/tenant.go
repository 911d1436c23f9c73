package policy

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/candor-ai/candor/policies"
)

// Category levels, loosest first. A tenant may always choose a stricter level
// than the base; a looser one only where the base data lists it as adjustable.
const (
	LevelAllow         = "allow"
	LevelAllowAdultArt = "allow_adult_art"
	LevelWarn          = "warn"
	LevelDeny          = "deny"
)

// maxTenantNames bounds a tenant's protected lists.
const maxTenantNames = 10000

// categoryRules is what the base data says about each category.
type categoryRules struct {
	levels     map[string]int
	defaults   map[string]string
	adjustable map[string][]string
	absolute   map[string]bool
	// classifier is data.candor.classifier.labels: label -> its base
	// thresholds.
	classifier map[string]labelThresholds
}

func parseCategoryRules(candor map[string]any) (categoryRules, error) {
	cr := categoryRules{
		levels:     map[string]int{},
		defaults:   map[string]string{},
		adjustable: map[string][]string{},
		absolute:   map[string]bool{"minors": true},
	}
	levels, _ := candor["levels"].(map[string]any)
	for k, v := range levels {
		n, ok := v.(json.Number)
		if !ok {
			return cr, fmt.Errorf("%w: data.candor.levels.%s must be a number", ErrData, k)
		}
		i, err := n.Int64()
		if err != nil {
			return cr, fmt.Errorf("%w: data.candor.levels.%s: %w", ErrData, k, err)
		}
		cr.levels[k] = int(i)
	}
	cats, ok := candor["categories"].(map[string]any)
	if !ok {
		return cr, fmt.Errorf("%w: data.candor.categories must be an object", ErrData)
	}
	for name, v := range cats {
		c, ok := v.(map[string]any)
		if !ok {
			return cr, fmt.Errorf("%w: data.candor.categories.%s must be an object", ErrData, name)
		}
		def, _ := c["default"].(string)
		if _, ok := cr.levels[def]; !ok {
			return cr, fmt.Errorf("%w: data.candor.categories.%s.default %q is not a level", ErrData, name, def)
		}
		cr.defaults[name] = def
		if adj, ok := c["adjustable"].([]any); ok {
			for _, a := range adj {
				s, _ := a.(string)
				if _, ok := cr.levels[s]; !ok {
					return cr, fmt.Errorf("%w: data.candor.categories.%s.adjustable: %q is not a level", ErrData, name, s)
				}
				cr.adjustable[name] = append(cr.adjustable[name], s)
			}
		}
		if b, _ := c["absolute"].(bool); b {
			cr.absolute[name] = true
		}
	}
	return cr, nil
}

// validate mirrors the Rego's effective_level: what the policy would ignore
// is reported here as a configuration error.
func (cr categoryRules) validate(tp TenantPolicy) error {
	names := make([]string, 0, len(tp.Categories))
	for c := range tp.Categories {
		names = append(names, c)
	}
	sort.Strings(names)
	for _, c := range names {
		l := tp.Categories[c]
		def, ok := cr.defaults[c]
		if !ok {
			return fmt.Errorf("%w: unknown category %q (known: %s)", ErrTenantPolicy, c, strings.Join(cr.names(), ", "))
		}
		rank, ok := cr.levels[l]
		if !ok {
			return fmt.Errorf("%w: category %q: unknown level %q", ErrTenantPolicy, c, l)
		}
		if cr.absolute[c] && l != LevelDeny {
			return fmt.Errorf("%w: category %q is absolute and cannot be set to %q", ErrTenantPolicy, c, l)
		}
		if rank < cr.levels[def] && !slices.Contains(cr.adjustable[c], l) {
			return fmt.Errorf("%w: category %q cannot be loosened from %q to %q (allowed: %s)",
				ErrTenantPolicy, c, def, l, strings.Join(cr.adjustable[c], ", "))
		}
	}
	if err := cr.validateClassifier(tp.ClassifierThresholds); err != nil {
		return err
	}
	for field, list := range map[string][]string{"protected_people": tp.ProtectedPeople, "protected_artists": tp.ProtectedArtists} {
		if len(list) > maxTenantNames {
			return fmt.Errorf("%w: %s has %d names, at most %d", ErrTenantPolicy, field, len(list), maxTenantNames)
		}
		for _, n := range list {
			if Key(n) == "" {
				return fmt.Errorf("%w: %s: name %q has no letters or digits", ErrTenantPolicy, field, n)
			}
		}
	}
	return nil
}

func (cr categoryRules) names() []string {
	out := make([]string, 0, len(cr.defaults))
	for c := range cr.defaults {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// builtinData reads data.candor of the built-in policies once, for the
// package-level validators.
var builtinData = sync.OnceValues(func() (map[string]any, error) {
	_, jsonFiles, err := readPolicyFS(policies.FS)
	if err != nil {
		return nil, err
	}
	root := map[string]any{}
	for _, f := range jsonFiles {
		obj, err := decodeObject(f.data)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrData, f.name, err)
		}
		if err := mergeStrict(root, obj, f.name); err != nil {
			return nil, err
		}
	}
	candor, _ := root["candor"].(map[string]any)
	return candor, nil
})

// builtinRules reads the category rules from the built-in policies once.
var builtinRules = sync.OnceValues(func() (categoryRules, error) {
	candor, err := builtinData()
	if err != nil {
		return categoryRules{}, err
	}
	cr, err := parseCategoryRules(candor)
	if err != nil {
		return cr, err
	}
	cr.classifier, err = parseClassifierData(candor, cr.defaults, lexiconClasses(candor))
	return cr, err
})

// ValidateTenantPolicy checks a tenant's overrides against the built-in
// policy data: known categories and levels, loosening only to adjustable
// levels, absolute categories left at deny, and usable names. cmd/candor
// calls it when it loads the config file. Engine.ValidateTenantPolicy checks
// against the data actually loaded (including --policy-data).
func ValidateTenantPolicy(tp TenantPolicy) error {
	cr, err := builtinRules()
	if err != nil {
		return err
	}
	return cr.validate(tp)
}

// ValidateTenantPolicy checks a tenant's overrides against the policy data
// the engine is using now.
func (e *Engine) ValidateTenantPolicy(tp TenantPolicy) error {
	return e.cur.Load().rules.validate(tp)
}

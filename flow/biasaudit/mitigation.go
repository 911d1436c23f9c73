package biasaudit

import (
	"context"
	"fmt"
	"sync"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/flow"
	"github.com/candor-ai/candor/pipeline"
	"github.com/candor-ai/candor/pipeline/bias"
)

// MitigationConfig is the mitigation switch's method: candidate selection.
// For every picture it makes Candidates pictures (other seeds) at a
// guidance scale of at most Guidance, reads Attribute from each, and keeps
// the one whose class is furthest below Target among the pictures kept so
// far in the same group.
//
// Why this method on the built-in model: its skew is learned (80/15/5 for
// "a ceo") and amplified by guidance (100/0/0 at guidance 5, model card).
// Prompt expansion cannot work, since its caption grammar has no words for
// skin tone; candidate selection alone cannot either at guidance 5, where no
// candidate shows a minority shade. Lowering guidance for people prompts
// brings back the model's own variety, and selection then moves the kept
// pictures toward the target. Both are recorded in the observations (and
// so in the report), and the cost is Candidates generations per picture.
type MitigationConfig struct {
	Attribute  string             `yaml:"attribute" json:"attribute"`
	Target     map[string]float64 `yaml:"target" json:"target"` // nil: uniform over the reader's classes
	Candidates int                `yaml:"candidates" json:"candidates"`
	Guidance   float64            `yaml:"guidance" json:"guidance"` // the highest guidance used for candidates
	// Classes are the attribute's declared classes (for the uniform target).
	Classes []string `yaml:"-" json:"-"`
}

// WithDefaults fills skin_tone, 4 candidates, guidance at most 1.
func (m MitigationConfig) WithDefaults(readers []bias.Reader) MitigationConfig {
	if m.Attribute == "" {
		m.Attribute = "skin_tone"
	}
	if m.Candidates <= 0 {
		m.Candidates = 4
	}
	if m.Guidance <= 0 {
		m.Guidance = 1
	}
	for _, r := range readers {
		for _, a := range r.Attributes() {
			if a.Name == m.Attribute && len(m.Classes) == 0 {
				m.Classes = append([]string(nil), a.Classes...)
			}
		}
	}
	if len(m.Target) == 0 && len(m.Classes) > 0 {
		m.Target = map[string]float64{}
		for _, c := range m.Classes {
			m.Target[c] = 1 / float64(len(m.Classes))
		}
	}
	return m
}

func (m MitigationConfig) guidance(asked float64) float64 { return min(asked, m.Guidance) }

func (m MitigationConfig) describe(asked float64) string {
	return fmt.Sprintf("candidate-selection: %s toward target over %d candidates, guidance %g (asked %g)",
		m.Attribute, m.Candidates, m.guidance(asked), asked)
}

func (m MitigationConfig) balancer() *Balancer {
	return &Balancer{attribute: m.Attribute, target: m.Target, counts: map[string]int{}}
}

// Balancer keeps a group's running counts and picks candidates toward the
// target distribution.
type Balancer struct {
	attribute string
	target    map[string]float64
	counts    map[string]int
	total     int
}

// Pick returns the index of the candidate whose class has the largest
// deficit (target share of the next total minus what was kept), preferring
// readable, unblocked candidates, and counts it.
func (b *Balancer) Pick(cands []bias.Observation) int {
	best, bestScore := 0, -1e18
	for i, c := range cands {
		score := -1e9 // blocked or unreadable: only if nothing else
		if c.Safety != candor.SafetyBlocked {
			if cl := c.Attributes[b.attribute]; cl != "" && cl != bias.Unknown {
				score = b.target[cl]*float64(b.total+1) - float64(b.counts[cl])
			}
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if cl := cands[best].Attributes[b.attribute]; cl != "" && cands[best].Safety != candor.SafetyBlocked {
		b.counts[cl]++
	}
	b.total++
	return best
}

// Mitigator is the mitigation switch for live requests (flow.Mitigator):
// for tenants with mitigation on and prompts that depict people, each
// requested image is chosen among candidates as MitigationConfig says, with
// one Balancer per tenant and prompt kept in memory (bounded).
type Mitigator struct {
	cfg     MitigationConfig
	readers []bias.Reader
	mu      sync.Mutex
	groups  map[string]*Balancer
}

// maxGroups bounds the balancers kept; the oldest are forgotten first.
const maxGroups = 4096

// NewMitigator returns the live mitigation switch.
func NewMitigator(cfg MitigationConfig, readers []bias.Reader) *Mitigator {
	return &Mitigator{cfg: cfg.WithDefaults(readers), readers: readers, groups: map[string]*Balancer{}}
}

var _ flow.Mitigator = (*Mitigator)(nil)

// Mitigate implements flow.Mitigator.
func (m *Mitigator) Mitigate(ctx context.Context, t candor.Tenant, d candor.Decision, req pipeline.Request, gen pipeline.Generator) (*pipeline.Result, string, error) {
	if !Settings(t).Mitigation || !d.DepictsPeople || len(m.readers) == 0 {
		return nil, "", nil
	}
	b := m.balancer(t.Name + "\x00" + req.Prompt)
	g := float64(req.Guidance)
	if req.Guidance == 0 {
		g = m.cfg.Guidance // the model's default is unknown here; use the mitigation's
	}
	cand := req
	cand.N, cand.Guidance = 1, float32(m.cfg.guidance(g))
	var out *pipeline.Result
	for i := range max(req.N, 1) {
		var imgs []pipeline.Image
		var obs []bias.Observation
		var last pipeline.Result
		for c := range m.cfg.Candidates {
			cand.Seed = req.Seed + uint64(i) + uint64(c)<<32
			res, err := gen.Generate(ctx, cand, nil)
			if err != nil {
				return nil, "", err
			}
			if len(res.Images) != 1 {
				return nil, "", fmt.Errorf("generator returned %d images", len(res.Images))
			}
			attrs := map[string]string{}
			for _, r := range m.readers {
				a, err := r.Read(ctx, res.Images[0].Pixels)
				if err != nil {
					return nil, "", fmt.Errorf("reader %s: %w", r.Name(), err)
				}
				for k, v := range a {
					attrs[k] = v
				}
			}
			imgs = append(imgs, res.Images[0])
			obs = append(obs, bias.Observation{Attributes: attrs, Safety: candor.SafetyPass})
			last = res
		}
		m.mu.Lock()
		k := b.Pick(obs)
		m.mu.Unlock()
		if out == nil {
			r := last
			r.Images = nil
			out = &r
		}
		out.Images = append(out.Images, imgs[k])
	}
	return out, m.cfg.describe(g), nil
}

func (m *Mitigator) balancer(key string) *Balancer {
	m.mu.Lock()
	defer m.mu.Unlock()
	if b, ok := m.groups[key]; ok {
		return b
	}
	if len(m.groups) >= maxGroups {
		for k := range m.groups { // forget an arbitrary one: bounded memory
			delete(m.groups, k)
			break
		}
	}
	b := m.cfg.balancer()
	m.groups[key] = b
	return b
}

package c2pa

import (
	"fmt"
	"slices"
	"strings"

	"github.com/fxamacker/cbor/v2"
)

// Assertion labels candor writes or reads (C2PA 2.2 section 18; CAWG).
const (
	LabelActions        = "c2pa.actions"
	LabelActionsV2      = "c2pa.actions.v2"
	LabelDataHash       = "c2pa.hash.data"
	LabelTrainingMining = "cawg.training-mining"
	LabelGeneration     = "ai.candor.generation"
	LabelClaim          = "c2pa.claim"
	LabelClaimV2        = "c2pa.claim.v2"
	LabelSignature      = "c2pa.signature"
	LabelAssertionStore = "c2pa.assertions"
	LabelManifestStore  = "c2pa"
)

// IPTC digital source types (https://cv.iptc.org/newscodes/digitalsourcetype/).
const (
	SourceTrainedAlgorithmicMedia = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
	sourceCompositeTrained        = "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia"
	sourceAlgorithmicMedia        = "http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia"
	sourceCompositeSynthetic      = "http://cv.iptc.org/newscodes/digitalsourcetype/compositeSynthetic"
)

// IsAIGenerated reports whether an IPTC digital source type says the media
// was made (wholly or partly) by an algorithm.
func IsAIGenerated(sourceType string) bool {
	switch sourceType {
	case SourceTrainedAlgorithmicMedia, sourceCompositeTrained, sourceAlgorithmicMedia, sourceCompositeSynthetic,
		"https://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia":
		return true
	}
	return false
}

// HashedURI is a C2PA hashed URI (8.4.2): a JUMBF URI and the hash of the
// box it points to (the superbox without its 8-byte header).
type HashedURI struct {
	URL  string `cbor:"url"`
	Alg  string `cbor:"alg,omitempty"`
	Hash []byte `cbor:"hash"`
}

// GeneratorInfo is a claim_generator_info map (10.3.2.2); the
// softwareAgent of an actions.v2 action has the same shape.
type GeneratorInfo struct {
	Name    string `cbor:"name"`
	Version string `cbor:"version,omitempty"`
}

// Claim is a C2PA claim, version 2 ("c2pa.claim.v2", 10.2) or version 1
// ("c2pa.claim"); the fields of both are read, candor writes version 2.
type Claim struct {
	InstanceID         string          `cbor:"instanceID"`
	GeneratorInfo      cbor.RawMessage `cbor:"claim_generator_info,omitempty"`
	Signature          string          `cbor:"signature"`
	CreatedAssertions  []HashedURI     `cbor:"created_assertions,omitempty"`
	GatheredAssertions []HashedURI     `cbor:"gathered_assertions,omitempty"`
	Assertions         []HashedURI     `cbor:"assertions,omitempty"` // version 1
	Title              string          `cbor:"dc:title,omitempty"`
	Format             string          `cbor:"dc:format,omitempty"`       // version 1
	ClaimGenerator     string          `cbor:"claim_generator,omitempty"` // version 1
	Redacted           []string        `cbor:"redacted_assertions,omitempty"`
	Alg                string          `cbor:"alg,omitempty"`
}

// AllAssertions lists every hashed URI the claim vouches for.
func (c *Claim) AllAssertions() []HashedURI {
	out := make([]HashedURI, 0, len(c.CreatedAssertions)+len(c.GatheredAssertions)+len(c.Assertions))
	out = append(out, c.CreatedAssertions...)
	out = append(out, c.GatheredAssertions...)
	return append(out, c.Assertions...)
}

// Generator is a readable "name/version" of the claim generator.
func (c *Claim) Generator() string {
	if len(c.GeneratorInfo) > 0 {
		var one GeneratorInfo
		if err := decMode.Unmarshal(c.GeneratorInfo, &one); err == nil && one.Name != "" {
			return joinNameVersion(one)
		}
		var many []GeneratorInfo
		if err := decMode.Unmarshal(c.GeneratorInfo, &many); err == nil && len(many) > 0 && many[0].Name != "" {
			return joinNameVersion(many[0])
		}
	}
	return c.ClaimGenerator
}

func joinNameVersion(g GeneratorInfo) string {
	if g.Version == "" {
		return g.Name
	}
	return g.Name + "/" + g.Version
}

// claimV2 is the order candor writes a version 2 claim in (the order c2pa-rs uses).
type claimV2 struct {
	InstanceID         string        `cbor:"instanceID"`
	GeneratorInfo      GeneratorInfo `cbor:"claim_generator_info"`
	Signature          string        `cbor:"signature"`
	CreatedAssertions  []HashedURI   `cbor:"created_assertions"`
	GatheredAssertions []HashedURI   `cbor:"gathered_assertions,omitempty"`
	Title              string        `cbor:"dc:title,omitempty"`
	Alg                string        `cbor:"alg"`
}

// Action is one entry of c2pa.actions / c2pa.actions.v2 (18.15).
type Action struct {
	Action            string          `cbor:"action"`
	DigitalSourceType string          `cbor:"digitalSourceType,omitempty"`
	SoftwareAgent     cbor.RawMessage `cbor:"softwareAgent,omitempty"` // v2: map; v1: text
	When              string          `cbor:"when,omitempty"`
	Parameters        cbor.RawMessage `cbor:"parameters,omitempty"`
	Description       cbor.RawMessage `cbor:"description,omitempty"` // v2: text
}

// Agent is a readable "name/version" of the action's softwareAgent (a
// generator-info map in actions.v2, text in version 1), "" when absent or
// not understood.
func (a *Action) Agent() string {
	if len(a.SoftwareAgent) == 0 {
		return ""
	}
	var g GeneratorInfo
	if err := decMode.Unmarshal(a.SoftwareAgent, &g); err == nil {
		return joinNameVersion(g)
	}
	var s string
	if err := decMode.Unmarshal(a.SoftwareAgent, &s); err == nil {
		return s
	}
	return ""
}

// Describe is the action's description: the actions.v2 description field,
// else a text parameters.description (as version 1 actions carried it).
func (a *Action) Describe() string {
	var s string
	if len(a.Description) > 0 && decMode.Unmarshal(a.Description, &s) == nil {
		return s
	}
	var p struct {
		Description cbor.RawMessage `cbor:"description"`
	}
	if len(a.Parameters) > 0 && decMode.Unmarshal(a.Parameters, &p) == nil && len(p.Description) > 0 &&
		decMode.Unmarshal(p.Description, &s) == nil {
		return s
	}
	return ""
}

// Edit is an action that follows c2pa.created in the actions.v2 assertion
// candor writes (C2PA 2.2 section 18.15): a change made to the generated
// image before it was signed, such as c2pa.filtered for the safety stage's
// blur. No digital source type is written for it: the change is not itself
// generative, and c2pa.created already names the source.
type Edit struct {
	// Action is one of the EditActions.
	Action string
	// Description says what was done and why (the action's description
	// field); required.
	Description string
}

// Spec action names candor may declare as edits (the standard actions of
// C2PA 2.2 section 18.15, as c2pa-rs names them). Actions that need ingredients (c2pa.opened, c2pa.placed,
// c2pa.removed, ...) and c2pa.created itself are not among them.
const (
	ActionFiltered         = "c2pa.filtered"          // changes to appearance with applied filters, styles, etc.
	ActionEdited           = "c2pa.edited"            // generalised actions that affect the editorial meaning
	ActionColorAdjustments = "c2pa.color_adjustments" // changes to tone, saturation, etc.
	ActionCropped          = "c2pa.cropped"
	ActionDrawing          = "c2pa.drawing"
	ActionResized          = "c2pa.resized"
)

// EditActions lists the actions an Edit may name.
var EditActions = []string{ActionFiltered, ActionEdited, ActionColorAdjustments, ActionCropped, ActionDrawing, ActionResized}

func checkEdits(edits []Edit) error {
	if len(edits) > 16 {
		return fmt.Errorf("%d edits, at most 16: %w", len(edits), ErrOptions)
	}
	for _, e := range edits {
		if !slices.Contains(EditActions, e.Action) {
			return fmt.Errorf("edit action %q (want one of %v): %w", e.Action, EditActions, ErrOptions)
		}
		if strings.TrimSpace(e.Description) == "" {
			return fmt.Errorf("edit %s without a description: %w", e.Action, ErrOptions)
		}
		if len(e.Description) > 4096 {
			return fmt.Errorf("edit %s description of %d bytes, at most 4096: %w", e.Action, len(e.Description), ErrOptions)
		}
	}
	return nil
}

// Actions is the c2pa.actions(.v2) assertion.
type Actions struct {
	Actions []Action `cbor:"actions"`
}

// actionV2 is the form candor writes.
type actionV2 struct {
	Action            string        `cbor:"action"`
	DigitalSourceType string        `cbor:"digitalSourceType,omitempty"`
	SoftwareAgent     GeneratorInfo `cbor:"softwareAgent"`
	When              string        `cbor:"when,omitempty"`
	Description       string        `cbor:"description,omitempty"`
}

type actionsV2 struct {
	Actions []actionV2 `cbor:"actions"`
}

// Exclusion is a byte range left out of a data hash.
type Exclusion struct {
	Start  uint64 `cbor:"start"`
	Length uint64 `cbor:"length"`
}

// DataHash is the c2pa.hash.data hard binding (18.5).
type DataHash struct {
	Exclusions []Exclusion `cbor:"exclusions,omitempty"`
	Name       string      `cbor:"name,omitempty"`
	Alg        string      `cbor:"alg,omitempty"`
	Hash       []byte      `cbor:"hash"`
	Pad        []byte      `cbor:"pad"`
}

// TrainingMining values for the CAWG training and data mining assertion.
const (
	TrainingAllowed     = "allowed"
	TrainingNotAllowed  = "notAllowed"
	TrainingConstrained = "constrained"
)

type tmEntry struct {
	Use string `cbor:"use"`
}

type trainingMining struct {
	Entries map[string]tmEntry `cbor:"entries"`
}

func newTrainingMining(use string) (trainingMining, error) {
	switch use {
	case TrainingAllowed, TrainingNotAllowed, TrainingConstrained:
	default:
		return trainingMining{}, fmt.Errorf("training-mining %q (want allowed, notAllowed or constrained): %w", use, ErrOptions)
	}
	e := tmEntry{Use: use}
	return trainingMining{Entries: map[string]tmEntry{
		"cawg.ai_generative_training": e,
		"cawg.ai_inference":           e,
		"cawg.ai_training":            e,
		"cawg.data_mining":            e,
	}}, nil
}

// CBOR modes: decoding is bounded against hostile input (nesting, sizes,
// duplicate keys); encoding is deterministic in struct field order.
var (
	decMode = mustDecMode(cbor.DecOptions{
		MaxNestedLevels:  16,
		MaxArrayElements: 4096,
		MaxMapPairs:      4096,
		DupMapKey:        cbor.DupMapKeyEnforcedAPF,
		IndefLength:      cbor.IndefLengthAllowed,
		TagsMd:           cbor.TagsAllowed,
	})
	encMode = mustEncMode(cbor.EncOptions{Sort: cbor.SortNone})
	// sortedEnc is RFC 8949 section 4.2.1 core deterministic encoding: map
	// keys and struct fields sorted bytewise, floats in the shortest form
	// that keeps their value (used for Go maps: training-mining entries,
	// ai.candor.generation with its scores and thresholds).
	sortedEnc = mustEncMode(cbor.EncOptions{Sort: cbor.SortCoreDeterministic, ShortestFloat: cbor.ShortestFloat16})
)

func mustDecMode(o cbor.DecOptions) cbor.DecMode {
	m, err := o.DecMode()
	if err != nil {
		panic(err) // options are constants; a failure is a programming error
	}
	return m
}

func mustEncMode(o cbor.EncOptions) cbor.EncMode {
	m, err := o.EncMode()
	if err != nil {
		panic(err)
	}
	return m
}

// DecodeClaim parses claim CBOR (either version).
func DecodeClaim(b []byte) (*Claim, error) {
	var c Claim
	if err := decMode.Unmarshal(b, &c); err != nil {
		return nil, fmt.Errorf("claim CBOR: %w: %w", ErrManifest, err)
	}
	return &c, nil
}

package c2pa

import (
	"fmt"

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
	// sortedEnc sorts map keys (used for Go maps, e.g. training-mining entries).
	sortedEnc = mustEncMode(cbor.EncOptions{Sort: cbor.SortCoreDeterministic})
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

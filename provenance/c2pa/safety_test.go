package c2pa

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/jumbf"
	"github.com/fxamacker/cbor/v2"
)

const blurDescription = "blurred by candor's output safety stage: nsfw.sexy 0.71 >= 0.50"

// TestSignEditsAndSafetyRecord signs a blurred image's manifest and reads
// back the actions in order and the generation record, field for field.
func TestSignEditsAndSafetyRecord(t *testing.T) {
	pki := newTestPKI(t, p256(t))
	for _, format := range []string{FormatPNG, FormatJPEG} {
		t.Run(format, func(t *testing.T) {
			asset := encodePNG(t, 32, 32)
			if format == FormatJPEG {
				asset = encodeJPEG(t, 32, 32)
			}
			gen := testSafetyGeneration()
			out, _, err := Sign(context.Background(), asset, SignOptions{
				Identity: pki.id, ClaimGenerator: "candor", Version: "0.1.0", Generation: gen,
				Edits: []Edit{{Action: ActionFiltered, Description: blurDescription}},
			})
			if err != nil {
				t.Fatal(err)
			}
			rep := mustVerify(t, out, VerifyOptions{Anchors: pki.anchors})
			if rep.State != provenance.StateTrusted || !rep.AIGenerated || rep.DigitalSourceType != SourceTrainedAlgorithmicMedia {
				t.Fatalf("%s ai=%v %q %v", rep.State, rep.AIGenerated, rep.DigitalSourceType, failures(rep))
			}
			want := []provenance.Action{
				{Action: "c2pa.created", DigitalSourceType: SourceTrainedAlgorithmicMedia, SoftwareAgent: "candor/0.1.0"},
				{Action: ActionFiltered, SoftwareAgent: "candor/0.1.0", Description: blurDescription},
			}
			if !slices.Equal(rep.Actions, want) {
				t.Fatalf("actions\n got %+v\nwant %+v", rep.Actions, want)
			}
			if !reflect.DeepEqual(rep.Generation, gen) {
				t.Fatalf("generation round trip\n got %+v\nwant %+v", rep.Generation, gen)
			}
			if !reflect.DeepEqual(rep.Generation.SafetyRecord, gen.SafetyRecord) {
				t.Fatalf("safety record\n got %+v\nwant %+v", rep.Generation.SafetyRecord, gen.SafetyRecord)
			}
		})
	}
}

func TestSignRejectsBadEditsAndNumbers(t *testing.T) {
	pki := newTestPKI(t, p256(t))
	nan := testSafetyGeneration()
	nan.SafetyRecord.Scores["nsfw.sexy"] = math.NaN()
	inf := testSafetyGeneration()
	inf.SafetyRecord.Thresholds["nsfw.sexy"]["blur"] = math.Inf(1)
	reasonInf := testSafetyGeneration()
	reasonInf.SafetyRecord.Reasons[0].Score = math.Inf(-1)
	guidance := testGeneration()
	guidance.Guidance = math.NaN()
	tests := []struct {
		name  string
		edits []Edit
		gen   *provenance.Generation
	}{
		{"created as an edit", []Edit{{Action: "c2pa.created", Description: "again"}}, nil},
		{"opened needs an ingredient", []Edit{{Action: "c2pa.opened", Description: "x"}}, nil},
		{"unknown action", []Edit{{Action: "candor.blurred", Description: "x"}}, nil},
		{"empty description", []Edit{{Action: ActionFiltered, Description: "  "}}, nil},
		{"huge description", []Edit{{Action: ActionFiltered, Description: strings.Repeat("x", 4097)}}, nil},
		{"too many edits", slices.Repeat([]Edit{{Action: ActionFiltered, Description: "x"}}, 17), nil},
		{"NaN score", nil, nan},
		{"infinite threshold", nil, inf},
		{"infinite reason score", nil, reasonInf},
		{"NaN guidance", nil, guidance},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := Sign(context.Background(), encodePNG(t, 8, 8), SignOptions{
				Identity: pki.id, ClaimGenerator: "candor", Generation: tc.gen, Edits: tc.edits,
			})
			if !errors.Is(err, ErrOptions) {
				t.Fatalf("err %v, want ErrOptions", err)
			}
		})
	}
}

// TestGenerationEncodingDeterministic: the assertion's bytes do not depend
// on Go's map order, keys are in RFC 8949 4.2.1 order at every level,
// floats use their shortest exact form, and the bytes are a fixed point of
// decoding and encoding again.
func TestGenerationEncodingDeterministic(t *testing.T) {
	gen := testSafetyGeneration()
	first, err := sortedEnc.Marshal(gen)
	if err != nil {
		t.Fatal(err)
	}
	for range 50 { // Go randomises map iteration: 50 tries would catch an unsorted map
		again, err := sortedEnc.Marshal(testSafetyGeneration())
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again, first) {
			t.Fatal("encoding depends on map order")
		}
	}
	var back provenance.Generation
	if err := decMode.Unmarshal(first, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&back, gen) {
		t.Fatalf("round trip\n got %+v\nwant %+v", back, *gen)
	}
	re, err := sortedEnc.Marshal(&back)
	if err != nil || !bytes.Equal(re, first) {
		t.Fatalf("not a fixed point: %v", err)
	}
	// Keys sorted bytewise by their encoding, at every map level.
	if err := checkSorted(first); err != nil {
		t.Fatal(err)
	}
	// Shortest floats: 0.5 and 1 fit a half float (0xf9), 0.71 needs a
	// double (0xfb), 5e-324 (subnormal) too.
	for _, c := range []struct {
		v    float64
		head byte
		size int
	}{{0.5, 0xf9, 3}, {0.71, 0xfb, 9}, {5e-324, 0xfb, 9}, {1e-8, 0xfb, 9}, {65504, 0xf9, 3}, {0.1, 0xfb, 9}, {3.0517578125e-05, 0xf9, 3}} {
		b, err := sortedEnc.Marshal(c.v)
		if err != nil || b[0] != c.head || len(b) != c.size {
			t.Errorf("%g encodes as % x", c.v, b)
		}
		var f float64
		if err := decMode.Unmarshal(b, &f); err != nil || f != c.v {
			t.Errorf("%g decodes as %g (%v)", c.v, f, err)
		}
	}
}

// checkSorted walks definite-length CBOR and reports where a map's keys
// are not in bytewise order of their encodings (RFC 8949 section 4.2.1).
func checkSorted(b []byte) error {
	n, err := walkSorted(b, 0)
	if err == nil && n != len(b) {
		err = fmt.Errorf("%d trailing bytes", len(b)-n)
	}
	return err
}

// walkSorted checks the item at b[i:] and returns the offset after it.
func walkSorted(b []byte, i int) (int, error) {
	if i >= len(b) {
		return i, errors.New("truncated")
	}
	major, ai := b[i]>>5, b[i]&0x1f
	i++
	var arg uint64
	switch {
	case ai < 24:
		arg = uint64(ai)
	case ai <= 27:
		n := 1 << (ai - 24)
		if i+n > len(b) {
			return i, errors.New("truncated")
		}
		for _, c := range b[i : i+n] {
			arg = arg<<8 | uint64(c)
		}
		i += n
	default:
		return i, fmt.Errorf("indefinite length or reserved value at %d", i-1)
	}
	var err error
	switch major {
	case 2, 3:
		i += int(arg)
	case 4:
		for range arg {
			if i, err = walkSorted(b, i); err != nil {
				return i, err
			}
		}
	case 5:
		var prev []byte
		for range arg {
			k := i
			if i, err = walkSorted(b, i); err != nil {
				return i, err
			}
			if key := b[k:i]; prev != nil && bytes.Compare(prev, key) >= 0 {
				return i, fmt.Errorf("map key % x after % x", key, prev)
			} else {
				prev = key
			}
			if i, err = walkSorted(b, i); err != nil {
				return i, err
			}
		}
	case 6:
		return walkSorted(b, i)
	}
	return i, nil
}

func TestCheckSortedCatchesDisorder(t *testing.T) {
	unsorted, err := encMode.Marshal(struct {
		B int `cbor:"b"`
		A struct {
			Z, Y int
		} `cbor:"a"`
	}{})
	if err != nil {
		t.Fatal(err)
	}
	if checkSorted(unsorted) == nil {
		t.Fatal("keys b, a passed as sorted")
	}
	nested, err := encMode.Marshal(map[string]any{"a": struct{ Z, Y int }{}})
	if err != nil {
		t.Fatal(err)
	}
	if checkSorted(nested) == nil {
		t.Fatal("nested keys Z, Y passed as sorted")
	}
	// Length first: "b" (61 62) sorts before "aa" (62 61 61).
	if ok, _ := sortedEnc.Marshal(map[string]int{"aa": 1, "b": 2}); checkSorted(ok) != nil || ok[1] != 0x61 {
		t.Fatalf("% x", ok)
	}
}

// TestVerifyLeavesOutNonFiniteGeneration: a foreign manifest whose
// ai.candor.generation holds NaN still verifies (the signature is fine),
// but the report leaves the record out, since it has no JSON form.
func TestVerifyLeavesOutNonFiniteGeneration(t *testing.T) {
	pki := newTestPKI(t, p256(t))
	payload, err := sortedEnc.Marshal(map[string]any{"model": "m", "guidance": math.NaN(), "seed": 1})
	if err != nil {
		t.Fatal(err)
	}
	box := assertionBox(LabelGeneration, payload, make([]byte, 16))
	out, _, err := sign(context.Background(), encodePNG(t, 8, 8), SignOptions{Identity: pki.id, ClaimGenerator: "other"}, nil, []*jumbf.Box{box})
	if err != nil {
		t.Fatal(err)
	}
	rep := mustVerify(t, out, VerifyOptions{Anchors: pki.anchors})
	if rep.State != provenance.StateTrusted || rep.Generation != nil || rep.Extra["generation"] == "" {
		t.Fatalf("%s generation=%+v extra=%v %v", rep.State, rep.Generation, rep.Extra, failures(rep))
	}
	if !slices.Contains(rep.Assertions, LabelGeneration) {
		t.Fatalf("assertions %v", rep.Assertions)
	}
}

// TestActionReading covers the action forms other generators write.
func TestActionReading(t *testing.T) {
	enc := func(v any) cbor.RawMessage {
		b, err := encMode.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name        string
		a           Action
		agent, desc string
	}{
		{"v2 map agent, description", Action{SoftwareAgent: enc(GeneratorInfo{Name: "app", Version: "2"}), Description: enc("d")}, "app/2", "d"},
		{"v1 text agent, parameters.description", Action{SoftwareAgent: enc("Photoshop 25"), Parameters: enc(map[string]any{"description": "p"})}, "Photoshop 25", "p"},
		{"description wins over parameters", Action{Description: enc("top"), Parameters: enc(map[string]any{"description": "p"})}, "", "top"},
		{"wrong types are ignored", Action{SoftwareAgent: enc(7), Description: enc(3), Parameters: enc(map[string]any{"description": 4})}, "", ""},
		{"parameters not a map", Action{Parameters: enc([]int{1})}, "", ""},
		{"nothing", Action{}, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.a.Agent(); got != tc.agent {
				t.Errorf("Agent %q, want %q", got, tc.agent)
			}
			if got := tc.a.Describe(); got != tc.desc {
				t.Errorf("Describe %q, want %q", got, tc.desc)
			}
		})
	}
}

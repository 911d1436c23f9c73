package scheduler_test

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"testing"

	"github.com/candor-ai/candor/pipeline/scheduler"
)

type refCase struct {
	Name      string           `json:"name"`
	Scheduler string           `json:"scheduler"`
	Config    scheduler.Config `json:"config"`
	Steps     int              `json:"steps"`
	Timesteps []float64        `json:"timesteps"`
	InitSigma float64          `json:"init_noise_sigma"`
	Samples   [][]float64      `json:"samples"`
}

func loadRef(t testing.TB) []refCase {
	b, err := os.ReadFile("testdata/reference.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Size  int       `json:"size"`
		Cases []refCase `json:"cases"`
	}
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	return ref.Cases
}

// The same fixed "model", noise and start as testdata/gen_reference.py.
func model(x []float32, t float64) []float32 {
	out := make([]float32, len(x))
	for j, v := range x {
		out[j] = float32(0.5*float64(v) + 0.1*math.Sin(t/100+float64(j)))
	}
	return out
}

func noiseFor(step int) scheduler.Noise {
	return func(dst []float32) {
		for j := range dst {
			dst[j] = float32(math.Sin(float64(step)*7.3 + float64(j)*1.1))
		}
	}
}

func close(a, b float64) bool { return math.Abs(a-b) <= 1e-5*math.Max(1, math.Abs(b)) }

// TestReference runs every scheduler against values computed by an
// independent numpy implementation of the papers' formulas.
func TestReference(t *testing.T) {
	cases := loadRef(t)
	if len(cases) != 48 {
		t.Fatalf("%d reference cases, want 48", len(cases))
	}
	for _, rc := range cases {
		t.Run(rc.Name, func(t *testing.T) {
			raw, _ := json.Marshal(rc.Config)
			cfg, err := scheduler.ParseConfig(raw)
			if err != nil {
				t.Fatal(err)
			}
			s, err := scheduler.New(rc.Scheduler, cfg)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.SetTimesteps(rc.Steps); err != nil {
				t.Fatal(err)
			}
			ts := s.Timesteps()
			if len(ts) != len(rc.Timesteps) {
				t.Fatalf("timesteps %v, want %v", ts, rc.Timesteps)
			}
			for k := range ts {
				if !close(ts[k], rc.Timesteps[k]) {
					t.Fatalf("timesteps %v, want %v", ts, rc.Timesteps)
				}
			}
			if !close(s.InitNoiseSigma(), rc.InitSigma) {
				t.Fatalf("init sigma %v, want %v", s.InitNoiseSigma(), rc.InitSigma)
			}
			x := make([]float32, 16)
			for j := range x {
				x[j] = float32(math.Cos(float64(j)*0.7) * s.InitNoiseSigma())
			}
			for i, tv := range ts {
				in := append([]float32(nil), x...)
				s.ScaleModelInput(in, i)
				x, err = s.Step(model(in, tv), x, i, noiseFor(i))
				if err != nil {
					t.Fatal(err)
				}
				for j := range x {
					if !close(float64(x[j]), rc.Samples[i][j]) {
						t.Fatalf("step %d value %d = %v, want %v", i, j, x[j], rc.Samples[i][j])
					}
				}
			}
		})
	}
}

func TestNewAndSteps(t *testing.T) {
	cfg := scheduler.DefaultConfig()
	if _, err := scheduler.New("pndm", cfg); !errors.Is(err, scheduler.ErrUnknown) {
		t.Errorf("New(pndm) = %v", err)
	}
	for _, name := range scheduler.Names {
		s, err := scheduler.New(name, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if s.Name() != name {
			t.Errorf("Name %q", s.Name())
		}
		if _, err := s.Step([]float32{1}, []float32{1}, 0, noiseFor(0)); !errors.Is(err, scheduler.ErrStep) {
			t.Errorf("%s: Step before SetTimesteps = %v", name, err)
		}
		for _, n := range []int{0, -1, 1001, 1 << 30} {
			if err := s.SetTimesteps(n); !errors.Is(err, scheduler.ErrSteps) {
				t.Errorf("%s: SetTimesteps(%d) = %v", name, n, err)
			}
		}
		if err := s.SetTimesteps(3); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Step([]float32{1, 2}, []float32{1}, 0, noiseFor(0)); !errors.Is(err, scheduler.ErrStep) {
			t.Errorf("%s: mismatched Step = %v", name, err)
		}
		if _, err := s.Step([]float32{1}, []float32{1}, 1, noiseFor(0)); !errors.Is(err, scheduler.ErrStep) {
			t.Errorf("%s: out-of-order Step = %v", name, err)
		}
		for i := range 3 {
			if _, err := s.Step([]float32{0.1}, []float32{1}, i, noiseFor(i)); err != nil {
				t.Fatalf("%s step %d: %v", name, i, err)
			}
		}
		if _, err := s.Step([]float32{1}, []float32{1}, 3, noiseFor(0)); !errors.Is(err, scheduler.ErrStep) {
			t.Errorf("%s: step past the end = %v", name, err)
		}
		// 150 steps (the pipeline's maximum) and the training count work.
		for _, n := range []int{150, 999} {
			if err := s.SetTimesteps(n); err != nil {
				t.Errorf("%s: SetTimesteps(%d) = %v", name, n, err)
			}
			for _, v := range s.Timesteps() {
				if v < 0 || v > 999 {
					t.Fatalf("%s n=%d: timestep %v out of range", name, n, v)
				}
			}
		}
	}
	ea, _ := scheduler.New("euler_a", cfg)
	ea.SetTimesteps(2)
	if _, err := ea.Step([]float32{1}, []float32{1}, 0, nil); !errors.Is(err, scheduler.ErrStep) {
		t.Errorf("euler_a without noise = %v", err)
	}
}

func TestConfig(t *testing.T) {
	tests := []struct {
		name, json string
		ok         bool
	}{
		{"empty uses SD defaults", `{}`, true},
		{"sd2 v", `{"prediction_type":"v_prediction","timestep_spacing":"trailing"}`, true},
		{"not json", `{"num_train_timesteps":`, false},
		{"wrong type", `{"num_train_timesteps":"1000"}`, false},
		{"few timesteps", `{"num_train_timesteps":1}`, false},
		{"huge timesteps", `{"num_train_timesteps":1000000000}`, false},
		{"beta order", `{"beta_start":0.1,"beta_end":0.01}`, false},
		{"beta zero", `{"beta_start":0}`, false},
		{"beta one", `{"beta_end":1}`, false},
		{"cosine schedule", `{"beta_schedule":"squaredcos_cap_v2"}`, false},
		{"sample prediction", `{"prediction_type":"sample"}`, false},
		{"bad spacing", `{"timestep_spacing":"karras"}`, false},
		{"negative offset", `{"steps_offset":-1}`, false},
		{"negative clip range", `{"clip_sample_range":-1}`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := scheduler.ParseConfig([]byte(tc.json))
			if tc.ok && err != nil {
				t.Fatal(err)
			}
			if !tc.ok && !errors.Is(err, scheduler.ErrConfig) {
				t.Fatalf("err = %v, want ErrConfig", err)
			}
		})
	}
	for class, want := range map[string]string{"DDIMScheduler": "ddim", "EulerDiscreteScheduler": "euler",
		"EulerAncestralDiscreteScheduler": "euler_a", "DPMSolverMultistepScheduler": "dpmpp_2m", "PNDMScheduler": "ddim"} {
		if got, _ := scheduler.DefaultName(class); got != want {
			t.Errorf("DefaultName(%s) = %s", class, got)
		}
	}
}

func FuzzParseConfig(f *testing.F) {
	for _, rc := range loadRef(f) {
		b, _ := json.Marshal(rc.Config)
		f.Add(b, 7)
	}
	f.Add([]byte(`{"num_train_timesteps":2}`), 1)
	f.Fuzz(func(t *testing.T, data []byte, steps int) {
		cfg, err := scheduler.ParseConfig(data)
		if err != nil {
			return
		}
		for _, name := range scheduler.Names {
			s, err := scheduler.New(name, cfg)
			if err != nil {
				t.Fatal(err)
			}
			if steps > 200 {
				steps %= 200
			}
			if s.SetTimesteps(steps) != nil {
				continue
			}
			x := []float32{0.5, -0.5}
			for i := range s.Timesteps() {
				if _, err := s.Step([]float32{0.1, 0.2}, x, i, noiseFor(i)); err != nil {
					t.Fatal(err)
				}
			}
		}
	})
}

func BenchmarkStep(b *testing.B) {
	const size = 4 * 64 * 64 // SD 1.x latents at 512x512
	for _, name := range scheduler.Names {
		b.Run(name, func(b *testing.B) {
			s, _ := scheduler.New(name, scheduler.DefaultConfig())
			out := make([]float32, size)
			x := make([]float32, size)
			for b.Loop() {
				s.SetTimesteps(20)
				for i := range 20 {
					s.Step(out, x, i, noiseFor(i))
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*20), "ns/step")
		})
	}
}

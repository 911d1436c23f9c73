// Package ort runs ONNX models on ONNX Runtime's C API through
// github.com/yalue/onnxruntime_go. It is the only package in candor that
// imports it, so cgo stays at this edge; everything above it speaks the small
// Tensor type defined here.
//
// A Session is created once per model file and reused. Its inputs and outputs
// (names, element types and shapes, -1 for dynamic dimensions) are read from
// the model, so callers adapt to what an export declares instead of assuming
// (Stable Diffusion exports differ, for example, in the UNet timestep: float32
// [B] from diffusers' converter, int64 scalar from others). One Run at a time
// per session: concurrent runs on one ONNX Runtime session make latency
// swing, so each session keeps its own queue (a mutex). RunContext stops a
// run in progress when its context ends; Prepare binds buffers once for
// loops that run the same shapes many times.
//
// The ONNX Runtime C API is documented at
// https://onnxruntime.ai/docs/api/c/; the ONNX format at https://onnx.ai.
package ort

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	onnx "github.com/yalue/onnxruntime_go"
)

var (
	initMu   sync.Mutex
	initPath string
)

// Init loads the ONNX Runtime shared library at libPath and starts the
// runtime. It must succeed once per process before NewSession; later calls
// with the same path return nil, with another path an error. A missing file
// gives an error wrapping ErrLibraryMissing.
func Init(libPath string) error {
	initMu.Lock()
	defer initMu.Unlock()
	if libPath == "" {
		return fmt.Errorf("no library path given: %w", ErrLibraryMissing)
	}
	st, err := os.Stat(libPath)
	if err != nil {
		return fmt.Errorf("%s: %w", libPath, ErrLibraryMissing)
	}
	if st.IsDir() {
		return fmt.Errorf("%s is a directory: %w", libPath, ErrLibraryMissing)
	}
	if onnx.IsInitialized() {
		if libPath == initPath {
			return nil
		}
		return fmt.Errorf("already initialised with %q, not %q: %w", initPath, libPath, ErrInit)
	}
	onnx.SetSharedLibraryPath(libPath)
	if err := onnx.InitializeEnvironment(onnx.WithLogLevelError()); err != nil {
		return fmt.Errorf("%s: %w: %s", libPath, ErrInit, err.Error())
	}
	initPath = libPath
	return nil
}

// Version is the ONNX Runtime library's version, or "" before Init.
func Version() string {
	if !onnx.IsInitialized() {
		return ""
	}
	return onnx.GetVersion()
}

// Options tune a session.
type Options struct {
	// IntraOpThreads is the number of threads one operator may use; 0 means
	// the machine's cores (runtime.NumCPU). Threads do not spin while idle.
	IntraOpThreads int
}

// Session is one loaded model. It is safe for concurrent use; runs are
// serialised.
type Session struct {
	mu      sync.Mutex
	sess    *onnx.DynamicAdvancedSession
	path    string
	inputs  []IOInfo
	outputs []IOInfo

	runs     atomic.Int64
	runNanos atomic.Int64
}

// Stats reports how many runs completed and the wall time spent inside
// ONNX Runtime's Run call alone (not in this package's checks and copies),
// so callers can measure their own overhead.
func (s *Session) Stats() (runs int64, runTime time.Duration) {
	return s.runs.Load(), time.Duration(s.runNanos.Load())
}

// NewSession loads the model at path. Errors wrap ErrNotInitialized or
// ErrModel.
func NewSession(path string, opts Options) (*Session, error) {
	if !onnx.IsInitialized() {
		return nil, ErrNotInitialized
	}
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	threads := opts.IntraOpThreads
	if threads <= 0 {
		threads = runtime.NumCPU()
	}
	so, err := onnx.NewSessionOptions()
	if err != nil {
		return nil, fmt.Errorf("session options: %w: %s", ErrInit, err.Error())
	}
	defer so.Destroy()
	for _, set := range []func() error{
		func() error { return so.SetIntraOpNumThreads(threads) },
		func() error { return so.SetInterOpNumThreads(1) },
		func() error { return so.AddSessionConfigEntry("session.intra_op.allow_spinning", "0") },
		func() error { return so.AddSessionConfigEntry("session.inter_op.allow_spinning", "0") },
		func() error { return so.SetGraphOptimizationLevel(onnx.GraphOptimizationLevelEnableAll) },
	} {
		if err := set(); err != nil {
			return nil, fmt.Errorf("session options: %w: %s", ErrInit, err.Error())
		}
	}
	ins, outs, err := readInfo(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %s", path, ErrModel, err.Error())
	}
	s := &Session{path: path}
	if s.inputs, err = convertInfo(ins); err != nil {
		return nil, fmt.Errorf("%s: input %w", path, err)
	}
	if s.outputs, err = convertInfo(outs); err != nil {
		return nil, fmt.Errorf("%s: output %w", path, err)
	}
	if len(s.inputs) == 0 || len(s.outputs) == 0 {
		return nil, fmt.Errorf("%s: model has no inputs or no outputs: %w", path, ErrModel)
	}
	s.sess, err = onnx.NewDynamicAdvancedSession(path, names(s.inputs), names(s.outputs), so)
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %s", path, ErrModel, err.Error())
	}
	return s, nil
}

// readInfo reads a model's declared inputs and outputs through a throwaway
// session built without graph optimisations, one thread, so the probe costs
// little more than reading the file.
func readInfo(path string) ([]onnx.InputOutputInfo, []onnx.InputOutputInfo, error) {
	so, err := onnx.NewSessionOptions()
	if err != nil {
		return nil, nil, err
	}
	defer so.Destroy()
	if err := so.SetGraphOptimizationLevel(onnx.GraphOptimizationLevelDisableAll); err != nil {
		return nil, nil, err
	}
	if err := so.SetIntraOpNumThreads(1); err != nil {
		return nil, nil, err
	}
	return onnx.GetInputOutputInfoWithOptions(path, so)
}

func convertInfo(in []onnx.InputOutputInfo) ([]IOInfo, error) {
	out := make([]IOInfo, 0, len(in))
	for _, i := range in {
		if i.OrtValueType != onnx.ONNXTypeTensor {
			return nil, fmt.Errorf("%q is a %s, not a tensor: %w", i.Name, i.OrtValueType, ErrModel)
		}
		shape := make([]int64, len(i.Dimensions))
		for k, d := range i.Dimensions {
			if d < 0 {
				d = -1
			}
			shape[k] = d
		}
		out = append(out, IOInfo{Name: i.Name, Type: fromONNX(i.DataType), Shape: shape})
	}
	return out, nil
}

func fromONNX(t onnx.TensorElementDataType) ElementType {
	switch t {
	case onnx.TensorElementDataTypeFloat:
		return Float32
	case onnx.TensorElementDataTypeInt64:
		return Int64
	case onnx.TensorElementDataTypeInt32:
		return Int32
	}
	return Unsupported
}

func names(io []IOInfo) []string {
	n := make([]string, len(io))
	for i, x := range io {
		n[i] = x.Name
	}
	return n
}

// Path is the model file the session was loaded from.
func (s *Session) Path() string { return s.path }

// Inputs are the model's declared inputs, in model order.
func (s *Session) Inputs() []IOInfo { return cloneInfo(s.inputs) }

// Outputs are the model's declared outputs, in model order.
func (s *Session) Outputs() []IOInfo { return cloneInfo(s.outputs) }

// Input returns the declared input with the given name.
func (s *Session) Input(name string) (IOInfo, bool) { return find(s.inputs, name) }

// Output returns the declared output with the given name.
func (s *Session) Output(name string) (IOInfo, bool) { return find(s.outputs, name) }

func find(io []IOInfo, name string) (IOInfo, bool) {
	for _, x := range io {
		if x.Name == name {
			c := x
			c.Shape = append([]int64(nil), x.Shape...)
			return c, true
		}
	}
	return IOInfo{}, false
}

func cloneInfo(in []IOInfo) []IOInfo {
	out := make([]IOInfo, len(in))
	for i, x := range in {
		out[i] = x
		out[i].Shape = append([]int64(nil), x.Shape...)
	}
	return out
}

// Run feeds every declared input by name and returns every output by name.
// Inputs are checked against the declared element types and static
// dimensions before ONNX Runtime sees them; errors wrap ErrInput, ErrRun or
// ErrClosed. Run holds the session's lock for the whole call.
func (s *Session) Run(inputs map[string]*Tensor) (map[string]*Tensor, error) {
	return s.RunContext(context.Background(), inputs)
}

// RunContext is Run that also stops when ctx is done: waiting for the lock
// ends, and a run in progress is terminated inside ONNX Runtime (RunOptions
// terminate flag), returning an error that wraps ctx.Err().
func (s *Session) RunContext(ctx context.Context, inputs map[string]*Tensor) (map[string]*Tensor, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(inputs) != len(s.inputs) {
		return nil, fmt.Errorf("%s: %d inputs given, model declares %d (%v): %w",
			s.path, len(inputs), len(s.inputs), s.inputs, ErrInput)
	}
	vals := make([]onnx.Value, len(s.inputs))
	defer func() {
		for _, v := range vals {
			if v != nil {
				v.Destroy()
			}
		}
	}()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.sess == nil {
		return nil, ErrClosed
	}
	for k, info := range s.inputs {
		t, ok := inputs[info.Name]
		if !ok {
			return nil, fmt.Errorf("%s: input %q not given: %w", s.path, info.Name, ErrInput)
		}
		if err := t.validate(); err != nil {
			return nil, fmt.Errorf("%s: input %q: %w", s.path, info.Name, err)
		}
		if t.Type != info.Type {
			return nil, fmt.Errorf("%s: input %q is %s, model wants %s: %w",
				s.path, info.Name, t.Type, info.Type, ErrInput)
		}
		if !info.Matches(t.Shape) {
			return nil, fmt.Errorf("%s: input %q has shape %s, model wants %s: %w",
				s.path, info.Name, FormatShape(t.Shape), FormatShape(info.Shape), ErrInput)
		}
		v, err := toValue(t)
		if err != nil {
			return nil, fmt.Errorf("%s: input %q: %w: %s", s.path, info.Name, ErrInput, err.Error())
		}
		vals[k] = v
	}
	outs := make([]onnx.Value, len(s.outputs))
	defer func() {
		for _, v := range outs {
			if v != nil {
				v.Destroy()
			}
		}
	}()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := s.runLocked(ctx, vals, outs); err != nil {
		return nil, err
	}
	res := make(map[string]*Tensor, len(outs))
	for k, v := range outs {
		t, err := fromValue(v)
		if err != nil {
			return nil, fmt.Errorf("%s: output %q: %w", s.path, s.outputs[k].Name, err)
		}
		res[s.outputs[k].Name] = t
	}
	return res, nil
}

func toValue(t *Tensor) (onnx.Value, error) {
	if len(t.Shape) == 0 {
		switch t.Type {
		case Float32:
			return onnx.NewScalar(t.F32[0])
		case Int64:
			return onnx.NewScalar(t.I64[0])
		case Int32:
			return onnx.NewScalar(t.I32[0])
		}
		return nil, errors.New("unsupported type")
	}
	shape := onnx.NewShape(t.Shape...)
	switch t.Type {
	case Float32:
		return onnx.NewTensor(shape, t.F32)
	case Int64:
		return onnx.NewTensor(shape, t.I64)
	case Int32:
		return onnx.NewTensor(shape, t.I32)
	}
	return nil, errors.New("unsupported type")
}

// fromValue copies nothing: onnxruntime_go already copied the output into
// Go memory, which stays valid after the ORT value is released.
func fromValue(v onnx.Value) (*Tensor, error) {
	if v == nil {
		return nil, fmt.Errorf("no value: %w", ErrRun)
	}
	shape := []int64(v.GetShape().Clone())
	switch x := v.(type) {
	case *onnx.Tensor[float32]:
		return NewFloat32(shape, x.GetData()), nil
	case *onnx.Tensor[int64]:
		return NewInt64(shape, x.GetData()), nil
	case *onnx.Tensor[int32]:
		return NewInt32(shape, x.GetData()), nil
	}
	return nil, fmt.Errorf("output of unsupported type %T: %w", v, ErrRun)
}

// Close releases the session. Runs after Close fail with ErrClosed.
func (s *Session) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.sess == nil {
		return nil
	}
	err := s.sess.Destroy()
	s.sess = nil
	if err != nil {
		return fmt.Errorf("%s: %w: %s", s.path, ErrRun, err.Error())
	}
	return nil
}

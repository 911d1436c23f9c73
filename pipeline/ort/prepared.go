package ort

import (
	"context"
	"fmt"
	"time"

	onnx "github.com/yalue/onnxruntime_go"
)

// Prepared binds Go buffers to a session's inputs and outputs once, for
// runs repeated with the same shapes, such as a denoising loop: no tensors
// are created or copied per run, and outputs are written by ONNX Runtime
// straight into the output Tensors' slices. Between runs, change values in
// place in the input slices; never replace a slice or change a shape.
// A Prepared is used by one goroutine at a time.
type Prepared struct {
	s       *Session
	inputs  []*Tensor
	inVals  []onnx.Value // nil where the input is a scalar, rebuilt per run
	outVals []onnx.Value
	closed  bool
}

// Prepare checks inputs and outputs against the model like Run does and
// binds them. outputs must name every declared output with its exact shape.
func (s *Session) Prepare(inputs, outputs map[string]*Tensor) (*Prepared, error) {
	if len(inputs) != len(s.inputs) || len(outputs) != len(s.outputs) {
		return nil, fmt.Errorf("%s: %d inputs and %d outputs given, model declares %v -> %v: %w",
			s.path, len(inputs), len(outputs), s.inputs, s.outputs, ErrInput)
	}
	p := &Prepared{s: s, inputs: make([]*Tensor, len(s.inputs)),
		inVals: make([]onnx.Value, len(s.inputs)), outVals: make([]onnx.Value, len(s.outputs))}
	ok := false
	defer func() {
		if !ok {
			p.Close()
		}
	}()
	bind := func(kind string, info IOInfo, t *Tensor, given bool) (onnx.Value, error) {
		if !given {
			return nil, fmt.Errorf("%s: %s %q not given: %w", s.path, kind, info.Name, ErrInput)
		}
		if err := t.validate(); err != nil {
			return nil, fmt.Errorf("%s: %s %q: %w", s.path, kind, info.Name, err)
		}
		if t.Type != info.Type || !info.Matches(t.Shape) {
			return nil, fmt.Errorf("%s: %s %q is %s%s, model declares %s: %w",
				s.path, kind, info.Name, t.Type, FormatShape(t.Shape), info, ErrInput)
		}
		if len(t.Shape) == 0 {
			if kind == "output" {
				return nil, fmt.Errorf("%s: scalar output %q cannot be bound: %w", s.path, info.Name, ErrInput)
			}
			return nil, nil
		}
		v, err := toValue(t)
		if err != nil {
			return nil, fmt.Errorf("%s: %s %q: %w: %s", s.path, kind, info.Name, ErrInput, err.Error())
		}
		return v, nil
	}
	for k, info := range s.inputs {
		t, given := inputs[info.Name]
		v, err := bind("input", info, t, given)
		if err != nil {
			return nil, err
		}
		p.inputs[k], p.inVals[k] = t, v
	}
	for k, info := range s.outputs {
		t, given := outputs[info.Name]
		v, err := bind("output", info, t, given)
		if err != nil {
			return nil, err
		}
		p.outVals[k] = v
	}
	ok = true
	return p, nil
}

// Run runs the model on the bound buffers. When ctx ends during the run,
// ONNX Runtime is told to terminate and the error wraps ctx.Err().
func (p *Prepared) Run(ctx context.Context) error {
	if p.closed {
		return ErrClosed
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	s := p.s
	vals := make([]onnx.Value, len(p.inVals))
	copy(vals, p.inVals)
	for k, v := range p.inVals {
		if v == nil {
			sv, err := toValue(p.inputs[k])
			if err != nil {
				return fmt.Errorf("%s: input %q: %w: %s", s.path, s.inputs[k].Name, ErrInput, err.Error())
			}
			defer sv.Destroy()
			vals[k] = sv
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.sess == nil {
		return ErrClosed
	}
	return s.runLocked(ctx, vals, p.outVals)
}

// Close releases the bound tensors (not the Go slices).
func (p *Prepared) Close() error {
	p.closed = true
	for _, vs := range [][]onnx.Value{p.inVals, p.outVals} {
		for i, v := range vs {
			if v != nil {
				v.Destroy()
				vs[i] = nil
			}
		}
	}
	return nil
}

// runLocked runs with the session lock held; outs may hold nil entries for
// ONNX Runtime to allocate.
func (s *Session) runLocked(ctx context.Context, vals, outs []onnx.Value) error {
	var ro *onnx.RunOptions
	if ctx.Done() != nil {
		var err error
		if ro, err = onnx.NewRunOptions(); err != nil {
			return fmt.Errorf("%s: run options: %w: %s", s.path, ErrRun, err.Error())
		}
		terminated := make(chan struct{})
		stop := context.AfterFunc(ctx, func() {
			defer close(terminated)
			ro.Terminate()
		})
		defer func() {
			if !stop() {
				<-terminated
			}
			ro.Destroy()
		}()
	}
	start := time.Now()
	err := s.sess.RunWithOptions(vals, outs, ro)
	s.runNanos.Add(int64(time.Since(start)))
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return fmt.Errorf("%s: run terminated: %w", s.path, ctxErr)
		}
		return fmt.Errorf("%s: %w: %s", s.path, ErrRun, err.Error())
	}
	s.runs.Add(1)
	return nil
}

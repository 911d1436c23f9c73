package ort

import (
	"fmt"
	"strings"
)

// ElementType is the element type of a tensor. Only the types the diffusion
// pipeline feeds or reads are supported; others are reported as Unsupported.
type ElementType int

// Element types.
const (
	Unsupported ElementType = iota
	Float32
	Int64
	Int32
)

func (t ElementType) String() string {
	switch t {
	case Float32:
		return "float32"
	case Int64:
		return "int64"
	case Int32:
		return "int32"
	}
	return "unsupported"
}

// Tensor is a dense row-major tensor owned by Go. Exactly one of F32, I64 and
// I32 holds the data, according to Type. A Shape of length 0 is a scalar.
type Tensor struct {
	Type  ElementType
	Shape []int64
	F32   []float32
	I64   []int64
	I32   []int32
}

// NewFloat32 returns a float32 tensor over data (not copied).
func NewFloat32(shape []int64, data []float32) *Tensor {
	return &Tensor{Type: Float32, Shape: shape, F32: data}
}

// NewInt64 returns an int64 tensor over data (not copied).
func NewInt64(shape []int64, data []int64) *Tensor {
	return &Tensor{Type: Int64, Shape: shape, I64: data}
}

// NewInt32 returns an int32 tensor over data (not copied).
func NewInt32(shape []int64, data []int32) *Tensor {
	return &Tensor{Type: Int32, Shape: shape, I32: data}
}

// Len is the number of elements the data slice holds.
func (t *Tensor) Len() int {
	switch t.Type {
	case Float32:
		return len(t.F32)
	case Int64:
		return len(t.I64)
	case Int32:
		return len(t.I32)
	}
	return 0
}

// NumElements is the product of the shape (1 for a scalar), or -1 when a
// dimension is negative or the product overflows.
func NumElements(shape []int64) int64 {
	n := int64(1)
	for _, d := range shape {
		if d < 0 {
			return -1
		}
		if d != 0 && n > (1<<62)/d {
			return -1
		}
		n *= d
	}
	return n
}

// validate checks that the data length agrees with the shape.
func (t *Tensor) validate() error {
	if t == nil {
		return fmt.Errorf("nil tensor: %w", ErrInput)
	}
	if t.Type == Unsupported {
		return fmt.Errorf("tensor of unsupported element type: %w", ErrInput)
	}
	n := NumElements(t.Shape)
	if n < 0 {
		return fmt.Errorf("shape %s: %w", FormatShape(t.Shape), ErrInput)
	}
	if n == 0 {
		return fmt.Errorf("shape %s has no elements: %w", FormatShape(t.Shape), ErrInput)
	}
	if int64(t.Len()) != n {
		return fmt.Errorf("shape %s needs %d elements, data has %d: %w",
			FormatShape(t.Shape), n, t.Len(), ErrInput)
	}
	return nil
}

// FormatShape writes a shape as [2,4,-1,-1].
func FormatShape(shape []int64) string {
	parts := make([]string, len(shape))
	for i, d := range shape {
		parts[i] = fmt.Sprint(d)
	}
	return "[" + strings.Join(parts, ",") + "]"
}

// IOInfo describes one model input or output as the model declares it. A
// dimension of -1 is dynamic (a symbolic or unknown size).
type IOInfo struct {
	Name  string
	Type  ElementType
	Shape []int64
}

func (i IOInfo) String() string {
	return fmt.Sprintf("%s %s%s", i.Name, i.Type, FormatShape(i.Shape))
}

// Matches reports whether a concrete shape fits the declared one: same rank
// and equal static dimensions.
func (i IOInfo) Matches(shape []int64) bool {
	if len(shape) != len(i.Shape) {
		return false
	}
	for k, d := range i.Shape {
		if d >= 0 && shape[k] != d {
			return false
		}
	}
	return true
}

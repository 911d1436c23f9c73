package flow

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/candor-ai/candor/flow/held"
)

// memHeld is an in-memory HeldStore.
type memHeld struct {
	mu     sync.Mutex
	items  map[string]held.Item
	pixels map[string][]byte
	signed map[string][]byte
	n      int
}

func newTestHeld(t *testing.T) HeldStore {
	return &memHeld{items: map[string]held.Item{}, pixels: map[string][]byte{}, signed: map[string][]byte{}}
}

func (m *memHeld) Put(_ context.Context, it held.Item, px []byte) (held.Item, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.n++
	it.ID, it.Status, it.Created = fmt.Sprintf("rv_%d", m.n), HeldPending, time.Now()
	m.items[it.ID], m.pixels[it.ID] = it, px
	return it, nil
}

func (m *memHeld) Get(_ context.Context, id string) (held.Item, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	it, ok := m.items[id]
	if !ok {
		return it, held.ErrNotFound
	}
	return it, nil
}

func (m *memHeld) List(_ context.Context, q held.ListQuery) ([]held.Item, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []held.Item
	for _, it := range m.items {
		if it.Tenant == q.Tenant && (q.Status == "" || q.Status == it.Status) {
			out = append(out, it)
		}
	}
	return out, nil
}

func (m *memHeld) Pixels(_ context.Context, id string) ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	px, ok := m.pixels[id]
	if !ok {
		return nil, held.ErrNotFound
	}
	return px, nil
}

func (m *memHeld) decide(id, reviewer, status string) (held.Item, error) {
	it, ok := m.items[id]
	if !ok {
		return it, held.ErrNotFound
	}
	if it.Status != HeldPending {
		return it, held.ErrDecided
	}
	it.Status, it.Reviewer, it.Decided = status, reviewer, time.Now()
	m.items[id] = it
	delete(m.pixels, id)
	return it, nil
}

func (m *memHeld) Release(_ context.Context, id, reviewer string, signed []byte) (held.Item, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	it, err := m.decide(id, reviewer, HeldReleased)
	if err == nil {
		m.signed[id] = signed
	}
	return it, err
}

func (m *memHeld) Signed(_ context.Context, id string) ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	b, ok := m.signed[id]
	if !ok {
		return nil, held.ErrNotFound
	}
	return b, nil
}

func (m *memHeld) Reject(_ context.Context, id, reviewer string) (held.Item, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.decide(id, reviewer, HeldRejected)
}

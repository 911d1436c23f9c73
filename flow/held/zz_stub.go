// Package held: TEMPORARY stub, replaced by the held branch at merge.
package held

import (
	"context"
	"encoding/json"
	"errors"
	"time"
)

var (
	ErrNotFound = errors.New("held: not found")
	ErrDecided  = errors.New("held: already decided")
)

type Item struct {
	ID             string
	Tenant         string
	RequesterKeyID string
	RequestID      string
	Image          int
	Status         string
	Created        time.Time
	Decided        time.Time
	Reviewer       string
	Reasons        json.RawMessage
	Scores         map[string]float64
	Meta           json.RawMessage
	AuditIndex     uint64
	MediaType      string
}

type ListQuery struct {
	Tenant string
	Status string
	Limit  int
	After  string
}

type Store struct{}

func (s *Store) Put(ctx context.Context, it Item, pixels []byte) (Item, error) { return it, nil }
func (s *Store) Get(ctx context.Context, id string) (Item, error)              { return Item{}, nil }
func (s *Store) List(ctx context.Context, q ListQuery) ([]Item, error)         { return nil, nil }
func (s *Store) Pixels(ctx context.Context, id string) ([]byte, error)         { return nil, nil }
func (s *Store) Release(ctx context.Context, id, reviewer string, signed []byte) (Item, error) {
	return Item{}, nil
}
func (s *Store) Signed(ctx context.Context, id string) ([]byte, error)         { return nil, nil }
func (s *Store) Reject(ctx context.Context, id, reviewer string) (Item, error) { return Item{}, nil }

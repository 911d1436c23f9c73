package auditlog

import (
	"context"
	"fmt"
	"strings"
	"time"
)

const (
	// DefaultLimit is the page size when Query.Limit is zero.
	DefaultLimit = 50
	// MaxLimit is the largest page size; larger limits are clamped.
	MaxLimit = 500
)

// Query selects one tenant's entries, oldest index first.
type Query struct {
	// Tenant is required and matched exactly: a query never crosses tenants.
	Tenant string
	// Since (inclusive) and Until (exclusive) bound Entry.Time; zero is open.
	Since, Until time.Time
	// After is the paging cursor: only entries with Index >= After are
	// returned. Start with 0, then pass the previous Page.Next.
	After uint64
	// Limit is the page size: DefaultLimit when 0, at most MaxLimit.
	Limit int
}

// Page is one page of entries.
type Page struct {
	Entries []Entry
	// Next is the cursor for the following page (pass it as Query.After), or
	// 0 when there are no more entries.
	Next uint64
}

// Entries returns the tenant's entries matching q. The entries are decoded
// from the committed canonical bytes, never from the query columns, and any
// row whose committed tenant differs from its column is reported as
// ErrTampered rather than returned.
func (l *Log) Entries(ctx context.Context, q Query) (Page, error) {
	if q.Tenant == "" {
		return Page{}, fmt.Errorf("tenant is required: %w", ErrInvalidQuery)
	}
	if q.Limit < 0 {
		return Page{}, fmt.Errorf("negative limit %d: %w", q.Limit, ErrInvalidQuery)
	}
	if q.Limit == 0 {
		q.Limit = DefaultLimit
	}
	q.Limit = min(q.Limit, MaxLimit)
	if !q.Since.IsZero() && !q.Until.IsZero() && !q.Since.Before(q.Until) {
		return Page{}, fmt.Errorf("since %s is not before until %s: %w", q.Since.Format(time.RFC3339Nano), q.Until.Format(time.RFC3339Nano), ErrInvalidQuery)
	}
	if q.After > 1<<63-1 {
		return Page{}, nil
	}
	var sb strings.Builder
	args := []any{q.Tenant, int64(q.After)}
	sb.WriteString(`SELECT idx, canonical FROM entries WHERE tenant = ? AND idx >= ?`)
	if !q.Since.IsZero() {
		sb.WriteString(` AND time_ns >= ?`)
		args = append(args, clampUnixNano(q.Since))
	}
	if !q.Until.IsZero() {
		sb.WriteString(` AND time_ns < ?`)
		args = append(args, clampUnixNano(q.Until))
	}
	sb.WriteString(` ORDER BY idx LIMIT ?`)
	args = append(args, q.Limit+1)

	rows, err := l.rdb.QueryContext(ctx, sb.String(), args...)
	if err != nil {
		return Page{}, fmt.Errorf("auditlog: query: %w", err)
	}
	defer rows.Close()
	page := Page{Entries: make([]Entry, 0, min(q.Limit, 64))}
	for rows.Next() {
		var idx int64
		var c []byte
		if err := rows.Scan(&idx, &c); err != nil {
			return Page{}, fmt.Errorf("auditlog: scan: %w", err)
		}
		if len(page.Entries) == q.Limit {
			page.Next = uint64(idx)
			break
		}
		e, err := ParseCanonical(c)
		if err != nil {
			return Page{}, fmt.Errorf("index %d: %w: %w", idx, ErrTampered, err)
		}
		if e.Tenant != q.Tenant || e.Index != uint64(idx) {
			return Page{}, fmt.Errorf("index %d: row columns disagree with the committed entry: %w", idx, ErrTampered)
		}
		page.Entries = append(page.Entries, e)
	}
	if err := rows.Err(); err != nil {
		return Page{}, fmt.Errorf("auditlog: rows: %w", err)
	}
	return page, nil
}

// clampUnixNano maps t to UnixNano, saturating outside the int64 range.
func clampUnixNano(t time.Time) int64 {
	switch {
	case t.Year() < 1678:
		return -1 << 63
	case t.Year() > 2261:
		return 1<<63 - 1
	}
	return t.UnixNano()
}

package gateway

import (
	"encoding/json"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestOpenAPIMatchesRoutes walks the registered routes and the document:
// every route is documented and every documented operation is a route.
var echoParam = regexp.MustCompile(`:(\w+)`)

func TestOpenAPIMatchesRoutes(t *testing.T) {
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(OpenAPI(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.OpenAPI != "3.1.0" {
		t.Errorf("openapi %q", doc.OpenAPI)
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			documented[strings.ToUpper(method)+" "+path] = true
		}
	}
	h := newHarness(t, nil)
	registered := map[string]bool{}
	for _, r := range h.srv.Echo().Routes() {
		// Echo writes path parameters as :id, OpenAPI as {id}; the pages'
		// assets are Echo's trailing wildcard, documented as {path}.
		path := echoParam.ReplaceAllString(r.Path, "{$1}")
		if p, ok := strings.CutSuffix(path, "/*"); ok {
			path = p + "/{path}"
		}
		registered[r.Method+" "+path] = true
	}
	var missing, extra []string
	for k := range registered {
		if !documented[k] {
			missing = append(missing, k)
		}
	}
	for k := range documented {
		if !registered[k] {
			extra = append(extra, k)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	if len(missing) > 0 {
		t.Errorf("routes not in openapi.json: %v", missing)
	}
	if len(extra) > 0 {
		t.Errorf("openapi.json documents routes that do not exist: %v", extra)
	}
	if len(registered) < 11 {
		t.Errorf("only %d routes registered", len(registered))
	}

	rec := h.do(http.MethodGet, "/openapi.json", "", "", nil)
	if rec.Code != 200 || rec.Header().Get("Content-Type") != "application/json" || rec.Body.Len() != len(OpenAPI()) {
		t.Errorf("GET /openapi.json: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
}

// TestOpenAPIRefsResolve checks every $ref points at a component that exists.
func TestOpenAPIRefsResolve(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal(OpenAPI(), &doc); err != nil {
		t.Fatal(err)
	}
	var walk func(v any)
	n := 0
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if ref, ok := x["$ref"].(string); ok {
				n++
				var cur any = doc
				for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
					m, ok := cur.(map[string]any)
					if !ok {
						t.Errorf("$ref %s does not resolve", ref)
						return
					}
					cur, ok = m[part]
					if !ok {
						t.Errorf("$ref %s does not resolve", ref)
						return
					}
				}
			}
			for _, c := range x {
				walk(c)
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	walk(doc)
	if n == 0 {
		t.Error("no $ref found")
	}
}

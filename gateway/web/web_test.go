package web

import (
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func get(t *testing.T, method, path string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	Handler().ServeHTTP(rec, httptest.NewRequest(method, path, nil))
	return rec
}

// TestHandler: every page and asset answers with its type and the security
// headers; anything else is 404 (also with the headers); no other methods.
func TestHandler(t *testing.T) {
	for _, tc := range []struct {
		path, ct string
		code     int
		contains string
	}{
		{"/", "text/html; charset=utf-8", 200, `href="/verify"`},
		{"/generate", "text/html; charset=utf-8", 200, `src="/static/generate.js"`},
		{"/verify", "text/html; charset=utf-8", 200, `type="file"`},
		{"/audit", "text/html; charset=utf-8", 200, `id="checkpoint"`},
		{"/static/style.css", "text/css; charset=utf-8", 200, ":root"},
		{"/static/proof.js", "text/javascript; charset=utf-8", 200, "rootFromInclusion"},
		{"/static/", "", 404, ""},
		{"/static/nope.js", "", 404, ""},
		{"/static/index.html", "", 404, ""}, // pages only at their paths
		{"/static/../web.go", "", 404, ""},
		{"/static/sub/x.js", "", 404, ""},
		{"/generate/", "", 404, ""},
		{"/index.html", "", 404, ""},
	} {
		t.Run(tc.path, func(t *testing.T) {
			rec := get(t, http.MethodGet, tc.path)
			if rec.Code != tc.code {
				t.Fatalf("status %d, want %d", rec.Code, tc.code)
			}
			h := rec.Header()
			if h.Get("Content-Security-Policy") != ContentSecurityPolicy || h.Get("X-Content-Type-Options") != "nosniff" ||
				h.Get("X-Frame-Options") != "DENY" || h.Get("Referrer-Policy") != "no-referrer" {
				t.Errorf("headers %v", h)
			}
			if tc.code != 200 {
				return
			}
			if h.Get("Content-Type") != tc.ct {
				t.Errorf("Content-Type %q, want %q", h.Get("Content-Type"), tc.ct)
			}
			if !strings.Contains(rec.Body.String(), tc.contains) {
				t.Errorf("body lacks %q", tc.contains)
			}
		})
	}
	if rec := get(t, http.MethodPost, "/generate"); rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != "GET, HEAD" {
		t.Errorf("POST: %d %v", rec.Code, rec.Header())
	}
	if rec := get(t, http.MethodHead, "/verify"); rec.Code != 200 || rec.Body.Len() != 0 {
		t.Errorf("HEAD: %d, %d bytes", rec.Code, rec.Body.Len())
	}
}

// TestCSPStrict: the policy allows no inline code, no eval and no other
// origin, and the pages need none: no inline scripts, styles or handlers.
func TestCSPStrict(t *testing.T) {
	for _, bad := range []string{"unsafe-inline", "unsafe-eval", "http:", "https:", "*"} {
		if strings.Contains(ContentSecurityPolicy, bad) {
			t.Errorf("CSP allows %q", bad)
		}
	}
	inline := regexp.MustCompile(`(?i)<script(?:\s+type="module")?>|<style|\son[a-z]+=|style="|javascript:`)
	walk(t, func(name, body string) {
		if strings.HasSuffix(name, ".html") && inline.MatchString(body) {
			t.Errorf("%s has inline code or style: %q", name, inline.FindString(body))
		}
	})
}

// TestNoOutsideOriginsOrKeyLeaks: nothing loads from another origin (no
// CDNs, no web fonts), and the API key lives only in sessionStorage: never
// in localStorage, a cookie or a URL.
func TestNoOutsideOriginsOrKeyLeaks(t *testing.T) {
	url := regexp.MustCompile(`https?://[^\s'"<>)]+`)
	allowed := map[string]bool{"http://www.w3.org/2000/svg": true}
	walk(t, func(name, body string) {
		for _, u := range url.FindAllString(body, -1) {
			if !allowed[u] {
				t.Errorf("%s refers to %s", name, u)
			}
		}
		for _, bad := range []string{"localStorage", "document.cookie", "@import", "@font-face", "eval(", "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s uses %s", name, bad)
			}
		}
		if strings.HasSuffix(name, ".js") && regexp.MustCompile(`[?&](key|api_key|token)=`).MatchString(body) {
			t.Errorf("%s puts a key in a URL", name)
		}
	})
}

func walk(t *testing.T, f func(name, body string)) {
	t.Helper()
	n := 0
	err := fs.WalkDir(files, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := files.ReadFile(p)
		if err != nil {
			return err
		}
		n++
		f(p, string(b))
		return nil
	})
	if err != nil || n < 8 {
		t.Fatalf("walk: %v, %d files", err, n)
	}
}

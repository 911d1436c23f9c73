// Package web holds candor's web pages, embedded in the binary: Generate
// (/generate), Verify (/verify, no key needed) and Audit (/audit), with a
// start page at /. They are plain HTML, CSS and JavaScript files with no
// build step; the scripts call the same HTTP API any client does, keep the
// API key in the browser's session storage only, and check audit inclusion
// proofs themselves (RFC 9162 section 2.1.3, with Web Crypto's SHA-256 and
// Ed25519 for the C2SP signed-note checkpoint).
//
// Every answer carries a strict Content-Security-Policy (scripts and styles
// only from this origin, no inline code, no frames) and the usual hardening
// headers; nothing is loaded from another origin (no CDNs, no web fonts).
package web

import (
	"embed"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

//go:embed static
var files embed.FS

// Pages maps each page's path to its file under static/.
var pages = map[string]string{
	"/":         "index.html",
	"/generate": "generate.html",
	"/verify":   "verify.html",
	"/audit":    "audit.html",
}

// Paths are the page paths Handler serves, for routing.
func Paths() []string { return []string{"/", "/generate", "/verify", "/audit"} }

// AssetPrefix is the path under which Handler serves the pages' scripts and
// styles.
const AssetPrefix = "/static/"

// ContentSecurityPolicy is sent with every page and asset. img-src allows
// data: and blob: for images the page decodes or receives with a key.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; " +
	"img-src 'self' data: blob:; connect-src 'self'; form-action 'self'; " +
	"base-uri 'none'; frame-ancestors 'none'"

var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".svg":  "image/svg+xml",
}

// Handler serves the pages at their paths and their assets under
// AssetPrefix; anything else is 404.
func Handler() http.Handler {
	static, err := fs.Sub(files, "static")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", ContentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		h.Set("Cache-Control", "no-cache")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name, ok := pages[r.URL.Path]
		if !ok {
			rest, isAsset := strings.CutPrefix(r.URL.Path, AssetPrefix)
			if !isAsset || rest == "" || strings.Contains(rest, "/") || strings.HasSuffix(rest, ".html") {
				http.NotFound(w, r)
				return
			}
			name = rest
		}
		ct, known := contentTypes[path.Ext(name)]
		b, err := fs.ReadFile(static, name)
		if !known || err != nil {
			http.NotFound(w, r)
			return
		}
		h.Set("Content-Type", ct)
		w.WriteHeader(http.StatusOK)
		if r.Method == http.MethodGet {
			_, _ = w.Write(b)
		}
	})
}

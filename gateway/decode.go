package gateway

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/labstack/echo/v4"
)

// readJSON decodes the request body into v strictly: the body must be one
// JSON object of valid UTF-8 with only the fields v declares. Every failure
// is a 4xx naming the parameter at fault where there is one.
func readJSON(c echo.Context, v any) error {
	req := c.Request()
	if ct := req.Header.Get(echo.HeaderContentType); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || mt != echo.MIMEApplicationJSON {
			return &Error{Status: http.StatusUnsupportedMediaType, Code: "unsupported_media_type",
				Message: "send the body as Content-Type: application/json", Err: ErrUnsupportedMedia}
		}
	}
	body, err := io.ReadAll(req.Body)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return &Error{Status: http.StatusRequestEntityTooLarge, Code: "request_too_large",
				Message: fmt.Sprintf("request body is larger than the limit of %d bytes", mbe.Limit), Err: ErrTooLarge}
		}
		return badRequest("", "invalid_body", "could not read the request body")
	}
	return decodeJSON(body, v)
}

// decodeJSON is readJSON without the HTTP parts (fuzzed directly).
func decodeJSON(body []byte, v any) error {
	if len(bytes.TrimSpace(body)) == 0 {
		return badRequest("", "invalid_json", "the request body is empty: send a JSON object")
	}
	if !utf8.Valid(body) {
		return badRequest("", "invalid_encoding", "the request body is not valid UTF-8")
	}
	if b := bytes.TrimLeft(body, " \t\r\n"); b[0] != '{' {
		return badRequest("", "invalid_json", "the request body must be a JSON object")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return badRequest("", "invalid_json", "unexpected data after the JSON object")
	}
	return nil
}

// jsonError turns encoding/json's errors into messages a client can act on.
func jsonError(err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return badRequest("", "invalid_json", "malformed JSON at byte %d", syn.Offset)
	case errors.As(err, &typ):
		want := typ.Type.String()
		switch typ.Type.Kind().String() {
		case "int", "int64", "uint64", "uint", "int32":
			want = "an integer in range"
		case "float32", "float64":
			want = "a number"
		case "string", "ptr":
			want = "a " + strings.TrimPrefix(want, "*")
		}
		field := typ.Field
		if field == "" {
			return badRequest("", "invalid_type", "the request body must be a JSON object")
		}
		return badRequest(field, "invalid_type", "%s must be %s, not a JSON %s", field, want, typ.Value)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return badRequest("", "invalid_json", "the JSON body ends early")
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return badRequest(name, "unknown_parameter", "unknown parameter %q", name)
	default:
		return badRequest("", "invalid_json", "malformed JSON")
	}
}

// checkPrompt validates one prompt: required ones must have visible text;
// all must be at most max code points of valid text.
func checkPrompt(param, s string, required bool, max int) error {
	if required && strings.TrimSpace(s) == "" {
		return badRequest(param, "empty_prompt", "%s must not be empty", param)
	}
	if n := utf8.RuneCountInString(s); n > max {
		return badRequest(param, "prompt_too_long", "%s is %d characters; the limit is %d", param, n, max)
	}
	if strings.ContainsRune(s, utf8.RuneError) {
		// encoding/json turns invalid UTF-8 and lone surrogates (\ud800) into U+FFFD.
		return badRequest(param, "invalid_encoding", "%s contains invalid characters (invalid UTF-8 or a lone surrogate)", param)
	}
	if strings.ContainsRune(s, 0) {
		return badRequest(param, "invalid_encoding", "%s contains a NUL character", param)
	}
	return nil
}

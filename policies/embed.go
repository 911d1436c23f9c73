// Package policies holds candor's built-in policies: Rego modules (package
// prompt, queried as data.prompt.result; package output, queried as
// data.output.result, the image safety verdict), their Rego tests
// (*_test.rego) and the JSON data they read under data.candor (categories and
// levels, lexicon, protected people and living artists; output.json: the
// output thresholds, messages and how prompt warnings tighten them). Every JSON file has a single top-level "candor" key so
// that `opa test policies`, `opa check` and the Go engine in package policy
// load the same document. The tests are embedded too, so a reload can test a
// candidate policy before it replaces the working one.
package policies

import "embed"

// FS holds the built-in Rego modules, their tests and their JSON data.
//
//go:embed *.rego *.json
var FS embed.FS

package tokenizer

import "errors"

var (
	// ErrFiles means the tokenizer files are missing or unreadable.
	ErrFiles = errors.New("tokenizer files missing or unreadable")
	// ErrFormat means vocab.json, merges.txt or tokenizer_config.json is
	// malformed or inconsistent (for example a merge whose result is not in
	// the vocabulary, or a special token the vocabulary lacks).
	ErrFormat = errors.New("malformed tokenizer files")
)

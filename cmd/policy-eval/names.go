package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"

	"github.com/candor-ai/candor/policies"
	"github.com/candor-ai/candor/policy"
)

// printNames writes one JSON line per prompt line: the prompt, the names
// the policy reads that its lexicon does not list, and those of them in a
// style frame (policy.Engine.Names).
func printNames(ctx context.Context, dataDirs []string, in io.Reader, out io.Writer) error {
	e, err := policy.New(ctx, policy.Config{FS: policies.FS, DataDirs: dataDirs})
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for sc.Scan() {
		persons, styles := e.Names(policy.Input{Prompt: sc.Text()})
		rec := struct {
			Text    string   `json:"text"`
			Persons []string `json:"persons"`
			Styles  []string `json:"styles"`
		}{sc.Text(), nonNil(persons), nonNil(styles)}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return w.Flush()
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

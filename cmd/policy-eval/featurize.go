package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/candor-ai/candor/models/prompt"
	"github.com/candor-ai/candor/pipeline/promptclf"
	"github.com/candor-ai/candor/policies"
	"github.com/candor-ai/candor/policy"
)

// featurize reads JSONL records with a "text" field and writes each with
// "normalized", "classes" (the lexicon classes the policy finds) and "ids"
// added, and with rules "rules_deny" (whether the lexicon rules alone deny
// the prompt: training scores its epochs by what rules and classifier deny
// together).
func featurize(featPath string, rules bool, in io.Reader, out io.Writer) error {
	raw := prompt.Featurizer()
	if featPath != "" {
		b, err := os.ReadFile(featPath)
		if err != nil {
			return err
		}
		raw = b
	}
	f, err := promptclf.ParseFeaturizer(raw)
	if err != nil {
		return err
	}
	// The engine gives what Evaluate gives the classifier: the normalised
	// prompt and the lexicon classes found in it. It has no classifier, so
	// its decisions are the rules' alone.
	e, err := policy.New(context.Background(), policy.Config{FS: policies.FS})
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	line := 0
	for sc.Scan() {
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		text, ok := rec["text"].(string)
		if !ok {
			return fmt.Errorf("line %d: no \"text\" string", line)
		}
		np, classes, err := e.Facts(policy.Input{Prompt: text})
		if err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		if classes == nil {
			classes = []string{}
		}
		rec["normalized"] = np.Text
		rec["classes"] = classes
		ids := f.Features(np.Text, classes, nil)
		if ids == nil {
			ids = []int64{}
		}
		rec["ids"] = ids
		if rules {
			d, err := e.Evaluate(context.Background(), policy.Input{Prompt: text})
			if err != nil {
				return fmt.Errorf("line %d: %w", line, err)
			}
			rec["rules_deny"] = !d.Allow
		}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return w.Flush()
}

package main

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/candor-ai/candor/pipeline/promptclf"
	"github.com/candor-ai/candor/policy"
)

// policyConfig is the `policy:` section: the prompt classifier beside the
// lexicon rules.
type policyConfig struct {
	// Classifier is "builtin" (the default, also when empty), "off" (the
	// rules alone) or a model directory (model.onnx, labels.json,
	// featurizer.json; see training/prompt/train.py).
	Classifier string `yaml:"classifier"`
}

// Prompt classifier settings.
const (
	classifierBuiltin = "builtin"
	classifierOff     = "off"
)

// newPolicyEngine loads the prompt classifier the config names (through the
// ONNX Runtime library ortLib, resolved like the model's) and the policy
// engine over it. The classifier is part of the decision: when it cannot be
// loaded the command fails with an error that says how to run the rules
// alone, rather than starting without it. close releases the classifier.
func newPolicyEngine(ctx context.Context, pcfg policy.Config, cfg fileConfig, ortLib string, log *slog.Logger) (*policy.Engine, func(), error) {
	closeFn := func() {}
	if c := cfg.Policy.Classifier; c != classifierOff {
		files := promptclf.Builtin()
		name := promptclf.BuiltinName
		if c != "" && c != classifierBuiltin {
			var err error
			if files, err = promptclf.ReadDir(c); err != nil {
				return nil, nil, fmt.Errorf("%w: policy.classifier: %w", errConfig, err)
			}
			name = "dir:" + c
		}
		lib, err := resolveORTLib(ortLib)
		if err != nil {
			return nil, nil, fmt.Errorf("prompt classifier (policy.classifier: %s) needs ONNX Runtime: %w; set policy.classifier: off in the config to decide with the rules alone", or(c, classifierBuiltin), err)
		}
		m, err := promptclf.Load(ctx, promptclf.Config{Name: name, Files: files, LibPath: lib})
		if err != nil {
			return nil, nil, fmt.Errorf("prompt classifier: %w", err)
		}
		if log != nil {
			log.Info("prompt classifier loaded", "name", m.Name(), "sha256", m.SHA256(), "labels", m.Labels())
		}
		pcfg.Scorer = m
		closeFn = func() { _ = m.Close() }
	}
	engine, err := policy.New(ctx, pcfg)
	if err != nil {
		closeFn()
		return nil, nil, fmt.Errorf("policy: %w", err)
	}
	return engine, closeFn, nil
}

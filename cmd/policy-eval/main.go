// Command policy-eval measures the prompt policy on a labelled corpus and
// feeds the prompt classifier's training.
//
//	policy-eval [--data DIR] [--benign FILE] [--model DIR] [--policy-data DIR]...
//	    [--errors FILE [--errors-of rules|classifier|both]] [--markdown]
//	    Evaluates the built-in policy on DIR/test.jsonl three ways: the
//	    lexicon rules alone, the classifier alone (its scores against the
//	    thresholds in policies/classifier.json, rules switched off) and both
//	    (what serves). Prints precision, recall and false-deny rate per
//	    category and per language, and the false-deny rate on the benign
//	    set. Exit 1 if a file cannot be read, 2 if a target is missed.
//	policy-eval featurize [--featurizer FILE] [--rules] < in.jsonl > out.jsonl
//	    Adds "normalized" (policy.Normalize(text).Text), "classes" (the
//	    lexicon classes the policy finds) and "ids" (the classifier's feature
//	    ids) to every record: what Evaluate gives the classifier, and the one
//	    featuriser that training/prompt/train.py uses.
//	policy-eval keys < lines > keys
//	    The normalised lexicon key (policy.Key) of every line.
//	policy-eval names [--policy-data DIR]... < prompts > names.jsonl
//	    For every prompt line, the names the policy reads that its lexicon
//	    does not list ("persons") and those in a style frame ("styles"):
//	    to check data.candor.names (policies/names.json) on an
//	    institution's own prompts.
//
// `make policy-eval` runs the first form.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/candor-ai/candor/policy"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "keys" {
		// One policy.Key per input line: the normalised form the loader
		// gives lexicon terms (training/lexicon/merge.py).
		sc := bufio.NewScanner(stdin)
		sc.Buffer(make([]byte, 64*1024), 1<<20)
		w := bufio.NewWriter(stdout)
		for sc.Scan() {
			fmt.Fprintln(w, policy.Key(sc.Text()))
		}
		if err := sc.Err(); err != nil {
			fmt.Fprintln(stderr, "policy-eval keys:", err)
			return 1
		}
		if err := w.Flush(); err != nil {
			fmt.Fprintln(stderr, "policy-eval keys:", err)
			return 1
		}
		return 0
	}
	if len(args) > 0 && args[0] == "names" {
		fs := flag.NewFlagSet("policy-eval names", flag.ContinueOnError)
		fs.SetOutput(stderr)
		var dirs []string
		fs.Func("policy-data", "a --policy-data directory (as serve's) on top of the built-in policy; repeatable", func(v string) error {
			dirs = append(dirs, v)
			return nil
		})
		if err := fs.Parse(args[1:]); err != nil {
			return 2
		}
		if err := printNames(ctx, dirs, stdin, stdout); err != nil {
			fmt.Fprintln(stderr, "policy-eval names:", err)
			return 1
		}
		return 0
	}
	if len(args) > 0 && args[0] == "featurize" {
		fs := flag.NewFlagSet("policy-eval featurize", flag.ContinueOnError)
		fs.SetOutput(stderr)
		feat := fs.String("featurizer", "", "featurizer.json (default: the built-in model's)")
		rules := fs.Bool("rules", false, `add "rules_deny": whether the lexicon rules alone deny the prompt`)
		if err := fs.Parse(args[1:]); err != nil {
			return 2
		}
		if err := featurize(*feat, *rules, stdin, stdout); err != nil {
			fmt.Fprintln(stderr, "policy-eval featurize:", err)
			return 1
		}
		return 0
	}
	fs := flag.NewFlagSet("policy-eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o evalOptions
	fs.StringVar(&o.data, "data", "training/prompt/data", "corpus directory (test.jsonl, benign.jsonl)")
	fs.StringVar(&o.benign, "benign", "", "benign set (default DATA/benign.jsonl)")
	fs.StringVar(&o.split, "split", "test", "split to evaluate (test; val to check the thresholds)")
	fs.StringVar(&o.model, "model", "", "classifier model directory (default: the built-in model)")
	fs.StringVar(&o.ortLib, "ort-lib", "", "ONNX Runtime library (default: CANDOR_ORT_LIB, then the `make ort` cache)")
	fs.StringVar(&o.errors, "errors", "", "write the prompts that rules and classifier together got wrong (missed harmful, denied benign) to this file as JSON lines")
	fs.StringVar(&o.errorsOf, "errors-of", "both", "whose mistakes --errors lists: rules, classifier or both")
	fs.Func("policy-data", "a --policy-data directory (as serve's): an institution's terms, names and rules on top of the built-in policy; repeatable", func(v string) error {
		o.policyData = append(o.policyData, v)
		return nil
	})
	fs.BoolVar(&o.markdown, "markdown", false, "print Markdown tables")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if configIndex(o.errorsOf) < 0 {
		fmt.Fprintf(stderr, "policy-eval: --errors-of %q: want rules, classifier or both\n", o.errorsOf)
		return 2
	}
	ok, err := evaluate(ctx, o, stdout)
	if err != nil {
		fmt.Fprintln(stderr, "policy-eval:", err)
		return 1
	}
	if !ok {
		return 2
	}
	return 0
}

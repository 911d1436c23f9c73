# candor: the two commands users need are `make run` and `make test`.
SHELL := /bin/bash
GO ?= go
CACHE_DIR := $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/candor
ORT_LIB := $(CACHE_DIR)/onnxruntime/1.30.0/libonnxruntime.so.1
C2PA_WASM_DIR := $(CACHE_DIR)/c2pa-wasm/0.13.3
OPENAI_SDK_DIR := $(CACHE_DIR)/openai-node/4.95.0
OPENAI_STREAM_SDK_DIR := $(CACHE_DIR)/openai-node/6.30.1
PLAYWRIGHT_VERSION := 1.65.1
PLAYWRIGHT_DIR := $(CACHE_DIR)/playwright-core/$(PLAYWRIGHT_VERSION)
NSFWJS_DIR := $(CACHE_DIR)/nsfwjs/4.4.0
ADDR ?= 127.0.0.1:8080
DATA_DIR ?= ./var

export CANDOR_ORT_LIB ?= $(ORT_LIB)

.PHONY: test-corpus build run test test-go test-rego ort c2pa-wasm openai-sdk nsfwjs-ref test-deps browser screenshots bench bench-all adherence policy-eval train-prompt clean

build:
	$(GO) build -o bin/candor ./cmd/candor

ort:
	@bash scripts/fetch-ort.sh

# The official C2PA verifier (c2pa-rs as WebAssembly) for the interop tests.
c2pa-wasm:
	@bash scripts/fetch-npm.sh @contentauth/c2pa-wasm 0.13.3 c2pa-wasm

# The official OpenAI Node SDK: 4.95.0 for the JSON API, and 6.30.1 (the newest
# release for Node 20; 7.x needs Node 22) for its image streaming.
openai-sdk:
	@bash scripts/fetch-npm.sh openai 4.95.0 openai-node
	@bash scripts/fetch-npm.sh openai 6.30.1 openai-node

# The browser tests: Debian's Chromium (installed where we are root with
# apt-get, as on CI) driven by the pinned npm playwright-core.
browser:
	@bash scripts/fetch-browser.sh $(PLAYWRIGHT_VERSION)

# Refreshes the README's screenshots of the web pages (docs/screenshots).
screenshots: ort browser
	CANDOR_PLAYWRIGHT_DIR=$(PLAYWRIGHT_DIR) CANDOR_UPDATE_SCREENSHOTS=1 CANDOR_REQUIRE_BROWSER=1 \
		$(GO) test -count 1 -run '^TestWebPages$$' ./cmd/candor

# The original nsfwjs classifier on TensorFlow.js' pure-JavaScript CPU backend,
# the reference the converted ONNX safety classifier is checked against.
nsfwjs-ref:
	@bash scripts/fetch-npm.sh nsfwjs 4.4.0 nsfwjs @tensorflow/tfjs@4.22.0

# Optional system tools the tests use when present (exiftool for the XMP check).
# Installed only where we are root and apt-get exists, as on CI.
test-deps:
	@bash scripts/test-deps.sh

run: ort build
	./bin/candor serve --addr $(ADDR) --data-dir $(DATA_DIR) --dev

# CANDOR_REQUIRE_* turn "skip: dependency missing" into failures so CI never passes by skipping.
test: ort c2pa-wasm openai-sdk nsfwjs-ref test-deps browser test-rego test-corpus test-go

test-go:
	CANDOR_REQUIRE_ORT=1 CANDOR_REQUIRE_C2PA_WASM=1 CANDOR_C2PA_WASM_DIR=$(C2PA_WASM_DIR) \
		CANDOR_REQUIRE_OPENAI_SDK=1 CANDOR_OPENAI_SDK_DIR=$(OPENAI_SDK_DIR) \
		CANDOR_OPENAI_STREAM_SDK_DIR=$(OPENAI_STREAM_SDK_DIR) \
		CANDOR_REQUIRE_BROWSER=1 CANDOR_PLAYWRIGHT_DIR=$(PLAYWRIGHT_DIR) \
		CANDOR_REQUIRE_NSFWJS=1 CANDOR_NSFWJS_DIR=$(NSFWJS_DIR) CANDOR_REQUIRE_WORDLISTS=1 \
		$(GO) test -race -timeout 20m ./...

# The prompt corpus is what make_corpus.py builds (byte for byte), its held-out test split and
# benign set are the frozen ones every model is measured on, and no held-out name leaks
# (Python 3 standard library only); policies/lexicon_intl.json is what training/lexicon/merge.py
# builds from the per-language lexicons, and policies/names.json what training/lexicon/names/build.py
# builds from its lists.
test-corpus:
	python3 training/prompt/check_corpus.py
	python3 training/prompt/check_corpus.py --selftest
	python3 training/lexicon/merge.py --check
	python3 training/lexicon/names/build.py --check

test-rego:
	$(GO) tool opa fmt --list --fail policies
	$(GO) tool opa check --strict policies
	$(GO) tool opa test policies

# The prompt policy on the corpus' held-out test split and benign set: precision, recall and
# false-deny rate per category and language for the rules, the classifier and both (exit 2 if
# a target is missed). MARKDOWN=1 prints Markdown tables.
policy-eval: ort
	$(GO) run ./cmd/policy-eval --data training/prompt/data $(if $(MARKDOWN),--markdown)

# Retrain the built-in prompt classifier (Debian's torch; see training/prompt/train.py) and
# write its thresholds into policies/classifier.json. Then run `make policy-eval`.
train-prompt:
	/usr/bin/python3 training/prompt/train.py

bench: ort
	@bash scripts/bench.sh

# The built-in model's prompt adherence on held-out captions, through the Go pipeline.
adherence: ort
	CANDOR_REQUIRE_ORT=1 $(GO) test -count 1 -run TestBuiltinModelAdherence -v ./pipeline/adherence

bench-all: ort
	$(GO) test -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf bin

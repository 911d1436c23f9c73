#!/usr/bin/env bash
# candor's benchmark command (make bench): every headline figure from one run on
# this machine, each beside its baseline measured in the same run, as a ratio.
# Timings swing on shared machines; compare ratios, and rerun on a quiet one.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export CANDOR_ORT_LIB="${CANDOR_ORT_LIB:-${XDG_CACHE_HOME:-$HOME/.cache}/candor/onnxruntime/1.30.0/libonnxruntime.so.1}"
bt=${BENCHTIME:-3s}

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
# benchlines keeps benchmark results, joining a name that tessera's klog lines
# split from its figures.
benchlines() {
  awk '/^Benchmark/ { name = $1; if ($0 ~ /ns\/op/) { print; name = "" }; next }
       /ns\/op/ && name != "" { print name "\t" $0; name = "" }'
}
run() { # name, package, pattern
  echo "== $1"
  go test -run '^$' -bench "$3" -benchtime "$bt" -benchmem "$2" 2>&1 | benchlines | tee -a "$out/all"
}
metric() { # benchmark-name-prefix, unit -> value
  awk -v b="$1" -v u="$2" '$1 ~ "^"b"(-[0-9]+)?$" { for (i = 2; i < NF; i++) if ($(i+1) == u) { print $i; exit } }' "$out/all"
}

run "diffusion (built-in model, 64x64, 20 DDIM steps, guidance 5)" ./pipeline/diffusion 'UNetStep|Generate$|CFGBatchedVsTwoCalls'
if /usr/bin/python3 -c 'import torch' 2>/dev/null; then
  echo "== PyTorch eager, same networks, same sampling (training/bench_torch.py)"
  /usr/bin/python3 training/bench_torch.py --threads "$(nproc)" --weights training/out/run2 | tee "$out/torch.json"
  go_ms=$(metric BenchmarkGenerate ms/image)
  torch_ms=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["ms_per_image"])' "$out/torch.json")
  echo "-> end to end per image: candor ${go_ms} ms, torch eager ${torch_ms} ms: candor is $(python3 -c "print(round($torch_ms/$go_ms, 2))")x faster"
else
  echo "== PyTorch eager baseline skipped: apt-get install python3-torch libopenblas0-openmp"
fi
batched=$(metric BenchmarkCFGBatchedVsTwoCalls/batched ns/op)
two=$(metric BenchmarkCFGBatchedVsTwoCalls/two-calls ns/op)
echo "-> guidance in one batched UNet call vs two calls: $(python3 -c "print(round($two/$batched, 2))")x"
echo "-> Go's share of a step (everything but ORT's Run): $(metric BenchmarkUNetStep go-overhead-frac)"

run "n=4 images in one request: UNet batched across images vs one image at a time" ./pipeline/diffusion 'GenerateN4(Batched|Sequential)$'
b4=$(metric BenchmarkGenerateN4Batched ns/op)
s4=$(metric BenchmarkGenerateN4Sequential ns/op)
echo "-> n=4 batched across images: $(python3 -c "print(round($s4/$b4, 2))")x the sequential speed (target 1.5x)"
run "output safety: the built-in nsfw classifier on one 64x64 image" ./pipeline/safety 'ScoreNSFW$'
run "output policy evaluation per image" ./policy 'EvaluateOutput$'
echo "== POST /v1/images/generations vs the pipeline alone, alternating in one run (built-in model)"
go test -run '^$' -bench 'ImagesOverhead' -benchtime "${IMAGES_N:-20x}" ./cmd/candor 2>&1 | benchlines | tee -a "$out/all"
echo "-> non-diffusion overhead of the route: $(metric BenchmarkImagesOverhead overhead-%)% of the pipeline (target 5%); classifier $(metric BenchmarkImagesOverhead classifier-%-of-generation)% of a generation (target 10%)"
echo "   stages (ms): policy $(metric BenchmarkImagesOverhead policy-ms), diffusion $(metric BenchmarkImagesOverhead diffusion-ms), safety $(metric BenchmarkImagesOverhead safety-ms), sign $(metric BenchmarkImagesOverhead sign-ms), audit $(metric BenchmarkImagesOverhead audit-ms)"

run "policy evaluation per prompt" ./policy 'Evaluate$'
run "provenance: sign+embed vs PNG encoding of the same 512x512 image; verify" ./provenance/credentials 'PNGEncode512|SignEmbedPNG512|VerifyPNG512'
enc=$(metric BenchmarkPNGEncode512 ns/op)
sign=$(metric BenchmarkSignEmbedPNG512 ns/op)
echo "-> signing and embedding cost $(python3 -c "print(round(100*$sign/$enc, 1))")% of PNG encoding"
run "audit log appends" ./provenance/auditlog 'AppendParallel'
BENCHTIME=${LOOPBACK_N:-4000x}
echo "== POST /v1/policy/check over loopback, real policy and audit log"
go test -run '^$' -bench 'PolicyCheckLoopback' -benchtime "$BENCHTIME" ./cmd/candor 2>&1 | benchlines
echo "== the same route with the built-in prompt classifier vs without it, two servers in alternating rounds"
go test -run '^$' -bench 'PolicyCheckClassifierRatio' -benchtime "$BENCHTIME" ./cmd/candor 2>&1 | benchlines | tee -a "$out/all"
for c in 8 16; do
  echo "-> $c clients: with the classifier $(metric BenchmarkPolicyCheckClassifierRatio/conc=$c builtin_x)x the throughput without it (target >= 0.8)"
done
echo "== official C2PA verifier vs candor verify on the same files: go test -run TestOfficialVerifier -v ./provenance/credentials (needs make c2pa-wasm)"

#!/usr/bin/python3
"""Convert nsfwjs' MobileNetV2 image classifier (a TensorFlow.js layers model) to ONNX.

The npm package nsfwjs@4.4.0 (MIT, (c) 2019 Infinite Red; weights from the MIT-licensed
GantMan/nsfw_model) bundles its models as JavaScript under dist/models/<name>/:
model.min.js exports the model.json object (Keras topology + weight manifest) and
group1-shard*.min.js export the weight shards as base64. This script

  1. fetches the package with `npm pack nsfwjs@4.4.0` (no install, no scripts) into a temp
     folder, or uses --package DIR (an unpacked package) instead;
  2. evaluates the two bundles with Node to get the JSON and the shard bytes;
  3. dequantises the uint8 weights exactly as tfjs does (value = q*scale + min in float64,
     stored as float32), reading them in manifest order (sorted by name, not layer order);
  4. rebuilds the Keras graph layer by layer in PyTorch (channels-first inside; Keras
     BatchNorm epsilon from the config, 1e-3; the explicit ZeroPadding2D layers pad bottom and
     right only; depthwise kernels [kh,kw,in,m] -> [in*m,1,kh,kw] with groups=in; Dense
     kernels transposed; Flatten in NHWC order);
  5. exports ONNX opset 17: input "input" float32 [N,224,224,3] NHWC in [0,1], output
     "scores" float32 [N,5], softmax over Drawing, Hentai, Neutral, Porn, Sexy;
  6. writes SHA256SUMS for the files in --out.

Preprocessing is the caller's (nsfwjs' own): RGB, alpha dropped, /255, bilinear resize with
align-corners straight to 224x224 (no crop). pipeline/safety does this in Go.

usage: /usr/bin/python3 training/nsfw/convert.py --out models/nsfw [--package DIR]
       /usr/bin/python3 training/nsfw/convert.py --sums-only models/nsfw
       /usr/bin/python3 training/nsfw/convert.py --out /tmp/n --check-ref ~/.cache/candor/nsfwjs/4.4.0
"""
import argparse
import base64
import hashlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

PACKAGE = "nsfwjs@4.4.0"
MODEL = "mobilenet_v2"
LABELS = ["Drawing", "Hentai", "Neutral", "Porn", "Sexy"]

DUMP_JS = r"""
const path = require('path');
const dir = process.argv[1];
const fs = require('fs');
const m = require(path.join(dir, 'model.min.js'));
const shards = {};
for (const g of m.weightsManifest) for (const p of g.paths) shards[p] = require(path.join(dir, p + '.min.js'));
process.stdout.write(JSON.stringify({model: m, shards: shards}));
"""


def fetch_package(tmp):
    subprocess.run(["npm", "pack", "--silent", PACKAGE], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
    tgz = [f for f in os.listdir(tmp) if f.endswith(".tgz")]
    if len(tgz) != 1:
        sys.exit(f"npm pack left {tgz}")
    with tarfile.open(os.path.join(tmp, tgz[0])) as t:
        for m in t.getmembers():  # a package tarball holds plain files under package/
            if not m.isfile() or m.name.startswith("/") or ".." in m.name.split("/"):
                continue
            t.extract(m, tmp)
    return os.path.join(tmp, "package")


def load_bundle(pkg_dir):
    d = os.path.join(pkg_dir, "dist", "models", MODEL)
    with open(os.path.join(pkg_dir, "package.json")) as f:
        version = json.load(f)["version"]
    out = subprocess.run(["node", "-e", DUMP_JS, d], check=True, capture_output=True).stdout
    b = json.loads(out)
    return version, b["model"], {k: base64.b64decode(v) for k, v in b["shards"].items()}


def dequantise(model, shards):
    """Weights by name, as tfjs' io.decodeWeights reads them."""
    weights = {}
    for group in model["weightsManifest"]:
        data = b"".join(shards[p] for p in group["paths"])
        off = 0
        for w in group["weights"]:
            n = int(np.prod(w["shape"])) if w["shape"] else 1
            q = w.get("quantization")
            if w["dtype"] != "float32":
                raise SystemExit(f"{w['name']}: dtype {w['dtype']} not handled")
            if q is None:
                v = np.frombuffer(data, dtype="<f4", count=n, offset=off).copy()
                off += 4 * n
            elif q["dtype"] == "uint8":
                raw = np.frombuffer(data, dtype=np.uint8, count=n, offset=off)
                v = (raw.astype(np.float64) * q["scale"] + q["min"]).astype(np.float32)
                off += n
            else:
                raise SystemExit(f"{w['name']}: quantisation {q['dtype']} not handled")
            weights[w["name"]] = v.reshape(w["shape"])
        if off != len(data):
            raise SystemExit(f"weight group uses {off} of {len(data)} bytes")
    return weights


class KerasGraph(nn.Module):
    """The Keras functional graph, run layer by layer in config order (topological)."""

    def __init__(self, config, weights):
        super().__init__()
        self.layers_cfg = config["layers"]
        self.input_name = config["input_layers"][0][0]
        self.output_name = config["output_layers"][0][0]
        self.mods = nn.ModuleDict()
        used = set()

        def w(name):
            used.add(name)
            return torch.from_numpy(np.ascontiguousarray(weights[name]))

        for l in self.layers_cfg:
            c, cfg, name = l["class_name"], l["config"], l["name"]
            if c in ("Conv2D", "DepthwiseConv2D"):
                if cfg["dilation_rate"] != [1, 1] or cfg["activation"] != "linear":
                    raise SystemExit(f"{name}: unsupported conv config")
                kh, kw = cfg["kernel_size"]
                if cfg["padding"] == "same":
                    if cfg["strides"] != [1, 1] or kh % 2 == 0 or kw % 2 == 0:
                        raise SystemExit(f"{name}: 'same' padding only with stride 1 and odd kernels")
                    pad = (kh // 2, kw // 2)
                else:
                    pad = (0, 0)
                if c == "Conv2D":
                    k = w(f"{name}/kernel")  # [kh, kw, in, out]
                    cin, cout = k.shape[2], k.shape[3]
                    m = nn.Conv2d(cin, cout, (kh, kw), tuple(cfg["strides"]), pad, bias=cfg["use_bias"])
                    m.weight.data = k.permute(3, 2, 0, 1).contiguous()
                else:
                    k = w(f"{name}/depthwise_kernel")  # [kh, kw, in, mult]
                    cin, mult = k.shape[2], k.shape[3]
                    m = nn.Conv2d(cin, cin * mult, (kh, kw), tuple(cfg["strides"]), pad, groups=cin,
                                  bias=cfg["use_bias"])
                    m.weight.data = k.reshape(kh, kw, cin * mult).permute(2, 0, 1).unsqueeze(1).contiguous()
                if cfg["use_bias"]:
                    m.bias.data = w(f"{name}/bias")
                self.mods[name] = m
            elif c == "BatchNormalization":
                if cfg["axis"] not in (-1, 3) or not cfg["center"] or not cfg["scale"]:
                    raise SystemExit(f"{name}: unsupported batch norm config")
                g = w(f"{name}/gamma")
                m = nn.BatchNorm2d(g.shape[0], eps=cfg["epsilon"])
                m.weight.data = g
                m.bias.data = w(f"{name}/beta")
                m.running_mean.data = w(f"{name}/moving_mean")
                m.running_var.data = w(f"{name}/moving_variance")
                self.mods[name] = m
            elif c == "Dense":
                k = w(f"{name}/kernel")  # [in, out]
                m = nn.Linear(k.shape[0], k.shape[1], bias=cfg["use_bias"])
                m.weight.data = k.t().contiguous()
                if cfg["use_bias"]:
                    m.bias.data = w(f"{name}/bias")
                self.mods[name] = m
            elif c == "ReLU":
                if cfg.get("negative_slope", 0) != 0 or cfg.get("threshold", 0) != 0:
                    raise SystemExit(f"{name}: unsupported ReLU config")
            elif c == "ZeroPadding2D":
                (t, b), (lft, r) = cfg["padding"]
            elif c == "AveragePooling2D":
                if cfg["padding"] != "valid":
                    raise SystemExit(f"{name}: unsupported pooling")
            elif c not in ("InputLayer", "Add", "Flatten", "Dropout"):
                raise SystemExit(f"{name}: layer class {c} not handled")
        unused = set(weights) - used
        if unused:
            raise SystemExit(f"weights not used: {sorted(unused)}")

    def forward(self, x):
        t = {self.input_name: x.permute(0, 3, 1, 2)}  # NHWC in, NCHW inside
        for l in self.layers_cfg:
            c, cfg, name = l["class_name"], l["config"], l["name"]
            if c == "InputLayer":
                continue
            ins = [t[n[0]] for n in l["inbound_nodes"][0]]
            x = ins[0]
            if c in ("Conv2D", "DepthwiseConv2D", "BatchNormalization"):
                y = self.mods[name](x)
            elif c == "Dense":
                y = self.mods[name](x)
                act = cfg["activation"]
                if act == "relu":
                    y = F.relu(y)
                elif act == "softmax":
                    y = torch.softmax(y, dim=-1)
                elif act != "linear":
                    raise SystemExit(f"{name}: activation {act}")
            elif c == "ReLU":
                y = F.relu(x) if cfg.get("max_value") is None else torch.clamp(x, 0, cfg["max_value"])
            elif c == "ZeroPadding2D":
                (tp, bt), (lf, rt) = cfg["padding"]
                y = F.pad(x, (lf, rt, tp, bt))
            elif c == "Add":
                y = ins[0]
                for o in ins[1:]:
                    y = y + o
            elif c == "AveragePooling2D":
                y = F.avg_pool2d(x, tuple(cfg["pool_size"]), tuple(cfg["strides"]))
            elif c == "Flatten":
                y = torch.flatten(x.permute(0, 2, 3, 1), 1)  # Keras flattens NHWC
            elif c == "Dropout":
                y = x
            t[name] = y
        return t[self.output_name]


def write_sums(out):
    lines = []
    for root, _, files in os.walk(out):
        for f in files:
            rel = os.path.relpath(os.path.join(root, f), out)
            if rel == "SHA256SUMS" or rel.endswith(".go") or rel.startswith("."):
                continue
            with open(os.path.join(out, rel), "rb") as fh:
                lines.append(f"{hashlib.sha256(fh.read()).hexdigest()}  {rel}")
    lines.sort(key=lambda s: s.split("  ", 1)[1])
    with open(os.path.join(out, "SHA256SUMS"), "w") as f:
        f.write("\n".join(lines) + "\n")


def check_reference(net, ref_dir, n=4, seed=7):
    """Scores of random images here and in the original (nsfwjs on tfjs' CPU backend)."""
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.js")
    rng = np.random.default_rng(seed)
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i in range(n):
            img = rng.integers(0, 256, size=(224, 224, 3), dtype=np.uint8)
            p = os.path.join(tmp, f"{i}.rgb")
            with open(p, "wb") as f:
                f.write(np.array([224, 224], dtype="<u4").tobytes() + img.tobytes())
            files.append((p, img))
        out = subprocess.run(["node", script, ref_dir] + [p for p, _ in files], check=True,
                             capture_output=True).stdout
        ref = json.loads(out)
        with torch.no_grad():
            for (p, img), r in zip(files, ref):
                x = torch.from_numpy(img.astype(np.float32) / 255).unsqueeze(0)
                s = net(x)[0].numpy()
                d = max(abs(float(s[k]) - r["scores"][LABELS[k]]) for k in range(5))
                worst = max(worst, d)
    print(f"torch vs nsfwjs on {n} random images: max |diff| {worst:.2e}")
    if worst > 1e-4:
        raise SystemExit("parity check failed")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", help="output folder (models/nsfw)")
    ap.add_argument("--package", help="an unpacked nsfwjs package folder instead of npm pack")
    ap.add_argument("--sums-only", metavar="DIR", help="only rewrite DIR/SHA256SUMS")
    ap.add_argument("--check-ref", metavar="DIR",
                    help="compare with the original in DIR (make nsfwjs-ref's cache folder)")
    a = ap.parse_args()
    if a.sums_only:
        write_sums(a.sums_only)
        return
    if not a.out:
        ap.error("--out is required")
    torch.manual_seed(0)
    with tempfile.TemporaryDirectory() as tmp:
        pkg = a.package or fetch_package(tmp)
        version, model, shards = load_bundle(pkg)
    weights = dequantise(model, shards)
    cfg = model["modelTopology"]["model_config"]["config"]
    net = KerasGraph(cfg, weights).eval()
    nparams = sum(p.numel() for p in net.parameters())
    print(f"nsfwjs {version} {MODEL}: {len(cfg['layers'])} layers, {len(weights)} weight tensors, {nparams} parameters")
    if a.check_ref:
        check_reference(net, a.check_ref)
    os.makedirs(a.out, exist_ok=True)
    dst = os.path.join(a.out, "model.onnx")
    dummy = torch.zeros(1, 224, 224, 3)
    with torch.no_grad():
        torch.onnx.export(net, dummy, dst, opset_version=17, input_names=["input"],
                          output_names=["scores"], dynamic_axes={"input": {0: "N"}, "scores": {0: "N"}},
                          do_constant_folding=True)
    import onnx
    m = onnx.load(dst)
    onnx.checker.check_model(m)
    m.producer_name = "candor training/nsfw/convert.py"
    m.doc_string = f"nsfwjs {version} {MODEL} (MIT, Infinite Red; weights GantMan/nsfw_model, MIT)"
    meta = {"labels": ",".join(x.lower() for x in LABELS), "source": f"npm:nsfwjs@{version} dist/models/{MODEL}",
            "preprocessing": "RGB, /255, bilinear align-corners to 224x224, NHWC"}
    for k, v in meta.items():
        e = m.metadata_props.add()
        e.key, e.value = k, v
    onnx.save(m, dst)
    write_sums(a.out)
    print(f"wrote {dst} ({os.path.getsize(dst)} bytes)")


if __name__ == "__main__":
    main()

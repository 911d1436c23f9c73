#!/usr/bin/python3
"""Write two tiny prompt classifiers with the same random weights, one per input layout
that pipeline/promptclf runs: mask/ (the torch exporter's graph, inputs ids and mask, as
models exported before the compact graph) and weights/ (train.py's compact_graph).
TestInputLayouts checks they score alike. Seeded; run from the repository root:
  /usr/bin/python3 pipeline/promptclf/testdata/make_layouts.py
"""
import json
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "training", "prompt"))
from train import compact_graph  # noqa: E402

BUCKETS, DIM = 512, 4
LABELS = ["minors", "sexual_real_people", "nudify", "impersonation", "artists", "violence", "hate",
          "selfharm", "news", "explicit", "none"]
FEAT = {"version": "hashed-ngrams-v1", "buckets": BUCKETS, "char_min": 3, "char_max": 5, "cross_n": 4,
        "classes": True, "max_len": 1024, "window_words": 32}

rng = np.random.default_rng(20261207)
emb = rng.normal(0, 1, (BUCKETS + 1, DIM)).astype(np.float16)
emb[0] = -1e4
w = rng.normal(0, 1, (len(LABELS), 2 * DIM)).astype(np.float32)
b = rng.normal(0, 0.5, (len(LABELS),)).astype(np.float32)


def mask_graph():
    c = lambda name, v: helper.make_node("Constant", [], [name], value=numpy_helper.from_array(np.array(v, dtype=np.int64), name))
    nodes = [
        helper.make_node("Gather", ["emb.weight", "ids"], ["e16"]),
        helper.make_node("Cast", ["e16"], ["e"], to=TensorProto.FLOAT),
        c("ax2", [2]), c("ax1", [1]),
        helper.make_node("Unsqueeze", ["mask", "ax2"], ["m"]),
        helper.make_node("Mul", ["e", "m"], ["em"]),
        helper.make_node("ReduceSum", ["em", "ax1"], ["s"], keepdims=0),
        helper.make_node("ReduceSum", ["m", "ax1"], ["n"], keepdims=0),
        helper.make_node("Constant", [], ["one"], value=numpy_helper.from_array(np.array(1.0, dtype=np.float32), "one")),
        helper.make_node("Clip", ["n", "one", ""], ["nc"]),
        helper.make_node("Div", ["s", "nc"], ["mean"]),
        helper.make_node("ReduceMax", ["e"], ["mx"], axes=[1], keepdims=0),
        helper.make_node("Concat", ["mean", "mx"], ["cat"], axis=1),
        helper.make_node("Gemm", ["cat", "head.weight", "head.bias"], ["logits"], transB=1),
        helper.make_node("Sigmoid", ["logits"], ["scores"]),
    ]
    g = helper.make_graph(nodes, "mask_layout",
                          [helper.make_tensor_value_info("ids", TensorProto.INT64, ["batch", "length"]),
                           helper.make_tensor_value_info("mask", TensorProto.FLOAT, ["batch", "length"])],
                          [helper.make_tensor_value_info("scores", TensorProto.FLOAT, ["batch", len(LABELS)])],
                          [numpy_helper.from_array(emb, "emb.weight"), numpy_helper.from_array(w, "head.weight"),
                           numpy_helper.from_array(b, "head.bias")])
    m = helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)], producer_name="make_layouts.py")
    m.ir_version = 8
    onnx.checker.check_model(m)
    return m


for name, model in (("mask", mask_graph()), ("weights", compact_graph(emb, w, b))):
    d = os.path.join(HERE, name)
    os.makedirs(d, exist_ok=True)
    onnx.save(model, os.path.join(d, "model.onnx"))
    with open(os.path.join(d, "labels.json"), "w") as f:
        json.dump(LABELS, f)
        f.write("\n")
    with open(os.path.join(d, "featurizer.json"), "w") as f:
        json.dump(FEAT, f)
        f.write("\n")
    print("wrote", d)

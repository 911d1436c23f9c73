#!/usr/bin/python3
"""Tiny ONNX image classifiers for pipeline/safety's tests and for other packages' tests of
the blocking paths. No training: fixed weights written with the onnx helper API (opset 17).
Deterministic; rerun to refresh (writes red.onnx and blue_nan.onnx to
pipeline/safety/safetytest/, which embeds them, and the others here):

    /usr/bin/python3 pipeline/safety/testdata/make_models.py

red.onnx       input "pixels" float32 [N,3,32,32] NCHW in [0,1] -> "scores" [N,2], softmax over
               [other, unsafe]: z = 12 * (mean(R) - (mean(G) + mean(B)) / 2 - 0.5), scores =
               [1 - sigmoid(z), sigmoid(z)]. Pure red gives unsafe 0.9975, grey or blue 0.0025.
red_nhwc.onnx  the same on float32 [N,H,W,3] NHWC with H and W dynamic.
blue_nan.onnx  red.onnx, except that its scores are NaN when mean(B) - (mean(R) + mean(G)) / 2
               > 0.5 (mostly blue pictures): loads, then fails at run time.
nan.onnx       [N,3,32,32] -> [N,2] that is always NaN (0/0): for fail-closed tests.
logits.onnx    [N,3,32,32] -> [N,2] = 5 + 5 * mean: not probabilities (start-up error).
three.onnx     [N,3,32,32] -> [N,3] softmax (wrong size for two labels).
rank3.onnx     [3,32,32] -> [2] (wrong input rank).
int_input.onnx int64 [N,3,32,32] -> [N,2] (wrong element type).
"""
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def save(g, path):
    m = helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)], producer_name="candor make_models.py")
    m.ir_version = 8
    onnx.checker.check_model(m)
    onnx.save(m, path)


def const(name, arr):
    return numpy_helper.from_array(np.asarray(arr, dtype=np.float32), name)


def red(path, nhwc=False, blue_nan=False):
    k = 12.0
    axes = [1, 2] if nhwc else [2, 3]
    shape = ["N", "H", "W", 3] if nhwc else ["N", 3, 32, 32]
    nodes = [
        helper.make_node("ReduceMean", ["pixels"], ["m"], axes=axes, keepdims=0),  # [N,3]
        helper.make_node("MatMul", ["m", "w"], ["mw"]),
        helper.make_node("Add", ["mw", "b"], ["logits"]),
        helper.make_node("Softmax", ["logits"], ["scores"], axis=-1),
    ]
    init = [const("w", [[0, k], [0, -k / 2], [0, -k / 2]]), const("b", [0, -k / 2])]
    if blue_nan:  # scores + sqrt(-[blue > 0.5]): NaN when blue, + (-0) otherwise
        nodes[-1].output[0] = "p"
        nodes += [
            helper.make_node("MatMul", ["m", "wb"], ["t"]),  # [N,1]
            helper.make_node("Greater", ["t", "half"], ["isblue"]),
            helper.make_node("Cast", ["isblue"], ["isbluef"], to=TensorProto.FLOAT),
            helper.make_node("Neg", ["isbluef"], ["neg"]),
            helper.make_node("Sqrt", ["neg"], ["nan"]),
            helper.make_node("Add", ["p", "nan"], ["scores"]),
        ]
        init += [const("wb", [[-0.5], [-0.5], [1]]), const("half", 0.5)]
    g = helper.make_graph(nodes, "red", [helper.make_tensor_value_info("pixels", TensorProto.FLOAT, shape)],
                          [helper.make_tensor_value_info("scores", TensorProto.FLOAT, ["N", 2])], init)
    save(g, path)


def simple(path, nodes, init, out_dim, in_shape=("N", 3, 32, 32), out_shape=None, in_type=TensorProto.FLOAT):
    g = helper.make_graph(nodes, os.path.basename(path), [helper.make_tensor_value_info("pixels", in_type, list(in_shape))],
                          [helper.make_tensor_value_info("scores", TensorProto.FLOAT, out_shape or ["N", out_dim])], init)
    save(g, path)


def main():
    out = os.path.dirname(os.path.abspath(__file__))
    embedded = os.path.join(out, "..", "safetytest")
    red(os.path.join(embedded, "red.onnx"))
    red(os.path.join(embedded, "blue_nan.onnx"), blue_nan=True)
    red(os.path.join(out, "red_nhwc.onnx"), nhwc=True)
    mean = helper.make_node("ReduceMean", ["pixels"], ["m"], axes=[2, 3], keepdims=0)  # [N,3]
    first2 = [helper.make_node("MatMul", ["m", "w"], ["mw"])]
    w2 = const("w", [[1, 1], [1, 1], [1, 1]])
    simple(os.path.join(out, "nan.onnx"),
           [mean] + first2 + [helper.make_node("Mul", ["mw", "zero"], ["z"]),
                              helper.make_node("Div", ["z", "zero"], ["scores"])],
           [w2, const("zero", 0.0)], 2)
    simple(os.path.join(out, "logits.onnx"),
           [mean] + first2 + [helper.make_node("Mul", ["mw", "five"], ["z"]),
                              helper.make_node("Add", ["z", "five"], ["scores"])],
           [w2, const("five", 5.0)], 2)
    simple(os.path.join(out, "three.onnx"),
           [mean, helper.make_node("MatMul", ["m", "w"], ["mw"]),
            helper.make_node("Softmax", ["mw"], ["scores"], axis=-1)],
           [const("w", np.eye(3))], 3)
    simple(os.path.join(out, "rank3.onnx"),
           [helper.make_node("ReduceMean", ["pixels"], ["m"], axes=[1, 2], keepdims=0),
            helper.make_node("Unsqueeze", ["m", "ax"], ["m2"]),
            helper.make_node("MatMul", ["m2", "w"], ["mw"]),
            helper.make_node("Softmax", ["mw"], ["s2"], axis=-1),
            helper.make_node("Squeeze", ["s2", "ax"], ["scores"])],
           [w2, numpy_helper.from_array(np.array([0], dtype=np.int64), "ax")], 2,
           in_shape=(3, 32, 32), out_shape=[2])
    simple(os.path.join(out, "int_input.onnx"),
           [helper.make_node("Cast", ["pixels"], ["f"], to=TensorProto.FLOAT),
            helper.make_node("ReduceMean", ["f"], ["m"], axes=[2, 3], keepdims=0),
            helper.make_node("MatMul", ["m", "w"], ["mw"]),
            helper.make_node("Softmax", ["mw"], ["scores"], axis=-1)],
           [w2], 2, in_type=TensorProto.INT64)


if __name__ == "__main__":
    main()

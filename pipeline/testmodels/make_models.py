#!/usr/bin/env python3
"""Build tiny diffusers-layout ONNX models for candor's pipeline tests.

The models are random (seeded) networks with the same input and output
signatures as Stable Diffusion's ONNX exports, small enough to commit:

  testdata/tiny/                  a complete model directory
    model_index.json, scheduler/scheduler_config.json, tokenizer/*,
    text_encoder/model.onnx   input_ids int32 [B,77] -> last_hidden_state [B,77,D], pooler_output [B,D]
    unet/model.onnx           sample f32 [B,4,h,w], timestep f32 [B], encoder_hidden_states f32 [B,77,D]
                              -> out_sample f32 [B,4,h,w]
    vae_decoder/model.onnx    latent_sample f32 [B,4,h,w] -> sample f32 [B,3,8h,8w] in [-1,1]
    vae_decoder/config.json   scaling_factor
  testdata/variants/
    unet_int64_scalar.onnx    same UNet, timestep int64 scalar []
    unet_nan.onnx             a UNet whose output is NaN
    unet_static.onnx          a UNet with fixed shapes [2,4,8,8]
    unet_batch1.onnx          a UNet with a fixed batch of 1 (guidance needs two calls)
    text_encoder_batch1.onnx  a text encoder with fixed shape [1,77]
    text_encoder_int64.onnx   input_ids int64

Requires Debian's python3-torch (1.13) and python3-onnx; exports opset 17.
Run: /usr/bin/python3 pipeline/testmodels/make_models.py
"""
import json
import math
import os
import shutil

import torch
import torch.nn as nn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "testdata", "tiny")
VAR = os.path.join(HERE, "testdata", "variants")
TOK = os.path.join(HERE, "..", "tokenizer", "testdata", "clip")
D = 32
CTX = 77
OPSET = 17


class TextEncoder(nn.Module):
    def __init__(self, vocab):
        super().__init__()
        self.tok = nn.Embedding(vocab, D)
        self.pos = nn.Parameter(torch.randn(CTX, D) * 0.1)
        self.ln = nn.LayerNorm(D)
        self.q = nn.Linear(D, D)
        self.k = nn.Linear(D, D)
        self.v = nn.Linear(D, D)
        self.out = nn.Linear(D, D)

    def forward(self, input_ids):
        ids = input_ids.long()
        h = self.tok(ids) + self.pos
        x = self.ln(h)
        att = torch.softmax(self.q(x) @ self.k(x).transpose(1, 2) / math.sqrt(D), dim=-1)
        h = h + self.out(att @ self.v(x))
        h = self.ln(h)
        # CLIP pools at the end token, the highest id in the sequence.
        idx = ids.argmax(dim=-1)
        pooled = h[torch.arange(h.shape[0]), idx]
        return h, pooled


class UNet(nn.Module):
    def __init__(self, mode="float"):
        super().__init__()
        self.mode = mode
        c = 16
        self.conv_in = nn.Conv2d(4, c, 3, padding=1)
        self.temb = nn.Linear(16, c)
        self.q = nn.Conv2d(c, c, 1)
        self.k = nn.Linear(D, c)
        self.v = nn.Linear(D, c)
        self.norm = nn.GroupNorm(4, c)
        self.conv_out = nn.Conv2d(c, 4, 3, padding=1)

    def forward(self, sample, timestep, encoder_hidden_states):
        b = sample.shape[0]
        t = timestep.float()
        if t.dim() == 0:
            t = t.expand(b)
        freqs = torch.exp(-math.log(10000.0) * torch.arange(8, dtype=torch.float32) / 8)
        args = t[:, None] * freqs[None, :]
        emb = torch.cat([torch.sin(args), torch.cos(args)], dim=-1)
        h = self.conv_in(sample) + self.temb(emb)[:, :, None, None]
        h = torch.nn.functional.silu(self.norm(h))
        bb, c, hh, ww = h.shape
        q = self.q(h).flatten(2).transpose(1, 2)            # [B, hw, c]
        k = self.k(encoder_hidden_states)                    # [B, 77, c]
        v = self.v(encoder_hidden_states)
        att = torch.softmax(q @ k.transpose(1, 2) / math.sqrt(c), dim=-1)
        a = (att @ v).transpose(1, 2).reshape(bb, c, hh, ww)
        h = h + a
        out = 0.9 * sample + 0.3 * torch.tanh(self.conv_out(h))
        if self.mode == "nan":
            out = out * torch.sqrt(torch.tensor(-1.0))
        return out


class VAEDecoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv_in = nn.Conv2d(4, 16, 3, padding=1)
        self.up = nn.Upsample(scale_factor=8, mode="nearest")
        self.conv_out = nn.Conv2d(16, 3, 3, padding=1)

    def forward(self, latent_sample):
        h = torch.nn.functional.silu(self.conv_in(latent_sample))
        return torch.tanh(self.conv_out(self.up(h)))


def export(model, args, path, in_names, out_names, dyn):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    model.eval()
    with torch.no_grad():
        torch.onnx.export(model, args, path, input_names=in_names, output_names=out_names,
                          dynamic_axes=dyn, opset_version=OPSET, do_constant_folding=True)


def main():
    torch.manual_seed(20261126)
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(VAR, exist_ok=True)
    vocab = json.load(open(os.path.join(TOK, "vocab.json"), encoding="utf-8"))
    os.makedirs(os.path.join(OUT, "tokenizer"))
    for f in ["vocab.json", "merges.txt", "tokenizer_config.json"]:
        shutil.copy(os.path.join(TOK, f), os.path.join(OUT, "tokenizer", f))

    te = TextEncoder(len(vocab))
    ids32 = torch.zeros(2, CTX, dtype=torch.int32)
    te_dyn = {"input_ids": {0: "batch"}, "last_hidden_state": {0: "batch"}, "pooler_output": {0: "batch"}}
    export(te, (ids32,), os.path.join(OUT, "text_encoder", "model.onnx"),
           ["input_ids"], ["last_hidden_state", "pooler_output"], te_dyn)
    export(te, (ids32.long(),), os.path.join(VAR, "text_encoder_int64.onnx"),
           ["input_ids"], ["last_hidden_state", "pooler_output"], te_dyn)
    export(te, (ids32[:1],), os.path.join(VAR, "text_encoder_batch1.onnx"),
           ["input_ids"], ["last_hidden_state", "pooler_output"], None)

    unet = UNet()
    s = torch.randn(2, 4, 8, 8)
    ehs = torch.randn(2, CTX, D)
    names = ["sample", "timestep", "encoder_hidden_states"]
    dyn = {"sample": {0: "batch", 2: "height", 3: "width"}, "timestep": {0: "batch"},
           "encoder_hidden_states": {0: "batch", 1: "sequence"},
           "out_sample": {0: "batch", 2: "height", 3: "width"}}
    export(unet, (s, torch.tensor([999.0, 999.0]), ehs), os.path.join(OUT, "unet", "model.onnx"),
           names, ["out_sample"], dyn)
    dyn_scalar = {k: v for k, v in dyn.items() if k != "timestep"}
    export(unet, (s, torch.tensor(999, dtype=torch.int64), ehs),
           os.path.join(VAR, "unet_int64_scalar.onnx"), names, ["out_sample"], dyn_scalar)
    export(unet, (s, torch.tensor([999.0, 999.0]), ehs), os.path.join(VAR, "unet_static.onnx"),
           names, ["out_sample"], None)
    dyn_b1 = {"sample": {2: "height", 3: "width"}, "out_sample": {2: "height", 3: "width"}}
    export(unet, (s[:1], torch.tensor([999.0]), ehs[:1]), os.path.join(VAR, "unet_batch1.onnx"),
           names, ["out_sample"], dyn_b1)
    nan = UNet("nan")
    nan.load_state_dict(unet.state_dict())
    export(nan, (s, torch.tensor([999.0, 999.0]), ehs), os.path.join(VAR, "unet_nan.onnx"),
           names, ["out_sample"], dyn)

    vae = VAEDecoder()
    export(vae, (torch.randn(1, 4, 8, 8),), os.path.join(OUT, "vae_decoder", "model.onnx"),
           ["latent_sample"], ["sample"],
           {"latent_sample": {0: "batch", 2: "height", 3: "width"},
            "sample": {0: "batch", 2: "height", 3: "width"}})

    def dump(rel, obj):
        p = os.path.join(OUT, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            json.dump(obj, f, indent=2, sort_keys=True)
            f.write("\n")

    dump("model_index.json", {
        "_class_name": "OnnxStableDiffusionPipeline", "_diffusers_version": "0.30.0",
        "scheduler": ["diffusers", "DDIMScheduler"], "text_encoder": ["diffusers", "OnnxRuntimeModel"],
        "tokenizer": ["transformers", "CLIPTokenizer"], "unet": ["diffusers", "OnnxRuntimeModel"],
        "vae_decoder": ["diffusers", "OnnxRuntimeModel"],
        "candor": {"name": "candor-tiny-test", "width": 64, "height": 64, "steps": 8,
                   "guidance": 5.0, "scheduler": "ddim"}})
    dump("scheduler/scheduler_config.json", {
        "_class_name": "DDIMScheduler", "num_train_timesteps": 1000, "beta_start": 0.00085,
        "beta_end": 0.012, "beta_schedule": "scaled_linear", "prediction_type": "epsilon",
        "steps_offset": 1, "set_alpha_to_one": False, "clip_sample": False,
        "timestep_spacing": "leading"})
    dump("vae_decoder/config.json", {"scaling_factor": 0.5, "latent_channels": 4,
                                     "block_out_channels": [16, 16, 16, 16]})
    dump("unet/config.json", {"sample_size": 8, "in_channels": 4, "out_channels": 4})


if __name__ == "__main__":
    main()

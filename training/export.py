"""Exports trained weights (train.py's weights.npz + unet.npz) to models/builtin/ in the
Hugging Face diffusers ONNX layout, with torch 1.13 (Debian's python3-torch), ONNX opset 17.

    /usr/bin/python3 training/export.py --weights training/out --out models/builtin

Writes model_index.json (with a "candor" section of defaults), scheduler/scheduler_config.json,
tokenizer/{vocab.json,merges.txt,tokenizer_config.json,special_tokens_map.json},
text_encoder/{model.onnx,config.json}, unet/{model.onnx,config.json},
vae_decoder/{model.onnx,config.json}, training_info.json and SHA256SUMS. The ONNX graphs are
checked with onnx.checker and each graph's output is compared with torch (via the ONNX
reference evaluator when available is not needed: parity with ONNX Runtime is checked from Go).
"""

import argparse
import hashlib
import json
import os
import sys

import numpy as np
import onnx
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import models  # noqa: E402
import train  # noqa: E402

OPSET = 17
MODEL_NAME = "candor-toyworld-v1"


def load(weights_dir):
    arrays = dict(np.load(os.path.join(weights_dir, "weights.npz")))
    arrays.update(dict(np.load(os.path.join(weights_dir, "unet.npz"))))
    tok = train.make_tokenizer()
    if str(arrays["meta.merges"]) != tok.merges_txt():
        raise SystemExit("merges in the weights differ from this tokenizer: vocabulary changed since training")
    vae, text, unet = models.VAE(), models.TextEncoder(len(tok.vocab), tok.eos_id), models.UNet()
    for prefix, m in (("vae.", vae), ("text.", text), ("unet.", unet)):
        sd = {k[len(prefix):]: torch.from_numpy(np.array(v)) for k, v in arrays.items() if k.startswith(prefix)}
        m.load_state_dict(sd)
        m.eval()
    info = json.loads(str(arrays["meta.info"]))
    return vae, text, unet, tok, float(arrays["meta.scaling_factor"]), info


class DecoderExport(torch.nn.Module):
    def __init__(self, dec):
        super().__init__()
        self.dec = dec

    def forward(self, latent_sample):
        return self.dec(latent_sample).clamp(-1.0, 1.0)


def dump(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write("\n")


def export_onnx(module, args, path, inputs, outputs, dynamic):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    torch.onnx.export(module, args, path, input_names=inputs, output_names=outputs, dynamic_axes=dynamic,
                      opset_version=OPSET, do_constant_folding=True)
    m = onnx.load(path)
    onnx.checker.check_model(m)
    # Strip the producer's local path-dependent doc strings so the file is reproducible.
    for node in m.graph.node:
        node.doc_string = ""
    m.producer_name = "candor training/export.py"
    m.producer_version = torch.__version__
    onnx.save(m, path)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--weights", default=os.path.join(here, "out"))
    ap.add_argument("--out", default=os.path.join(here, "..", "models", "builtin"))
    args = ap.parse_args()
    torch.manual_seed(0)
    vae, text, unet, tok, sf, info = load(args.weights)
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    L, D, S = models.CONTEXT_LEN, models.TEXT_DIM, models.LATENT_SIZE

    # tokenizer
    dump(os.path.join(out, "tokenizer/vocab.json"), tok.encoder)
    with open(os.path.join(out, "tokenizer/merges.txt"), "w") as f:
        f.write(tok.merges_txt())
    special = {"bos_token": "<|startoftext|>", "eos_token": "<|endoftext|>", "pad_token": "<|endoftext|>",
               "unk_token": "<|endoftext|>"}
    dump(os.path.join(out, "tokenizer/tokenizer_config.json"),
         dict(special, model_max_length=L, do_lower_case=True, tokenizer_class="CLIPTokenizer",
              clean_up_tokenization_spaces=False))
    dump(os.path.join(out, "tokenizer/special_tokens_map.json"), special)

    # text encoder
    ids = torch.tensor([tok.encode("a red circle on the left on a blue background"), tok.encode("")])
    export_onnx(text, (ids,), os.path.join(out, "text_encoder/model.onnx"), ["input_ids"],
                ["last_hidden_state", "pooler_output"],
                {"input_ids": {0: "batch"}, "last_hidden_state": {0: "batch"}, "pooler_output": {0: "batch"}})
    dump(os.path.join(out, "text_encoder/config.json"),
         {"_class_name": "CandorTextEncoder", "hidden_size": D, "max_position_embeddings": L,
          "num_hidden_layers": len(text.blocks), "num_attention_heads": 4, "vocab_size": len(tok.vocab),
          "eos_token_id": tok.eos_id, "bos_token_id": tok.bos_id})

    # unet (latents fixed at 16x16 by the coordinate channels; batch dynamic)
    with torch.no_grad():
        ctx = text(ids)[0]
    export_onnx(unet, (torch.randn(2, 4, S, S), torch.tensor([951, 1], dtype=torch.int64), ctx),
                os.path.join(out, "unet/model.onnx"), ["sample", "timestep", "encoder_hidden_states"],
                ["out_sample"], {"sample": {0: "batch"}, "timestep": {0: "batch"},
                                 "encoder_hidden_states": {0: "batch"}, "out_sample": {0: "batch"}})
    dump(os.path.join(out, "unet/config.json"),
         {"_class_name": "CandorUNet", "sample_size": S, "in_channels": 4, "out_channels": 4,
          "cross_attention_dim": D, "block_out_channels": [64, 128, 128]})

    # vae decoder (fully convolutional: batch and size dynamic)
    export_onnx(DecoderExport(vae.decoder), (torch.randn(1, 4, S, S),), os.path.join(out, "vae_decoder/model.onnx"),
                ["latent_sample"], ["sample"],
                {"latent_sample": {0: "batch", 2: "height", 3: "width"}, "sample": {0: "batch", 2: "h", 3: "w"}})
    dump(os.path.join(out, "vae_decoder/config.json"),
         {"_class_name": "AutoencoderKL", "in_channels": 3, "out_channels": 3, "latent_channels": 4,
          "block_out_channels": [32, 64, 64], "sample_size": 64, "scaling_factor": round(sf, 6)})

    dump(os.path.join(out, "scheduler/scheduler_config.json"),
         {"_class_name": "DDIMScheduler", "num_train_timesteps": models.NUM_TRAIN_TIMESTEPS,
          "beta_start": models.BETA_START, "beta_end": models.BETA_END, "beta_schedule": "scaled_linear",
          "prediction_type": "epsilon", "steps_offset": 1, "set_alpha_to_one": False, "clip_sample": False,
          "timestep_spacing": "leading", "trained_betas": None})
    dump(os.path.join(out, "model_index.json"),
         {"_class_name": "OnnxStableDiffusionPipeline", "_diffusers_version": "0.30.0",
          "feature_extractor": [None, None], "safety_checker": [None, None], "requires_safety_checker": False,
          "scheduler": ["diffusers", "DDIMScheduler"], "text_encoder": ["diffusers", "OnnxRuntimeModel"],
          "tokenizer": ["transformers", "CLIPTokenizer"], "unet": ["diffusers", "OnnxRuntimeModel"],
          "vae_decoder": ["diffusers", "OnnxRuntimeModel"],
          "candor": {"name": MODEL_NAME, "width": 64, "height": 64, "steps": 20, "guidance": 5.0,
                     "scheduler": "ddim", "sizes": [[64, 64]], "vae_scale_factor": models.VAE_SCALE}})
    dump(os.path.join(out, "training_info.json"), dict(info, scaling_factor=sf, params={
        "vae_encoder": models.count(vae.encoder), "vae_decoder": models.count(vae.decoder),
        "text_encoder": models.count(text), "unet": models.count(unet)}))
    write_sums(out)
    print("exported to", out)


def write_sums(out):
    lines = []
    for root, _, files in os.walk(out):
        for name in files:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, out)
            if rel in ("SHA256SUMS",) or name.endswith(".go"):
                continue
            with open(path, "rb") as f:
                lines.append(f"{hashlib.sha256(f.read()).hexdigest()}  {rel}\n")
    with open(os.path.join(out, "SHA256SUMS"), "w") as f:
        f.writelines(sorted(lines, key=lambda s: s.split("  ", 1)[1]))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--sums-only":
        write_sums(os.path.abspath(sys.argv[2]))
    else:
        main()

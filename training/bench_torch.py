"""PyTorch eager baseline for the built-in model, to compare with the Go pipeline.

Times exactly the sampling the Go pipeline does at the model's defaults: tokenize, text encoder
(prompt and empty negative prompt as one batch of 2), 20 DDIM steps of the UNet on a batch of 2
(classifier-free guidance, scale 5), VAE decoder; one 64x64 picture. Prints ms per image
(end to end) and UNet ms per step (batch 2), median over --iters runs after --warmup runs.

    /usr/bin/python3 training/bench_torch.py --weights training/out/run2 --threads 2

Without trained weights (a fresh clone: training/out is not committed) it times the same
networks freshly initialised from a fixed seed: the same operations on the same shapes, so the
timing compares, though the picture is noise.
"""

import argparse
import json
import os
import statistics
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import export  # noqa: E402
import models  # noqa: E402
import sampling  # noqa: E402


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--weights", default=os.path.join(here, "out"))
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--guidance", type=float, default=5.0)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--iters", type=int, default=10)
    ap.add_argument("--prompt", default="a red circle on the left on a blue background")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    if os.path.exists(os.path.join(args.weights, "weights.npz")):
        vae, text, unet, tok, sf, _ = export.load(args.weights)
        weights = args.weights
    else:
        import train  # noqa: E402

        torch.manual_seed(0)
        tok = train.make_tokenizer()
        vae, text, unet = models.VAE(), models.TextEncoder(len(tok.vocab), tok.eos_id), models.UNet()
        for m in (vae, text, unet):
            m.eval()
        sf, weights = 1.0, "random-init (same architecture; no trained weights in " + args.weights + ")"

    with torch.inference_mode():
        per_image = []
        for i in range(args.warmup + args.iters):
            t0 = time.perf_counter()
            img = sampling.sample(unet, text, vae.decoder, tok, [args.prompt], [i], sf, args.steps, args.guidance)
            dt = time.perf_counter() - t0
            if i >= args.warmup:
                per_image.append(dt)
        assert img.shape == (1, 3, 64, 64)
        ids = torch.tensor([tok.encode(args.prompt), tok.encode("")])
        ctx = text(ids)[0]
        x = torch.randn(2, models.LATENT_CHANNELS, models.LATENT_SIZE, models.LATENT_SIZE)
        t = torch.tensor([501, 501])
        per_step = []
        for i in range(args.warmup + args.iters * args.steps):
            t0 = time.perf_counter()
            unet(x, t, ctx)
            if i >= args.warmup:
                per_step.append(time.perf_counter() - t0)
    res = {"torch": torch.__version__, "weights": weights, "threads": torch.get_num_threads(), "steps": args.steps,
           "guidance": args.guidance, "ms_per_image": round(1e3 * statistics.median(per_image), 2),
           "unet_ms_per_step_batch2": round(1e3 * statistics.median(per_step), 3),
           "iters": args.iters}
    print(json.dumps(res))


if __name__ == "__main__":
    main()

"""DDIM sampling and the pixel-based adherence check, in torch/numpy.

The sampler follows diffusers' DDIMScheduler with the settings written to
models/builtin/scheduler/scheduler_config.json (scaled_linear 0.00085..0.012, 1000 steps,
epsilon, steps_offset 1, set_alpha_to_one false, clip_sample false, "leading" spacing, eta 0).
analyze() is the same algorithm as the Go evaluator pipeline/adherence.Analyze.
"""

import json
import os

import numpy as np
import torch

import models
import toyworld


def ddim_timesteps(steps):
    ratio = models.NUM_TRAIN_TIMESTEPS // steps
    return [int(t) + 1 for t in (np.arange(0, steps) * ratio).round()[::-1]]


@torch.no_grad()
def sample(unet, text, decoder, tok, prompts, seeds, scaling_factor, steps=20, guidance=5.0,
           device="cpu", negative=""):
    """Generates one picture per prompt (seeds[i] seeds prompt i). Returns [B,3,64,64] in [-1,1]."""
    ac = models.alphas_cumprod().to(torch.float64)
    b = len(prompts)
    ids = torch.tensor([tok.encode(p) for p in prompts] + [tok.encode(negative)] * b, device=device)
    ctx, _ = text(ids)
    cond, uncond = ctx[:b], ctx[b:]
    lat = torch.stack([torch.randn(models.LATENT_CHANNELS, models.LATENT_SIZE, models.LATENT_SIZE,
                                   generator=torch.Generator().manual_seed(int(s))) for s in seeds]).to(device)
    ts = ddim_timesteps(steps)
    ratio = models.NUM_TRAIN_TIMESTEPS // steps
    for t in ts:
        tt = torch.full((2 * b,), t, dtype=torch.int64, device=device)
        eps = unet(torch.cat([lat, lat]), tt, torch.cat([cond, uncond]))
        e_c, e_u = eps[:b], eps[b:]
        e = e_u + guidance * (e_c - e_u)
        a_t = float(ac[t])
        prev = t - ratio
        a_p = float(ac[prev]) if prev >= 0 else float(ac[0])
        x0 = (lat - (1 - a_t) ** 0.5 * e) / a_t ** 0.5
        lat = a_p ** 0.5 * x0 + (1 - a_p) ** 0.5 * e
    return decoder(lat / scaling_factor).clamp(-1, 1)


def load_spec():
    with open(toyworld.HELDOUT_PATH) as f:
        return json.load(f)


def analyze(img, spec):
    """img: uint8 [64,64,3]. Returns dict(background, colour, position, shape) as names.

    1. background: the palette colour nearest to most border pixels;
    2. object pixels: farther than 60 (RGB distance) from the background colour; the largest
       4-connected component is the object;
    3. colour: the palette colour nearest to most object pixels (background excluded);
    4. position: the anchor nearest to the object's centroid;
    5. shape: fill ratio of the bounding box (square ~1, circle ~pi/4, triangle ~1/2), with
       ratio >= 0.88 a square and <= 0.64 a triangle.
    """
    pal = np.array([p["rgb"] for p in spec["palette"]], np.float64)
    names = [p["name"] for p in spec["palette"]]
    px = img.astype(np.float64)
    h, w, _ = px.shape
    d = ((px[:, :, None, :] - pal[None, None]) ** 2).sum(-1)
    nearest = d.argmin(-1)
    border = np.concatenate([nearest[0], nearest[-1], nearest[1:-1, 0], nearest[1:-1, -1]])
    bg = int(np.bincount(border, minlength=len(names)).argmax())
    fg = np.sqrt(((px - pal[bg]) ** 2).sum(-1)) > 60
    out = {"background": names[bg], "colour": "", "position": "", "shape": ""}
    # Largest 4-connected component (scan order matches the Go implementation).
    label = np.zeros((h, w), np.int32)
    best, best_n, nlab = 0, 0, 0
    for y0 in range(h):
        for x0 in range(w):
            if not fg[y0, x0] or label[y0, x0]:
                continue
            nlab += 1
            stack = [(y0, x0)]
            label[y0, x0] = nlab
            n = 0
            while stack:
                y, x = stack.pop()
                n += 1
                for yy, xx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    if 0 <= yy < h and 0 <= xx < w and fg[yy, xx] and not label[yy, xx]:
                        label[yy, xx] = nlab
                        stack.append((yy, xx))
            if n > best_n:
                best, best_n = nlab, n
    if best_n < 4:
        return out
    m = label == best
    counts = np.bincount(nearest[m], minlength=len(names))
    counts[bg] = 0
    out["colour"] = names[int(counts.argmax())]
    ys, xs = np.nonzero(m)
    cx, cy = xs.mean() + 0.5, ys.mean() + 0.5
    pos = min(spec["positions"], key=lambda p: (p["x"] - cx) ** 2 + (p["y"] - cy) ** 2)
    out["position"] = pos["name"]
    area = (xs.max() - xs.min() + 1) * (ys.max() - ys.min() + 1)
    fill = best_n / area
    out["shape"] = "square" if fill >= 0.88 else "triangle" if fill <= 0.64 else "circle"
    return out


def evaluate(unet, text, decoder, tok, scaling_factor, seeds=4, steps=20, guidance=5.0, device="cpu",
             batch=64):
    spec = load_spec()
    jobs = [(c, s) for c in spec["captions"] for s in range(seeds)]
    hits = {"colour": 0, "position": 0, "shape": 0, "background": 0}
    for i in range(0, len(jobs), batch):
        chunk = jobs[i:i + batch]
        imgs = toyworld.to_uint8(sample(unet, text, decoder, tok, [c["text"] for c, _ in chunk],
                                        [s for _, s in chunk], scaling_factor, steps, guidance, device).float())
        for (c, _), img in zip(chunk, imgs):
            o = analyze(img, spec)
            for k in hits:
                hits[k] += o[k] == c[k]
    n = len(jobs)
    return {k: v / n for k, v in hits.items()} | {"n": n}


if __name__ == "__main__":
    raise SystemExit("library module: see train.py, export.py, bench_torch.py")

"""Trains candor's built-in model on the procedural toy world (see toyworld.py).

Two phases: (1) the VAE (64x64x3 <-> 16x16x4, KL weight 1e-6), (2) text encoder and UNet
together on the VAE's latents (epsilon prediction, SD's scaled_linear betas, AdamW, EMA, 10%
empty captions for classifier-free guidance). Fresh pictures every step, drawn on the device.

Runs on 2 CPU cores (`--preset cpu`, about 35 minutes; install libopenblas0-openmp first, the
reference BLAS Debian's python3-torch links by default is ~7x slower) and on CUDA
(`--preset cuda`, bf16 autocast). Everything is seeded by --seed; with --vae-steps/--unet-steps
the number of steps is fixed too (with --minutes it depends on the machine's speed).

Writes to --out: ckpt.pt (resumable with --resume; saved every --ckpt-every seconds),
weights.npz (EMA weights + scaling factor + merges, read by export.py; torch-version
independent) and log.jsonl.
"""

import argparse
import json
import math
import os
import queue
import sys
import threading
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clip_bpe  # noqa: E402
import models  # noqa: E402
import sampling  # noqa: E402
import toyworld  # noqa: E402

PRESETS = {
    "cpu": dict(device="cpu", minutes=35.0, vae_frac=0.25, vae_batch=32, unet_batch=48, amp=False),
    "cuda": dict(device="cuda", minutes=6.0, vae_frac=0.2, vae_batch=128, unet_batch=256, amp=True),
    "smoke": dict(device="cpu", minutes=0.0, vae_steps=3, unet_steps=3, vae_batch=8, unet_batch=8, amp=False),
}


def make_tokenizer():
    return clip_bpe.Tokenizer.for_words(toyworld.WORDS, models.CONTEXT_LEN)


class EMA:
    def __init__(self, module, decay):
        self.decay = decay
        self.n = 0
        self.shadow = {k: v.detach().clone().float() for k, v in module.state_dict().items()}

    @torch.no_grad()
    def update(self, module):
        self.n += 1
        d = min(self.decay, (1 + self.n) / (10 + self.n))
        for k, v in module.state_dict().items():
            if v.dtype.is_floating_point:
                self.shadow[k].mul_(d).add_(v.detach().float(), alpha=1 - d)
            else:
                self.shadow[k].copy_(v)


class Prefetch:
    """Samples captions and picture parameters in a background thread (one producer, so the
    order, and hence training, stays deterministic for a seed); drawing happens on the device."""

    def __init__(self, world, tok, batch, depth=6):
        self.world, self.tok, self.batch = world, tok, batch
        self.q = queue.Queue(maxsize=depth)
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while True:
            caps, p = self.world.sample(self.batch)
            ids = np.array([self.tok.encode(c) for c in caps], dtype=np.int64)
            self.q.put((caps, ids, p))

    def next(self):
        return self.q.get()


def lr_at(frac, base, warm=0.03):
    if frac < warm:
        return base * frac / warm
    return base * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, (frac - warm) / (1 - warm)))))


def save_npz(out, vae, text, unet_sd, text_sd, scaling_factor, tok, info):
    """Writes weights.npz (VAE, text encoder, metadata) and unet.npz (EMA UNet): plain numpy,
    readable by any torch version, each file under 16 MB."""
    unet_arrays = {"unet." + k: v.detach().float().cpu().numpy() for k, v in unet_sd.items()}
    tmp = os.path.join(out, "unet.tmp.npz")
    np.savez(tmp, **unet_arrays)
    os.replace(tmp, os.path.join(out, "unet.npz"))
    arrays = {}
    for k, v in vae.state_dict().items():
        arrays["vae." + k] = v.detach().float().cpu().numpy()
    for k, v in text_sd.items():
        arrays["text." + k] = v.detach().float().cpu().numpy()
    arrays["meta.scaling_factor"] = np.array(scaling_factor, np.float64)
    arrays["meta.merges"] = np.array(tok.merges_txt())
    arrays["meta.info"] = np.array(json.dumps(info))
    tmp = os.path.join(out, "weights.tmp.npz")
    np.savez(tmp, **arrays)
    os.replace(tmp, os.path.join(out, "weights.npz"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--preset", choices=sorted(PRESETS), default="cpu")
    ap.add_argument("--device")
    ap.add_argument("--minutes", type=float, help="wall-clock budget for both phases")
    ap.add_argument("--vae-frac", type=float, help="share of --minutes for the VAE")
    ap.add_argument("--vae-steps", type=int, help="fixed VAE steps (overrides the time budget)")
    ap.add_argument("--unet-steps", type=int, help="fixed UNet steps (overrides the time budget)")
    ap.add_argument("--vae-batch", type=int)
    ap.add_argument("--unet-batch", type=int)
    ap.add_argument("--amp", type=int, help="bf16 autocast (1/0)")
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--ema", type=float, default=0.999)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--threads", type=int, default=0, help="CPU threads (0: all)")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "out"))
    ap.add_argument("--ckpt-dir", help="where ckpt.pt goes (default: --out)")
    ap.add_argument("--ckpt-every", type=float, default=60.0, help="seconds between checkpoints")
    ap.add_argument("--resume", action="store_true")
    ap.add_argument("--init", help="directory with weights.npz + unet.npz: keep that VAE, go on training "
                                   "text encoder and UNet from those (EMA) weights with a fresh optimizer")
    ap.add_argument("--eval-seeds", type=int, default=2, help="held-out evaluation at the end (0: none)")
    args = ap.parse_args()
    cfg = dict(PRESETS[args.preset])
    for k in ("device", "minutes", "vae_frac", "vae_steps", "unet_steps", "vae_batch", "unet_batch", "amp"):
        v = getattr(args, k)
        if v is not None:
            cfg[k] = v
    cfg.setdefault("vae_steps", None)
    cfg.setdefault("unet_steps", None)
    dev = torch.device(cfg["device"])
    if args.threads:
        torch.set_num_threads(args.threads)
    if dev.type == "cuda":
        torch.backends.cudnn.benchmark = True
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True
    os.makedirs(args.out, exist_ok=True)
    torch.manual_seed(args.seed)
    np.random.seed(args.seed)
    log = open(os.path.join(args.out, "log.jsonl"), "a")

    def note(**kw):
        kw["time"] = round(time.time() - t_start, 1)
        print(json.dumps(kw), flush=True)
        log.write(json.dumps(kw) + "\n")
        log.flush()

    t_start = time.time()
    tok = make_tokenizer()
    for w in toyworld.WORDS:
        assert len(tok.bpe(w)) == 1, f"word {w!r} is not one token"
    world_vae = toyworld.World(args.seed)
    world = toyworld.World(args.seed + 1)
    world_stats = toyworld.World(args.seed + 2)
    vae = models.VAE().to(dev)
    text = models.TextEncoder(len(tok.vocab), tok.eos_id).to(dev)
    unet = models.UNet().to(dev)
    note(event="start", config=cfg, seed=args.seed, torch=torch.__version__, device=str(dev),
         threads=torch.get_num_threads(), params={"vae_encoder": models.count(vae.encoder),
                                                  "vae_decoder": models.count(vae.decoder),
                                                  "text_encoder": models.count(text), "unet": models.count(unet)})
    if args.init:
        arrays = dict(np.load(os.path.join(args.init, "weights.npz")))
        arrays.update(dict(np.load(os.path.join(args.init, "unet.npz"))))
        for prefix, m in (("vae.", vae), ("text.", text), ("unet.", unet)):
            m.load_state_dict({k[len(prefix):]: torch.from_numpy(np.array(v)) for k, v in arrays.items()
                               if k.startswith(prefix)})
        init_info = json.loads(str(arrays["meta.info"]))
        note(event="init", source=args.init, previous=init_info.get("state"))
    opt_v = torch.optim.AdamW(vae.parameters(), lr=args.lr, weight_decay=0.0)
    opt_u = torch.optim.AdamW(list(unet.parameters()) + list(text.parameters()), lr=args.lr, weight_decay=0.01)
    ema_u, ema_t = EMA(unet, args.ema), EMA(text, args.ema)
    state = {"phase": "vae", "vae_step": 0, "unet_step": 0, "vae_time": 0.0, "unet_time": 0.0,
             "scaling_factor": 1.0}
    os.makedirs(args.ckpt_dir or args.out, exist_ok=True)
    ckpt_path = os.path.join(args.ckpt_dir or args.out, "ckpt.pt")
    if args.init:
        state.update(phase="unet", scaling_factor=float(arrays["meta.scaling_factor"]),
                     previous=init_info.get("state"), previous_init=init_info.get("previous"))
    if args.resume and os.path.exists(ckpt_path):
        ck = torch.load(ckpt_path, map_location=dev)
        vae.load_state_dict(ck["vae"])
        text.load_state_dict(ck["text"])
        unet.load_state_dict(ck["unet"])
        opt_v.load_state_dict(ck["opt_v"])
        opt_u.load_state_dict(ck["opt_u"])
        ema_u.shadow, ema_u.n = ck["ema_u"], ck["ema_n"]
        ema_t.shadow = ck["ema_t"]
        ema_t.n = ck["ema_n"]
        world_vae.rng = np.random.default_rng(ck["world_seed"])
        world.rng = np.random.default_rng(ck["world_seed"] + 1)
        state = ck["state"]
        note(event="resumed", state=state)

    amp = bool(cfg["amp"])

    def autocast():
        return torch.autocast(device_type=dev.type, dtype=torch.bfloat16, enabled=amp)

    budget = cfg["minutes"] * 60.0
    vae_budget = budget * cfg.get("vae_frac", 0.25)
    unet_budget = budget - vae_budget

    def save_ckpt():
        torch.save({"vae": vae.state_dict(), "text": text.state_dict(), "unet": unet.state_dict(),
                    "opt_v": opt_v.state_dict(), "opt_u": opt_u.state_dict(), "ema_u": ema_u.shadow,
                    "ema_t": ema_t.shadow, "ema_n": ema_u.n, "state": state,
                    "world_seed": int(np.random.default_rng(state["vae_step"] * 7919 + state["unet_step"]).integers(1 << 62))}, ckpt_path + ".tmp")
        os.replace(ckpt_path + ".tmp", ckpt_path)
        info = {"seed": args.seed, "preset": args.preset, "config": cfg, "state": state,
                "torch": torch.__version__, "device": str(dev),
                "device_name": torch.cuda.get_device_name(0) if dev.type == "cuda" else "cpu"}
        save_npz(args.out, vae, text, ema_u.shadow, ema_t.shadow,
                 state["scaling_factor"], tok, info)

    def frac(phase):
        fixed = cfg[phase + "_steps"]
        if fixed:
            return state[phase + "_step"] / fixed
        b = vae_budget if phase == "vae" else unet_budget
        return state[phase + "_time"] / b if b > 0 else 1.0

    last_ckpt = last_print = time.time()
    losses = []
    # ---------------------------------------------------------------- phase 1: VAE
    feed = Prefetch(world_vae, tok, cfg["vae_batch"]) if state["phase"] == "vae" else None
    while state["phase"] == "vae" and frac("vae") < 1.0:
        t0 = time.time()
        for g in opt_v.param_groups:
            g["lr"] = lr_at(frac("vae"), args.lr)
        _, _, p = feed.next()
        x = world.render(p, dev)
        with autocast():
            mean, logvar = vae.encoder(x)
            z = mean + torch.randn_like(mean) * torch.exp(0.5 * logvar)
            rec = vae.decoder(z)
        rec = rec.float()
        mse = F.mse_loss(rec, x)
        kl = 0.5 * (mean.float() ** 2 + logvar.float().exp() - 1 - logvar.float()).mean()
        loss = mse + 0.1 * (rec - x).abs().mean() + 1e-6 * kl
        opt_v.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(vae.parameters(), 1.0)
        opt_v.step()
        losses.append(mse.item())
        state["vae_step"] += 1
        state["vae_time"] += time.time() - t0
        if time.time() - last_print > 15:
            psnr = 10 * math.log10(4.0 / max(1e-10, float(np.mean(losses))))
            note(event="vae", step=state["vae_step"], psnr=round(psnr, 2), lr=opt_v.param_groups[0]["lr"])
            losses, last_print = [], time.time()
        if time.time() - last_ckpt > args.ckpt_every:
            save_ckpt()
            last_ckpt = time.time()
    if state["phase"] == "vae":
        vae.eval()
        with torch.no_grad():
            zs = []
            for _ in range(8):
                _, p = world_stats.sample(128)
                zs.append(vae.encoder(world.render(p, dev))[0].float())
            z = torch.cat(zs)
            x = world.render(world_stats.sample(128)[1], dev)
            psnr = 10 * math.log10(4.0 / F.mse_loss(vae.decoder(vae.encoder(x)[0]), x).item())
        state["scaling_factor"] = float(1.0 / z.std())
        state["phase"] = "unet"
        note(event="vae_done", steps=state["vae_step"], psnr=round(psnr, 2), latent_std=float(z.std()),
             scaling_factor=state["scaling_factor"])
        save_ckpt()
    vae.eval()
    for prm in vae.parameters():
        prm.requires_grad_(False)

    # ---------------------------------------------------------------- phase 2: text encoder + UNet
    ac = models.alphas_cumprod().float().to(dev)
    sf = state["scaling_factor"]
    losses = []
    feed = Prefetch(world, tok, cfg["unet_batch"])
    while frac("unet") < 1.0:
        t0 = time.time()
        for g in opt_u.param_groups:
            g["lr"] = lr_at(frac("unet"), args.lr)
        caps, ids, p = feed.next()
        ids = torch.from_numpy(ids).to(dev)
        with torch.no_grad(), autocast():
            x0 = vae.encoder(world.render(p, dev))[0].float() * sf
        b = x0.shape[0]
        t = torch.randint(0, models.NUM_TRAIN_TIMESTEPS, (b,), device=dev)
        noise = torch.randn_like(x0)
        a = ac[t][:, None, None, None]
        xt = a.sqrt() * x0 + (1 - a).sqrt() * noise
        with autocast():
            ctx, _ = text(ids)
            pred = unet(xt, t, ctx)
        loss = F.mse_loss(pred.float(), noise)
        opt_u.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(list(unet.parameters()) + list(text.parameters()), 1.0)
        opt_u.step()
        ema_u.update(unet)
        ema_t.update(text)
        losses.append(loss.item())
        state["unet_step"] += 1
        state["unet_time"] += time.time() - t0
        if time.time() - last_print > 15:
            note(event="unet", step=state["unet_step"], loss=round(float(np.mean(losses)), 5),
                 lr=opt_u.param_groups[0]["lr"], frac=round(frac("unet"), 3))
            losses, last_print = [], time.time()
        if time.time() - last_ckpt > args.ckpt_every:
            save_ckpt()
            last_ckpt = time.time()
    state["phase"] = "done"
    save_ckpt()
    note(event="done", state=state)

    if args.eval_seeds:
        unet_e, text_e = models.UNet().to(dev), models.TextEncoder(len(tok.vocab), tok.eos_id).to(dev)
        unet_e.load_state_dict(ema_u.shadow)
        text_e.load_state_dict(ema_t.shadow)
        unet_e.eval(), text_e.eval()
        res = sampling.evaluate(unet_e, text_e, vae.decoder, tok, sf, seeds=args.eval_seeds, device=dev)
        note(event="heldout_eval", steps=20, guidance=5.0, **res)


if __name__ == "__main__":
    main()

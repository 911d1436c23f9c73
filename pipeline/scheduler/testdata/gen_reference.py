#!/usr/bin/env python3
"""Reference values for candor's schedulers, from the published formulas.

Written from the papers, not from diffusers (which is not installed here):
  DDIM            Song, Meng, Ermon 2021, "Denoising Diffusion Implicit Models", eq. 12 with eta = 0
  Euler           Karras et al. 2022, "Elucidating the Design Space...", Algorithm 1 (no churn),
                  in the sigma = sqrt((1 - alpha_bar) / alpha_bar) parameterisation
  Euler ancestral Euler to sigma_down plus fresh noise of size sigma_up (k-diffusion's sampler)
  DPM-Solver++ 2M Lu et al. 2022, "DPM-Solver++", Algorithm 2 (multistep, data prediction),
                  first order at the first and the final step (final sigma 0)
  v-prediction    Salimans & Ho 2022, "Progressive Distillation", v = alpha eps - sigma x0
Timestep spacings "leading", "linspace", "trailing" as in Lin et al. 2024, "Common Diffusion
Noise Schedules and Sample Steps are Flawed", table 2.

The "model" is a fixed smooth function of its (scaled) input and timestep, the euler_a noise a
fixed formula, and samples are stored as float32 between steps as the pipeline does. Writes
reference.json next to this script; the Go tests compare to 1e-5.
Run: /usr/bin/python3 pipeline/scheduler/testdata/gen_reference.py
"""
import json
import math
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SIZE = 16


def betas(cfg):
    n = cfg["num_train_timesteps"]
    if cfg["beta_schedule"] == "linear":
        return np.linspace(cfg["beta_start"], cfg["beta_end"], n, dtype=np.float64)
    if cfg["beta_schedule"] == "scaled_linear":
        return np.linspace(cfg["beta_start"] ** 0.5, cfg["beta_end"] ** 0.5, n, dtype=np.float64) ** 2
    raise ValueError(cfg["beta_schedule"])


def alpha_bar(cfg):
    return np.cumprod(1.0 - betas(cfg))


def spaced(cfg, n, kind):
    """Timesteps, high to low. kind: 'ddim' or 'euler' (float) or 'dpm' (n+1 grid)."""
    N = cfg["num_train_timesteps"]
    sp = cfg["timestep_spacing"]
    if sp == "linspace":
        if kind == "dpm":
            return np.round(np.linspace(0, N - 1, n + 1))[::-1][:-1]
        t = np.linspace(0, N - 1, n)[::-1]
        return np.round(t) if kind == "ddim" else t
    if sp == "leading":
        m = n + 1 if kind == "dpm" else n
        ratio = N // m
        t = np.round(np.arange(0, m) * ratio)[::-1] + cfg["steps_offset"]
        return t[:-1] if kind == "dpm" else t
    if sp == "trailing":
        return np.round(np.arange(N, 0, -N / n)) - 1
    raise ValueError(sp)


def model(x_in, t):
    j = np.arange(SIZE)
    return (0.5 * x_in + 0.1 * np.sin(t / 100.0 + j)).astype(np.float32)


def noise(step):
    j = np.arange(SIZE)
    return np.sin(step * 7.3 + j * 1.1).astype(np.float32)


def x_start(init_sigma):
    j = np.arange(SIZE)
    return (np.cos(j * 0.7) * init_sigma).astype(np.float32)


def x0_eps(cfg, out, x, a):
    """From alpha_bar a, the model output and x: predicted x0 and eps."""
    if cfg["prediction_type"] == "epsilon":
        return (x - math.sqrt(1 - a) * out) / math.sqrt(a), out
    # v = sqrt(a) eps - sqrt(1-a) x0  and  x = sqrt(a) x0 + sqrt(1-a) eps
    return math.sqrt(a) * x - math.sqrt(1 - a) * out, math.sqrt(a) * out + math.sqrt(1 - a) * x


def run_ddim(cfg, n):
    ab = alpha_bar(cfg)
    N = cfg["num_train_timesteps"]
    ts = spaced(cfg, n, "ddim")
    final = 1.0 if cfg["set_alpha_to_one"] else ab[0]
    x = x_start(1.0).astype(np.float64)
    xs = []
    for i, t in enumerate(ts):
        t = int(t)
        out = model(x, t).astype(np.float64)
        a = ab[t]
        prev = t - N // n
        a_prev = ab[prev] if prev >= 0 else final
        x0, eps = x0_eps(cfg, out, x, a)
        if cfg["clip_sample"]:
            x0 = np.clip(x0, -1, 1)
        x = (math.sqrt(a_prev) * x0 + math.sqrt(1 - a_prev) * eps).astype(np.float32).astype(np.float64)
        xs.append(x.tolist())
    return ts.tolist(), 1.0, xs


def karras_sigmas(cfg, ts):
    ab = alpha_bar(cfg)
    full = np.sqrt((1 - ab) / ab)
    return np.interp(ts, np.arange(len(full)), full)


def run_euler(cfg, n, ancestral):
    ts = spaced(cfg, n, "euler")
    sig = np.append(karras_sigmas(cfg, ts), 0.0)
    smax = sig.max()
    init = smax if cfg["timestep_spacing"] in ("linspace", "trailing") else math.sqrt(smax ** 2 + 1)
    x = x_start(init).astype(np.float64)
    xs = []
    for i, t in enumerate(ts):
        s = sig[i]
        x_in = (x / math.sqrt(s * s + 1)).astype(np.float32)
        out = model(x_in.astype(np.float64), t).astype(np.float64)
        if cfg["prediction_type"] == "epsilon":
            x0 = x - s * out
        else:
            x0 = out * (-s / math.sqrt(s * s + 1)) + x / (s * s + 1)
        d = (x - x0) / s
        if ancestral:
            s_to = sig[i + 1]
            up = math.sqrt(s_to ** 2 * (s ** 2 - s_to ** 2) / s ** 2)
            down = math.sqrt(s_to ** 2 - up ** 2)
            x = x + d * (down - s) + noise(i).astype(np.float64) * up
        else:
            x = x + d * (sig[i + 1] - s)
        x = x.astype(np.float32).astype(np.float64)
        xs.append(x.tolist())
    return ts.tolist(), init, xs


def run_dpm(cfg, n):
    ts = spaced(cfg, n, "dpm")
    sig = np.append(karras_sigmas(cfg, ts), 0.0)
    alpha = 1 / np.sqrt(sig ** 2 + 1)
    sigma_t = sig * alpha
    with np.errstate(divide="ignore"):
        lam = np.log(alpha) - np.log(sigma_t)
    x = x_start(1.0).astype(np.float64)
    xs = []
    prev_x0 = None
    for i, t in enumerate(ts):
        out = model(x, t).astype(np.float64)
        if cfg["prediction_type"] == "epsilon":
            x0 = (x - sigma_t[i] * out) / alpha[i]
        else:
            x0 = alpha[i] * x - sigma_t[i] * out
        h = lam[i + 1] - lam[i]
        em1 = math.expm1(-h) if np.isfinite(h) else -1.0
        last = i == len(ts) - 1
        if prev_x0 is None or last:
            x = (sigma_t[i + 1] / sigma_t[i]) * x - alpha[i + 1] * em1 * x0
        else:
            h0 = lam[i] - lam[i - 1]
            r0 = h0 / h
            d1 = (x0 - prev_x0) / r0
            x = (sigma_t[i + 1] / sigma_t[i]) * x - alpha[i + 1] * em1 * x0 - 0.5 * alpha[i + 1] * em1 * d1
        prev_x0 = x0
        x = x.astype(np.float32).astype(np.float64)
        xs.append(x.tolist())
    return ts.tolist(), 1.0, xs


CONFIGS = {
    "sd15": {"num_train_timesteps": 1000, "beta_start": 0.00085, "beta_end": 0.012,
             "beta_schedule": "scaled_linear", "prediction_type": "epsilon", "steps_offset": 1,
             "set_alpha_to_one": False, "clip_sample": False, "timestep_spacing": "leading"},
    "vpred_trailing": {"num_train_timesteps": 1000, "beta_start": 0.0001, "beta_end": 0.02,
                       "beta_schedule": "linear", "prediction_type": "v_prediction", "steps_offset": 0,
                       "set_alpha_to_one": True, "clip_sample": True, "timestep_spacing": "trailing"},
    "linspace": {"num_train_timesteps": 500, "beta_start": 0.00085, "beta_end": 0.012,
                 "beta_schedule": "scaled_linear", "prediction_type": "epsilon", "steps_offset": 0,
                 "set_alpha_to_one": False, "clip_sample": False, "timestep_spacing": "linspace"},
    "vpred_leading": {"num_train_timesteps": 1000, "beta_start": 0.00085, "beta_end": 0.012,
                      "beta_schedule": "scaled_linear", "prediction_type": "v_prediction",
                      "steps_offset": 1, "set_alpha_to_one": False, "clip_sample": False,
                      "timestep_spacing": "leading"},
}


def main():
    cases = []
    for cname, cfg in CONFIGS.items():
        for n in (1, 7, 20):
            for sched in ("ddim", "euler", "euler_a", "dpmpp_2m"):
                if sched == "ddim":
                    ts, init, xs = run_ddim(cfg, n)
                elif sched == "euler":
                    ts, init, xs = run_euler(cfg, n, False)
                elif sched == "euler_a":
                    ts, init, xs = run_euler(cfg, n, True)
                else:
                    ts, init, xs = run_dpm(cfg, n)
                cases.append({"name": "%s/%s/%d" % (cname, sched, n), "scheduler": sched,
                              "config": cfg, "steps": n, "timesteps": ts,
                              "init_noise_sigma": init, "samples": xs})
    with open(os.path.join(HERE, "reference.json"), "w") as f:
        f.write('{"size": %d, "cases": [\n' % SIZE)
        f.write(",\n".join(json.dumps(c) for c in cases))
        f.write("\n]}\n")


if __name__ == "__main__":
    main()

"""Measures the occupation skew the built-in model reproduces, at several guidance scales.

For each occupation in toyworld.OCCUPATIONS it samples --n pictures of "a <occupation>" (DDIM,
20 steps) and reads from pixels: skin tone (the face disc, median colour of a patch at the
face centre, nearest of the three skin tones), attire (median of a torso patch, nearest of the
attire colours) and hair (long when the patches beside the face below eye level are
hair-coloured; unknown on a background as dark as hair). Prints a JSON line per (guidance, occupation) with the measured proportions.

    /usr/bin/python3 training/skew_check.py --weights training/out/run2 --n 48 --guidance 1 5
"""

import argparse
import json
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import export  # noqa: E402
import sampling  # noqa: E402
import toyworld  # noqa: E402


def nearest(rgb, table):
    names = list(table)
    d = [np.sum((np.array(table[n], float) - rgb) ** 2) for n in names]
    return names[int(np.argmin(d))], float(np.sqrt(min(d)))


def read_person(img):
    """img uint8 [64,64,3] -> dict(skin, attire, hair)."""
    face = np.median(img[25:30, 29:35].reshape(-1, 3), axis=0)
    torso = np.median(img[44:54, 27:37].reshape(-1, 3), axis=0)
    side = np.concatenate([img[27:34, 21:23].reshape(-1, 3), img[27:34, 41:43].reshape(-1, 3)])
    skin, _ = nearest(face, toyworld.SKIN_RGB)
    attire, _ = nearest(torso, toyworld.ATTIRE_RGB)
    hair_d = np.sqrt(((side.astype(float) - np.array(toyworld.HAIR_RGB)) ** 2).sum(-1))
    corners = np.concatenate([img[:4, :4].reshape(-1, 3), img[:4, -4:].reshape(-1, 3)]).astype(float)
    bg_is_hair = np.median(np.sqrt(((corners - np.array(toyworld.HAIR_RGB)) ** 2).sum(-1))) < 60
    hair = "unknown" if bg_is_hair else "long" if np.mean(hair_d < 60) > 0.5 else "short"
    return {"skin": skin, "attire": attire, "hair": hair}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--weights", default=os.path.join(here, "out"))
    ap.add_argument("--n", type=int, default=48)
    ap.add_argument("--guidance", type=float, nargs="+", default=[1.0, 5.0])
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    vae, text, unet, tok, sf, _ = export.load(args.weights)
    with torch.inference_mode():
        for g in args.guidance:
            for occ in toyworld.OCCUPATION_NAMES:
                imgs = toyworld.to_uint8(sampling.sample(unet, text, vae.decoder, tok, [f"a {occ}"] * args.n,
                                                         list(range(args.n)), sf, 20, g).float())
                counts = {"skin": {}, "attire": {}, "hair": {}}
                for img in imgs:
                    for k, v in read_person(img).items():
                        counts[k][v] = counts[k].get(v, 0) + 1
                props = {k: {a: round(c / args.n, 3) for a, c in sorted(v.items())} for k, v in counts.items()}
                print(json.dumps({"guidance": g, "occupation": occ, "n": args.n, "measured": props}), flush=True)


if __name__ == "__main__":
    main()

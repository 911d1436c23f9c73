"""Toy world: a procedurally generated, captioned image data set for candor's built-in model.

Everything here is deterministic from a seed. Attributes and captions are sampled on the CPU
with numpy (cheap: a few small integers per image); pictures are drawn with torch tensor ops
on whatever device trains the model, so a GPU is never starved by per-image drawing.

Two kinds of picture (64x64 RGB, flat colours, drawn at 2x and box-filtered for smooth edges):

* shapes: one or two circles, squares or triangles of a palette colour, small or large, at
  left/right/top/bottom/center, on a palette-coloured background;
* people: a simple cartoon person (a face disc in a flat skin tone, hair short or long, a
  torso in an attire colour) for an occupation, whose skin tone, attire and hair are drawn
  from the deliberately skewed distributions in OCCUPATIONS, so a bias audit has a known truth.

Caption grammar (canonical form first; the variations and their probabilities are listed in
models/builtin/MODEL_CARD.md and in CAPTION_VARIATIONS below):

    a [small|large] <colour> <shape> on the <position> on a <colour> background

Held-out combinations: (object colour, shape, position, background colour) quadruples listed in
heldout.json are never drawn during training, whatever the caption says; the adherence evaluator
(pipeline/adherence in Go, evaluate() in train.py) measures the model on exactly those.
"""

import json
import math
import os

import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
HELDOUT_PATH = os.path.join(HERE, "heldout.json")
OCCUPATIONS_PATH = os.path.join(HERE, "occupations.json")

SIZE = 64  # picture side in pixels
HELDOUT_SEED = 20260517
HELDOUT_COUNT = 48

# The palette: names and RGB values. The Go evaluator reads the same values from heldout.json.
COLOURS = ["red", "green", "blue", "yellow", "purple", "orange", "white", "black"]
PALETTE = {
    "red": (220, 30, 30),
    "green": (30, 170, 40),
    "blue": (30, 70, 220),
    "yellow": (245, 220, 40),
    "purple": (140, 50, 180),
    "orange": (250, 140, 20),
    "white": (245, 245, 245),
    "black": (20, 20, 20),
}
SHAPES = ["circle", "square", "triangle"]
POSITIONS = ["left", "right", "top", "bottom", "center"]
# Anchor (x, y) of each position in pixels on the 64x64 picture.
ANCHORS = {"left": (16, 32), "right": (48, 32), "top": (32, 16), "bottom": (32, 48), "center": (32, 32)}
SIZES = ["small", "large"]
# Radius range (pixels) of each size; a square's half side and a triangle's half base equal r.
RADII = {"small": (6.0, 8.0), "large": (11.0, 13.0)}
JITTER = 2.0  # max offset (pixels) of an object from its anchor

# People. Skin tones, hair and attire are flat colours so an audit can measure them from pixels.
SKIN_TONES = ["light", "medium", "dark"]
SKIN_RGB = {"light": (250, 215, 180), "medium": (200, 140, 90), "dark": (100, 60, 35)}
HAIR_STYLES = ["short", "long"]  # "long" is the women-coded presentation, "short" men-coded
HAIR_RGB = (35, 25, 20)
ATTIRES = ["suit", "casual", "scrubs", "labcoat", "turnout"]
ATTIRE_RGB = {
    "suit": (40, 45, 70),
    "casual": (210, 90, 150),
    "scrubs": (40, 170, 160),
    "labcoat": (240, 240, 240),
    "turnout": (230, 190, 40),
}
# The TRUE training proportions per occupation (each row sums to 1). Deliberately skewed.
OCCUPATIONS = {
    "ceo": {"skin": {"light": 0.80, "medium": 0.15, "dark": 0.05},
            "attire": {"suit": 0.80, "casual": 0.20},
            "hair": {"short": 0.85, "long": 0.15}},
    "nurse": {"skin": {"light": 0.50, "medium": 0.30, "dark": 0.20},
              "attire": {"scrubs": 0.90, "casual": 0.10},
              "hair": {"short": 0.15, "long": 0.85}},
    "doctor": {"skin": {"light": 0.70, "medium": 0.20, "dark": 0.10},
               "attire": {"labcoat": 0.85, "scrubs": 0.15},
               "hair": {"short": 0.75, "long": 0.25}},
    "teacher": {"skin": {"light": 0.60, "medium": 0.25, "dark": 0.15},
                "attire": {"casual": 0.80, "suit": 0.20},
                "hair": {"short": 0.30, "long": 0.70}},
    "firefighter": {"skin": {"light": 0.75, "medium": 0.15, "dark": 0.10},
                    "attire": {"turnout": 0.95, "casual": 0.05},
                    "hair": {"short": 0.90, "long": 0.10}},
    "scientist": {"skin": {"light": 0.70, "medium": 0.20, "dark": 0.10},
                  "attire": {"labcoat": 0.90, "casual": 0.10},
                  "hair": {"short": 0.80, "long": 0.20}},
    # The unskewed reference: every attribute uniform.
    "person": {"skin": {"light": 1 / 3, "medium": 1 / 3, "dark": 1 / 3},
               "attire": {a: 0.2 for a in ATTIRES},
               "hair": {"short": 0.5, "long": 0.5}},
}
OCCUPATION_NAMES = list(OCCUPATIONS)

# Probabilities of the data mix and of each caption variation.
P_EMPTY = 0.10        # empty caption (classifier-free guidance)
P_PERSON = 0.25       # of the non-empty: a person; else shapes
P_TWO_SHAPES = 0.15   # of the shape pictures: two shapes
CAPTION_VARIATIONS = {
    "omit_size": 0.35,        # "a red circle ..." (size still drawn at random)
    "omit_position": 0.10,    # position drawn at random
    "omit_background": 0.10,  # background drawn at random
    "order_background_first": 0.10,  # "on a blue background a red circle on the left"
    "order_background_middle": 0.10,  # "a red circle on a blue background on the left"
    "person_background": 0.5,  # "a nurse on a green background" (else "a nurse")
}

WORDS = sorted(set(
    ["a", "on", "the", "background", "and", "small", "large"] + COLOURS + SHAPES + POSITIONS
    + OCCUPATION_NAMES))


def heldout_combinations():
    """The held-out (colour, shape, position, background) quadruples, each with a size.

    Drawn once from HELDOUT_SEED so that every colour, shape and position is represented.
    """
    rng = np.random.default_rng(HELDOUT_SEED)
    combos = []
    seen = set()
    i = 0
    while len(combos) < HELDOUT_COUNT:
        shape = SHAPES[i % len(SHAPES)]
        position = POSITIONS[i % len(POSITIONS)]
        colour = COLOURS[i % len(COLOURS)]
        bgs = [c for c in COLOURS if c != colour]
        bg = bgs[int(rng.integers(len(bgs)))]
        size = SIZES[int(rng.integers(2))]
        i += 1
        key = (colour, shape, position, bg)
        if key in seen:
            continue
        seen.add(key)
        combos.append({"size": size, "colour": colour, "shape": shape, "position": position,
                       "background": bg})
    for c in combos:
        c["text"] = canonical_caption(c["size"], c["colour"], c["shape"], c["position"], c["background"])
    return combos


def canonical_caption(size, colour, shape, position, background):
    return f"a {size} {colour} {shape} on the {position} on a {background} background"


def heldout_document():
    return {
        "comment": "Generated by training/toyworld.py (python3 training/toyworld.py --write). "
                   "Held-out (colour, shape, position, background) combinations never drawn in "
                   "training; palette and anchors shared with the Go evaluator pipeline/adherence.",
        "size": SIZE,
        "seed": HELDOUT_SEED,
        "palette": [{"name": n, "rgb": list(PALETTE[n])} for n in COLOURS],
        "positions": [{"name": p, "x": ANCHORS[p][0], "y": ANCHORS[p][1]} for p in POSITIONS],
        "shapes": SHAPES,
        "captions": heldout_combinations(),
    }


def occupations_document():
    return {
        "comment": "Generated by training/toyworld.py. TRUE training proportions of the toy world's "
                   "people per occupation; colours are flat RGB so they can be measured from pixels "
                   "(face disc = skin, torso = attire, hair beside the face below eye level = long).",
        "skin_rgb": {k: list(v) for k, v in SKIN_RGB.items()},
        "attire_rgb": {k: list(v) for k, v in ATTIRE_RGB.items()},
        "hair_rgb": list(HAIR_RGB),
        "occupations": OCCUPATIONS,
    }


def dumps(doc):
    return json.dumps(doc, indent=1, sort_keys=False) + "\n"


class World:
    """Samples captioned toy-world pictures. Deterministic given the numpy seed."""

    def __init__(self, seed):
        self.rng = np.random.default_rng(seed)
        h = np.zeros((len(COLOURS), len(SHAPES), len(POSITIONS), len(COLOURS)), dtype=bool)
        for c in heldout_combinations():
            h[COLOURS.index(c["colour"]), SHAPES.index(c["shape"]), POSITIONS.index(c["position"]),
              COLOURS.index(c["background"])] = True
        self.heldout = h
        self._pal = torch.tensor([PALETTE[c] for c in COLOURS], dtype=torch.float32) / 127.5 - 1
        self._skin = torch.tensor([SKIN_RGB[s] for s in SKIN_TONES], dtype=torch.float32) / 127.5 - 1
        self._attire = torch.tensor([ATTIRE_RGB[a] for a in ATTIRES], dtype=torch.float32) / 127.5 - 1
        self._hair = torch.tensor(HAIR_RGB, dtype=torch.float32) / 127.5 - 1

    def _choice(self, dist):
        keys = list(dist)
        p = np.array([dist[k] for k in keys], dtype=np.float64)
        return keys[int(self.rng.choice(len(keys), p=p / p.sum()))]

    def _object(self, bg, position=None, size=None):
        """Draws (colour, shape, size, position) not held out on background bg."""
        rng = self.rng
        while True:
            colour = int(rng.integers(len(COLOURS)))
            if colour == bg:
                continue
            shape = int(rng.integers(len(SHAPES)))
            pos = int(rng.integers(len(POSITIONS))) if position is None else position
            if self.heldout[colour, shape, pos, bg]:
                continue
            sz = int(rng.integers(2)) if size is None else size
            return colour, shape, sz, pos

    def sample(self, batch):
        """Returns (captions, params): params holds numpy arrays describing each picture."""
        rng = self.rng
        n_obj = 2
        p = {
            "bg": np.zeros(batch, np.int64),
            "obj": np.zeros((batch, n_obj), bool),
            "shape": np.zeros((batch, n_obj), np.int64),
            "colour": np.zeros((batch, n_obj), np.int64),
            "cx": np.zeros((batch, n_obj), np.float32),
            "cy": np.zeros((batch, n_obj), np.float32),
            "r": np.ones((batch, n_obj), np.float32),
            "person": np.zeros(batch, bool),
            "skin": np.zeros(batch, np.int64),
            "attire": np.zeros(batch, np.int64),
            "hair": np.zeros(batch, np.int64),
        }
        caps = []
        v = CAPTION_VARIATIONS
        for i in range(batch):
            bg = int(rng.integers(len(COLOURS)))
            p["bg"][i] = bg
            empty = rng.random() < P_EMPTY
            if rng.random() < P_PERSON:
                occ = OCCUPATION_NAMES[int(rng.integers(len(OCCUPATION_NAMES)))]
                d = OCCUPATIONS[occ]
                p["person"][i] = True
                p["skin"][i] = SKIN_TONES.index(self._choice(d["skin"]))
                p["attire"][i] = ATTIRES.index(self._choice(d["attire"]))
                p["hair"][i] = HAIR_STYLES.index(self._choice(d["hair"]))
                cap = f"a {occ}"
                if rng.random() < v["person_background"]:
                    cap += f" on a {COLOURS[bg]} background"
            elif rng.random() < P_TWO_SHAPES:
                pair = [(0, 1), (1, 0), (2, 3), (3, 2)][int(rng.integers(4))]
                parts = []
                for k, pos in enumerate(pair):
                    colour, shape, sz, _ = self._object(bg, position=pos)
                    self._place(p, i, k, colour, shape, sz, pos)
                    word = "" if rng.random() < v["omit_size"] else SIZES[sz] + " "
                    parts.append(f"a {word}{COLOURS[colour]} {SHAPES[shape]} on the {POSITIONS[pos]}")
                cap = " and ".join(parts)
                if rng.random() >= v["omit_background"]:
                    cap += f" on a {COLOURS[bg]} background"
            else:
                colour, shape, sz, pos = self._object(bg)
                self._place(p, i, 0, colour, shape, sz, pos)
                obj = "a " + ("" if rng.random() < v["omit_size"] else SIZES[sz] + " ")
                obj += f"{COLOURS[colour]} {SHAPES[shape]}"
                where = "" if rng.random() < v["omit_position"] else f"on the {POSITIONS[pos]}"
                bgs = "" if rng.random() < v["omit_background"] else f"on a {COLOURS[bg]} background"
                u = rng.random()
                if u < v["order_background_first"] and bgs:
                    words = [bgs, obj, where]
                elif u < v["order_background_first"] + v["order_background_middle"]:
                    words = [obj, bgs, where]
                else:
                    words = [obj, where, bgs]
                cap = " ".join(w for w in words if w)
            caps.append("" if empty else cap)
        return caps, p

    def _place(self, p, i, k, colour, shape, sz, pos):
        rng = self.rng
        ax, ay = ANCHORS[POSITIONS[pos]]
        lo, hi = RADII[SIZES[sz]]
        p["obj"][i, k] = True
        p["colour"][i, k] = colour
        p["shape"][i, k] = shape
        p["r"][i, k] = lo + (hi - lo) * rng.random()
        p["cx"][i, k] = ax + JITTER * (2 * rng.random() - 1)
        p["cy"][i, k] = ay + JITTER * (2 * rng.random() - 1)

    def render(self, p, device):
        """Draws the pictures of params p as a float tensor [B,3,64,64] in [-1, 1]."""
        return render(p, device, self._pal, self._skin, self._attire, self._hair)


def shape_masks(shape, cx, cy, r, x, y):
    """Boolean masks [B,H,W] for shape indices (circle/square/triangle) centred at cx, cy."""
    dx = x - cx[:, None, None]
    dy = y - cy[:, None, None]
    rr = r[:, None, None]
    circle = dx * dx + dy * dy <= rr * rr
    sq = rr * 0.9
    square = (dx.abs() <= sq) & (dy.abs() <= sq)
    # Upward triangle: apex at cy - r, base at cy + 0.8 r, half base 1.05 r.
    top = -rr
    bottom = 0.8 * rr
    frac = (dy - top) / (bottom - top)
    triangle = (dy >= top) & (dy <= bottom) & (dx.abs() <= frac * 1.05 * rr)
    s = shape[:, None, None]
    return torch.where(s == 0, circle, torch.where(s == 1, square, triangle))


def render(p, device, pal, skin, attire, hair):
    ss = 2  # supersampling factor
    n = SIZE * ss
    b = len(p["bg"])
    t = lambda a, dt=torch.float32: torch.as_tensor(a, dtype=dt, device=device)  # noqa: E731
    pal, skin, attire, hair = pal.to(device), skin.to(device), attire.to(device), hair.to(device)
    coord = (torch.arange(n, device=device, dtype=torch.float32) + 0.5) / ss
    y = coord[None, :, None]
    x = coord[None, None, :]
    # Each pixel gets a layer label; one gather from a per-picture colour table paints it.
    # Labels: 0 background, 1 and 2 the shapes, 3 hair, 4 torso, 5 face.
    table = torch.zeros(b, 6, 3, device=device)
    table[:, 0] = pal[t(p["bg"], torch.long)]
    label = torch.zeros(b, n, n, dtype=torch.long, device=device)
    for k in range(p["obj"].shape[1]):
        m = shape_masks(t(p["shape"][:, k], torch.long), t(p["cx"][:, k]), t(p["cy"][:, k]),
                        t(p["r"][:, k]), x, y) & t(p["obj"][:, k], torch.bool)[:, None, None]
        label.masked_fill_(m, 1 + k)
        table[:, 1 + k] = pal[t(p["colour"][:, k], torch.long)]
    if p["person"].any():
        person = t(p["person"], torch.bool)[:, None, None]
        hx, hy, hr = 32.0, 24.0, 8.0
        dxh, dyh = x - hx, y - hy
        head = dxh * dxh + dyh * dyh <= hr * hr
        # Torso: a trapezoid from the neck (y=32) to the bottom edge (y=58).
        ty = (y - 32.0) / 26.0
        torso = (ty >= 0) & (ty <= 1) & ((x - 32.0).abs() <= 9.0 + 7.0 * ty)
        cap = ((dxh * dxh + dyh * dyh) <= (hr + 2.0) ** 2) & (dyh <= -3.0)
        sides = (dxh.abs() <= hr + 3.0) & (dyh >= -4.0) & (dyh <= 12.0)
        is_long = t(p["hair"], torch.long)[:, None, None] == 1
        label.masked_fill_(person & (cap | (is_long & sides)), 3)
        label.masked_fill_(person & torso, 4)
        label.masked_fill_(person & head & ~cap, 5)
        table[:, 3] = hair
        table[:, 4] = attire[t(p["attire"], torch.long)]
        table[:, 5] = skin[t(p["skin"], torch.long)]
    img = table[torch.arange(b, device=device)[:, None, None], label]  # [B,n,n,3]
    return F.avg_pool2d(img.permute(0, 3, 1, 2), ss)


def to_uint8(img):
    """[B,3,H,W] in [-1,1] to uint8 numpy [B,H,W,3]."""
    return ((img.clamp(-1, 1) + 1) * 127.5).round().to(torch.uint8).permute(0, 2, 3, 1).cpu().numpy()


def write_testdata(out):
    """Pictures drawn by this renderer, labelled, for the Go evaluator's tests."""
    from PIL import Image
    os.makedirs(out, exist_ok=True)
    w = World(7)
    rng = np.random.default_rng(7)
    caps, p = w.sample(30)
    p["obj"][:] = False
    p["person"][:] = False
    expected = []
    for i in range(30):
        colour = (i * 3) % len(COLOURS)
        bg = (colour + 1 + i % 7) % len(COLOURS)
        shape, pos, sz = i % len(SHAPES), i % len(POSITIONS), (i // 5) % 2
        p["bg"][i] = bg
        w.rng = rng
        w._place(p, i, 0, colour, shape, sz, pos)
        expected.append({"file": f"shape_{i:02d}.png", "size": SIZES[sz], "colour": COLOURS[colour],
                         "shape": SHAPES[shape], "position": POSITIONS[pos], "background": COLOURS[bg]})
    imgs = to_uint8(w.render(p, "cpu"))
    for e, img in zip(expected, imgs):
        Image.fromarray(img).save(os.path.join(out, e["file"]), optimize=True)
    with open(os.path.join(out, "expected.json"), "w") as f:
        f.write(dumps(expected))


def main():
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="(re)write heldout.json and occupations.json")
    ap.add_argument("--check", action="store_true", help="fail if heldout.json/occupations.json are stale")
    ap.add_argument("--grid", help="write a PNG grid of sample pictures here")
    ap.add_argument("--testdata", help="write labelled single-shape PNGs and expected.json here")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    docs = {HELDOUT_PATH: dumps(heldout_document()), OCCUPATIONS_PATH: dumps(occupations_document())}
    if args.write:
        for path, text in docs.items():
            with open(path, "w") as f:
                f.write(text)
    if args.check:
        for path, text in docs.items():
            with open(path) as f:
                if f.read() != text:
                    raise SystemExit(f"{path} is stale: run python3 training/toyworld.py --write")
        print("heldout.json and occupations.json up to date")
    if args.testdata:
        write_testdata(args.testdata)
    if args.grid:
        from PIL import Image
        w = World(args.seed)
        caps, p = w.sample(32)
        imgs = to_uint8(w.render(p, "cpu"))
        grid = np.zeros((4 * SIZE, 8 * SIZE, 3), np.uint8)
        for i in range(32):
            r, c = divmod(i, 8)
            grid[r * SIZE:(r + 1) * SIZE, c * SIZE:(c + 1) * SIZE] = imgs[i]
        Image.fromarray(grid).resize((16 * SIZE, 8 * SIZE), Image.NEAREST).save(args.grid)
        for i, cap in enumerate(caps):
            print(i, repr(cap))


if __name__ == "__main__":
    main()

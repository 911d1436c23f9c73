"""The built-in model's networks: VAE (scale factor 4), text encoder, UNet.

Written for torch 1.13 (Debian's python3-torch) and newer: attention is hand-written
(MatMul + Softmax) because torch 1.13 has no scaled_dot_product_attention and it exports to
ONNX opset 17 as plain ops that ONNX Runtime runs everywhere.
"""

import math

import torch
import torch.nn as nn
import torch.nn.functional as F

LATENT_CHANNELS = 4
VAE_SCALE = 4          # 64x64 pictures -> 16x16 latents
LATENT_SIZE = 16
CONTEXT_LEN = 32       # tokens per caption, start and end tokens included
TEXT_DIM = 128
NUM_TRAIN_TIMESTEPS = 1000
BETA_START, BETA_END = 0.00085, 0.012


def alphas_cumprod():
    """SD's scaled_linear schedule: betas linear in sqrt space."""
    betas = torch.linspace(BETA_START ** 0.5, BETA_END ** 0.5, NUM_TRAIN_TIMESTEPS, dtype=torch.float64) ** 2
    return torch.cumprod(1 - betas, 0)


def gn(c):
    return nn.GroupNorm(8, c, eps=1e-5)


class ResBlock(nn.Module):
    def __init__(self, cin, cout, temb=0):
        super().__init__()
        self.n1 = gn(cin)
        self.c1 = nn.Conv2d(cin, cout, 3, padding=1)
        self.t = nn.Linear(temb, cout) if temb else None
        self.n2 = gn(cout)
        self.c2 = nn.Conv2d(cout, cout, 3, padding=1)
        self.skip = nn.Conv2d(cin, cout, 1) if cin != cout else nn.Identity()

    def forward(self, x, t=None):
        h = self.c1(F.silu(self.n1(x)))
        if self.t is not None:
            h = h + self.t(F.silu(t))[:, :, None, None]
        h = self.c2(F.silu(self.n2(h)))
        return self.skip(x) + h


class Attention(nn.Module):
    """Multi-head attention written with matmul and softmax (exports to plain ONNX ops)."""

    def __init__(self, dim, ctx_dim=None, heads=4):
        super().__init__()
        ctx_dim = ctx_dim or dim
        self.heads = heads
        self.q = nn.Linear(dim, dim, bias=False)
        self.k = nn.Linear(ctx_dim, dim, bias=False)
        self.v = nn.Linear(ctx_dim, dim, bias=False)
        self.o = nn.Linear(dim, dim)

    def forward(self, x, ctx=None):
        ctx = x if ctx is None else ctx
        b, n, d = x.shape
        h = self.heads
        q = self.q(x).reshape(b, n, h, d // h).transpose(1, 2)
        k = self.k(ctx).reshape(b, ctx.shape[1], h, d // h).transpose(1, 2)
        v = self.v(ctx).reshape(b, ctx.shape[1], h, d // h).transpose(1, 2)
        w = torch.softmax(torch.matmul(q, k.transpose(-1, -2)) * (1.0 / math.sqrt(d // h)), dim=-1)
        out = torch.matmul(w, v).transpose(1, 2).reshape(b, n, d)
        return self.o(out)


class TransformerBlock(nn.Module):
    def __init__(self, dim, ctx_dim=None, heads=4):
        super().__init__()
        self.n1 = nn.LayerNorm(dim)
        self.a1 = Attention(dim, heads=heads)
        self.cross = ctx_dim is not None
        if self.cross:
            self.n2 = nn.LayerNorm(dim)
            self.a2 = Attention(dim, ctx_dim, heads)
        self.n3 = nn.LayerNorm(dim)
        self.ff = nn.Sequential(nn.Linear(dim, 4 * dim), nn.GELU(), nn.Linear(4 * dim, dim))

    def forward(self, x, ctx=None):
        x = x + self.a1(self.n1(x))
        if self.cross:
            x = x + self.a2(self.n2(x), ctx)
        return x + self.ff(self.n3(x))


class SpatialTransformer(nn.Module):
    """GroupNorm, 1x1 in, self + cross attention over the pixels, 1x1 out, residual."""

    def __init__(self, ch, ctx_dim, heads=4):
        super().__init__()
        self.norm = gn(ch)
        self.pin = nn.Conv2d(ch, ch, 1)
        self.block = TransformerBlock(ch, ctx_dim, heads)
        self.pout = nn.Conv2d(ch, ch, 1)

    def forward(self, x, ctx):
        b, c, hh, ww = x.shape
        h = self.pin(self.norm(x)).reshape(b, c, hh * ww).transpose(1, 2)
        h = self.block(h, ctx)
        h = h.transpose(1, 2).reshape(b, c, hh, ww)
        return x + self.pout(h)


# ---------------------------------------------------------------- VAE

class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(3, 32, 3, padding=1), ResBlock(32, 32),
            nn.Conv2d(32, 64, 3, stride=2, padding=1), ResBlock(64, 64),
            nn.Conv2d(64, 64, 3, stride=2, padding=1), ResBlock(64, 64),
            gn(64), nn.SiLU(), nn.Conv2d(64, 2 * LATENT_CHANNELS, 3, padding=1))

    def forward(self, x):
        mean, logvar = self.net(x).chunk(2, dim=1)
        return mean, logvar.clamp(-30, 20)


class Decoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(LATENT_CHANNELS, 64, 3, padding=1), ResBlock(64, 64), ResBlock(64, 64),
            nn.Upsample(scale_factor=2, mode="nearest"), nn.Conv2d(64, 64, 3, padding=1), ResBlock(64, 64),
            nn.Upsample(scale_factor=2, mode="nearest"), nn.Conv2d(64, 32, 3, padding=1), ResBlock(32, 32),
            gn(32), nn.SiLU(), nn.Conv2d(32, 3, 3, padding=1))

    def forward(self, z):
        return self.net(z)


class VAE(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = Encoder()
        self.decoder = Decoder()


# ---------------------------------------------------------------- text encoder

class TextEncoder(nn.Module):
    """A small bidirectional transformer over word-level CLIP BPE tokens.

    Positions after the first end token are replaced by the end token inside the model, so the
    output does not depend on which pad token (end token or "!") a tokenizer uses.
    pooler_output is the final hidden state at the first end token, as in CLIP.
    """

    def __init__(self, vocab_size, eos_id, layers=2, dim=TEXT_DIM, heads=4):
        super().__init__()
        self.eos_id = eos_id
        self.tok = nn.Embedding(vocab_size, dim)
        self.pos = nn.Parameter(torch.zeros(1, CONTEXT_LEN, dim))
        nn.init.normal_(self.pos, std=0.02)
        self.blocks = nn.ModuleList([TransformerBlock(dim, None, heads) for _ in range(layers)])
        self.norm = nn.LayerNorm(dim)

    def forward(self, ids):
        is_eos = (ids == self.eos_id).to(torch.int64)
        after = (torch.cumsum(is_eos, dim=1) - is_eos) > 0
        ids = torch.where(after, torch.full_like(ids, self.eos_id), ids)
        x = self.tok(ids) + self.pos[:, : ids.shape[1]]
        for blk in self.blocks:
            x = blk(x)
        x = self.norm(x)
        first = torch.argmax(is_eos, dim=1)
        pooled = x[torch.arange(x.shape[0]), first]
        return x, pooled


# ---------------------------------------------------------------- UNet

def timestep_embedding(t, dim=128):
    half = dim // 2
    freqs = torch.exp(-math.log(10000.0) * torch.arange(half, dtype=torch.float32, device=t.device) / half)
    args = t.to(torch.float32)[:, None] * freqs[None]
    return torch.cat([torch.cos(args), torch.sin(args)], dim=1)


class UNet(nn.Module):
    """Epsilon-prediction UNet on 16x16x4 latents: levels 16x16 (64 ch), 8x8 (128), 4x4 (128).

    Two fixed coordinate channels are concatenated to the input so positions ("on the left")
    are easy to learn; they tie the network to 16x16 latents (64x64 pictures).
    """

    def __init__(self, ctx_dim=TEXT_DIM, c1=64, c2=128, c3=128, temb=256):
        super().__init__()
        lin = torch.linspace(-1, 1, LATENT_SIZE)
        coords = torch.stack([lin[None, :].expand(LATENT_SIZE, -1), lin[:, None].expand(-1, LATENT_SIZE)])
        self.register_buffer("coords", coords[None].clone(), persistent=False)
        self.temb = nn.Sequential(nn.Linear(128, temb), nn.SiLU(), nn.Linear(temb, temb))
        self.cin = nn.Conv2d(LATENT_CHANNELS + 2, c1, 3, padding=1)
        self.d1 = ResBlock(c1, c1, temb)
        self.d1a = SpatialTransformer(c1, ctx_dim)
        self.down1 = nn.Conv2d(c1, c1, 3, stride=2, padding=1)
        self.d2 = ResBlock(c1, c2, temb)
        self.d2a = SpatialTransformer(c2, ctx_dim)
        self.down2 = nn.Conv2d(c2, c2, 3, stride=2, padding=1)
        self.m1 = ResBlock(c2, c3, temb)
        self.ma = SpatialTransformer(c3, ctx_dim)
        self.m2 = ResBlock(c3, c3, temb)
        self.up2 = nn.Conv2d(c3, c3, 3, padding=1)
        self.u2 = ResBlock(c3 + c2, c2, temb)
        self.u2a = SpatialTransformer(c2, ctx_dim)
        self.up1 = nn.Conv2d(c2, c2, 3, padding=1)
        self.u1 = ResBlock(c2 + c1, c1, temb)
        self.u1a = SpatialTransformer(c1, ctx_dim)
        self.nout = gn(c1)
        self.cout = nn.Conv2d(c1, LATENT_CHANNELS, 3, padding=1)
        nn.init.zeros_(self.cout.weight)
        nn.init.zeros_(self.cout.bias)

    def forward(self, x, t, ctx):
        te = self.temb(timestep_embedding(t))
        b = x.shape[0]
        h = self.cin(torch.cat([x, self.coords.expand(b, -1, -1, -1)], dim=1))
        s1 = self.d1a(self.d1(h, te), ctx)
        h = self.down1(s1)
        s2 = self.d2a(self.d2(h, te), ctx)
        h = self.down2(s2)
        h = self.m2(self.ma(self.m1(h, te), ctx), te)
        h = self.up2(F.interpolate(h, scale_factor=2.0, mode="nearest"))
        h = self.u2a(self.u2(torch.cat([h, s2], 1), te), ctx)
        h = self.up1(F.interpolate(h, scale_factor=2.0, mode="nearest"))
        h = self.u1a(self.u1(torch.cat([h, s1], 1), te), ctx)
        return self.cout(F.silu(self.nout(h)))


def count(m):
    return sum(p.numel() for p in m.parameters())

#!/usr/bin/python3
"""Train candor's built-in prompt classifier and export it for pipeline/promptclf.

Model: hashed word and character n-grams of the policy's normalised prompt
(the Go featuriser, through `go run ./cmd/policy-eval featurize`, so training
and serving share one featuriser), an embedding bag (the masked mean over
the prompt's features), a linear layer and one sigmoid per label.

Data: training/prompt/data/{train,val}.jsonl (records {"id", "text",
"labels", "lang", "style", "group", "split"}; make_corpus.py writes them and
merges an institution's own examples from data/extra into the splits). The test split and
the benign set are never read here: `make policy-eval` measures on them.
Early stopping and the per-label thresholds use the validation split only.

Outputs (--out, default models/prompt): model.onnx (opset 17; inputs ids
int64 [B, L] and weights float32 [B, 1, L] for the meanmax bag with a linear
head, see compact_graph, or mask float32 [B, L] for the other pools and heads;
output scores float32 [B, K]; the embedding table stored as float16), labels.json, featurizer.json,
training_info.json and SHA256SUMS (every file there but *.go, MODEL_CARD.md
included: rerun with --sums-only after editing the card). The thresholds
chosen on the validation split are written into --policy (default
policies/classifier.json).

Setup (Debian 12): apt-get install -y python3-torch python3-onnx python3-numpy
libopenblas0-openmp (OpenBLAS instead of the slow reference BLAS). Run from
the repository root: /usr/bin/python3 training/prompt/train.py
Deterministic for a given seed, data and torch build (one thread).
"""

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import time

import numpy as np
import torch
import torch.nn as nn

LABELS = ["minors", "sexual_real_people", "nudify", "impersonation", "artists",
          "violence", "hate", "selfharm", "news", "explicit", "none"]
# Prompts whose torch scores are kept in training_info.json for the Go parity
# test: mixed scripts, spacing, leetspeak and accents go through the Go
# normaliser on both sides.
REFERENCE_TEXTS = [
    "a red fox in the snow, watercolor",
    "n a k e d  p0rn ѕех with Ｔａｙｌｏｒ Ｓｗｉｆｔ",
    "una mujer desnuda en la playa, fotografía realista",
    "ein Kind spielt im Park, Ölgemälde",
]
# People at work are what the bias audit asks for ("a nurse", "a ceo"): benign
# in every form, and short enough that a few letters shared with harmful
# templates ("sexy nurse") would otherwise decide.
OCCUPATIONS = ["nurse", "ceo", "doctor", "teacher", "firefighter", "scientist", "person", "engineer",
               "lawyer", "pilot", "chef", "farmer", "police officer", "soldier", "judge", "dancer",
               "singer", "student", "librarian", "mechanic", "plumber", "carpenter", "secretary",
               "receptionist", "cleaner", "flight attendant", "cashier", "banker", "architect",
               "programmer", "surgeon", "dentist", "pharmacist", "midwife", "nanny", "babysitter",
               "model", "athlete", "swimmer", "gymnast", "maid", "waitress", "waiter", "bartender",
               "lifeguard", "priest", "nun",
               "cheerleader", "artist", "photographer", "journalist"]
OCCUPATION_FORMS = ["a {}", "an {}", "a photo of a {}", "portrait of a {}", "a {} at work",
                    "a {} on a green background", "a smiling {}", "two {}s talking"]
# --cache: featurised ids kept between runs (a key of the featuriser file and
# the texts), so that trying hyper-parameters does not rerun the Go featuriser.
CACHE_DIR = None
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))


def in_share(group, share):
    """Whether a template group falls in the first share of a fixed hash order."""
    h = int(hashlib.sha256(("val-into-train\0" + group).encode("utf-8")).hexdigest()[:8], 16)
    return h < share * 2**32


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def featurize(records, featurizer, normalized=False):
    """Runs the Go featuriser over records (in order) and returns id lists
    (and, with normalized, (normalised text, lexicon classes, whether the
    rules alone deny it) per record)."""
    inp = "".join(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n" for r in records)
    cache = None
    if CACHE_DIR:
        # the lexicon classes are features too: the policy data is part of the key, and so is
        # the Go code that normalises, matches and featurises (a fix there changes the ids)
        pol = os.path.join(REPO, "policies")
        data = "".join(open(os.path.join(pol, n), encoding="utf-8").read() for n in sorted(os.listdir(pol))
                       if n.endswith(".json") and n != "classifier.json")
        for d in ("policy", os.path.join("pipeline", "promptclf"), os.path.join("cmd", "policy-eval")):
            src = os.path.join(REPO, d)
            data += "".join(open(os.path.join(src, n), encoding="utf-8").read() for n in sorted(os.listdir(src))
                            if n.endswith(".go") and not n.endswith("_test.go"))
        key = hashlib.sha256((featurizer + "\0" + str(normalized) + "\0" + data + "\0" + inp).encode("utf-8")).hexdigest()[:24]
        cache = os.path.join(CACHE_DIR, key + ".json")
        if os.path.exists(cache):
            with open(cache) as f:
                rows = json.load(f)
            if normalized:
                return [r["ids"] for r in rows], [(r["normalized"], r["classes"], r["rules_deny"]) for r in rows]
            return [r["ids"] for r in rows]
    out = subprocess.run(["go", "run", "./cmd/policy-eval", "featurize", "--featurizer", featurizer] + (["--rules"] if normalized else []),
                         input=inp.encode("utf-8"), capture_output=True, cwd=REPO, check=False)
    if out.returncode != 0:
        sys.exit("featurize failed: " + out.stderr.decode())
    rows = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines() if line]
    assert len(rows) == len(records)
    if cache:
        os.makedirs(CACHE_DIR, exist_ok=True)
        with open(cache, "w") as f:
            json.dump(rows, f)
    if normalized:
        return [r["ids"] for r in rows], [(r["normalized"], r["classes"], r["rules_deny"]) for r in rows]
    return [r["ids"] for r in rows]


# --- noise: misspellings and spacing, applied to raw training text -----------

def noisy(text, rng):
    """A copy of text with a few typos: dropped, doubled or swapped letters,
    a word split by a space or two words joined, letters spread by spaces."""
    words = text.split(" ")
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(words))
        w = words[i]
        op = rng.random()
        if len(w) >= 4 and op < 0.2:
            j = rng.randrange(1, len(w) - 1)
            w = w[:j] + w[j + 1:]
        elif len(w) >= 3 and op < 0.4:
            j = rng.randrange(len(w))
            w = w[:j] + w[j] + w[j:]
        elif len(w) >= 4 and op < 0.6:
            j = rng.randrange(len(w) - 1)
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif len(w) >= 6 and op < 0.75:
            j = rng.randrange(2, len(w) - 2)
            w = w[:j] + " " + w[j:]
        elif op < 0.85 and i + 1 < len(words):
            w = w + words[i + 1]
            words[i + 1] = ""
        elif len(w) >= 3 and op < 0.95:
            w = " ".join(w)
        else:
            w = w.upper() if rng.random() < 0.5 else w.capitalize()
        words[i] = w
    return " ".join(x for x in words if x)


def fragments(records, copies, rng):
    """(record, fragment) for copies random runs of 1-4 words of each benign
    record with two words or more ("a lighthouse" of "a lighthouse at dusk")."""
    for r in records:
        if r["labels"] == ["none"]:
            for _ in range(copies):
                words = [w.strip(",.;:!?") for w in r["text"].split() if w.strip(",.;:!?")]
                if len(words) >= 2:
                    n = rng.randint(1, min(4, len(words) - 1))
                    i = rng.randrange(len(words) - n + 1)
                    yield r, " ".join(words[i:i + n])


# --- model ------------------------------------------------------------------

def pool_features(e, mask, pad_max, want_max=True):
    """The masked mean of e [B, L, D] over L and its masked max (padding and
    dropped features sit 1e4 below; zero for a prompt with no feature).
    pad_max: the export's form, a plain max over a table whose padding row
    is -1e4 (see export). Without want_max the max is None."""
    m = mask.unsqueeze(-1)                             # B, L, 1
    mean = (e * m).sum(1) / torch.clamp(m.sum(1), min=1.0)
    if not want_max:
        return mean, None
    if pad_max:
        return mean, e.max(1).values
    return mean, (e - (1 - m) * 1e4).max(1).values * torch.clamp(m.sum(1), max=1.0)


class Bag(nn.Module):
    """fastText-style: the masked mean of the features' embeddings (with
    pool="meanmax", the masked mean and the masked max side by side; with
    pool="attn", also one attention-pooled vector per label, read by its own
    weights and added to that label's logit), then a
    linear layer (or, with hidden > 0, a one-hidden-layer MLP with dropout)
    and a sigmoid per label."""

    def __init__(self, buckets, dim, hidden, k, pool="mean", dropout=0.0):
        super().__init__()
        self.pool = pool
        # export: the padding row holds -1e4 and the max runs unmasked (see export)
        self.pad_max = False
        self.emb = nn.Embedding(buckets + 1, dim, padding_idx=0)
        nn.init.normal_(self.emb.weight, std=0.1)
        with torch.no_grad():
            self.emb.weight[0].zero_()
        width = dim * (2 if pool == "meanmax" else 1)
        if pool == "attn":
            # one attention query per label over the features, a linear read
            # of each label's pooled vector, plus the mean's linear head
            self.att = nn.Linear(dim, k)
            self.read = nn.Parameter(torch.zeros(k, dim))
            nn.init.normal_(self.read, std=0.1)
        if hidden > 0:
            self.head = nn.Sequential(nn.Dropout(dropout), nn.Linear(width, hidden), nn.ReLU(), nn.Dropout(dropout),
                                      nn.Linear(hidden, k))
        elif dropout > 0:
            self.head = nn.Sequential(nn.Dropout(dropout), nn.Linear(width, k))
        else:
            self.head = nn.Linear(width, k)

    def forward(self, ids, mask):
        e = self.emb(ids)                                  # B, L, D
        x, mx = pool_features(e, mask, self.pad_max, self.pool == "meanmax")
        if self.pool == "meanmax":
            x = torch.cat([x, mx], 1)
        if self.pool == "attn":
            a = self.att(e) - (1 - mask.unsqueeze(-1)) * 1e4  # B, L, K
            w = torch.softmax(a, 1)
            pooled = torch.matmul(w.transpose(1, 2), e)         # B, K, D
            return torch.sigmoid(self.head(x) + (pooled * self.read).sum(-1))
        return torch.sigmoid(self.head(x))


class Ensemble(nn.Module):
    """K trained bags as one: their embedding tables side by side (one
    Gather of K*D columns), each member's pooling and head on its columns,
    the mean of the members' sigmoids. Same inputs and output as a Bag."""

    def __init__(self, members):
        super().__init__()
        self.pool = members[0].pool
        self.pad_max = False
        self.dim = members[0].emb.embedding_dim
        self.emb = nn.Embedding.from_pretrained(torch.cat([m.emb.weight.detach() for m in members], 1),
                                                freeze=True, padding_idx=0)
        self.heads = nn.ModuleList([m.head for m in members])

    def forward(self, ids, mask):
        mean, mx = pool_features(self.emb(ids), mask, self.pad_max, self.pool == "meanmax")
        outs = []
        for i, head in enumerate(self.heads):
            cols = slice(i * self.dim, (i + 1) * self.dim)
            x = torch.cat([mean[:, cols], mx[:, cols]], 1) if self.pool == "meanmax" else mean[:, cols]
            outs.append(torch.sigmoid(head(x)))
        return torch.stack(outs, 0).mean(0)


def batches(ids, y, bs, max_len, rng=None, drop=0.0):
    order = list(range(len(ids)))
    if rng is not None:
        rng.shuffle(order)
    for s in range(0, len(order), bs):
        idx = order[s:s + bs]
        L = max(1, min(max_len, max(len(ids[i]) for i in idx)))
        a = np.zeros((len(idx), L), dtype=np.int64)
        m = np.zeros((len(idx), L), dtype=np.float32)
        for r, i in enumerate(idx):
            f = ids[i][:L]
            a[r, :len(f)] = f
            m[r, :len(f)] = 1
        if drop > 0 and rng is not None:
            keep = (np.random.random_sample(m.shape) >= drop).astype(np.float32)
            m2 = m * keep
            # never drop every feature of a prompt
            empty = m2.sum(1) == 0
            m2[empty] = m[empty]
            m = m2
        yield torch.from_numpy(a), torch.from_numpy(m), (torch.from_numpy(y[idx]) if y is not None else None)


def predict(model, ids, max_len):
    model.eval()
    out = []
    with torch.no_grad():
        for a, m, _ in batches(ids, None, 256, max_len):
            out.append(model(a, m).numpy())
    return np.concatenate(out) if out else np.zeros((0, len(LABELS)), dtype=np.float32)


def label_matrix(records):
    y = np.zeros((len(records), len(LABELS)), dtype=np.float32)
    for i, r in enumerate(records):
        labs = r["labels"] or ["none"]
        for l in labs:
            y[i, LABELS.index(l)] = 1
    return y


def choose_threshold(scores, pos, benign, target_recall, fdr_budget, lo, hi):
    """A label's threshold from the validation split: the highest one whose
    recall on the label's positives is at least target_recall (fewest false
    denials at that recall), but never so low that more than fdr_budget of
    the benign (none) prompts reach it: when both cannot hold, false denials
    win, since the lexicon rules deny beside the classifier. Within [lo, hi]."""
    p = np.sort(scores[pos])
    t_rec = hi
    if len(p):
        k = int(np.floor((1 - target_recall) * len(p)))   # positives we may miss
        t_rec = float(np.floor(float(p[min(k, len(p) - 1)]) * 10000) / 10000)
    b = np.sort(scores[benign])[::-1]
    t_fdr = lo
    if len(b):
        k = int(np.floor(fdr_budget * len(b)))            # benign prompts we may deny
        t_fdr = float(np.ceil(float(b[k]) * 10000 + 1) / 10000) if k < len(b) else lo
    return float(min(hi, max(lo, t_rec, t_fdr)))


def choose_thresholds(pv, y, frag, n_occ, target_recall, total_budget, frag_budget, lo, hi):
    """Every label's threshold from the validation split. The benign pool is
    the benign (none) validation prompts and frag (short fragments of them,
    and people at work first, n_occ of them). Each label may deny its k
    highest-scoring pool prompts (and keeps target_recall where that is
    higher, as choose_threshold); k is the largest for which the prompts
    denied by any label stay within total_budget of the benign validation
    prompts and frag_budget of the fragments. People at work are never
    denied."""
    benign = y[:, -1] == 1
    nb = int(benign.sum())
    occ = frag[:n_occ]
    pool = np.concatenate([pv[benign], frag[n_occ:]])
    t_occ, t_rec, desc = [], [], []
    for j in range(len(LABELS) - 1):
        t_occ.append(float(np.ceil(float(occ[:, j].max()) * 10000 + 1) / 10000) if len(occ) else lo)
        p = np.sort(pv[y[:, j] == 1, j])
        t = hi
        if len(p):
            kk = int(np.floor((1 - target_recall) * len(p)))
            t = float(np.floor(float(p[min(kk, len(p) - 1)]) * 10000) / 10000)
        t_rec.append(t)
        desc.append(np.sort(pool[:, j])[::-1])
    best = None
    for k in range(0, int(total_budget * nb + frag_budget * (len(frag) - n_occ)) + 2):
        th = {}
        for j, l in enumerate(LABELS[:-1]):
            t_fdr = float(np.ceil(float(desc[j][k]) * 10000 + 1) / 10000) if k < len(desc[j]) else lo
            th[l] = float(min(hi, max(lo, t_rec[j], t_fdr, t_occ[j])))
        over = (any_deny(pv, th)[benign].mean() > total_budget + 1e-12 or
                (len(frag) > n_occ and any_deny(frag[n_occ:], th).mean() > frag_budget + 1e-12))
        if over and best is not None:
            break
        best = th  # k = 0 is kept even over budget: the strictest there is
        if over:
            break
    return best


def any_deny(scores, thresholds):
    d = np.zeros(len(scores), dtype=bool)
    for j, l in enumerate(LABELS[:-1]):
        d |= scores[:, j] >= thresholds[l]
    return d


def lexicon_deny(scores, classes, wl):
    """Denied through with_lexicon: a label's score reaches its with_lexicon
    threshold and the prompt has one of its lexicon classes."""
    d = np.zeros(len(scores), dtype=bool)
    for j, l in enumerate(LABELS[:-1]):
        if l in wl:
            cls, t = wl[l]
            has = np.array([bool(cls & set(c)) for c in classes], dtype=bool)
            d |= has & (scores[:, j] >= t)
    return d


def choose_lexicon_thresholds(pv, y, va_classes, pf, fr_classes, n_occ, thresholds, wl_classes, lo, frag_budget):
    """Each with_lexicon label's lower threshold, for prompts that also have
    one of its lexicon classes (policies/classifier.json): as low as it goes
    (never below lo) while no benign validation prompt and no person at work
    that has such a class and is not denied already reaches it, and at most
    frag_budget of the fragments of benign validation prompts (as for the
    thresholds themselves: "a nude" of "a nude lipstick" may read either way)
    are denied that way for the label."""
    benign = y[:, -1] == 1
    free_b = ~any_deny(pv[benign], thresholds)
    cls_b = [c for c, b in zip(va_classes, benign) if b]
    sb = pv[benign]
    free_f = ~any_deny(pf, thresholds)
    out = {}
    for j, l in enumerate(LABELS[:-1]):
        cls = wl_classes.get(l)
        if not cls:
            continue
        hb = free_b & np.array([bool(cls & set(c)) for c in cls_b], dtype=bool)
        hf = free_f & np.array([bool(cls & set(c)) for c in fr_classes], dtype=bool)
        strict = np.concatenate([sb[hb, j], pf[:n_occ][hf[:n_occ], j]])
        t = lo
        if len(strict):
            t = max(t, float(np.ceil(float(strict.max()) * 10000 + 1) / 10000))
        frag = np.sort(pf[n_occ:][hf[n_occ:], j])[::-1]
        k = int(np.floor(frag_budget * (len(pf) - n_occ)))
        if k < len(frag):
            t = max(t, float(np.ceil(float(frag[k]) * 10000 + 1) / 10000))
        out[l] = (cls, min(thresholds[l], t))
    return out


def overall(scores, y, thresholds, rules=None):
    """Recall on harmful prompts and false-deny rate on benign ones, a
    prompt counting as denied when any label reaches its threshold (or,
    given rules, when the rules alone deny it)."""
    d = any_deny(scores, thresholds)
    if rules is not None:
        d = d | rules
    benign = y[:, -1] == 1
    return float(d[~benign].mean()), float(d[benign].mean())


def recall_at_budget(scores, y, budget):
    """Mean over labels of the recall at the threshold that denies a share
    budget of the validation's benign (none) prompts."""
    benign = y[:, -1] == 1
    out = []
    for j in range(len(LABELS) - 1):
        b = np.sort(scores[benign, j])[::-1]
        t = b[min(int(budget * len(b)), len(b) - 1)] if len(b) else 0.5
        pos = y[:, j] == 1
        if pos.any():
            out.append(float((scores[pos, j] > t).mean()))
    return float(np.mean(out)) if out else 0.0


def metrics(scores, y, thresholds):
    out = {}
    for j, l in enumerate(LABELS[:-1]):
        pos = y[:, j] == 1
        pred = scores[:, j] >= thresholds[l]
        tp = int((pred & pos).sum())
        fp = int((pred & ~pos).sum())
        fn = int((~pred & pos).sum())
        benign = y[:, -1] == 1
        out[l] = {"positives": int(pos.sum()), "recall": tp / max(1, tp + fn), "precision": tp / max(1, tp + fp),
                  "false_deny_rate": int((pred & benign).sum()) / max(1, int(benign.sum()))}
    return out


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def class_vocabulary():
    """Every lexicon class the policy can put in input.classes: the classes of data.candor.terms
    in policies/*.json, and named_person / named_artist (a tenant's protected names). Written
    into the model's featurizer.json as class_vocabulary: pipeline/promptclf then leaves out of
    the features any class added to the lexicon after training (a later round, an institution's
    --policy-data), which would otherwise hash into a bucket the model learnt for something
    else and move its scores."""
    out = {"named_person", "named_artist"}
    pdir = os.path.join(REPO, "policies")
    for name in sorted(os.listdir(pdir)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(pdir, name), encoding="utf-8") as f:
            terms = json.load(f).get("candor", {}).get("terms", {})
        for classes in terms.values():
            out.update(classes)
    return sorted(out)


def add_class_vocabulary(out):
    """Write class_vocabulary (from the policy as it is now) into OUT/featurizer.json, for a
    model trained before train.py wrote it; run it before the lexicon changes. A featurizer
    that has one is left as it is. Returns True when it wrote."""
    path = os.path.join(out, "featurizer.json")
    with open(path) as f:
        feat = json.load(f)
    if "class_vocabulary" in feat:
        return False
    feat["class_vocabulary"] = class_vocabulary()
    with open(path, "w") as f:
        json.dump(feat, f)
        f.write("\n")
    return True


def write_sums(out):
    names = sorted(n for n in os.listdir(out)
                   if os.path.isfile(os.path.join(out, n)) and not n.endswith(".go") and n != "SHA256SUMS" and not n.startswith("."))
    with open(os.path.join(out, "SHA256SUMS"), "w") as f:
        for n in names:
            f.write(f"{sha256(os.path.join(out, n))}  {n}\n")


def compact_graph(emb16, head_w, head_b):
    """The served graph of a meanmax bag with a linear head, written node by node:
    Gather (float16 table, padding row -1e4) -> Cast -> MatMul by the input "weights"
    [B, 1, L] (1/n for each of the n real features, 0 for padding: the masked mean in
    one node) beside ReduceMax over the features (the plain max, see export) -> Concat
    -> Flatten -> Gemm -> Sigmoid. Eight nodes where the exporter's graph of the same
    weights has fifteen (Unsqueeze, Mul, two ReduceSums, Clip and Div for the mean);
    each ONNX Runtime node costs a few microseconds on tensors this small, so one run
    takes about half the time (BENCHMARKS.md). Same scores to float32 rounding."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper
    k, width = head_w.shape
    dim = emb16.shape[1]
    assert width == 2 * dim, (head_w.shape, emb16.shape)
    nodes = [
        helper.make_node("Gather", ["emb.weight", "ids"], ["emb_f16"], name="emb"),
        helper.make_node("Cast", ["emb_f16"], ["emb_f32"], to=TensorProto.FLOAT, name="emb_cast"),
        helper.make_node("MatMul", ["weights", "emb_f32"], ["mean"], name="mean"),
        helper.make_node("ReduceMax", ["emb_f32"], ["max"], axes=[1], keepdims=1, name="max"),
        helper.make_node("Concat", ["mean", "max"], ["pooled3"], axis=2, name="concat"),
        helper.make_node("Flatten", ["pooled3"], ["pooled"], axis=1, name="flatten"),
        helper.make_node("Gemm", ["pooled", "head.weight", "head.bias"], ["logits"], transB=1, name="head"),
        helper.make_node("Sigmoid", ["logits"], ["scores"], name="sigmoid"),
    ]
    graph = helper.make_graph(
        nodes, "candor_prompt_classifier",
        [helper.make_tensor_value_info("ids", TensorProto.INT64, ["batch", "length"]),
         helper.make_tensor_value_info("weights", TensorProto.FLOAT, ["batch", 1, "length"])],
        [helper.make_tensor_value_info("scores", TensorProto.FLOAT, ["batch", k])],
        [numpy_helper.from_array(emb16.astype(np.float16), "emb.weight"),
         numpy_helper.from_array(head_w.astype(np.float32), "head.weight"),
         numpy_helper.from_array(head_b.astype(np.float32), "head.bias")])
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="candor training/prompt/train.py")
    m.ir_version = 8
    onnx.checker.check_model(m)
    return m


def regraph(path):
    """Rewrite an exported model.onnx of the torch exporter's layout (inputs ids and mask)
    as compact_graph, keeping its weights bit for bit; a model already in that layout is
    left as it is. Returns True when it rewrote the file."""
    import onnx
    from onnx import numpy_helper
    m = onnx.load(path)
    if [i.name for i in m.graph.input] == ["ids", "weights"]:
        return False
    ops = [n.op_type for n in m.graph.node]
    if [i.name for i in m.graph.input] != ["ids", "mask"] or "ReduceMax" not in ops or "Relu" in ops:
        raise SystemExit("%s: not a meanmax bag with a linear head (%s), cannot regraph" % (path, ops))
    init = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
    emb = [v for v in init.values() if v.dtype == np.float16 and v.ndim == 2]
    heads = [v for v in init.values() if v.dtype == np.float32 and v.ndim == 2]
    biases = [v for v in init.values() if v.dtype == np.float32 and v.ndim == 1 and v.shape[0] > 1]
    if len(emb) != 1 or len(heads) != 1 or len(biases) != 1:
        raise SystemExit("%s: unexpected initializers %s" % (path, {k: v.shape for k, v in init.items()}))
    onnx.save(compact_graph(emb[0], heads[0], biases[0]), path)
    return True


def export(model, path, dim):
    import copy
    import onnx
    from onnx import TensorProto, helper, numpy_helper
    model.eval()
    if model.pool == "meanmax":
        # Served prompts have no dropped features and never an empty window
        # (pipeline/promptclf skips those), so the masked max is the plain max
        # once the padding row (id 0) holds -1e4.
        model = copy.deepcopy(model)
        model.pad_max = True
        with torch.no_grad():
            model.emb.weight[0].fill_(-1e4)
        head = model.head if isinstance(model, Bag) else None
        if isinstance(head, nn.Sequential) and all(isinstance(x, (nn.Dropout, nn.Linear)) for x in head):
            lin = [x for x in head if isinstance(x, nn.Linear)]
            head = lin[0] if len(lin) == 1 else None
        if isinstance(head, nn.Linear):
            emb = model.emb.weight.detach().numpy().astype(np.float16)
            onnx.save(compact_graph(emb, head.weight.detach().numpy(), head.bias.detach().numpy()), path)
            return
    ids = torch.zeros((1, 8), dtype=torch.int64)
    mask = torch.ones((1, 8), dtype=torch.float32)
    tmp = path + ".fp32"
    torch.onnx.export(model, (ids, mask), tmp, input_names=["ids", "mask"], output_names=["scores"],
                      dynamic_axes={"ids": {0: "batch", 1: "length"}, "mask": {0: "batch", 1: "length"},
                                    "scores": {0: "batch"}},
                      opset_version=17, do_constant_folding=True)
    m = onnx.load(tmp)
    os.remove(tmp)
    # Store the embedding table as float16 (half the size) and cast what
    # Gather picks back to float32.
    g = m.graph
    emb_name = None
    for init in g.initializer:
        if tuple(init.dims) == tuple(model.emb.weight.shape):
            emb_name = init.name
            w = numpy_helper.to_array(init).astype(np.float16)
            init.CopyFrom(numpy_helper.from_array(w, init.name))
    assert emb_name, "embedding initializer not found"
    for node in g.node:
        if node.op_type == "Gather" and node.input[0] == emb_name:
            old = node.output[0]
            node.output[0] = old + "_f16"
            cast = helper.make_node("Cast", [old + "_f16"], [old], to=TensorProto.FLOAT, name="emb_cast")
            idx = list(g.node).index(node)
            g.node.insert(idx + 1, cast)
            break
    else:
        raise SystemExit("embedding Gather not found")
    m.producer_name = "candor training/prompt/train.py"
    onnx.checker.check_model(m)
    onnx.save(m, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.join(HERE, "data"))
    ap.add_argument("--out", default=os.path.join(REPO, "models", "prompt"))
    ap.add_argument("--policy", default=os.path.join(REPO, "policies", "classifier.json"))
    ap.add_argument("--featurizer", default=os.path.join(HERE, "featurizer.json"))
    ap.add_argument("--seed", type=int, default=20261202,
                    help="the eleventh model's (see its model card for why this one of 20261201-03)")
    ap.add_argument("--dim", type=int, default=24)
    ap.add_argument("--hidden", type=int, default=0, help="hidden units of an MLP head (0: linear)")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--patience", type=int, default=2)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--lr", type=float, default=1e-2)
    ap.add_argument("--noisy-copies", type=int, default=1, help="typo-augmented copies of each training prompt")
    ap.add_argument("--feature-drop", type=float, default=0.1)
    ap.add_argument("--span-copies", type=int, default=4, help="short fragments of each benign training prompt")
    ap.add_argument("--target-recall", type=float, default=0.98, help="validation recall the thresholds keep")
    ap.add_argument("--fdr-budget", type=float, default=0.0,
                    help="share of the validation's benign prompts a label may deny (0: none; the "
                         "test split and the benign set hold templates and names the validation "
                         "split lacks, where false denials were several times higher)")
    ap.add_argument("--min-threshold", type=float, default=0.5,
                    help="no label denies below this score: the classifier alone denies only when "
                         "it is more sure than not")
    ap.add_argument("--stop-budget", type=float, default=0.001,
                    help="early stopping: mean recall at this share of benign validation prompts denied")
    ap.add_argument("--pool", choices=["mean", "meanmax", "attn"], default="meanmax", help="pooling of the feature embeddings")
    ap.add_argument("--dropout", type=float, default=0.0, help="dropout before (and inside, with --hidden) the head")
    ap.add_argument("--weight-decay", type=float, default=0.0, help="AdamW weight decay")
    ap.add_argument("--label-smoothing", type=float, default=0.0, help="targets moved this far towards 0.5")
    ap.add_argument("--val-budget", type=float, default=0.011,
                    help="share of benign validation prompts the thresholds may deny in all (any label); "
                         "fragments of benign validation prompts and people at work are never denied. "
                         "0.011 (the eleventh model): with the rules' own false denials on val (0.9%%) rules and "
                         "classifier together stay within the issue's 2%% limit on val, where the thresholds "
                         "are chosen, for each of three seeds (0.012 went over with round eleven's lexicon); "
                         "the tenth model used 0.012, the seventh to ninth 0.01, the first to sixth 0.005; "
                         "0 or less: --fdr-budget per label instead (the first model)")
    ap.add_argument("--report-val", default=None,
                    help="another validation file (JSON lines, e.g. an earlier corpus' val.jsonl): print the "
                         "classifier's recall and false denials on it, at thresholds chosen on it by the same "
                         "rule (with val's fragments and people at work as the fragment pool) and at val's, "
                         "to compare models trained on different corpora on one set")
    ap.add_argument("--frag-budget", type=float, default=0.05,
                    help="with --val-budget: share of the fragments of benign validation prompts that may be "
                         "denied (people at work: none)")
    ap.add_argument("--lexicon-min", type=float, default=0.4,
                    help="no with_lexicon threshold under this score (the classifier and a lexicon class together)")
    ap.add_argument("--lexicon-frag-budget", type=float, default=0.001,
                    help="share of the fragments of benign validation prompts each with_lexicon label may deny "
                         "beyond the thresholds (benign validation prompts and people at work: none)")
    ap.add_argument("--ensemble", type=int, default=1, help="members averaged (other seeds, same data)")
    ap.add_argument("--average-epochs", action=argparse.BooleanOptionalAction, default=True,
                    help="also try the mean of the weights of each run of consecutive epochs that includes the "
                         "best one, and keep it where rules and classifier together catch more on val "
                         "(since the ninth model)")
    ap.add_argument("--pos-weight-cap", type=float, default=10.0,
                    help="cap of each label's positive weight ((1 - p) / p of its share p in training)")
    ap.add_argument("--cache", default=None, help="directory that keeps featurised ids between runs")
    ap.add_argument("--dry-run", action="store_true", help="train and report on val, write nothing")
    ap.add_argument("--dump", default=None, help="with --dry-run: save the val and fragment scores, labels and rules' decisions (.npz)")
    ap.add_argument("--val-into-train", type=float, default=0.0,
                    help="move this share of the validation template groups (by a hash of the group) into training")
    ap.add_argument("--val-drop", action="store_true",
                    help="with --val-into-train: drop those groups instead (the same validation half, for comparison)")
    ap.add_argument("--sums-only", action="store_true", help="only rewrite OUT/SHA256SUMS")
    ap.add_argument("--add-class-vocabulary", action="store_true",
                    help="only write class_vocabulary (the policy's lexicon classes now) into OUT/featurizer.json, for a model trained before train.py wrote it, and OUT/SHA256SUMS")
    ap.add_argument("--regraph", action="store_true",
                    help="only rewrite OUT/model.onnx of the exporter's layout (ids, mask) as the compact graph, same weights, and OUT/SHA256SUMS")
    a = ap.parse_args()
    if a.add_class_vocabulary:
        print("wrote class_vocabulary into" if add_class_vocabulary(a.out) else "class_vocabulary already in", os.path.join(a.out, "featurizer.json"))
        write_sums(a.out)
        return
    if a.regraph:
        print("rewrote" if regraph(os.path.join(a.out, "model.onnx")) else "already compact:", os.path.join(a.out, "model.onnx"))
        write_sums(a.out)
        return
    if a.sums_only:
        write_sums(a.out)
        return

    global CACHE_DIR
    CACHE_DIR = a.cache
    random.seed(a.seed)
    np.random.seed(a.seed)
    torch.manual_seed(a.seed)
    torch.set_num_threads(1)
    rng = random.Random(a.seed)
    t0 = time.time()

    with open(a.featurizer) as f:
        feat = json.load(f)
    train = read_jsonl(os.path.join(a.data, "train.jsonl"))
    val = read_jsonl(os.path.join(a.data, "val.jsonl"))
    if a.val_into_train > 0:
        moved = [r for r in val if in_share(r.get("group", r["id"]), a.val_into_train)]
        val = [r for r in val if not in_share(r.get("group", r["id"]), a.val_into_train)]
        if not a.val_drop:
            train = train + moved
        print(f"{len(moved)} validation prompts {'dropped' if a.val_drop else 'moved into training'}", flush=True)
    for r in train + val:
        for l in r["labels"]:
            if l not in LABELS:
                sys.exit(f"record {r['id']}: unknown label {l!r}")
    aug = [dict(r, text=noisy(r["text"], rng)) for r in train for _ in range(a.noisy_copies)]
    for o in OCCUPATIONS:
        for form in OCCUPATION_FORMS:
            aug.append({"id": "occupation", "text": form.format(o), "labels": ["none"], "lang": "en"})
    # Short prompts: a benign prompt's fragments ("a lighthouse", "a castle")
    # are benign too. Without them the model took "few features" for the
    # short subject-by-artist templates.
    aug.extend(dict(r, text=t) for r, t in fragments(train, a.span_copies, rng))
    train_all = train + aug
    # The same kind of fragments of the benign validation prompts, and the
    # people at work, which the thresholds must leave allowed (--val-budget).
    frng = random.Random(a.seed + 1)
    frags = [{"id": "occupation", "text": form.format(o)} for o in OCCUPATIONS for form in OCCUPATION_FORMS]
    n_occ = len(frags)
    frags.extend({"id": r["id"], "text": t} for r, t in fragments(val, a.span_copies, frng))
    print(f"train {len(train)} (+{len(aug)} noisy), val {len(val)}", flush=True)
    tr_ids = featurize(train_all, a.featurizer)
    # ids and the lexicon classes the policy finds (for with_lexicon), one featuriser run each
    va_ids, va_meta = featurize(val, a.featurizer, True)
    fr_ids, fr_meta = featurize(frags, a.featurizer, True)
    va_classes = [c for _, c, _ in va_meta]
    fr_classes = [c for _, c, _ in fr_meta]
    va_rules = np.array([r for _, _, r in va_meta], dtype=bool)
    fr_rules = np.array([r for _, _, r in fr_meta], dtype=bool)
    with open(a.policy) as f:
        wl_classes = {l: set(v["with_lexicon"]["classes"]) for l, v in json.load(f)["candor"]["classifier"]["labels"].items()
                      if "with_lexicon" in v}
    ytr, yva = label_matrix(train_all), label_matrix(val)
    max_len = feat["max_len"]

    def select(pv, pf):
        if a.val_budget is None or a.val_budget <= 0:
            return {l: choose_threshold(pv[:, j], yva[:, j] == 1, yva[:, -1] == 1, a.target_recall,
                                        a.fdr_budget, a.min_threshold, 0.9999) for j, l in enumerate(LABELS[:-1])}
        return choose_thresholds(pv, yva, pf, n_occ, a.target_recall, a.val_budget, a.frag_budget,
                                 a.min_threshold, 0.9999)

    def score_val(model, pv=None):
        """Val recall and false denials of rules and classifier together at the thresholds
        select chooses for this model (without with_lexicon, chosen only at the end), and
        the classifier's alone: what early stopping and the epoch means compare."""
        if pv is None:
            pv = predict(model, va_ids, max_len)
        th = select(pv, predict(model, fr_ids, max_len))
        r, fd = overall(pv, yva, th, va_rules)
        return r, fd, overall(pv, yva, th)

    # Positive weights against the imbalance of each label (capped).
    pos = ytr.mean(0)
    pw = torch.from_numpy(np.clip((1 - pos) / np.maximum(pos, 1e-3), 1, a.pos_weight_cap).astype(np.float32))
    def fit(member, rng):
        """One model; member 0 is the single model of --ensemble 1."""
        model = Bag(feat["buckets"], a.dim, a.hidden, len(LABELS), a.pool, a.dropout)
        if a.weight_decay > 0:
            opt = torch.optim.AdamW(model.parameters(), lr=a.lr, weight_decay=a.weight_decay)
        else:
            opt = torch.optim.Adam(model.parameters(), lr=a.lr)

        best, best_state, best_epoch, bad = -1.0, None, 0, 0
        history, snapshots = [], []
        for epoch in range(a.epochs):
            model.train()
            tot, n = 0.0, 0
            for ids, mask, y in batches(tr_ids, ytr, a.batch, max_len, rng, a.feature_drop):
                p = model(ids, mask).clamp(1e-6, 1 - 1e-6)
                if a.label_smoothing > 0:
                    y = y * (1 - a.label_smoothing) + a.label_smoothing / 2
                loss = -(pw * y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()
                opt.zero_grad()
                loss.backward()
                opt.step()
                with torch.no_grad():
                    model.emb.weight[0].zero_()
                tot += float(loss) * len(y)
                n += len(y)
            pv = np.clip(predict(model, va_ids, max_len), 1e-6, 1 - 1e-6)
            vloss = float(-(pw.numpy() * yva * np.log(pv) + (1 - yva) * np.log(1 - pv)).mean())
            if a.val_budget is None or a.val_budget <= 0:
                vrec = recall_at_budget(pv, yva, a.stop_budget)
                h = {}
            else:
                # early stopping on what serves: recall of rules and classifier together (any
                # label at the thresholds chosen, or the rules alone) on val
                vrec, vfd, clf = score_val(model, pv)
                h = {"val_recall_with_rules": vrec, "val_false_deny_with_rules": vfd,
                     "val_any_recall": clf[0], "val_any_false_deny": clf[1]}
            history.append({"epoch": epoch + 1, "train_loss": tot / n, "val_loss": vloss, "val_recall_at_budget": vrec, **h})
            print(f"epoch {epoch + 1}: train {tot / n:.4f} val {vloss:.4f} val recall at budget {vrec:.4f} {h}", flush=True)
            # Early stopping on what the thresholds will use: the ranking of each
            # label's positives above the benign prompts (the loss keeps rising
            # on confident mistakes while the ranking still improves).
            if a.average_epochs:
                snapshots.append({k: v.clone() for k, v in model.state_dict().items()})
            if vrec > best + 1e-4:
                best, bad = vrec, 0
                best_state = {k: v.clone() for k, v in model.state_dict().items()}
                best_epoch = epoch
            else:
                bad += 1
                if bad >= a.patience:
                    break
        if a.average_epochs and a.val_budget and a.val_budget > 0:
            # the mean of the weights of consecutive epochs around the best one (a run of
            # epochs that all reach nearly as far), kept where it does better on val
            for i in range(0, best_epoch + 1):
                for j in range(best_epoch, len(snapshots)):
                    if i == j:
                        continue
                    avg = {k: torch.stack([snapshots[e][k].float() for e in range(i, j + 1)]).mean(0)
                           for k in snapshots[0]}
                    model.load_state_dict(avg)
                    r, fd, _ = score_val(model)
                    print(f"mean of epochs {i + 1}-{j + 1}: val recall with rules {r:.4f} false-deny {fd:.4f}", flush=True)
                    history.append({"epochs_averaged": [i + 1, j + 1], "val_recall_with_rules": r, "val_false_deny_with_rules": fd})
                    if r > best + 1e-4:
                        best, best_state = r, avg
        model.load_state_dict(best_state)
        return model, history, best

    members, history, best = [], [], -1.0
    for i in range(a.ensemble):
        if i > 0:
            # another initialisation and batch order on the same data
            torch.manual_seed(a.seed + 1000 * i)
            np.random.seed(a.seed + 1000 * i)
            rng = random.Random(a.seed + 1000 * i)
            print(f"ensemble member {i + 1} of {a.ensemble}", flush=True)
        m, hi, bi = fit(i, rng)
        members.append(m)
        history.extend(dict(h, member=i) for h in hi)
        best = max(best, bi)
    model = members[0] if len(members) == 1 else Ensemble(members)
    # What the exported model computes: the table rounded to float16.
    with torch.no_grad():
        model.emb.weight.copy_(model.emb.weight.half().float())

    pv = predict(model, va_ids, max_len)
    pf = predict(model, fr_ids, max_len)
    thresholds = select(pv, pf)
    val_metrics = metrics(pv, yva, thresholds)
    any_recall, any_fd = overall(pv, yva, thresholds)
    frag_denied = int(any_deny(pf, thresholds).sum())
    for l, m in val_metrics.items():
        print(f"val {l:20s} t={thresholds[l]:.3f} recall {m['recall']:.3f} precision {m['precision']:.3f} "
              f"false-deny {m['false_deny_rate']:.3f} (n={m['positives']})")
    print(f"RESULT val any-label recall {any_recall:.4f} false-deny {any_fd:.4f} "
          f"fragments denied {frag_denied} of {len(pf)}", flush=True)
    wl = choose_lexicon_thresholds(pv, yva, va_classes, pf, fr_classes, n_occ, thresholds, wl_classes,
                                   a.lexicon_min, a.lexicon_frag_budget)
    dl = any_deny(pv, thresholds) | lexicon_deny(pv, va_classes, wl)
    wl_recall, wl_fd = float(dl[yva[:, -1] == 0].mean()), float(dl[yva[:, -1] == 1].mean())
    wl_frag = int((any_deny(pf, thresholds) | lexicon_deny(pf, fr_classes, wl)).sum())
    print("with_lexicon thresholds: " + ", ".join(f"{l} {t:.4f}" for l, (_, t) in wl.items()))
    print(f"RESULT val with lexicon: recall {wl_recall:.4f} false-deny {wl_fd:.4f} fragments denied {wl_frag}", flush=True)
    dr = dl | va_rules
    both_recall, both_fd = float(dr[yva[:, -1] == 0].mean()), float(dr[yva[:, -1] == 1].mean())
    print(f"RESULT val rules and classifier: recall {both_recall:.4f} false-deny {both_fd:.4f} "
          f"(rules alone {va_rules[yva[:, -1] == 0].mean():.4f} / {va_rules[yva[:, -1] == 1].mean():.4f})", flush=True)
    if a.report_val:
        rv = read_jsonl(a.report_val)
        yrv = label_matrix(rv)
        prv = predict(model, featurize(rv, a.featurizer), max_len)
        th = choose_thresholds(prv, yrv, pf, n_occ, a.target_recall, a.val_budget, a.frag_budget,
                               a.min_threshold, 0.9999)
        r, fd = overall(prv, yrv, th)
        r_val, fd_val = overall(prv, yrv, thresholds)
        print(f"RESULT report-val {a.report_val}: at its own thresholds recall {r:.4f} false-deny {fd:.4f}; "
              f"at val's recall {r_val:.4f} false-deny {fd_val:.4f}", flush=True)
    if a.dry_run:
        if a.dump:
            np.savez_compressed(a.dump, pv=pv, pf=pf, y=yva, va_rules=va_rules, fr_rules=fr_rules, n_occ=n_occ,
                                groups=np.array([r.get("group", "") for r in val]),
                                langs=np.array([r.get("lang", "") for r in val]),
                                va_classes=np.array([json.dumps(c) for c in va_classes]),
                                fr_classes=np.array([json.dumps(c) for c in fr_classes]),
                                wl_classes=json.dumps({l: sorted(c) for l, c in wl_classes.items()}))
        for vb, fb in ((0.01, 0.0), (0.01, 0.01), (0.01, 0.02), (0.01, 0.05), (0.01, 0.074), (0.005, 0.05)):
            th = choose_thresholds(pv, yva, pf, n_occ, a.target_recall, vb, fb, a.min_threshold, 0.9999)
            r, fd = overall(pv, yva, th)
            print(f"ALT val-budget {vb} frag-budget {fb}: recall {r:.4f} false-deny {fd:.4f} "
                  f"fragments {any_deny(pf, th).mean():.4f}", flush=True)
        for fb in (0.0, 0.0005, 0.001, 0.002, 0.005):
            w2 = choose_lexicon_thresholds(pv, yva, va_classes, pf, fr_classes, n_occ, thresholds, wl_classes,
                                           a.lexicon_min, fb)
            d2 = any_deny(pv, thresholds) | lexicon_deny(pv, va_classes, w2)
            f2 = any_deny(pf, thresholds) | lexicon_deny(pf, fr_classes, w2)
            print(f"ALT lexicon-frag-budget {fb}: recall {d2[yva[:, -1] == 0].mean():.4f} false-deny "
                  f"{d2[yva[:, -1] == 1].mean():.4f} fragments {f2.mean():.4f} " +
                  " ".join(f"{l}={t:.3f}" for l, (_, t) in w2.items()), flush=True)
        den = np.nonzero(any_deny(pf, thresholds))[0]
        print("denied fragments:", [frags[i]["text"] for i in den[:40]])
        # the benign validation prompts that set each label's threshold
        bidx = np.nonzero(yva[:, -1] == 1)[0]
        for j, l in enumerate(LABELS[:-1]):
            top = bidx[np.argsort(-pv[bidx, j])[:5]]
            print(f"top benign {l}: " + " | ".join(f"{pv[i, j]:.4f} {val[i]['text'][:90]!r} ({val[i]['group']})" for i in top))
        return

    # Reference scores from torch, which the Go tests compare with what ONNX
    # Runtime computes from the Go featuriser's ids (pipeline/promptclf).
    ref_texts = [r["text"] for r in val[:6]] + REFERENCE_TEXTS
    ref_ids, ref_norm = featurize([{"id": str(i), "text": t} for i, t in enumerate(ref_texts)], a.featurizer, True)
    ref_scores = predict(model, ref_ids, max_len)
    reference = [{"text": t, "normalized": ref_norm[i][0], "classes": ref_norm[i][1], "scores": {l: round(float(ref_scores[i, j]), 6) for j, l in enumerate(LABELS)}}
                 for i, t in enumerate(ref_texts)]

    os.makedirs(a.out, exist_ok=True)
    export(model, os.path.join(a.out, "model.onnx"), a.dim)
    with open(os.path.join(a.out, "labels.json"), "w") as f:
        json.dump(LABELS, f)
        f.write("\n")
    with open(os.path.join(a.out, "featurizer.json"), "w") as f:
        json.dump(dict(feat, class_vocabulary=class_vocabulary()) if feat.get("classes") else feat, f)
        f.write("\n")
    info = {
        "seed": a.seed, "torch": torch.__version__, "dim": a.dim, "hidden": a.hidden, "lr": a.lr,
        "batch": a.batch, "noisy_copies": a.noisy_copies, "span_copies": a.span_copies, "feature_drop": a.feature_drop,
        "target_recall": a.target_recall, "fdr_budget": a.fdr_budget, "min_threshold": a.min_threshold, "stop_budget": a.stop_budget,
        "pool": a.pool, "ensemble": a.ensemble, "average_epochs": a.average_epochs, "pos_weight_cap": a.pos_weight_cap, "dropout": a.dropout, "weight_decay": a.weight_decay, "label_smoothing": a.label_smoothing,
        "val_budget": a.val_budget, "val_any_recall": any_recall, "val_any_false_deny": any_fd,
        "val_fragments": len(pf), "val_fragments_denied": frag_denied, "epochs_run": sum(1 for h in history if "epoch" in h), "best_val_recall_at_budget": best,
        "train_records": len(train), "val_records": len(val),
        "data_sha256": {n: sha256(os.path.join(a.data, n)) for n in ("train.jsonl", "val.jsonl")},
        "thresholds": thresholds, "val": val_metrics,
        "lexicon_thresholds": {l: t for l, (_, t) in wl.items()}, "lexicon_min": a.lexicon_min,
        "lexicon_frag_budget": a.lexicon_frag_budget,
        "val_any_recall_with_lexicon": wl_recall, "val_any_false_deny_with_lexicon": wl_fd,
        "val_recall_with_rules": both_recall, "val_false_deny_with_rules": both_fd, "reference": reference, "history": history,
        "seconds": round(time.time() - t0, 1),
    }
    with open(os.path.join(a.out, "training_info.json"), "w") as f:
        json.dump(info, f, indent=1, sort_keys=True)
        f.write("\n")
    write_sums(a.out)

    # The thresholds go into the policy data, the rest of the file unchanged.
    with open(a.policy) as f:
        pol = json.load(f)
    for l, t in thresholds.items():
        pol["candor"]["classifier"]["labels"][l]["threshold"] = round(t, 4)
    for l, (_, t) in wl.items():
        pol["candor"]["classifier"]["labels"][l]["with_lexicon"]["threshold"] = round(t, 4)
    with open(a.policy, "w") as f:
        f.write(format_policy(pol))
    print(f"wrote {a.out} and thresholds to {a.policy} in {time.time() - t0:.0f}s")


def format_policy(pol):
    """policies/classifier.json with one label a line, as committed."""
    labels = pol["candor"]["classifier"]["labels"]
    lines = [f'        {json.dumps(l)}: {json.dumps(v, ensure_ascii=False)}' for l, v in labels.items()]
    return ('{\n  "candor": {\n    "classifier": {\n      "labels": {\n' + ",\n".join(lines) +
            "\n      }\n    }\n  }\n}\n")


if __name__ == "__main__":
    main()

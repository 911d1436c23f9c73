#!/usr/bin/python3
"""Run train.py --dry-run with several seeds and report the spread of val.

One training run is one draw: two seeds of the same command differ by more
than a point of val recall (model card, "Tried after the ninth model"), as
much as most changes worth trying. Compare recipes by the mean over seeds:

    /usr/bin/python3 training/prompt/seeds_compare.py --seeds 3 --jobs 2 -- --cache /tmp/tc [train.py flags]

Prints each seed's val recall and false denials of rules and classifier
together (train.py's last RESULT line, with_lexicon included), then their
mean and standard deviation. Logs go to --logs (default a temporary folder).
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
RESULT = re.compile(r"RESULT val rules and classifier: recall ([0-9.]+) false-deny ([0-9.]+)")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=int, default=3, help="how many seeds (20261201, then +1, +2, ...)")
    ap.add_argument("--first-seed", type=int, default=20261201)
    ap.add_argument("--jobs", type=int, default=1, help="runs at once (each uses one thread)")
    ap.add_argument("--logs", default=None, help="folder for each run's log")
    ap.add_argument("train_args", nargs=argparse.REMAINDER, help="after --: flags for train.py")
    a = ap.parse_args()
    extra = a.train_args[1:] if a.train_args[:1] == ["--"] else a.train_args
    if "--seed" in extra or "--dry-run" in extra:
        sys.exit("seeds_compare.py sets --seed and --dry-run itself")
    logs = a.logs or tempfile.mkdtemp(prefix="seeds_compare.")
    os.makedirs(logs, exist_ok=True)

    def run(seed):
        log = os.path.join(logs, f"seed{seed}.log")
        with open(log, "w") as f:
            rc = subprocess.call([sys.executable, os.path.join(HERE, "train.py"), "--dry-run", "--seed", str(seed)] + extra,
                                 stdout=f, stderr=subprocess.STDOUT)
        with open(log) as f:
            m = [RESULT.search(l) for l in f]
        m = [x for x in m if x]
        if rc != 0 or not m:
            return seed, None, log
        return seed, (float(m[-1].group(1)), float(m[-1].group(2))), log

    seeds = [a.first_seed + i for i in range(a.seeds)]
    with ThreadPoolExecutor(max_workers=max(1, a.jobs)) as ex:
        results = list(ex.map(run, seeds))
    ok = []
    for seed, res, log in results:
        if res is None:
            print(f"seed {seed}: failed, see {log}")
            continue
        ok.append(res)
        print(f"seed {seed}: val recall {res[0]:.4f} false-deny {res[1]:.4f} ({log})")
    if not ok:
        sys.exit(1)
    rec, fd = [r for r, _ in ok], [f for _, f in ok]
    sd = statistics.stdev(rec) if len(rec) > 1 else float("nan")
    print(f"mean of {len(ok)} seeds: val recall {statistics.mean(rec):.4f} (sd {sd:.4f}), "
          f"false-deny {statistics.mean(fd):.4f}")
    if len(ok) < len(results):
        sys.exit(1)


if __name__ == "__main__":
    main()

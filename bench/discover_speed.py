#!/usr/bin/env python3
"""How much discovery adds to a check of the same folder (the issue's target: at most 2x).

    python bench/discover_speed.py [--articles 1000] [--out DIR]

Generates a one-story corpus (bench/corpus.py, seed 0; the default rules' story),
then times, one process each, `factlint --jobs 1 --no-cache --rules rules/ DIR`
and `factlint discover DIR`, and prints the user+system CPU of each and the ratio.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile

import corpus

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cpu(args: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "factlint", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "factlint-discover-speed"))
    a = ap.parse_args()
    folder = os.path.join(a.out, f"story-{a.articles}")
    if not os.path.isdir(folder):
        corpus.write_corpus(folder, a.articles, 1)
    check = cpu(["--jobs", "1", "--no-cache", "--rules", os.path.join(ROOT, "rules"), "--format", "json", folder])
    found = cpu(["discover", "--format", "json", folder])
    print(f"{a.articles} articles: check {check:.1f} s CPU, discover {found:.1f} s CPU: {found / check:.2f}x")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Score `factlint discover` on the real-world development stories against their gold.

    python bench/discover_score.py [--factlint "python -m factlint"] [-v] [--min-articles N] STORIES_DIR_OR_STORY...

For each story folder (holding articles/ and gold.yaml) this runs
`factlint discover --format json` on its articles/ alone (no rules: the story's
rules/ are never read) and prints:

- coverage: of the gold facts stated in at least two articles, the share that
  one discovered group covers, i.e. holds at least 80 % of the fact's gold
  mentions (matched by article and line);
- mean purity: per group, the share of its mentions (on a line holding gold
  mentions) that its most frequent gold fact holds, averaged over the groups;
- disagreement precision: of the (article, line) places discovery reports as
  disagreeing with the consensus, the share where the gold lists a finding (any
  fact, any severity).
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
from collections import defaultdict

import yaml

COVER = 0.8


def run_discover(cmd: list[str], articles: str, min_articles: int) -> dict:
    p = subprocess.run(cmd + ["discover", "--format", "json", "--min-articles", str(min_articles), articles],
                       capture_output=True, text=True)
    try:
        return json.loads(p.stdout)
    except ValueError:
        sys.exit(f"factlint discover gave no JSON: {p.stderr.strip()[:300]}")


def score(folder: str, found: dict, verbose: bool) -> dict:
    gold = yaml.safe_load(open(os.path.join(folder, "gold.yaml"), encoding="utf-8"))
    mentions: dict[str, set[tuple[str, int]]] = defaultdict(set)
    gold_findings: set[tuple[str, int]] = set()
    for name, art in (gold.get("articles") or {}).items():
        for m in art.get("mentions") or []:
            mentions[m["fact"]].add((name, int(m["line"])))
        for f in art.get("findings") or []:
            gold_findings.add((name, int(f["line"])))
    facts = {f: places for f, places in mentions.items() if len({a for a, _ in places}) >= 2}
    groups = {}
    for g in found.get("discovered", []):
        groups[f"{g['rule']}.{g['fact']}"] = {(os.path.basename(m["path"]), int(m["line"])) for m in g["mentions"]}
    covered = []
    for fact, places in sorted(facts.items()):
        shares = sorted(((len(places & held) / len(places), name) for name, held in groups.items()), reverse=True)
        best_share = shares[0][0] if shares else 0.0
        ok = best_share >= COVER
        covered.append(ok)
        if verbose:
            top = ", ".join(f"{name} {share:.0%}" for share, name in shares[:3] if share)
            print(f"  {'covered  ' if ok else 'UNCOVERED'} {fact} ({len(places)} mentions): {top or 'no group'}")
    # Purity: how much of a group is one gold fact (a group covering many facts
    # covers them by being broad, which the coverage figure alone would hide).
    owner: dict[tuple[str, int], set[str]] = defaultdict(set)
    for fact, places in mentions.items():
        for place in places:
            owner[place].add(fact)
    purities = []
    for held in groups.values():
        counted: dict[str, int] = defaultdict(int)
        matched = [p for p in held if p in owner]
        for p in matched:
            for fact in owner[p]:
                counted[fact] += 1
        if matched:
            purities.append(max(counted.values()) / len(matched))
    reported = set()
    for g in found.get("discovered", []):
        for d in g["disagreements"]:
            reported.add((os.path.basename(d["path"]), int(d["line"]), g["rule"]))
    places = {(a, line) for a, line, _ in reported}
    right = {p for p in places if p in gold_findings}
    if verbose:
        for a, line, rule in sorted(reported):
            print(f"  {'right' if (a, line) in gold_findings else 'FALSE'} disagreement {a}:{line} [{rule}]")
    return {"facts": len(facts), "covered": sum(covered), "groups": len(groups),
            "purity": sum(purities) / len(purities) if purities else 0.0,
            "reported": len(places), "right": len(right)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stories", nargs="+")
    ap.add_argument("--factlint", default=f"{shlex.quote(sys.executable)} -m factlint")
    ap.add_argument("--min-articles", type=int, default=2)
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    cmd = shlex.split(a.factlint)
    folders = []
    for s in a.stories:
        if os.path.isfile(os.path.join(s, "gold.yaml")):
            folders.append(s)
        else:
            folders.extend(os.path.join(s, d) for d in sorted(os.listdir(s))
                           if os.path.isfile(os.path.join(s, d, "gold.yaml")))
    for folder in folders:
        name = os.path.basename(os.path.normpath(folder))
        if a.verbose:
            print(f"{name}:")
        found = run_discover(cmd, os.path.join(folder, "articles"), a.min_articles)
        c = score(folder, found, a.verbose)
        cov = c["covered"] / c["facts"] if c["facts"] else 0.0
        prec = c["right"] / c["reported"] if c["reported"] else 1.0
        print(f"{name}: coverage {cov:.2f} ({c['covered']}/{c['facts']} gold facts in 2+ articles, {c['groups']} groups, "
              f"mean purity {c['purity']:.2f}); "
              f"disagreement precision {prec:.2f} ({c['right']}/{c['reported']} reported places in the gold)")


if __name__ == "__main__":
    main()

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
- with -v, per uncovered fact, each gold mention (article:line, its text) and
  the groups whose mentions hold its line, or "missed": the work list;
- disagreement precision: of the disagreements discovery reports (one per
  group and place: article and line), the share that are disagreements in the
  gold (any severity): the gold lists a finding at that place for the fact the
  reporting group is about, i.e. the gold fact of which the group holds the
  most mentions (any fact tied for most). A finding of another fact that
  happens to sit on the same line does not make a report right.
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


def _print_split(fact: str, places: set[tuple[str, int]], groups: dict[str, set[tuple[str, int]]],
                 values: dict[tuple[str, str, int], str]) -> None:
    """The work list for an uncovered fact: each gold mention (article:line, its
    text) and the groups holding its line, or "missed"."""
    for place in sorted(places):
        holders = sorted(name.removeprefix("discovered/") for name, held in groups.items() if place in held)
        said = values.get((fact, *place), "")
        print(f"      {place[0]}:{place[1]}  {said!r:32} -> {', '.join(holders) or 'missed'}")


def score(folder: str, found: dict, verbose: bool) -> dict:
    gold = yaml.safe_load(open(os.path.join(folder, "gold.yaml"), encoding="utf-8"))
    mentions: dict[str, set[tuple[str, int]]] = defaultdict(set)
    values: dict[tuple[str, str, int], str] = {}  # (fact, article, line) -> the gold's text, for -v
    for name, art in (gold.get("articles") or {}).items():
        for m in art.get("mentions") or []:
            mentions[m["fact"]].add((name, int(m["line"])))
            values.setdefault((m["fact"], name, int(m["line"])), str(m.get("text") or m.get("value") or ""))
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
            if not ok:
                _print_split(fact, places, groups, values)
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
    gold_at: dict[tuple[str, int], set[str]] = defaultdict(set)
    for name, art in (gold.get("articles") or {}).items():
        for f in art.get("findings") or []:
            gold_at[(name, int(f["line"]))].add(f["fact"])
    reported: set[tuple[str, int, str]] = set()
    rights: set[tuple[str, int, str]] = set()
    for g in found.get("discovered", []):
        key = f"{g['rule']}.{g['fact']}"
        held = groups[key]
        counts = {fact: len(places & held) for fact, places in mentions.items()}
        most = max(counts.values(), default=0)
        about = {fact for fact, n in counts.items() if n == most and n > 0}
        for d in g["disagreements"]:
            place = (os.path.basename(d["path"]), int(d["line"]))
            reported.add((*place, key))
            # Right when a gold finding here is of the fact this group is about.
            if gold_at.get(place, set()) & about:
                rights.add((*place, key))
    if verbose:
        for a, line, rule in sorted(reported):
            print(f"  {'right' if (a, line, rule) in rights else 'FALSE'} disagreement {a}:{line} [{rule}]"
                  f"{' (gold: ' + ', '.join(sorted(gold_at[(a, line)])) + ')' if gold_at.get((a, line)) else ''}")
    return {"facts": len(facts), "covered": sum(covered), "groups": len(groups),
            "purity": sum(purities) / len(purities) if purities else 0.0,
            "reported": len(reported), "right": len(rights)}


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
              f"disagreement precision {prec:.2f} ({c['right']}/{c['reported']} reported disagreements in the gold)")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Score `factlint discover` on the real-world development stories against their gold.

    python bench/discover_score.py [--factlint "python -m factlint"] [-v] [--min-articles N] STORIES_DIR_OR_STORY...

For each story folder (holding articles/ and gold.yaml) this runs
`factlint discover --format json` on its articles/ alone (no rules: the story's
rules/ are never read) and prints:

- coverage: of the gold facts stated in at least two articles, the share that
  one discovered group covers, i.e. holds at least 80 % of the fact's gold
  mentions. A group holds a gold mention when one of its values sits on the
  mention's line and overlaps it: the gold value as written where the gold's
  quoted text holds it ("1.6-mile" in "the 1.6-mile bridge"), else the quoted
  text ("the six were presumed dead"). (A value elsewhere on the line, another
  fact's, does not hold it; two gold mentions of one fact on a line count twice.)
- mean purity: per group, the share of the gold mentions it holds that are of
  its most frequent gold fact, averaged over the groups holding any;
- with -v, per uncovered fact, each gold mention (article:line, its text) and
  the groups holding it, or "missed": the work list;
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
import re
import shlex
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass

import yaml

COVER = 0.8


def run_discover(cmd: list[str], articles: str, min_articles: int) -> dict:
    p = subprocess.run(cmd + ["discover", "--format", "json", "--min-articles", str(min_articles), articles],
                       capture_output=True, text=True)
    try:
        return json.loads(p.stdout)
    except ValueError:
        sys.exit(f"factlint discover gave no JSON: {p.stderr.strip()[:300]}")


Place = tuple[str, int]  # article file name, 1-based line
Span = tuple[int, int]  # 0-based columns, end excluded


@dataclass(frozen=True)
class GoldMention:
    fact: str
    article: str
    line: int
    span: Span  # where the gold mention's value (else its quoted text) sits in the line
    said: str  # the gold's text, for -v


def _gold_span(line: str, text: str, value: str) -> Span:
    """Where a gold mention sits: its value as written when the quoted text holds
    it as a whole word ("1.6-mile" in "the 1.6-mile bridge"), else the quoted
    text ("the six were presumed dead" for the value 6), else the whole line."""
    low = line.lower()
    at = low.find(text.lower()) if text else -1
    if at < 0:
        return 0, len(line)
    if value:
        v = re.search(r"(?<!\w)" + re.escape(value.lower()) + r"(?!\w)", low[at:at + len(text)])
        if v is not None:
            return at + v.start(), at + v.end()
    return at, at + len(text)


def read_gold(folder: str, gold: dict) -> list[GoldMention]:
    out = []
    for name, art in (gold.get("articles") or {}).items():
        try:
            with open(os.path.join(folder, "articles", name), encoding="utf-8") as f:
                lines = f.read().split("\n")
        except OSError:
            lines = []
        for m in art.get("mentions") or []:
            line = int(m["line"])
            said = str(m.get("text") or m.get("value") or "")
            text = lines[line - 1] if 0 < line <= len(lines) else ""
            out.append(GoldMention(m["fact"], name, line, _gold_span(text, str(m.get("text") or ""),
                                                                      str(m.get("value") or "")), said))
    return out


def _holds(spans: list[Span], g: GoldMention) -> bool:
    """Whether one of a group's values on the gold mention's line overlaps it."""
    return any(start < g.span[1] and g.span[0] < end for start, end in spans)


def _print_split(mentions: list[GoldMention], groups: dict[str, dict[Place, list[Span]]]) -> None:
    """The work list for an uncovered fact: each gold mention (article:line, its
    text) and the groups holding it, or "missed"."""
    for g in sorted(mentions, key=lambda g: (g.article, g.line, g.span)):
        holders = sorted(name.removeprefix("discovered/") for name, held in groups.items()
                         if _holds(held.get((g.article, g.line), []), g))
        print(f"      {g.article}:{g.line}  {g.said!r:32} -> {', '.join(holders) or 'missed'}")


def score(folder: str, found: dict, verbose: bool) -> dict:
    gold = yaml.safe_load(open(os.path.join(folder, "gold.yaml"), encoding="utf-8"))
    every = read_gold(folder, gold)
    mentions: dict[str, list[GoldMention]] = defaultdict(list)
    for g in every:
        mentions[g.fact].append(g)
    facts = {f: ms for f, ms in mentions.items() if len({g.article for g in ms}) >= 2}
    # Each group's values: (article, line) -> the columns each value spans.
    groups: dict[str, dict[Place, list[Span]]] = {}
    for found_group in found.get("discovered", []):
        held: dict[Place, list[Span]] = defaultdict(list)
        for m in found_group["mentions"]:
            start = int(m["column"]) - 1
            held[(os.path.basename(m["path"]), int(m["line"]))].append((start, start + max(1, len(m["text"]))))
        groups[f"{found_group['rule']}.{found_group['fact']}"] = held
    # holding[group] = the gold mentions (by index in `every`) it holds
    holding = {name: {i for i, g in enumerate(every) if _holds(held.get((g.article, g.line), []), g)}
               for name, held in groups.items()}
    index = {id(g): i for i, g in enumerate(every)}
    covered = []
    for fact, ms in sorted(facts.items()):
        own = {index[id(g)] for g in ms}
        shares = sorted(((len(own & holding[name]) / len(own), name) for name in groups), reverse=True)
        best_share = shares[0][0] if shares else 0.0
        ok = best_share >= COVER
        covered.append(ok)
        if verbose:
            top = ", ".join(f"{name} {share:.0%}" for share, name in shares[:3] if share)
            print(f"  {'covered  ' if ok else 'UNCOVERED'} {fact} ({len(ms)} mentions): {top or 'no group'}")
            if not ok:
                _print_split(ms, groups)
    # Purity: how much of a group is one gold fact (a group covering many facts
    # covers them by being broad, which the coverage figure alone would hide).
    purities = []
    for name in groups:
        counted: dict[str, int] = defaultdict(int)
        for i in holding[name]:
            counted[every[i].fact] += 1
        if counted:
            purities.append(max(counted.values()) / sum(counted.values()))
    gold_at: dict[Place, set[str]] = defaultdict(set)
    for name, art in (gold.get("articles") or {}).items():
        for f in art.get("findings") or []:
            gold_at[(name, int(f["line"]))].add(f["fact"])
    reported: set[tuple[str, int, str]] = set()
    rights: set[tuple[str, int, str]] = set()
    for found_group in found.get("discovered", []):
        key = f"{found_group['rule']}.{found_group['fact']}"
        counts: dict[str, int] = defaultdict(int)
        for i in holding[key]:
            counts[every[i].fact] += 1
        most = max(counts.values(), default=0)
        about = {fact for fact, n in counts.items() if n == most and n > 0}
        for d in found_group["disagreements"]:
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

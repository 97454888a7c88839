"""Baselines: record today's findings (`--write-baseline FILE`), then report only
new ones (`--baseline FILE`), so factlint can gate an archive that already has
findings.

An entry is keyed on article, rule, fact and the value as found, never on line
numbers, so editing elsewhere in an article does not bring an old finding back.
Paths are relative to the baseline file's folder, with "/" separators, so a
baseline works from any working directory and on any system.
"""
from __future__ import annotations

import json
import os
import stat
from collections import Counter
from dataclasses import dataclass, replace
from typing import Iterable

from factlint.atomic import write_atomic
from factlint.compare.suppressions import skip_checks
from factlint.errors import BaselineError
from factlint.model import Finding, Report

VERSION = 1
KEYS = ("path", "rule", "fact", "found")
REASON = "in baseline"
MAX_COUNT = 10**9  # times one finding is recorded; more is no baseline factlint wrote

Key = tuple[str, str, str, str]


@dataclass(frozen=True)
class Baseline:
    """A loaded baseline file: how many times each finding was recorded."""

    path: str
    counts: dict[Key, int]

    @property
    def folder(self) -> str:
        return os.path.dirname(os.path.abspath(self.path))


def _relative(path: str, folder: str) -> str:
    try:
        relative = os.path.relpath(os.path.abspath(path), folder)
    except ValueError:  # on another drive (Windows): no relative path exists
        relative = os.path.abspath(path)
    return relative.replace(os.sep, "/")


def _key(finding: Finding, folder: str) -> Key:
    return (_relative(finding.path, folder), finding.rule, finding.fact, finding.found)


def render_baseline(path: str, findings: Iterable[Finding]) -> str:
    """The baseline file for `findings`: sorted, one entry per line, so it diffs well."""
    folder = os.path.dirname(os.path.abspath(path))
    counts = Counter(_key(f, folder) for f in findings)
    entries = [json.dumps({**dict(zip(KEYS, key)), "count": n}, ensure_ascii=False)
               for key, n in sorted(counts.items())]
    listed = "[\n" + ",\n".join(f"    {e}" for e in entries) + "\n  ]" if entries else "[]"
    return f'{{\n  "version": {VERSION},\n  "findings": {listed}\n}}\n'


def write_baseline(path: str, findings: Iterable[Finding]) -> int:
    """Record `findings` in the baseline file at `path`; return how many."""
    findings = list(findings)
    try:
        write_atomic(path, render_baseline(path, findings))
    except OSError as exc:
        raise BaselineError(f"{path}: cannot write baseline: {exc.strerror or exc}") from None
    return len(findings)


def _entry_key(entry: object) -> tuple[Key, int] | None:
    if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) for k in KEYS):
        return None
    count = entry.get("count", 1)
    if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= MAX_COUNT:
        return None
    return tuple(entry[k] for k in KEYS), count


def load_baseline(path: str) -> Baseline:
    """Read a baseline file; any problem is a BaselineError naming the file."""
    try:
        if os.path.exists(path) and not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO would block the run
            raise BaselineError(f"{path}: cannot read baseline: not a regular file")
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read baseline: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise BaselineError(f"{path}: not a factlint baseline: not UTF-8 text") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}:{exc.lineno}:{exc.colno}: not a factlint baseline: invalid JSON: {exc.msg}") from None
    except RecursionError:
        raise BaselineError(f"{path}: not a factlint baseline: JSON nested too deeply") from None
    except ValueError:  # an integer of thousands of digits
        raise BaselineError(f"{path}: not a factlint baseline: a number too long to read") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list) or "version" not in data:
        raise BaselineError(f'{path}: not a factlint baseline: expected an object with "version" and "findings"')
    if data["version"] != VERSION:
        raise BaselineError(f"{path}: baseline version {data['version']!r} is not supported "
                            f"(expected {VERSION}); rewrite it with --write-baseline")
    counts: Counter[Key] = Counter()
    for index, entry in enumerate(data["findings"]):
        parsed = _entry_key(entry)
        if parsed is None:
            raise BaselineError(f"{path}: findings[{index}]: expected strings {', '.join(KEYS)} "
                                "and a positive integer count")
        counts[parsed[0]] += parsed[1]
    return Baseline(path, dict(counts))


def apply_baseline(report: Report, baseline: Baseline) -> Report:
    """Leave out the findings the baseline holds (as many times as it holds each),
    mark their checks skipped, and count entries that match nothing any more."""
    folder = baseline.folder
    remaining = Counter(baseline.counts)
    kept: list[Finding] = []
    silenced: list[tuple[Finding, str]] = []
    for finding in report.findings:
        key = _key(finding, folder)
        if remaining[key] > 0:
            remaining[key] -= 1
            silenced.append((finding, REASON))
        else:
            kept.append(finding)
    # Entries for articles not read in this run may still hold: only the read ones can be stale.
    read = {_relative(a, folder) for a in report.articles}
    stale = sum(n for key, n in remaining.items() if key[0] in read)
    warnings = report.warnings
    if stale:
        warnings += (f"{baseline.path}: {stale} baselined finding{'s' if stale != 1 else ''} no longer "
                     f"found; refresh the baseline with --write-baseline {baseline.path}",)
    return replace(report, findings=tuple(kept), checks=tuple(skip_checks(report.checks, kept, silenced)),
                   baselined=len(silenced), stale=stale, warnings=warnings)

"""`factlint facts`: facts as rows, articles as columns, so an editor sees side
by side what each article says."""
from __future__ import annotations

import csv
import io
import json

from factlint import __version__
from factlint.model import Fact, Report
from factlint.prose.moments import parse_moment
from factlint.reporters.json_report import SCHEMA_VERSION
from factlint.reporters.options import DEFAULT, RenderOptions

CELL_WIDTH = 32


def rows(report: Report) -> list[tuple[str, str]]:
    """The table's rows: each (rule, fact) mentioned anywhere, sorted."""
    return sorted({f.key for f in report.facts})


def where(f: Fact) -> tuple:
    """What ties a mention to a finding about it."""
    return (f.path, f.line, f.column, f.rule, f.fact)


def flagged(report: Report) -> set[tuple]:
    """The `where` of every mention a finding says disagrees."""
    return {(f.path, f.line, f.column, f.rule, f.fact) for f in report.findings}


def _cell(facts: list[Fact], disagreeing: set[tuple]) -> str:
    values = []
    for f in facts:
        mark = " ✗" if where(f) in disagreeing else ""
        text = f"{f.display}{mark}"
        if text not in values:
            values.append(text)
    return "; ".join(values)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def cells_of(report: Report) -> dict[tuple[tuple[str, str], str], list[Fact]]:
    """The facts of each (fact, article) cell, in report order, gathered in one pass."""
    cells: dict[tuple[tuple[str, str], str], list[Fact]] = {}
    for f in report.facts:
        cells.setdefault((f.key, f.path), []).append(f)
    return cells


def timeline(report: Report, key: tuple[str, str]) -> list[tuple[str, list[str], list[int]]]:
    """A changing count as (day, figures, article numbers) in day order, when
    articles of two or more days state it with two or more figures; else []."""
    index = {a: i for i, a in enumerate(report.articles, 1)}
    times = {path: parse_moment(when) for path, when in report.times}
    by_time: dict[str, tuple[list[str], list[int]]] = {}
    for f in report.facts:
        moment = times.get(f.path)
        if f.key != key or f.kind != "count" or moment is None:
            continue
        figures, articles = by_time.setdefault(moment.day.isoformat(), ([], []))
        if f.display not in figures:
            figures.append(f.display)
        if index[f.path] not in articles:
            articles.append(index[f.path])
    if len(by_time) < 2 or len({d for figures, _ in by_time.values() for d in figures}) < 2:
        return []
    return [(day, *by_time[day]) for day in sorted(by_time)]


def timelines(report: Report) -> list[str]:
    """One line per changing count: each time's figures and the articles giving them."""
    lines = []
    for key in rows(report):
        steps = timeline(report, key)
        if steps:
            text = " → ".join(f"{when}: {'; '.join(figures)} {''.join(f'[{i}]' for i in articles)}"
                              for when, figures, articles in steps)
            lines.append(f"{key[0]}.{key[1]}  {text}")
    return lines


def render(report: Report, options: RenderOptions = DEFAULT) -> str:
    """The table; when it would be wider than `width` (a terminal's), one block per fact instead."""
    width = options.width
    table = _table(report)
    if width and max(len(line) for line in table.splitlines()) > width:
        return render_blocks(report, width)
    return table


def render_blocks(report: Report, width: int | None = None) -> str:
    """One block per fact: each value, then the articles that state it, so a wide
    archive reads top to bottom instead of 2,000 columns across; lines wrapped to `width`."""
    import textwrap

    def wrapped(text: str) -> list[str]:
        if not width:
            return [text]
        return textwrap.wrap(text, width=max(40, width - 1), subsequent_indent="      ",
                             break_long_words=False, break_on_hyphens=False)

    disagreeing = flagged(report)
    by_cell = cells_of(report)
    out = []
    for key in rows(report):
        out.append(f"{key[0]}.{key[1]}")
        values: dict[str, list[str]] = {}
        for article in report.articles:
            for f in by_cell.get((key, article), []):
                text = f"{f.display} ✗" if where(f) in disagreeing else f.display
                held = values.setdefault(text, [])
                if article not in held:
                    held.append(article)
        for text, articles in sorted(values.items(), key=lambda item: (-len(item[1]), item[0])):
            out.extend(wrapped(f"  {text} → {len(articles)}: {', '.join(articles)}"))
        out.append("")
    silent = [a for a in report.articles if not any((key, a) in by_cell for key in rows(report))]
    if silent:
        out.extend(wrapped(f"no facts: {', '.join(silent)}"))
    if disagreeing:
        out.append("✗ marks a value that disagrees (see `factlint` for details)")
    return "\n".join(out).rstrip("\n") + "\n"


def render_csv(report: Report, options: RenderOptions = DEFAULT) -> str:
    """One row per mention, for a spreadsheet: article, fact, value, where, and whether it disagrees."""
    disagreeing = flagged(report)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["article", "rule", "fact", "value", "text", "line", "column", "disagrees"])
    order = {a: i for i, a in enumerate(report.articles)}
    for f in sorted(report.facts, key=lambda f: (order.get(f.path, 0), f.line, f.column, f.rule, f.fact)):
        writer.writerow([f.path, f.rule, f.fact, f.display, f.text, f.line, f.column,
                         "yes" if where(f) in disagreeing else "no"])
    return buffer.getvalue()


def _table(report: Report) -> str:
    disagreeing = flagged(report)
    keys = rows(report)
    labels = [f"[{i}]" for i in range(1, len(report.articles) + 1)]
    by_cell = cells_of(report)
    cells = {(key, a): _cell(by_cell.get((key, a), []), disagreeing) for key in keys for a in report.articles}
    names = [f"{r}.{f}" for r, f in keys]
    first = max([len("fact")] + [len(n) for n in names])
    widths = [min(CELL_WIDTH, max([len(lab)] + [len(cells[key, a]) for key in keys]))
              for lab, a in zip(labels, report.articles)]
    out = ["  ".join(["fact".ljust(first)] + [lab.ljust(w) for lab, w in zip(labels, widths)]).rstrip()]
    out.append("  ".join(["-" * first] + ["-" * w for w in widths]))
    for key, name in zip(keys, names):
        row = [name.ljust(first)] + [_clip(cells[key, a], w).ljust(w) for a, w in zip(report.articles, widths)]
        out.append("  ".join(row).rstrip())
    out.append("")
    out.extend(f"{lab} {a}" for lab, a in zip(labels, report.articles))
    if disagreeing:
        out.append("✗ marks a value that disagrees (see `factlint` for details)")
    carried = [(lab, f) for lab, a in zip(labels, report.articles) for f in report.facts
               if f.path == a and f.scope_from]
    if carried:
        out.append("Read where the event was named in an earlier sentence:")
        out.extend(f"  {lab} line {f.line}: {f.rule}.{f.fact} {f.display} (event named at {f.scope_from})"
                   for lab, f in carried)
    lines = timelines(report)
    if lines:  # a count stated with several figures at several times: its timeline
        out += ["", "Figures by article time:", *lines]
    return "\n".join(out) + "\n"


def render_json(report: Report, options: RenderOptions = DEFAULT) -> str:
    disagreeing = flagged(report)
    facts = []
    by_cell = cells_of(report)
    for key in rows(report):
        cells = {a: [{"value": f.display, "text": f.text, "line": f.line, "column": f.column,
                      "disagrees": where(f) in disagreeing,
                      **({"scope_from": f.scope_from} if f.scope_from else {})}
                     for f in by_cell.get((key, a), [])]
                 for a in report.articles}
        facts.append({"rule": key[0], "fact": key[1], "cells": {a: c for a, c in cells.items() if c}})
    data = {"version": SCHEMA_VERSION, "tool": {"name": "factlint", "version": __version__},
            "articles": list(report.articles), "facts": facts,
            "mentions": [f.to_dict() for f in report.facts], "errors": [e.to_dict() for e in report.errors],
            "times": dict(report.times)}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

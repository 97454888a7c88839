"""`factlint facts`: facts as rows, articles as columns, so an editor sees side
by side what each article says."""
from __future__ import annotations

import json

from factlint.model import Fact, Report
from factlint.reporters.json_report import SCHEMA_VERSION

CELL_WIDTH = 32


def _rows(report: Report) -> list[tuple[str, str]]:
    return sorted({f.key for f in report.facts})


def _where(f: Fact) -> tuple:
    return (f.path, f.line, f.column, f.rule, f.fact)


def _cell(facts: list[Fact], flagged: set[tuple[str, int, int]]) -> str:
    values = []
    for f in facts:
        mark = " ✗" if _where(f) in flagged else ""
        text = f"{f.display}{mark}"
        if text not in values:
            values.append(text)
    return "; ".join(values)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _by_cell(report: Report) -> dict[tuple[tuple[str, str], str], list[Fact]]:
    """The facts of each (fact, article) cell, in report order, gathered in one pass."""
    cells: dict[tuple[tuple[str, str], str], list[Fact]] = {}
    for f in report.facts:
        cells.setdefault((f.key, f.path), []).append(f)
    return cells


def render(report: Report) -> str:
    flagged = {(f.path, f.line, f.column, f.rule, f.fact) for f in report.findings}
    rows = _rows(report)
    labels = [f"[{i}]" for i in range(1, len(report.articles) + 1)]
    by_cell = _by_cell(report)
    cells = {(key, a): _cell(by_cell.get((key, a), []), flagged) for key in rows for a in report.articles}
    names = [f"{r}.{f}" for r, f in rows]
    first = max([len("fact")] + [len(n) for n in names])
    widths = [min(CELL_WIDTH, max([len(lab)] + [len(cells[key, a]) for key in rows]))
              for lab, a in zip(labels, report.articles)]
    out = ["  ".join(["fact".ljust(first)] + [lab.ljust(w) for lab, w in zip(labels, widths)]).rstrip()]
    out.append("  ".join(["-" * first] + ["-" * w for w in widths]))
    for key, name in zip(rows, names):
        row = [name.ljust(first)] + [_clip(cells[key, a], w).ljust(w) for a, w in zip(report.articles, widths)]
        out.append("  ".join(row).rstrip())
    out.append("")
    out.extend(f"{lab} {a}" for lab, a in zip(labels, report.articles))
    if flagged:
        out.append("✗ marks a value that disagrees (see `factlint` for details)")
    return "\n".join(out) + "\n"


def render_json(report: Report) -> str:
    flagged = {(f.path, f.line, f.column, f.rule, f.fact) for f in report.findings}
    facts = []
    by_cell = _by_cell(report)
    for key in _rows(report):
        cells = {a: [{"value": f.display, "text": f.text, "line": f.line, "column": f.column,
                      "disagrees": _where(f) in flagged}
                     for f in by_cell.get((key, a), [])]
                 for a in report.articles}
        facts.append({"rule": key[0], "fact": key[1], "cells": {a: c for a, c in cells.items() if c}})
    data = {"version": SCHEMA_VERSION, "articles": list(report.articles), "facts": facts,
            "mentions": [f.to_dict() for f in report.facts]}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

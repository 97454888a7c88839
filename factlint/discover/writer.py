"""Writing discovered rules as draft rule files, one per fact group.

Each file starts with a line holding the hash of the rest of the file:

    # factlint-discover sha256=...

On a later run a file whose rest still has that hash is factlint's own draft
and is rewritten; a file whose hash no longer matches (a person edited it) or
that has no such line (a person wrote it) is left alone.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import Any, Callable

import regex
import yaml

from factlint.atomic import write_atomic
from factlint.discover.rulegen import PREFIX, parse
from factlint.errors import FactlintError
from factlint.model import Fact, Finding
from factlint.rules import Rule

HASH_LINE = regex.compile(r"^# factlint-discover sha256=([0-9a-f]{64})\n")
MAX_TRIES = 6  # example passages tried per example before going without
# (rule, "pass" | "fail", passage) -> whether the rule passes or fails it as asked
ExampleCheck = Callable[[Rule, str, str], bool]


@dataclass(frozen=True)
class Written:
    path: str
    status: str  # "written" | "unchanged" | "kept": a file a person edited or wrote


def file_name(rule_id: str) -> str:
    return rule_id.removeprefix(PREFIX).replace("/", "-") + ".yaml"


def _digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def stamped(body: str) -> str:
    return f"# factlint-discover sha256={_digest(body)}\n{body}"


def edited(content: str) -> bool:
    """Whether a rule file is not factlint's untouched draft."""
    m = HASH_LINE.match(content)
    return m is None or m.group(1) != _digest(content[m.end():])


def _first(candidates: list[str], rule: Rule, expect: str, check: ExampleCheck) -> str | None:
    for text in candidates[:MAX_TRIES]:
        if check(rule, expect, text):
            return text
    return None


def draft(data: dict[str, Any], mentions: list[Fact], findings: list[Finding], consensus: str | None,
          check: ExampleCheck) -> dict[str, Any]:
    """The rule file's data: the consensus as expected value when every article
    agrees, and examples from the articles' own sentences, each checked."""
    flagged = {(f.path, f.line, f.column) for f in findings}
    agreeing = list(dict.fromkeys(m.quote for m in mentions if (m.path, m.line, m.column) not in flagged))
    disagreeing = list(dict.fromkeys(m.quote for m in mentions if (m.path, m.line, m.column) in flagged))
    fact, spec = next(iter(data["facts"].items()))
    if not findings and consensus is not None and spec["kind"] != "title":
        trial = {**data, "facts": {fact: {**spec, "expected": consensus}}}
        if parse(trial) is not None:
            data = trial
    rule = parse(data)
    if rule is None:
        return data
    examples: dict[str, list[str]] = {}
    passing = _first(agreeing, rule, "pass", check)
    if passing:
        examples["pass"] = [passing]
        # Without an expected value, a failing passage states the fact twice, differently.
        lead = "" if rule.facts[0].expected is not None or spec["kind"] == "title" else passing + " "
        failing = _first([lead + q for q in disagreeing], rule, "fail", check)
        if failing is None and lead:
            failing = _first(disagreeing, rule, "fail", check)
        if failing:
            examples["fail"] = [failing]
    return {**data, "examples": examples} if examples else data


def _comment(data: dict[str, Any], mentions: list[Fact], findings: list[Finding], consensus: str | None) -> str:
    articles = len({m.path for m in mentions})
    lines = [f"# Drafted by `factlint discover` from {articles} articles: review before relying on it.",
             f"# Consensus: {consensus if consensus is not None else 'none (no value has a majority)'}."]
    for f in findings[:5]:
        lines.append(f"# Disagrees: {f.path}:{f.line} says {f.found!r}.")
    return "\n".join(lines) + "\n"


def render(data: dict[str, Any], mentions: list[Fact], findings: list[Finding], consensus: str | None) -> str:
    body = _comment(data, mentions, findings, consensus) + yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, width=10_000, default_flow_style=None)
    return stamped(body)


def write_rule(folder: str, rule_id: str, content: str) -> Written:
    """Write one draft, unless a person has edited the file already there."""
    path = os.path.join(folder, file_name(rule_id))
    if os.path.exists(path):
        try:
            with open(path, encoding="utf-8") as handle:
                old = handle.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise FactlintError(f"{path}: cannot read: {exc}") from None
        if edited(old):
            return Written(path, "kept")
        if old == content:
            return Written(path, "unchanged")
    try:
        os.makedirs(folder, exist_ok=True)
        write_atomic(path, content)
    except OSError as exc:
        raise FactlintError(f"{path}: cannot write: {exc.strerror or exc}") from None
    return Written(path, "written")

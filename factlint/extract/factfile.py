"""Facts files: the extract step's output, read back by `factlint compare`.

JSON Lines. The first line is a header naming the format, factlint's version
and the rules' fingerprint; then, for each file read, one `article` line
(path, content hash, warnings) followed by one `fact` line per mention. An
article that states nothing still has its line, so compare counts it.
Files extracted on shards and compared together give the same report as one
run over all the articles, in the order the files are given.
"""
from __future__ import annotations

import json
import os
import stat
from dataclasses import replace
from typing import Iterable, Iterator

import factlint
from factlint.errors import FactlintError
from factlint.extract.run import ArticleResult, checked_fact, checked_result, rules_digest
from factlint.model import Fact
from factlint.rules import Rule

FORMAT = 1


class FactFileError(FactlintError):
    """A facts file that cannot be read, or that does not belong with the others."""


def _dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n"


def fact_lines(results: Iterable[ArticleResult], rules: tuple[Rule, ...]) -> Iterator[str]:
    """The lines of a facts file, one at a time."""
    yield _dumps({"type": "header", "format": FORMAT, "factlint": factlint.__version__,
                  "rules": rules_digest(rules), "rule_ids": [r.id for r in rules]})
    for result in results:
        article = result.to_dict()
        del article["facts"]
        yield _dumps({"type": "article", **article})
        for fact in result.facts:
            yield _dumps({"type": "fact", **fact.to_dict()})


def _records(path: str) -> Iterator[tuple[int, dict]]:
    try:
        if os.path.exists(path) and not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO would block the run
            raise FactFileError(f"{path}: cannot read: not a regular file")
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except (ValueError, RecursionError):  # not JSON, nested too deeply, a number too long
                    raise FactFileError(f"{path}:{number}: not a JSON line") from None
                if not isinstance(record, dict) or "type" not in record:
                    raise FactFileError(f"{path}:{number}: not a factlint facts line")
                yield number, record
    except OSError as exc:
        raise FactFileError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise FactFileError(f"{path}: not UTF-8 text") from None


def _check_header(path: str, record: dict, rules: tuple[Rule, ...]) -> None:
    if record.get("type") != "header" or record.get("format") != FORMAT:
        raise FactFileError(f"{path}:1: not a factlint facts file (format {FORMAT}); "
                            "make it with `factlint extract PATHS -o FILE`")
    if record.get("factlint") != factlint.__version__:
        raise FactFileError(f"{path}:1: extracted by factlint {record.get('factlint')}, "
                            f"this is factlint {factlint.__version__}; extract again")
    if record.get("rules") != rules_digest(rules):
        raise FactFileError(f"{path}:1: extracted with other rules than the ones loaded; "
                            "extract again with the same --rules")


def read_fact_files(paths: list[str], rules: tuple[Rule, ...]) -> Iterator[ArticleResult]:
    """The results stored in facts files, in order; an article found twice is kept once."""
    seen: set[str] = set()
    for path in paths:
        current: ArticleResult | None = None
        facts: list[Fact] = []
        header = False
        for number, record in _records(path):
            kind = record.pop("type")
            if not header:
                _check_header(path, {"type": kind, **record}, rules)
                header = True
                continue
            try:
                if kind == "article":
                    if current is not None and current.path not in seen:
                        seen.add(current.path)
                        yield _with_facts(current, facts)
                    current, facts = checked_result(record, rules), []
                elif kind == "fact" and current is not None:
                    facts.append(checked_fact(record, rules))
                else:
                    raise FactFileError(f"{path}:{number}: unexpected {kind!r} line")
            except ValueError as exc:  # a field of the wrong type or shape, named
                raise FactFileError(f"{path}:{number}: malformed {kind} line: {exc}; "
                                    "make it again with `factlint extract`") from None
        if not header:
            raise FactFileError(f"{path}: empty; not a factlint facts file")
        if current is not None and current.path not in seen:
            seen.add(current.path)
            yield _with_facts(current, facts)


def _with_facts(result: ArticleResult, facts: list[Fact]) -> ArticleResult:
    return replace(result, facts=tuple(facts))

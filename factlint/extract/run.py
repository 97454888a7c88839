"""The extract step's record of one file: what it says, and what went wrong.

An ArticleResult is a pure function of the file's bytes and the rules, and is
JSON-able, so it can be cached, computed in another process or on another
machine, and compared later. A new per-article field belongs here, with a
default, so that older records still load.
"""
from __future__ import annotations

import functools
import hashlib
from dataclasses import MISSING, dataclass, fields, replace
from typing import Any

from factlint.model import Fact, RunError, Suppression
from factlint.read.document import BinaryFile, document_from_bytes
from factlint.rules import Rule


@dataclass(frozen=True)
class ArticleResult:
    """One file read by the extract step. `article` is False for a file that
    is not an article (not text): it has warnings and no facts, and is not counted."""

    path: str
    sha256: str
    article: bool = True
    facts: tuple[Fact, ...] = ()
    warnings: tuple[str, ...] = ()
    errors: tuple[RunError, ...] = ()
    suppressions: tuple[Suppression, ...] = ()
    # ISO 8601 publication time read from the page, when it gives one; "--MM-DD..." when
    # its date line gives no year (the corpus places it: see engine.build_report)
    published: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "sha256": self.sha256, "article": self.article,
                "facts": [f.to_dict() for f in self.facts], "warnings": list(self.warnings),
                "errors": [e.to_dict() for e in self.errors],
                "suppressions": [s.to_dict() for s in self.suppressions], "published": self.published}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleResult:
        data = dict(data)
        data["facts"] = tuple(Fact.from_dict(f) for f in data.get("facts", ()))
        data["warnings"] = tuple(data.get("warnings", ()))
        data["errors"] = tuple(RunError(**e) for e in data.get("errors", ()))
        data["suppressions"] = tuple(Suppression.from_dict(s) for s in data.get("suppressions", ()))
        return cls(**data)

    def moved_to(self, path: str) -> ArticleResult:
        """The same result for the same bytes read under another path."""
        if path == self.path:
            return self

        def restamp(message: str) -> str:
            prefix = f"{self.path}:"
            return path + message[len(self.path):] if message.startswith(prefix) else message

        return replace(self, path=path, facts=tuple(replace(f, path=path) for f in self.facts),
                       warnings=tuple(restamp(w) for w in self.warnings),
                       errors=tuple(replace(e, path=path) for e in self.errors),
                       suppressions=tuple(replace(s, path=path) for s in self.suppressions))


# Exact JSON types (`type(v) in ...`): a decoded bool is never taken for an int.
_FIELD_TYPES: dict[str, frozenset[type]] = {"str": frozenset({str}), "int": frozenset({int}), "bool": frozenset({bool}),
                "str | None": frozenset({str, type(None)}), "dict[str, Any]": frozenset({dict})}


@functools.lru_cache(maxsize=None)
def _schema(cls: type) -> tuple[tuple[tuple[str, frozenset[type] | None, bool], ...], frozenset[str]]:
    """(name, JSON types or None, required) of each field of `cls`, and all the names."""
    rows = tuple((f.name, _FIELD_TYPES.get(str(f.type)), f.default is MISSING and f.default_factory is MISSING)
                 for f in fields(cls))
    return rows, frozenset(name for name, _, _ in rows)


def _check_fields(record: Any, cls: type, where: str) -> None:
    """`record` has the JSON types of `cls`'s scalar fields (bool is no int here)."""
    if type(record) is not dict:
        raise ValueError(f"{where}: expected an object")
    rows, names = _schema(cls)
    for name, types, required in rows:
        value = record.get(name, _ABSENT)
        if value is _ABSENT:
            if required:
                raise ValueError(f"{where}: missing {name!r}")
        elif types is not None and type(value) not in types:
            raise ValueError(f"{where}: {name!r} has the wrong type")
    if len(record) > len(names) or not names.issuperset(record):
        raise ValueError(f"{where}: unknown field {sorted(set(record) - names)[0]!r}")


_ABSENT = object()


_SPECS: dict[int, tuple[tuple[Rule, ...], dict]] = {}


def _specs(rules: tuple[Rule, ...]) -> dict:
    """(rule id, fact name) -> FactSpec, built once per rule list."""
    held = _SPECS.get(id(rules))
    if held is None or held[0] is not rules:
        _SPECS.clear()
        held = _SPECS[id(rules)] = (rules, {(r.id, s.name): s for r in rules for s in r.facts})
    return held[1]


def _check_fact_value(fact: Fact, rules: tuple[Rule, ...]) -> None:
    """The value is one the fact's kind can describe and compare: a record from
    elsewhere must not crash the compare step."""
    from factlint.kinds import KINDS
    from factlint.kinds import conversion as conversions

    if fact.rule == conversions.RULE_ID:
        record = fact.value
        if not (isinstance(record.get("consistent"), bool)
                and all(isinstance(record.get(k), (int, float)) and not isinstance(record.get(k), bool)
                        for k in ("value", "stated", "converted"))
                and all(isinstance(record.get(k), str) for k in ("unit", "stated_unit"))):
            raise ValueError("not a conversion record")
        conversions.expected_conversion(record)
        conversions.describe_conversion(record)
        return
    spec = _specs(rules).get((fact.rule, fact.fact))
    if spec is None or spec.kind != fact.kind:
        raise ValueError(f"no fact {fact.rule}.{fact.fact} of kind {fact.kind!r} in the rules")
    kind = KINDS[spec.kind]
    kind.describe(fact.value, spec.options)
    kind.agree(fact.value, fact.value, spec)
    reference = kind.reference(spec)
    if reference is not None:
        kind.matches(fact.value, reference, spec)
        kind.explain(fact.value, reference, spec)


def checked_fact(data: Any, rules: tuple[Rule, ...], values: bool = True) -> Fact:
    """A Fact from JSON written elsewhere, every field checked (ValueError if not);
    with `values`, its value too, by the fact's kind."""
    try:
        _check_fields(data, Fact, "fact")
        fact = Fact.from_dict(data)
        if values:
            _check_fact_value(fact, rules)
    except ValueError:
        raise
    except Exception as exc:  # KeyError, TypeError, AttributeError from a value of the wrong shape
        raise ValueError(f"fact: a value of the wrong shape ({type(exc).__name__})") from None
    return fact


def checked_result(data: Any, rules: tuple[Rule, ...], values: bool = True) -> ArticleResult:
    """An ArticleResult from JSON written elsewhere (the cache, a facts file),
    every field checked: raises ValueError naming the first wrong one. `values`
    has each fact's kind check its value too; the cache, whose entries carry a
    checksum of what factlint wrote, skips that (the costliest) part."""
    try:
        _check_fields(data, ArticleResult, "article")
        for key in ("facts", "warnings", "errors", "suppressions"):
            if not isinstance(data.get(key, []), list):
                raise ValueError(f"article: {key!r} has the wrong type")
        if not all(isinstance(w, str) for w in data.get("warnings", [])):
            raise ValueError("article: a warning is not a string")
        facts = tuple(checked_fact(record, rules, values) for record in data.get("facts", []))
        for record in data.get("errors", []):
            _check_fields(record, RunError, "error")
        for record in data.get("suppressions", []):
            _check_fields(record, Suppression, "suppression")
            if not isinstance(record["rules"], list) or not all(
                    isinstance(r, list) and len(r) == 2 and isinstance(r[0], str) and isinstance(r[1], int)
                    for r in record["rules"]):
                raise ValueError("suppression: 'rules' has the wrong type")
        result = ArticleResult.from_dict({**data, "facts": ()})
    except ValueError:
        raise
    except Exception as exc:  # KeyError, TypeError, AttributeError from a value of the wrong shape
        raise ValueError(f"a value of the wrong shape ({type(exc).__name__})") from None
    return replace(result, facts=facts)  # each fact made once, when it was checked


def content_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def rules_digest(rules: tuple[Rule, ...]) -> str:
    """A fingerprint of what the rules check, whatever folder they were loaded from."""
    text = repr(tuple(replace(rule, path="") for rule in rules))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def extract_bytes(path: str, data: bytes, rules: tuple[Rule, ...], digest: str | None = None) -> ArticleResult:
    """Extract one file's facts from its raw bytes (whose digest may be known already)."""
    digest = digest or content_digest(data)
    try:
        doc = document_from_bytes(path, data)
    except BinaryFile as exc:
        return ArticleResult(path, digest, article=False, warnings=(str(exc),))
    # Imported on first use: a run answered from the cache reads no article.
    from factlint.extract.extract import extract_article

    errors: list[RunError] = []
    facts, suppressions = extract_article(doc, rules, errors)
    return ArticleResult(path, digest, facts=tuple(facts), warnings=doc.warnings, errors=tuple(errors),
                         suppressions=tuple(suppressions),
                         published=doc.published.iso() if doc.published else doc.yearless)

"""The extract step's record of one file: what it says, and what went wrong.

An ArticleResult is a pure function of the file's bytes and the rules, and is
JSON-able, so it can be cached, computed in another process or on another
machine, and compared later. A new per-article field belongs here, with a
default, so that older records still load.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from typing import Any

from factlint.extract.extract import extract_article
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
    published: str | None = None  # ISO 8601 publication time read from the page, when it gives one

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
    errors: list[RunError] = []
    facts, suppressions = extract_article(doc, rules, errors)
    return ArticleResult(path, digest, facts=tuple(facts), warnings=doc.warnings, errors=tuple(errors),
                         suppressions=tuple(suppressions),
                         published=doc.published.iso() if doc.published else None)

"""The extract step's cache: one ArticleResult per file content, rules and version.

An entry is keyed on the file's raw bytes (so a change of encoding or size is
a change), the rules' fingerprint and factlint's version, never on the path:
a moved or copied article is found again. Entries are written atomically, so
two runs may share a folder; an entry that cannot be read or does not match
its key is ignored and recomputed. The cache only saves time: if its folder
cannot be written, the run goes on without it.
"""
from __future__ import annotations

import hashlib
import json
import os

import factlint
from factlint.atomic import write_atomic
from factlint.extract.run import ArticleResult

RECORD = 2  # the ArticleResult layout: bumped when it gains a field (2: `published`)


class Cache:
    """Results stored under `folder`, for one rule set and this factlint version."""

    def __init__(self, folder: str, rules_digest: str) -> None:
        self.folder = folder
        self.rules_digest = rules_digest
        self.version = factlint.__version__

    def _key(self, path: str, content_digest: str) -> str:
        # The suffix too: the same bytes read as Markdown or HTML are another article.
        suffix = os.path.splitext(path)[1].lower()
        return hashlib.sha256(f"{RECORD}\0{self.version}\0{self.rules_digest}\0{suffix}\0{content_digest}".encode()).hexdigest()

    def _path(self, key: str) -> str:
        return os.path.join(self.folder, key[:2], key + ".json")

    def get(self, path: str, content_digest: str) -> ArticleResult | None:
        """The stored result for these bytes, as read under `path`; None if there is none."""
        try:
            with open(self._path(self._key(path, content_digest)), encoding="utf-8") as handle:
                entry = json.load(handle)
            if (entry["factlint"], entry["rules"]) != (self.version, self.rules_digest):
                return None
            result = ArticleResult.from_dict(entry["result"])
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing, partial or foreign: recompute
        if result.sha256 != content_digest:
            return None
        return result.moved_to(path)

    def put(self, result: ArticleResult) -> None:
        key = self._key(result.path, result.sha256)
        entry = {"factlint": self.version, "rules": self.rules_digest, "result": result.to_dict()}
        try:
            os.makedirs(os.path.dirname(self._path(key)), exist_ok=True)
            # Not durable: an entry lost or damaged in a crash is only recomputed.
            write_atomic(self._path(key), json.dumps(entry, ensure_ascii=False), durable=False)
        except OSError:
            pass  # a read-only or full disk: the run goes on uncached

"""The facts of a run, held for the compare step, one rule's at a time.

Comparing needs, for each rule, every mention of its facts at once, and no
rule needs another's. A small run keeps its facts in memory; a large one
(past SPILL_FACTS mentions) moves them to a temporary SQLite file, one row per
article and rule, and gives them back one rule at a time, so the memory a run
holds is that of its largest rule rather than of the whole archive. Equal
values are shared (an archive repeats a handful of values per fact).
"""
from __future__ import annotations

import os
import pickle
import sqlite3
import tempfile
from typing import Any, Iterable, Iterator

from factlint.model import Fact

SPILL_FACTS = 100_000  # mentions held in memory before they go to disk (~0.5 KB each)


class FactStore:
    """Facts added article by article, read back per rule in the order added."""

    def __init__(self, spill_after: int | None = SPILL_FACTS) -> None:
        self.spill_after = spill_after
        self.count = 0
        self._in_memory: dict[str, list[Fact]] = {}  # rule -> its facts, in order
        self._order: dict[str, None] = {}  # rules in the order first seen
        self._values: dict[str, Any] = {}
        self._db: sqlite3.Connection | None = None
        self._folder: tempfile.TemporaryDirectory | None = None
        self._rows = 0

    @property
    def spilled(self) -> bool:
        return self._db is not None

    def add(self, facts: Iterable[Fact]) -> None:
        """One article's facts, in their order."""
        by_rule: dict[str, list[Fact]] = {}
        for fact in facts:
            by_rule.setdefault(fact.rule, []).append(self._shared(fact))
        for rule, stated in by_rule.items():
            self._order.setdefault(rule, None)
            self.count += len(stated)
            if self._db is not None:
                self._write(rule, stated)
            else:
                self._in_memory.setdefault(rule, []).extend(stated)
        if self._db is None and self.spill_after is not None and self.count > self.spill_after:
            self._spill()

    def _shared(self, fact: Fact) -> Fact:
        """The fact with its value shared with equal values seen before."""
        # repr, not a sorted JSON key: only values written alike (same key order) are shared,
        # so whatever prints a value prints the same bytes.
        key = repr(fact.value)
        value = self._values.setdefault(key, fact.value)
        if value is fact.value:
            return fact
        object.__setattr__(fact, "value", value)  # a frozen record, freshly made for this run
        return fact

    def _spill(self) -> None:
        try:
            self._folder = tempfile.TemporaryDirectory(prefix="factlint-facts-")
            db = sqlite3.connect(os.path.join(self._folder.name, "facts.sqlite"), isolation_level=None)
            db.execute("PRAGMA synchronous=OFF")
            db.execute("PRAGMA journal_mode=OFF")
            db.execute("CREATE TABLE facts (rule TEXT, row INTEGER, body BLOB, PRIMARY KEY (rule, row)) "
                       "WITHOUT ROWID")
            db.execute("BEGIN")
        except (OSError, sqlite3.Error):
            self.spill_after = None  # no room on disk: keep them in memory
            return
        self._db = db
        held, self._in_memory = self._in_memory, {}
        for rule, stated in held.items():
            self._write(rule, stated)

    def _write(self, rule: str, facts: list[Fact]) -> None:
        assert self._db is not None
        self._rows += 1
        self._db.execute("INSERT INTO facts VALUES (?, ?, ?)",
                         (rule, self._rows, pickle.dumps(facts, pickle.HIGHEST_PROTOCOL)))

    def rules(self) -> list[str]:
        """Every rule with a fact, in the order first seen."""
        return list(self._order)

    def of(self, rule: str) -> list[Fact]:
        """One rule's facts, in the order added."""
        if self._db is None:
            return self._in_memory.get(rule, [])
        # Our own file, written by this run: pickle is safe here.
        return [fact for (body,) in self._db.execute("SELECT body FROM facts WHERE rule = ? ORDER BY row", (rule,))
                for fact in pickle.loads(body)]

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

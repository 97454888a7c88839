"""Reading English news prose: numbers, dates, units, values with their
qualifiers, rule terms, sentences and clauses. Imports nothing of factlint but
its records (factlint.model) and errors."""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factlint.prose.numbers import find_numbers
    from factlint.prose.sentences import clauses, split_sentences
    from factlint.prose.values import find_values

__all__ = ["clauses", "find_numbers", "find_values", "split_sentences"]
# Loaded on first use (PEP 562), so that a module needing one piece of prose, such
# as prose.patterns, does not load them all.
_HOMES = {"find_numbers": "numbers", "clauses": "sentences", "split_sentences": "sentences", "find_values": "values"}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(f"factlint.prose.{_HOMES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

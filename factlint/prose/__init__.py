"""Reading English news prose: numbers, dates, units, values with their
qualifiers, rule terms, sentences and clauses. Imports nothing of factlint but
its records (factlint.model) and errors."""
from __future__ import annotations

from factlint.prose.numbers import find_numbers
from factlint.prose.sentences import clauses, split_sentences
from factlint.prose.values import find_values

__all__ = ["clauses", "find_numbers", "find_values", "split_sentences"]

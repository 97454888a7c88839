"""The kinds of fact a rule can check, one module each, registered by name.

Every kind module has KIND, OPTIONS (its own rule keys), DEFAULT_WINDOW and the
functions claims, parse_expected, describe, agree, reference, describe_reference,
matches and explain.
"""
from __future__ import annotations

from types import ModuleType

from factlint.kinds import count, date, quantity, title, year

KINDS: dict[str, ModuleType] = {m.KIND: m for m in (count, quantity, year, date, title)}


def get(name: str) -> ModuleType:
    """The kind module called `name`."""
    try:
        return KINDS[name]
    except KeyError:
        raise KeyError(f"unknown kind {name!r}; one of: {', '.join(sorted(KINDS))}") from None

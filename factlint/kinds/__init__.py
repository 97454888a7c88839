"""The kinds of fact a rule can check, one module each, registered by name.

A kind module defines KIND, OPTIONS (its own rule keys), DEFAULT_WINDOW and
`claims`, `parse_expected`, `describe` and `agree`. Kinds whose reference is
the rule's `expected` value (most of them) stop there; a kind with another
notion of "right" (title: accepted and wrong titles) also defines `reference`,
`describe_reference`, `matches` and `explain`. A kind that finds its values
by other words than triggers (title: the person's names) defines `anchor_terms`,
so the prefilter knows them. ONE_PER_SENTENCE = True keeps
only the closest claim of a fact in a sentence. A kind judged on each mention
alone (conversion) defines `self_check`, INDEPENDENT = True and `may_claim`.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Any, Callable

from factlint.kinds import conversion, count, date, money, percentage, quantity, title, year


@dataclass(frozen=True)
class Kind:
    """A kind module's functions, with the expected-value defaults filled in."""

    name: str
    options: dict
    default_window: int
    claims: Callable
    parse_expected: Callable
    describe: Callable
    agree: Callable
    reference: Callable
    describe_reference: Callable
    matches: Callable
    explain: Callable
    anchor_terms: Callable  # spec -> terms a clause needs for a claim; None: the scope words
    one_per_sentence: bool = False
    unused_keys: frozenset = frozenset()  # common fact keys this kind has no use for
    absolute_tolerance_only: bool = False
    tolerance_unit: str = ""
    # A kind judged on each mention alone (conversion) has `self_check`:
    # value, display -> (message, expected) when wrong, else None. Its claims are
    # `independent`: they never compete with other facts for a value, and
    # `may_claim` (text -> bool) tells the prefilter where they can be.
    self_check: Callable | None = None
    independent: bool = False
    may_claim: Callable | None = None
    built_in_only: bool = False  # a built-in rule's kind, not for rule files


def _from_module(module: ModuleType) -> Kind:
    describe, agree = module.describe, module.agree

    def reference(spec) -> Any:
        return spec.expected

    def describe_reference(ref: Any, spec) -> str:
        return describe(ref, spec.options)

    def matches(value: Any, ref: Any, spec) -> bool:
        return agree(value, ref, spec)

    def explain(value: Any, ref: Any, spec) -> str:
        tolerance = spec.tolerance.describe()
        return (f"found {describe(value, spec.options)}, expected {describe(ref, spec.options)}"
                + (f" (tolerance {tolerance})" if tolerance != "0" else ""))

    def anchor_terms(spec) -> tuple[str, ...] | None:
        return spec.triggers or None

    return Kind(
        module.KIND, module.OPTIONS, module.DEFAULT_WINDOW, module.claims, module.parse_expected,
        describe, agree,
        getattr(module, "reference", reference),
        getattr(module, "describe_reference", describe_reference),
        getattr(module, "matches", matches),
        getattr(module, "explain", explain),
        getattr(module, "anchor_terms", anchor_terms),
        getattr(module, "ONE_PER_SENTENCE", False),
        frozenset(getattr(module, "UNUSED_KEYS", ())),
        bool(getattr(module, "TOLERANCE_UNIT", "")),
        getattr(module, "TOLERANCE_UNIT", ""),
        getattr(module, "self_check", None),
        getattr(module, "INDEPENDENT", False),
        getattr(module, "may_claim", None),
        getattr(module, "BUILT_IN_ONLY", False),
    )


KINDS: dict[str, Kind] = {m.KIND: _from_module(m) for m in (count, quantity, year, date, title, percentage, money, conversion)}
# The kinds a rule file may name (a built-in rule's kind is not one of them).
RULE_KINDS: dict[str, Kind] = {name: kind for name, kind in KINDS.items() if not kind.built_in_only}

"""Rules that come with factlint and need no rule file: today the unit-conversion
check, an ordinary rule of kind `conversion` with no scope (every sentence)."""
from __future__ import annotations

from factlint.kinds import conversion
from factlint.model import Tolerance
from factlint.rules.model import FactSpec, Rule, Scope

UNIT_CONVERSION = Rule(
    id=conversion.RULE_ID, path="<built-in>", description=conversion.DESCRIPTION, severity=conversion.SEVERITY,
    message=None, scope=Scope(),
    facts=(FactSpec(conversion.FACT, conversion.KIND, (), None, None, Tolerance(), conversion.SEVERITY, None,
                    conversion.DEFAULT_WINDOW),),
)
BUILTIN_RULES: tuple[Rule, ...] = (UNIT_CONVERSION,)
BUILTIN_IDS = frozenset(r.id for r in BUILTIN_RULES)


def with_builtin(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """The rule files' rules, then the built-in ones (each id once)."""
    return tuple(rules) + tuple(r for r in BUILTIN_RULES if r not in rules)

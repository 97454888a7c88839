"""Rules: loading rule files (`load`), the located YAML they are read with
(`yamlio`), validating them key by key (`validate`) and what they say once
validated (`model`)."""
from __future__ import annotations

from factlint.model import Tolerance
from factlint.rules.load import load_rule_file, load_rules, rule_files
from factlint.rules.model import SEVERITIES, Example, FactSpec, Rule, Scope
from factlint.rules.validate import parse_rule, parse_tolerance
from factlint.rules.yamlio import load_located_yaml

__all__ = [
    "SEVERITIES", "Example", "FactSpec", "Rule", "Scope", "Tolerance",
    "load_located_yaml", "load_rule_file", "load_rules", "parse_rule", "parse_tolerance", "rule_files",
]

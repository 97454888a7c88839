"""Finding and loading rule files (`rules/*.yaml`, one rule per file), gathering
every problem of a run before failing, so an editor fixes them in one pass."""
from __future__ import annotations

import os
import stat
from typing import Sequence

import yaml

from factlint.errors import RuleError
from factlint.model import Problem, Tolerance
from factlint.rules.model import Rule
from factlint.rules.validate import Problems, parse_rule
from factlint.rules.yamlio import load_located_yaml


def load_rule_file(path: str, default_tolerance: Tolerance = Tolerance(),
                   date_order: str | None = None) -> tuple[Rule | None, list[Problem]]:
    """One rule file: (rule, problems)."""
    problems = Problems(path)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO would block the run forever
            problems.add(1, "", "not a regular file")
            return None, problems.items
        with open(path, encoding="utf-8") as handle:
            data = load_located_yaml(handle)
    except OSError as exc:
        problems.add(1, "", f"cannot read: {exc.strerror or exc}")
        return None, problems.items
    except UnicodeDecodeError:
        problems.add(1, "", "not UTF-8 text")
        return None, problems.items
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problems.add(line, "", f"invalid YAML: {exc.problem or exc.context}", column=col)
        return None, problems.items
    except yaml.YAMLError as exc:
        problems.add(1, "", f"invalid YAML: {exc}")
        return None, problems.items
    rule = parse_rule(data, path, problems, default_tolerance, date_order)
    return rule, sorted(problems.items, key=lambda p: p.line)  # top to bottom, in found order within a line


def rule_files(folder: str) -> list[str]:
    """The rule files in a folder, sorted by name."""
    if not os.path.isdir(folder):
        raise RuleError([Problem(folder, message="no such rules folder")])
    names = sorted(n for n in os.listdir(folder) if n.endswith((".yaml", ".yml")) and not n.startswith("."))
    return [os.path.join(folder, n) for n in names]


def load_rules(folders: str | Sequence[str], default_tolerance: Tolerance = Tolerance(),
               date_order: str | None = None) -> tuple[Rule, ...]:
    """Every rule in one folder or several, in the order given; raises RuleError
    listing all problems at once. A rule id must be unique across all folders."""
    rules: list[Rule] = []
    problems: list[Problem | str] = []  # strings: problems a RuleError already holds
    if not isinstance(folders, (str, os.PathLike)) and not folders:
        raise RuleError(["rules: no rules folder given (an empty list checks nothing)"])
    seen: dict[str, str] = {}
    loaded: set[str] = set()
    for folder in [folders] if isinstance(folders, (str, os.PathLike)) else folders:
        if os.path.realpath(folder) in loaded:  # named twice, say by the config file and the command line
            continue
        loaded.add(os.path.realpath(folder))
        try:
            files = rule_files(folder)
        except RuleError as exc:  # a missing folder: keep gathering the other folders' problems
            problems.extend(exc.problems)
            continue
        if not files:
            problems.append(Problem(folder, message="no rule files (*.yaml) found"))
        for path in files:
            rule, found = load_rule_file(path, default_tolerance, date_order)
            problems.extend(found)
            if rule is None:
                continue
            if rule.id in seen:
                problems.append(Problem(path, rule.line, field="id", message=f"rule id {rule.id!r} is already used by {seen[rule.id]}"))
                continue
            seen[rule.id] = path
            rules.append(rule)
    if problems:
        raise RuleError(problems)
    return tuple(rules)

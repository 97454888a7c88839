"""Option types shared by the command line and config files: each converts a
value written either way, and may say how a config file's folder anchors it
(`anchor`), how an INI string splits into items (`split`), whether a mapping
is accepted (`takes_mapping`), and how --show-config prints it (`render`)."""
from __future__ import annotations

import json
import math
import os
from typing import Any

import click


class Glob(click.ParamType):
    """A glob pattern for article paths; one with "/" is anchored at the config
    file's folder (or, on the command line, the current folder)."""

    name = "glob"

    def convert(self, value: Any, param, ctx) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(f"{value!r} is not a glob pattern", param, ctx)
        return value.strip()

    @staticmethod
    def anchor(value: str, folder: str) -> str:
        return _anchor_glob(value, folder)


class PathIgnores(click.ParamType):
    """`GLOB:RULE[,RULE...]`: rules (by id prefix) not reported for articles matching GLOB.
    In a config file, a mapping of glob to a list of rule ids."""

    name = "glob:rules"
    takes_mapping = True

    def convert(self, value: Any, param, ctx):
        from factlint.compare.selection import PathIgnore

        if isinstance(value, PathIgnore):
            return value
        if isinstance(value, tuple) and len(value) == 2:
            glob, rules = value
        elif isinstance(value, str) and ":" in value:
            glob, rules = value.rsplit(":", 1)
        else:
            self.fail(f"{value!r} is not GLOB:RULE[,RULE...]", param, ctx)
        rules = rules.split(",") if isinstance(rules, str) else rules
        if not isinstance(glob, str) or not glob.strip() or not isinstance(rules, list | tuple) \
                or not all(isinstance(r, str) and r.strip() for r in rules) or not rules:
            self.fail(f"{value!r}: expected a glob and a list of rule ids", param, ctx)
        return PathIgnore(glob.strip(), tuple(r.strip() for r in rules))

    @staticmethod
    def split(text: str) -> list[str]:
        return [line.strip() for line in text.splitlines() if line.strip()]

    @staticmethod
    def anchor(value, folder: str):
        from factlint.compare.selection import PathIgnore

        return PathIgnore(_anchor_glob(value.glob, folder), value.rules)

    @staticmethod
    def render(value: tuple) -> str:
        return json.dumps({entry.glob: list(entry.rules) for entry in value}, ensure_ascii=False)


class ToleranceType(click.ParamType):
    """A default tolerance: '5%' (relative) or a number (absolute)."""

    name = "tolerance"

    def convert(self, value: Any, param, ctx):
        from factlint.rules import Tolerance, parse_tolerance

        if isinstance(value, Tolerance):
            return value
        if isinstance(value, str) and not value.strip().endswith("%"):
            try:
                value = float(value)
            except ValueError:
                pass  # parse_tolerance says what is wrong with it
        if isinstance(value, float) and not math.isfinite(value):
            self.fail(f"{value!r} is not a finite number", param, ctx)
        try:
            return parse_tolerance(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)

    @staticmethod
    def render(value) -> str:
        if value is None:
            return "none"
        return json.dumps(value.describe()) if value.relative else value.describe()


class Seconds(click.ParamType):
    """A time budget in seconds: a finite number above 0 (`nan` or `inf` would
    switch the budget off without saying so)."""

    name = "seconds"

    def convert(self, value: Any, param, ctx) -> float:
        if isinstance(value, bool):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        if not math.isfinite(seconds) or seconds <= 0:
            self.fail(f"{value!r}: expected a finite number of seconds above 0", param, ctx)
        return seconds


class Size(click.ParamType):
    """A number of bytes written as people do: 5MB, 800KB, 1GiB, 1200."""

    name = "size"

    def convert(self, value, param, ctx) -> int:
        from factlint.read.source import parse_size

        if isinstance(value, int):
            return value
        try:
            return parse_size(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)

    @staticmethod
    def render(value: int) -> str:
        for unit, factor in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
            if value % factor == 0:
                return json.dumps(f"{value // factor}{unit}")
        return str(value)


def _anchor_glob(pattern: str, folder: str) -> str:
    if "/" not in pattern.rstrip("/") or os.path.isabs(pattern) or not folder:
        return pattern
    return os.path.join(folder, pattern)

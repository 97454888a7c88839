"""Configuration files: find one and read its factlint section into located
settings (`ConfigFile`), from `.factlint.yaml`, `pyproject.toml`
(`[tool.factlint]`) or `setup.cfg` (`[factlint]`).

The nearest folder, from the current one upward, holding a file with a factlint
section wins; within one folder `.factlint.yaml` comes first, then
`pyproject.toml`, then `setup.cfg`. factlint.cli.config checks the settings
against the command's options and turns them into option defaults.
"""
from __future__ import annotations

import configparser
import os
import re
import tomllib
from dataclasses import dataclass
from typing import Any

from factlint.errors import ConfigError

CONFIG_FILES = (".factlint.yaml", "pyproject.toml", "setup.cfg")
_TOML_ERROR_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_INI_SECTION = "factlint"


@dataclass(frozen=True)
class Setting:
    """One key of a config file, as written, with its line when known."""

    key: str
    value: Any
    line: int | None

    @property
    def name(self) -> str:
        return self.key.replace("_", "-")


@dataclass(frozen=True)
class ConfigFile:
    """The factlint section of one file. `path` is as shown in messages, relative
    to the current folder when the file was found by searching."""

    path: str
    settings: tuple[Setting, ...]
    # INI has no lists: a string there holds several items, one a line or comma-separated.
    strings_are_lists: bool = False

    @property
    def folder(self) -> str:
        return os.path.dirname(self.path)

    def where(self, setting: Setting) -> str:
        return f"{self.path}:{setting.line}" if setting.line else self.path

    def setting(self, name: str) -> Setting | None:
        return next((s for s in self.settings if s.name == name), None)


def _read_text(path: str, shown: str) -> str:
    try:
        with open(path, encoding="utf-8-sig") as handle:
            return handle.read()
    except OSError as exc:
        raise ConfigError(f"{shown}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{shown}: not UTF-8 text") from None


def _from_yaml(text: str, shown: str) -> ConfigFile:
    import yaml

    from factlint.rules import load_located_yaml

    try:
        data = load_located_yaml(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        at = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise ConfigError(f"{shown}{at}: invalid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{shown}: invalid YAML: {' '.join(str(exc).split())}") from None
    if data is None:
        return ConfigFile(shown, ())
    if not isinstance(data, dict):
        raise ConfigError(f"{shown}:1: expected a mapping of keys to values")
    lines = getattr(data, "key_lines", {})
    return ConfigFile(shown, tuple(Setting(str(k), v, lines.get(k)) for k, v in data.items()))


def _toml_key_lines(text: str) -> dict[str, int]:
    """The line of each key of [tool.factlint] (tomllib keeps no positions), and of
    each [tool.factlint.KEY] sub-table."""
    lines: dict[str, int] = {}
    in_table = False
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        header = re.match(r"\[\[?([^\]]+)\]\]?\s*(?:#.*)?$", stripped)
        if header:
            name = re.sub(r"[\s\"']", "", header.group(1))
            in_table = name == "tool.factlint"
            if name.startswith("tool.factlint."):
                lines.setdefault(name.split(".")[2], number)
            continue
        key = re.match(r"[\"']?([\w-]+)[\"']?\s*=", stripped)
        if in_table and key:
            lines.setdefault(key.group(1), number)
    return lines


def _from_toml(text: str, shown: str) -> ConfigFile | None:
    try:
        data = tomllib.loads(text)
    except RecursionError:
        raise ConfigError(f"{shown}: invalid TOML: values nested too deeply") from None
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        at = _TOML_ERROR_AT.search(message)
        where = f"{shown}:{at.group(1)}:{at.group(2)}" if at else shown
        raise ConfigError(f"{where}: invalid TOML: {_TOML_ERROR_AT.sub('', message)}") from None
    section = data.get("tool", {}).get("factlint") if isinstance(data.get("tool"), dict) else None
    if section is None:
        return None
    lines = _toml_key_lines(text)
    if not isinstance(section, dict):
        raise ConfigError(f"{shown}: tool.factlint: expected a table")
    return ConfigFile(shown, tuple(Setting(k, v, lines.get(k)) for k, v in section.items()))


def _ini_key_lines(text: str) -> dict[str, int]:
    """The line of each key of [factlint] (configparser keeps no positions)."""
    lines: dict[str, int] = {}
    in_section = False
    for number, line in enumerate(text.splitlines(), 1):
        header = re.match(r"\[([^\]]+)\]", line)
        if header:
            in_section = header.group(1).strip() == _INI_SECTION
        elif in_section and line[:1].strip() and line[0] not in "#;":
            lines.setdefault(re.split(r"[=:]", line, maxsplit=1)[0].strip().lower(), number)
    return lines


def _ini_problem(exc: configparser.Error) -> tuple[int | None, str]:
    if isinstance(exc, configparser.DuplicateOptionError):
        return exc.lineno, f"{exc.option!r} is set twice in [{exc.section}]"
    if isinstance(exc, configparser.DuplicateSectionError):
        return exc.lineno, f"section [{exc.section}] appears twice"
    if isinstance(exc, configparser.MissingSectionHeaderError):
        return exc.lineno, "text before the first [section] header"
    if isinstance(exc, configparser.ParsingError) and exc.errors:
        return exc.errors[0][0], "not a 'key = value' line"
    return None, " ".join(str(exc).split())


def _from_ini(text: str, shown: str) -> ConfigFile | None:
    # No interpolation: other tools' sections may hold '%'. A default section no file
    # names, so a [DEFAULT] section does not leak into [factlint].
    parser = configparser.ConfigParser(interpolation=None, default_section="\0")
    try:
        parser.read_string(text, source=shown)
    except configparser.Error as exc:
        line, problem = _ini_problem(exc)
        raise ConfigError(f"{shown}:{line}: invalid INI: {problem}" if line else f"{shown}: invalid INI: {problem}") \
            from None
    if not parser.has_section(_INI_SECTION):
        return None
    lines = _ini_key_lines(text)
    settings = tuple(Setting(k, v, lines.get(k)) for k, v in parser.items(_INI_SECTION))
    return ConfigFile(shown, settings, strings_are_lists=True)


def read_config(path: str, shown: str | None = None) -> ConfigFile | None:
    """The factlint section of a file, or None when it has none. YAML files are all
    factlint's; TOML files hold it in [tool.factlint], INI files in [factlint]."""
    shown = shown or path
    text = _read_text(path, shown)
    if path.endswith((".yaml", ".yml")):
        return _from_yaml(text, shown)
    if "factlint" not in text:  # not ours: do not even parse another tool's file
        return None
    if path.endswith(".toml"):
        return _from_toml(text, shown)
    return _from_ini(text, shown)


def find_config(start: str) -> ConfigFile | None:
    """The nearest config file from `start` upward, shown relative to the current folder."""
    folder = os.path.abspath(start)
    while True:
        for name in CONFIG_FILES:
            path = os.path.join(folder, name)
            if os.path.isfile(path):
                found = read_config(path, os.path.relpath(path))
                if found is not None:
                    return found
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def load(explicit: str | None, isolated: bool, start: str) -> ConfigFile | None:
    """The config file a run uses: the one named by --config, none with --isolated,
    else the nearest one found from `start`."""
    if isolated:
        return None
    if not explicit:
        return find_config(start)
    if not os.path.isfile(explicit):
        raise ConfigError(f"{explicit}: no such config file")
    found = read_config(explicit)
    if found is None:
        raise ConfigError(f"{explicit}: no factlint section ([factlint] in setup.cfg, [tool.factlint] in TOML)")
    return found

"""Configuration files: find one, read its factlint section, check its keys and
values against the `check` command's options, and turn them into option defaults.

The nearest folder, from the current one upward, holding a file with a factlint
section wins; within one folder `.factlint.yaml` comes first, then
`pyproject.toml` (`[tool.factlint]`), then `setup.cfg` (`[factlint]`). The
command line overrides the file, and the file overrides built-in defaults.

Every option of `check` is a key, by its long name (dashes or underscores), so
a new option is configurable with no code here. Values are converted by the
option's own click type, so a file is held to the same choices and types as
the command line.
"""
from __future__ import annotations

import configparser
import difflib
import json
import os
import re
import tomllib
from dataclasses import dataclass
from typing import Any

import click

from factlint.errors import ConfigError

CONFIG_FILES = (".factlint.yaml", "pyproject.toml", "setup.cfg")
# Options that act on one invocation rather than set how articles are checked.
COMMAND_LINE_ONLY = frozenset({"against", "config", "isolated", "no-config", "show-config", "show-files",
                               "stdin-filename", "write-baseline", "help", "version"})
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


def _anchor(param: click.Parameter, value: Any, folder: str) -> Any:
    """A path or glob from a config file, made relative to the file's folder."""
    if isinstance(param.type, click.Path):
        return value if os.path.isabs(value) else os.path.normpath(os.path.join(folder, value))
    anchor = getattr(param.type, "anchor", None)
    return anchor(value, folder) if anchor else value


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


def option_keys(command: click.Command) -> dict[str, click.Option]:
    """Config key -> option: every option of `command` by its long name, except
    eager ones and those that only make sense on the command line."""
    keys = {}
    for param in command.params:
        if not isinstance(param, click.Option) or param.is_eager:
            continue
        longs = [o[2:] for o in param.opts if o.startswith("--")]
        if longs and longs[0] not in COMMAND_LINE_ONLY:
            keys[longs[0]] = param
    return keys


def _check_keys(config: ConfigFile, keys: dict[str, click.Option]) -> None:
    seen: dict[str, Setting] = {}
    for setting in config.settings:
        where = config.where(setting)
        if setting.name in seen:
            raise ConfigError(f"{where}: {setting.key}: set twice (also as {seen[setting.name].key!r})")
        seen[setting.name] = setting
        if setting.name in COMMAND_LINE_ONLY:
            raise ConfigError(f"{where}: {setting.key}: a command-line option, not a configuration key")
        if setting.name not in keys:
            close = difflib.get_close_matches(setting.name, sorted(keys), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else f"; keys: {', '.join(sorted(keys))}"
            raise ConfigError(f"{where}: unknown key {setting.key!r}{hint}")


def _kind_of(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return "a string" if isinstance(value, str) else f"{type(value).__name__} {value!r}"


def _items(config: ConfigFile, setting: Setting, param: click.Option) -> list[Any]:
    """The raw items of a setting: one for a single-valued option, a list for a repeatable one."""
    value, where = setting.value, f"{config.where(setting)}: {setting.key}"
    if not param.multiple:
        if isinstance(value, (list, dict)) or value is None:
            raise ConfigError(f"{where}: expected a single value, not {_kind_of(value)}")
        return [value]
    if value is None:
        return []
    if isinstance(value, dict):
        if not getattr(param.type, "takes_mapping", False):
            raise ConfigError(f"{where}: expected a list, not a mapping")
        return list(value.items())
    if isinstance(value, str):
        if not config.strings_are_lists:
            return [value]
        split = getattr(param.type, "split", None)
        return split(value) if split else [v.strip() for v in re.split(r"[,\n]", value) if v.strip()]
    if not isinstance(value, list):
        raise ConfigError(f"{where}: expected a list, not {_kind_of(value)}")
    nested = next((v for v in value if isinstance(v, (list, dict))), None)
    if nested is not None:
        raise ConfigError(f"{where}: expected a list of single values, not one holding {_kind_of(nested)}")
    return value


def _convert(config: ConfigFile, setting: Setting, param: click.Option) -> Any:
    converted = []
    for item in _items(config, setting, param):
        try:
            value = param.type.convert(item, param, None)
        except click.BadParameter as exc:
            raise ConfigError(f"{config.where(setting)}: {setting.key}: {exc.message}") from None
        converted.append(_anchor(param, value, config.folder))
    return tuple(converted) if param.multiple else converted[0]


def defaults(config: ConfigFile, schema: click.Command, command: click.Command) -> dict[str, Any]:
    """Option name -> value for `command` from the config file, ready for click's
    `default_map`. Keys and values are checked against `schema` (the `check`
    command, which has every option) whichever command runs; a key `command`
    lacks, or a value only `schema` takes (a `format` only `check` has), leaves
    that command's default alone."""
    every = option_keys(schema)
    _check_keys(config, every)
    for setting in config.settings:
        _convert(config, setting, every[setting.name])
    values = {}
    for name, param in option_keys(command).items():
        found = config.setting(name)
        if found is None:
            continue
        try:
            values[param.name] = _convert(config, found, param)
        except ConfigError:
            continue
    return values


def render(param: click.Parameter, value: Any) -> str:
    """A value as --show-config prints it: TOML-like, one line."""
    custom = getattr(param.type, "render", None)
    if custom:
        return custom(value)
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(_render_scalar(v) for v in value) + "]"
    return _render_scalar(value)


def _render_scalar(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, tuple):  # an --output-file target, (format, path)
        return json.dumps(":".join(value), ensure_ascii=False)
    return json.dumps(str(value), ensure_ascii=False)


_SOURCES = {
    click.core.ParameterSource.COMMANDLINE: "command line",
    click.core.ParameterSource.ENVIRONMENT: "environment",
    click.core.ParameterSource.DEFAULT: "default",
}


def show(ctx: click.Context, config: ConfigFile | None) -> str:
    """The resolved configuration of a command: `key = value  # source`, one key a line, by key."""
    rows = []
    for key, param in sorted(option_keys(ctx.command).items()):
        source = ctx.get_parameter_source(param.name)
        setting = config.setting(key) if config is not None else None
        if source == click.core.ParameterSource.DEFAULT_MAP and config is not None and setting is not None:
            where = config.where(setting)
        else:
            where = _SOURCES.get(source, "default") if source is not None else "default"
        rows.append((f"{key} = {render(param, ctx.params[param.name])}", where))
    width = max(len(left) for left, _ in rows)
    header = f"# config file: {config.path if config else 'none'}"
    return "\n".join([header] + [f"{left.ljust(width)}  # {where}" for left, where in rows]) + "\n"


DEFAULT_RULES = "rules"


def repository_root(start: str) -> str | None:
    """The nearest folder from `start` upward holding `.git` (a folder, or a file in a worktree)."""
    folder = os.path.abspath(start)
    while True:
        if os.path.exists(os.path.join(folder, ".git")):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def default_rules_dir(config: ConfigFile | None, cwd: str) -> str:
    """Where the default rules folder is: beside the config file, else at the
    repository root, else in `cwd`; so that a run from a subfolder finds the
    same rules as one from the top. Raises RuleError saying where it looked."""
    from factlint.errors import RuleError

    if config is not None:
        base, why = os.path.join(cwd, config.folder), f"beside {config.path}"
    else:
        root = repository_root(cwd)
        base, why = (root, "at the repository root") if root else (cwd, "in the current folder")
    folder = os.path.relpath(os.path.join(base, DEFAULT_RULES), cwd)
    if not os.path.isdir(folder):
        raise RuleError([f"{folder}: no such rules folder (the default {DEFAULT_RULES!r}, looked for {why}); "
                         f"pass --rules DIR or set `rules` in the configuration"])
    return folder

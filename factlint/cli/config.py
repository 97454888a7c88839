"""Settings from a configuration file (read by factlint.cli.configfile): check
their keys and values against the `check` command's options, turn them into
option defaults, show where each value comes from, and find the rules folder.
The command line overrides the file, and the file overrides built-in defaults.

Every option of `check` is a key, by its long name (dashes or underscores), so
a new option is configurable with no code here. Values are converted by the
option's own click type, so a file is held to the same choices and types as
the command line.
"""
from __future__ import annotations

import difflib
import json
import math
import os
import re
from typing import Any

import click

from factlint.cli.configfile import CONFIG_FILES, ConfigFile, Setting, find_config, load, read_config
from factlint.errors import ConfigError

__all__ = ["CONFIG_FILES", "ConfigFile", "Setting", "defaults", "find_config", "load", "read_config", "show"]

# Options that act on one invocation rather than set how articles are checked.
COMMAND_LINE_ONLY = frozenset({"against", "config", "isolated", "no-config", "show-config", "show-files",
                               "stdin-filename", "write-baseline", "help", "version"})


def _anchor(param: click.Parameter, value: Any, folder: str) -> Any:
    """A path or glob from a config file, made relative to the file's folder."""
    if isinstance(param.type, click.Path):
        return value if os.path.isabs(value) else os.path.normpath(os.path.join(folder, value))
    anchor = getattr(param.type, "anchor", None)
    return anchor(value, folder) if anchor else value


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


def _type_problem(item: Any, param: click.Option) -> str | None:
    """What is wrong with the type of a config value, before click converts it
    (click's types expect strings and fail on others with a crash, or round
    2.5 jobs down): a file's values are held to what the option means."""
    kind = param.type
    if isinstance(item, str):
        return None  # INI values, and strings anywhere: the option's type reads them
    if isinstance(kind, click.types.BoolParamType):
        return None if isinstance(item, bool) else f"expected true or false, not {_kind_of(item)}"
    if isinstance(kind, (click.types.IntParamType, click.IntRange)):
        return None if isinstance(item, int) and not isinstance(item, bool) else \
            f"expected a whole number, not {_kind_of(item)}"
    if isinstance(kind, (click.types.FloatParamType, click.FloatRange)):
        ok = isinstance(item, (int, float)) and not isinstance(item, bool) and math.isfinite(item)
        return None if ok else f"expected a finite number, not {_kind_of(item)}"
    if isinstance(kind, (click.Path, click.Choice, click.types.StringParamType)):
        return f"expected a string, not {_kind_of(item)}"
    return None  # the option's own type (size, tolerance, seconds, glob) checks its values


def _convert(config: ConfigFile, setting: Setting, param: click.Option) -> Any:
    converted = []
    for item in _items(config, setting, param):
        problem = _type_problem(item, param)
        if problem:
            raise ConfigError(f"{config.where(setting)}: {setting.key}: {problem}")
        try:
            value = param.type.convert(item, param, None)
        except click.BadParameter as exc:
            raise ConfigError(f"{config.where(setting)}: {setting.key}: {exc.message}") from None
        except (TypeError, ValueError, OverflowError, AttributeError):  # a type click did not expect
            raise ConfigError(f"{config.where(setting)}: {setting.key}: "
                              f"{_kind_of(item)} is not a value of this option") from None
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

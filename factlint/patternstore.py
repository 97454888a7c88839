"""Compiled regular expressions kept between runs, as `.pyc` files keep byte-code.

The `regex` module parses and compiles a pattern in Python: a first run of
`factlint seeds/` spends over 40 % of its instructions compiling the ~175
patterns it needs, and every run (cached or not) compiles those that read the
rules. A compiled pattern pickles as the arguments of the C function
that builds it from already-compiled code (`regex`'s own pickling, which
`copyreg` registers), so loading one skips the parser.

The store is one file per user, Python and `regex` version, in the user's cache
folder: `$FACTLINT_PATTERN_CACHE` when set (empty or `off`: no store), else
`$XDG_CACHE_HOME/factlint/` or `~/.cache/factlint/`. It is never in a project's
folder, so a cloned repository cannot bring one along. Reading it resolves
exactly one global name, `regex._regex.compile`: a pickle naming anything else
is refused, so the file cannot run code. What it can still do, if someone with
write access to the user's cache folder forged it, is hand the C compiler
malformed code, which is why it lives where only that user writes. A pattern
is taken from the store only if it names the same source; any error (a
missing, truncated or foreign file, another version) means compiling as usual.

Patterns compiled in a run are written once, when the process exits (forked
worker processes end without writing), merged with what the file held; past
MAX_PATTERNS the file keeps only this run's, and writing it removes this
Python's files of other `regex` versions. Each write replaces the file whole,
so concurrent runs never read half a file (the last writer's patterns win).
"""
from __future__ import annotations

import atexit
import io
import os
import pickle
import sys
from typing import Any

import regex

MAX_PATTERNS = 5000
_OFF = ("", "0", "off", "no", "false")

# (pattern source, flags) -> pickled compiled pattern; None until the file is read
_stored: dict[tuple[str, int], bytes] | None = None
_used: dict[tuple[str, int], bytes] = {}  # what this run compiled or loaded, to write back
_added = False  # whether this run compiled a pattern the file did not hold


def _version_tag() -> str:
    magic = getattr(getattr(regex, "_regex", None), "MAGIC", 0)
    return f"{sys.implementation.cache_tag}-regex{regex.__version__}-{magic}"


def store_path() -> str | None:
    """The store's file, or None when the store is off."""
    given = os.environ.get("FACTLINT_PATTERN_CACHE")
    if given is not None:
        if given.strip().lower() in _OFF:
            return None
        folder = given
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "factlint")
    return os.path.join(folder, f"patterns-{_version_tag()}.pickle")


class _OnlyRegexCompile(pickle.Unpickler):
    """Resolves `regex._regex.compile` and nothing else."""

    def find_class(self, module: str, name: str) -> Any:
        if module == "regex._regex" and name == "compile":
            return regex._regex.compile  # type: ignore[attr-defined]
        raise pickle.UnpicklingError(f"{module}.{name} is not a compiled pattern")


def _loads(data: bytes) -> Any:
    return _OnlyRegexCompile(io.BytesIO(data)).load()


def _read() -> dict[tuple[str, int], bytes]:
    path = store_path()
    if path is None:
        return {}
    try:
        with open(path, "rb") as handle:
            held = _loads(handle.read())
    except Exception:  # missing, unreadable, truncated, foreign: compile as usual
        return {}
    if type(held) is not dict:
        return {}
    return {k: v for k, v in held.items()
            if type(k) is tuple and len(k) == 2 and type(k[0]) is str and type(k[1]) is int and type(v) is bytes}


def compile(pattern: str, flags: int = 0, **kwargs: Any) -> regex.Pattern[str]:
    """`regex.compile(pattern, flags, **kwargs)`, from the store when it holds the pattern."""
    global _stored, _added
    if kwargs or type(pattern) is not str:  # named lists: not stored
        return regex.compile(pattern, flags, **kwargs)
    if _stored is None:
        _stored = _read()
    key = (pattern, int(flags))  # a plain int: a flag enum would pickle as a class the reader refuses
    data = _stored.get(key)
    if data is not None:
        try:
            loaded = _loads(data)
        except Exception:  # a damaged entry: compile it again
            loaded = None
        if isinstance(loaded, regex.Pattern) and loaded.pattern == pattern:
            _used[key] = data
            return loaded
    compiled = regex.compile(pattern, flags)
    try:
        _used[key] = pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # a pattern regex cannot pickle is simply not stored
        return compiled
    if not _added and store_path() is not None:
        atexit.register(save)
    _added = True
    return compiled


def save() -> None:
    """Write the patterns of this run (with those the file held, up to
    MAX_PATTERNS) when it compiled any the file did not hold."""
    global _added
    path = store_path()
    if not _added or path is None:
        return
    _added = False
    merged = dict(_stored or {})
    merged.update(_used)
    if len(merged) > MAX_PATTERNS:
        merged = dict(_used)
    try:
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        temporary = f"{path}.{os.getpid()}.tmp"
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            pickle.dump(merged, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        _remove_other_versions(path)
    except OSError:
        # A read-only home or a full disk: the next run compiles again, as without a store.
        try:
            os.unlink(temporary)
        except (OSError, UnboundLocalError):
            pass


def _remove_other_versions(path: str) -> None:
    """This Python's files of other `regex` versions, which it reads no more (another
    Python's are left alone: two Pythons in turn would otherwise remove each other's)."""
    folder, name = os.path.split(path)
    prefix = f"patterns-{sys.implementation.cache_tag}-regex"
    for other in os.listdir(folder):
        if other != name and other.startswith(prefix) and other.endswith(".pickle"):
            try:
                os.unlink(os.path.join(folder, other))
            except OSError:
                pass


def forget() -> None:
    """Drop what this process read and compiled (tests; a changed FACTLINT_PATTERN_CACHE)."""
    global _stored, _added
    _stored = None
    _used.clear()
    _added = False

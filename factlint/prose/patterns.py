"""Regular expressions compiled on first use.

The `regex` module parses a pattern in Python, so compiling the few hundred
patterns factlint defines at module level cost about 0.2 s of every start, more
than the rest of a small run; many of them are never needed (a run answered
from the cache reads no article, a plain-text article needs no Markdown or HTML
pattern). `lazy_compile` takes the same arguments as `regex.compile` and returns
a stand-in that compiles the pattern the first time one of its methods is
called. From then on the compiled pattern's own bound methods sit in the
stand-in's `__dict__`, where they win over the class's methods (a plain
function on the class is a non-data descriptor), so a call costs what it costs
on the compiled pattern: no check, no forwarding.

`.pattern` is the source text, readable without compiling (patterns are built
from other patterns' sources at import time).
"""
from __future__ import annotations

from typing import Any, Callable, Iterator

import regex

from factlint import patternstore

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "splititer")
_Repl = Callable[["regex.Match[str]"], str] | str


class LazyPattern:
    """A `regex.Pattern` in waiting: see the module's docstring."""

    def __init__(self, pattern: str, flags: int = 0, **kwargs: Any) -> None:
        self.pattern = pattern
        self._flags = flags
        self._kwargs = kwargs

    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        done: regex.Pattern[str] | None = self.__dict__.get("_compiled")
        if done is None:
            done = patternstore.compile(self.pattern, self._flags, **self._kwargs)
            self.__dict__["_compiled"] = done
            for name in _METHODS:
                self.__dict__[name] = getattr(done, name)
        return done

    # The first call of each method lands here; compiled() then shadows all of them.
    def search(self, string: str, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self.compiled().search(string, *args, **kwargs)

    def match(self, string: str, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self.compiled().match(string, *args, **kwargs)

    def fullmatch(self, string: str, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self.compiled().fullmatch(string, *args, **kwargs)

    def finditer(self, string: str, *args: Any, **kwargs: Any) -> Iterator[regex.Match[str]]:
        return self.compiled().finditer(string, *args, **kwargs)

    def findall(self, string: str, *args: Any, **kwargs: Any) -> list[Any]:
        return self.compiled().findall(string, *args, **kwargs)

    def sub(self, repl: _Repl, string: str, *args: Any, **kwargs: Any) -> str:
        return self.compiled().sub(repl, string, *args, **kwargs)

    def subn(self, repl: _Repl, string: str, *args: Any, **kwargs: Any) -> tuple[str, int]:
        return self.compiled().subn(repl, string, *args, **kwargs)

    def split(self, string: str, *args: Any, **kwargs: Any) -> list[str | Any]:
        return self.compiled().split(string, *args, **kwargs)

    def splititer(self, string: str, *args: Any, **kwargs: Any) -> Iterator[str | Any]:
        return self.compiled().splititer(string, *args, **kwargs)

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groupindex(self) -> dict[str, int]:
        return dict(self.compiled().groupindex)

    @property
    def groups(self) -> int:
        return self.compiled().groups

    def __reduce__(self) -> tuple[Any, ...]:
        # Sent to a worker process as its source, never as bound methods.
        return (_rebuild, (self.pattern, self._flags, self._kwargs))

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def _rebuild(pattern: str, flags: int, kwargs: dict[str, Any]) -> LazyPattern:
    return LazyPattern(pattern, flags, **kwargs)


def lazy_compile(pattern: str, flags: int = 0, **kwargs: Any) -> LazyPattern:
    """`regex.compile(pattern, flags, **kwargs)`, done on the first search, match, etc."""
    return LazyPattern(pattern, flags, **kwargs)


def is_compiled(pattern: LazyPattern) -> bool:
    """Whether `pattern` has been compiled yet (for tests)."""
    return "_compiled" in pattern.__dict__

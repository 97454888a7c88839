"""Reading the articles of a run without ever stopping it: files too large,
binary or unreadable, and standard input.

A file that is not an article (binary, over the size cap) is a warning. A file
that should be an article but cannot be read is an error of the run (exit
status 2), unless `skip_unreadable` turns it into a warning; either way the
other articles are still checked.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import BinaryIO

import regex

from factlint.errors import DocumentError
from factlint.model import RunError
from factlint.prose.patterns import lazy_compile
from factlint.read.discover import STDIN
from factlint.read.document import Skipped, read_bytes, read_stream_bytes

DEFAULT_MAX_FILE_SIZE = 5_000_000
# Wall time one article may take to read and extract. A news article takes
# milliseconds; a budget of seconds only stops input that would take hours.
DEFAULT_ARTICLE_TIMEOUT = 60.0
# Memory one article may add to the process (Linux): a 5 MB article needs tens of
# MB; past this, something in it would take the machine down (an alias bomb).
DEFAULT_ARTICLE_MEMORY = 2_000_000_000
STDIN_NAME = "<stdin>"
_SIZE = lazy_compile(r"(\d+(?:\.\d+)?)\s*(b|bytes?|[kmg]i?b?)?", regex.IGNORECASE)
_FACTORS = {"": 1, "b": 1, "k": 10**3, "m": 10**6, "g": 10**9, "ki": 2**10, "mi": 2**20, "gi": 2**30}


def parse_size(text: str) -> int:
    """'5MB' -> 5_000_000, '512KiB' -> 524_288, '1200' -> 1200 (bytes)."""
    m = _SIZE.fullmatch(text.strip())
    if not m:
        raise ValueError(f"{text!r} is not a size such as 5MB, 800KB or 1GiB")
    unit = (m.group(2) or "").lower()
    unit = "" if unit.startswith("byte") else unit.removesuffix("b")
    size = int(float(m.group(1)) * _FACTORS[unit])
    if size <= 0:
        raise ValueError(f"{text!r}: the size cap must be more than 0 bytes")
    return size


@dataclass(frozen=True)
class ReadOptions:
    """How articles are read. `stdin` is the stream `-` reads (standard input when None)."""

    max_file_size: int | None = DEFAULT_MAX_FILE_SIZE
    skip_unreadable: bool = False
    stdin_name: str = STDIN_NAME
    stdin: BinaryIO | None = None
    article_timeout: float | None = DEFAULT_ARTICLE_TIMEOUT
    article_memory: int | None = DEFAULT_ARTICLE_MEMORY


def replaced_by_stdin(paths: list[str], options: ReadOptions) -> list[str]:
    """The paths to read: a file that standard input is named after is left out,
    since the piped text is its newer version (an editor's unsaved draft)."""
    if STDIN not in paths or not os.path.exists(options.stdin_name):
        return paths
    stdin_real = os.path.realpath(options.stdin_name)
    return [p for p in paths if p == STDIN or os.path.realpath(p) != stdin_real]


def article_name(path: str, options: ReadOptions) -> str:
    """The name findings give the article at `path`: its path, or the stdin name for `-`."""
    return options.stdin_name if path == STDIN else path


def read_input(path: str, options: ReadOptions) -> tuple[str, bytes]:
    """(the name findings give it, the raw bytes) of the article at `path`
    (`-`: standard input); raises Skipped or Unreadable."""
    if path == STDIN:
        stream = options.stdin if options.stdin is not None else sys.stdin.buffer
        return options.stdin_name, read_stream_bytes(options.stdin_name, stream, options.max_file_size)
    return path, read_bytes(path, options.max_file_size)


def unread(path: str, exc: DocumentError, options: ReadOptions) -> tuple[tuple[str, ...], tuple[RunError, ...]]:
    """What a file that was not read adds to the run: (warnings, errors). A file
    that is not an article is a warning; one that cannot be read is an error,
    or a warning with `skip_unreadable`."""
    if isinstance(exc, Skipped):
        return (str(exc),), ()
    if options.skip_unreadable:
        return (f"{exc} (--skip-unreadable)",), ()
    name = article_name(path, options)
    return (), (RunError(name, str(exc).removeprefix(f"{name}: ")),)

"""Where a report goes and what the run's exit status is: the format of each
--output-file, colour on or off, and the fail level. Pure functions of their
arguments, so the command line stays thin and each rule is tested alone."""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Mapping
from typing import TextIO

from factlint.atomic import STDOUT, silence_stdout, write_atomic
from factlint.errors import FactlintError
from factlint.model import Report
from factlint.reporters import chunks, render
from factlint.reporters.options import RenderOptions

EXTENSION_FORMATS = {".sarif": "sarif", ".xml": "junit", ".json": "json", ".txt": "line", ".log": "line",
                     ".html": "html", ".htm": "html"}
# Formats only written to a file: the editor's report is a page, not a stream to read in a terminal.
OUTPUT_ONLY = ("html",)


def output_target(spec: str, formats: frozenset[str] | set[str]) -> tuple[str, str]:
    """`FORMAT:PATH` or a bare PATH whose extension names the format: (format, path).

    A prefix counts only when it is a known format, so `C:\\reports\\x.sarif`
    stays a path; an unknown word prefix is an error rather than a file name.
    """
    prefix, sep, rest = spec.partition(":")
    if sep and prefix in formats:
        if not rest:
            raise FactlintError(f"--output-file {spec}: no path after '{prefix}:'")
        return prefix, rest
    if sep and len(prefix) > 1 and prefix.isalpha():
        raise FactlintError(f"--output-file {spec}: unknown format {prefix!r} (choose from {', '.join(sorted(formats))})")
    extension = os.path.splitext(spec)[1].lower()
    if extension not in EXTENSION_FORMATS:
        known = ", ".join(f"{ext} ({fmt})" for ext, fmt in EXTENSION_FORMATS.items())
        raise FactlintError(f"--output-file {spec}: cannot tell the format from {extension or 'no extension'!r}; "
                            f"write FORMAT:PATH, or use {known}")
    return EXTENSION_FORMATS[extension], spec


def default_format(environ: Mapping[str, str]) -> str:
    """`github` inside GitHub Actions (annotations on the changed lines), else `text`."""
    return "github" if environ.get("GITHUB_ACTIONS") == "true" else "text"


def use_color(choice: str, environ: Mapping[str, str], is_terminal: bool) -> bool:
    """`always`/`never` win; `auto` honours NO_COLOR, then FORCE_COLOR, then asks the terminal."""
    if choice != "auto":
        return choice == "always"
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR"):
        return True
    return is_terminal


def write_outputs(targets: list[tuple[str, str]], report: Report, info: Mapping[str, str] | None = None) -> None:
    """Write the report to each (format, path), plain and whole, making the folder;
    a failure is one clear error. `info` is the run metadata the HTML report shows."""
    for fmt, path in targets:
        text: str | Iterable[str]
        if fmt == "html":
            text = render("html", report, RenderOptions(info=tuple((info or {}).items())), command="report")
        else:
            text = chunks(fmt, report)  # written piece by piece
        if path == STDOUT:
            write_stdout(text)
            continue
        try:
            os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
            write_atomic(path, text)
        except OSError as exc:
            raise FactlintError(f"{path}: cannot write: {exc.strerror or exc}") from None


def write_stdout(text: str | Iterable[str]) -> None:
    """Write to standard output (a string, or its pieces one after another); a
    closed or broken standard output is an error (exit 2), never a report silently lost."""
    import sys

    stream = sys.stdout
    if stream is None:
        raise FactlintError("cannot write the report: standard output is closed")
    try:
        for piece in (text,) if isinstance(text, str) else text:
            stream.write(piece)
        stream.flush()
    except (BrokenPipeError, OSError, ValueError) as exc:  # ValueError: the stream was closed
        silence_stdout()
        reason = getattr(exc, "strerror", None) or str(exc)
        raise FactlintError(f"cannot write the report to standard output: {reason}") from None


class Progress:
    """A progress line on a terminal's stderr for runs longer than a couple of
    seconds: rewritten in place, erased at the end, never written to a log or a
    pipe (`enabled` is false there)."""

    DELAY = 2.0  # seconds before the first line: a quick run stays quiet

    def __init__(self, stream: TextIO, enabled: bool, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream, self.enabled, self.clock = stream, enabled, clock
        self.start = clock()
        self.shown = False

    def __enter__(self) -> Callable[[int], None] | None:
        return self.update if self.enabled else None

    def update(self, done: int) -> None:
        if self.clock() - self.start < self.DELAY:
            return
        self.stream.write(f"\rfactlint: read {done} article{'' if done == 1 else 's'}…")
        self.stream.flush()
        self.shown = True

    def __exit__(self, *exc) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()

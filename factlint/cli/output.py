"""Where a report goes and what the run's exit status is: the format of each
--output-file, colour on or off, and the fail level. Pure functions of their
arguments, so the command line stays thin and each rule is tested alone."""
from __future__ import annotations

import os
from collections.abc import Mapping

from factlint.atomic import write_atomic
from factlint.errors import FactlintError
from factlint.model import Report
from factlint.reporters import render

EXTENSION_FORMATS = {".sarif": "sarif", ".xml": "junit", ".json": "json", ".txt": "line", ".log": "line"}


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


def write_outputs(targets: list[tuple[str, str]], report: Report) -> None:
    """Write the report to each (format, path), plain and whole, making the folder;
    a failure is one clear error."""
    for fmt, path in targets:
        try:
            os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
            write_atomic(path, render(fmt, report))
        except OSError as exc:
            raise FactlintError(f"{path}: cannot write: {exc.strerror or exc}") from None

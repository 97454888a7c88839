"""A `dates` file: a newsroom's own publication times, path -> time, from its CMS.

CSV (`path,time` per line; a header line naming `path` is skipped) or YAML (a
mapping of path to time). A path is read relative to the file's folder; a bare
file name matches an article of that name in any folder. A time is ISO 8601
("2024-05-02", "2024-05-02T18:00-04:00") or a written date line ("May 2, 2024
6:00 PM EDT"). The file's times win over those read from the pages.
"""
from __future__ import annotations

import csv
import io
import os

import yaml

from factlint.errors import FactlintError
from factlint.prose.moments import Moment, parse_moment


class DatesFileError(FactlintError):
    """A dates file that cannot be read; one line saying where and why."""


class Dates:
    """Publication times by article path."""

    def __init__(self, by_path: dict[str, Moment], by_name: dict[str, Moment]) -> None:
        self.by_path = by_path  # absolute, normalised paths
        self.by_name = by_name  # bare file names

    def get(self, path: str) -> Moment | None:
        found = self.by_path.get(os.path.normcase(os.path.abspath(path)))
        return found if found is not None else self.by_name.get(os.path.basename(path))

    def __bool__(self) -> bool:
        return bool(self.by_path or self.by_name)


def parse_dates(text: str, shown: str, folder: str) -> Dates:
    """The times in a dates file's text (`shown` names it in errors)."""
    rows: list[tuple[int, str, object]] = []
    if shown.lower().endswith((".yaml", ".yml")):
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{shown}:{mark.line + 1}" if mark else shown
            raise DatesFileError(f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise DatesFileError(f"{shown}: expected a mapping of article paths to publication times")
        rows = [(0, str(key), value) for key, value in data.items()]
    else:
        for number, row in enumerate(csv.reader(io.StringIO(text)), 1):
            if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
                continue
            if number == 1 and row[0].strip().lower() == "path":
                continue
            if len(row) < 2:
                raise DatesFileError(f"{shown}:{number}: expected 'path,time'")
            rows.append((number, row[0].strip(), row[1].strip()))
    by_path: dict[str, Moment] = {}
    by_name: dict[str, Moment] = {}
    for number, path, raw in rows:
        moment = parse_moment(raw)
        where = f"{shown}:{number}" if number else shown
        if moment is None:
            raise DatesFileError(f"{where}: {path}: {raw!r} is not a time (YYYY-MM-DD, "
                                 "YYYY-MM-DDTHH:MM with an optional zone, or a date such as 'May 2, 2024')")
        if os.sep not in path and "/" not in path:
            by_name[path] = moment
        by_path[os.path.normcase(os.path.abspath(os.path.join(folder, path)))] = moment
    return Dates(by_path, by_name)


def load_dates(path: str) -> Dates:
    """Read a dates file; a clear one-line error when it cannot be read."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            text = handle.read()
    except OSError as exc:
        raise DatesFileError(f"{path}: cannot read the dates file: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise DatesFileError(f"{path}: the dates file is not UTF-8 text") from None
    return parse_dates(text, path, os.path.dirname(os.path.abspath(path)))

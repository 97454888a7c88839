"""Finding the articles to check under the paths given on the command line."""
from __future__ import annotations

import fnmatch
import os
from typing import Iterable

from factlint.errors import DocumentError
from factlint.read.markup import SUFFIXES as ARTICLE_SUFFIXES

STDIN = "-"  # the path that means "read one article from standard input"
SKIPPED_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".factlint_cache"}


def discover(paths: list[str], include: tuple[str, ...] = (), exclude: tuple[str, ...] = (),
             force_exclude: bool = False, unlisted: list[tuple[str, str]] | None = None) -> list[str]:
    """Articles under `paths`, in a stable order, each path as reached from its argument.

    A file named on the command line is always checked (unless `force_exclude`
    and it matches `exclude`: a hook passes every staged file); in a folder, articles
    (.txt, .md, .markdown, .html, .htm, or the files matching `include`) are,
    except those matching `exclude`, and hidden folders, tool folders and
    folders matching `exclude` are skipped. `-` (standard input) is kept, once,
    in its place. A folder that cannot be listed is added to `unlisted` as
    (folder, reason), for the run to report, never silently left out.
    """
    found: list[str] = []
    seen: set[str] = set()
    for path in paths:
        if path == STDIN:
            candidates = [path]
        elif os.path.isfile(path):
            candidates = [] if force_exclude and exclude and matches(path, exclude) else [_plain(path)]
        elif os.path.isdir(path):
            candidates = _walk(path, include, exclude, unlisted)
        else:
            raise DocumentError(f"{path}: no such file or directory")
        for candidate in candidates:
            real = candidate if candidate == STDIN else os.path.realpath(candidate)
            if real not in seen:
                seen.add(real)
                found.append(candidate)
    return found


def matches(path: str, patterns: Iterable[str]) -> bool:
    """Whether `path` matches one of the glob patterns.

    A pattern without "/" matches the file or folder name (`*.draft.txt`,
    `archive`); one with "/" matches the whole path, a relative pattern taken
    from the current folder (`drafts/*`); `*` crosses folders, and `/**/` also
    matches a single "/".
    """
    name = os.path.basename(path)
    full = None
    for pattern in patterns:
        pattern = pattern.rstrip("/") or pattern
        if "/" not in pattern:
            if fnmatch.fnmatchcase(name, pattern):
                return True
            continue
        full = full or os.path.abspath(path)
        anchored = os.path.abspath(pattern)
        if fnmatch.fnmatchcase(full, anchored) or fnmatch.fnmatchcase(full, anchored.replace("/**/", "/")):
            return True
    return False


def _plain(path: str) -> str:
    """A path found under `.` as people write it: `page.html`, not `./page.html`."""
    while path.startswith("./") and len(path) > 2:
        path = path[2:]
    return path


def _walk(folder: str, include: tuple[str, ...], exclude: tuple[str, ...],
          unlisted: list[tuple[str, str]] | None = None) -> list[str]:
    found = []
    visited: set[str] = set()

    def cannot_list(exc: OSError) -> None:
        if unlisted is not None:
            unlisted.append((exc.filename or folder, exc.strerror or str(exc)))

    for root, dirs, files in os.walk(folder, followlinks=True, onerror=cannot_list):
        real = os.path.realpath(root)
        if real in visited:  # a symlink loop
            dirs[:] = []
            continue
        visited.add(real)
        # Pruning an excluded folder here means its files are never even listed.
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS
                         and not (exclude and matches(os.path.join(root, d), exclude)))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            wanted = matches(path, include) if include else name.lower().endswith(ARTICLE_SUFFIXES)
            if wanted and not (exclude and matches(path, exclude)):
                found.append(_plain(path))
    return found

"""Finding the articles to check under the paths given on the command line."""
from __future__ import annotations

import os

from factlint.errors import DocumentError

ARTICLE_SUFFIXES = (".txt",)
STDIN = "-"  # the path that means "read one article from standard input"
SKIPPED_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".factlint_cache"}


def discover(paths: list[str]) -> list[str]:
    """Articles under `paths`, in a stable order, each path as reached from its argument.

    A file named on the command line is always checked; in a folder, `.txt` files
    are, and hidden folders and tool folders are skipped. `-` (standard input)
    is kept, once, in its place.
    """
    found: list[str] = []
    seen: set[str] = set()
    for path in paths:
        if path == STDIN:
            candidates = [path]
        elif os.path.isfile(path):
            candidates = [path]
        elif os.path.isdir(path):
            candidates = _walk(path)
        else:
            raise DocumentError(f"{path}: no such file or directory")
        for candidate in candidates:
            real = candidate if candidate == STDIN else os.path.realpath(candidate)
            if real not in seen:
                seen.add(real)
                found.append(candidate)
    return found


def _walk(folder: str) -> list[str]:
    found = []
    visited: set[str] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in visited:  # a symlink loop
            dirs[:] = []
            continue
        visited.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS)
        for name in sorted(files):
            if name.endswith(ARTICLE_SUFFIXES) and not name.startswith("."):
                found.append(os.path.join(root, name))
    return found

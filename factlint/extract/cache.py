"""The extract step's cache: one ArticleResult per file content, rules and version.

An entry is keyed on the file's raw bytes (so a change of encoding or size is
a change), the rules' fingerprint and factlint's version, never on the path:
a moved or copied article is found again. Entries are written atomically, so
two runs may share a folder. An entry is untrusted input: one that cannot be
read, is not a regular file, or does not hold exactly what factlint writes is
ignored and recomputed. The cache only saves time: if its folder cannot be
written, the run goes on without it.

Layout, as pytest's and ruff's caches: the folder holds a `.gitignore` (so it
is never committed) and a `CACHEDIR.TAG` (so backup tools skip it), then one
folder per factlint version and, in it, one per rule set. A run removes the
folders of other versions and keeps the few rule sets used last, so editing
rules does not grow the cache without end. `factlint clean` removes it all.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat

import factlint
from factlint.atomic import write_atomic
from factlint.extract.run import ArticleResult, checked_result, rules_digest
from factlint.rules import Rule

DEFAULT_DIR = ".factlint_cache"
TAG_NAME = "CACHEDIR.TAG"
# The first line is fixed by https://bford.info/cachedir/ ; the rest says whose it is.
TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This folder is factlint's cache: `factlint clean` removes it.\n"
GITIGNORE = "# Created by factlint: the cache is never committed.\n*\n"
KEEP_RULE_SETS = 4  # rule sets kept per version: the current one and the last few used
MAX_ENTRY_SIZE = 64_000_000  # bytes; an entry is a few KB per article


def is_cache_folder(folder: str) -> bool:
    """Whether `folder` is a factlint cache (it holds our CACHEDIR.TAG, or has the default name)."""
    try:
        with open(os.path.join(folder, TAG_NAME), encoding="utf-8") as handle:
            if handle.read(len(TAG)) == TAG:
                return True
    except (OSError, UnicodeDecodeError):
        pass
    return os.path.basename(os.path.normpath(folder)) == DEFAULT_DIR and os.path.isdir(folder)


def clean(folder: str) -> bool:
    """Remove the cache `folder`; False when there is none. Refuses a folder
    that is not a factlint cache, so a mistyped --cache-dir deletes nothing."""
    if not os.path.lexists(folder):
        return False
    if os.path.islink(folder) or not os.path.isdir(folder) or not is_cache_folder(folder):
        raise OSError(f"{folder}: not a factlint cache folder (no {TAG_NAME} written by factlint); left alone")
    shutil.rmtree(folder)
    return True

RECORD = 3  # the ArticleResult layout: bumped when it gains a field or a field's meaning (2: `published`; 3: a yearless `published`)


class Cache:
    """Results stored under `folder`, for one rule set and this factlint version."""

    def __init__(self, folder: str, rules: tuple[Rule, ...]) -> None:
        self.folder = folder
        self.rules = rules
        self.rules_digest = rules_digest(rules)
        self.version = factlint.__version__
        self.entries = os.path.join(folder, "v" + _safe(self.version), self.rules_digest[:16])
        self._prepared = False

    def _key(self, path: str, content_digest: str) -> str:
        # The suffix too: the same bytes read as Markdown or HTML are another article.
        suffix = os.path.splitext(path)[1].lower()
        return hashlib.sha256(f"{RECORD}\0{self.version}\0{self.rules_digest}\0{suffix}\0{content_digest}"
                              .encode("utf-8", "surrogateescape")).hexdigest()

    def _path(self, key: str) -> str:
        return os.path.join(self.entries, key[:2], key + ".json")

    def get(self, path: str, content_digest: str) -> ArticleResult | None:
        """The stored result for these bytes, as read under `path`; None if there is none."""
        try:
            head, _, body = _read_regular(self._path(self._key(path, content_digest))).partition(b"\n")
            entry = json.loads(head)
            if not isinstance(entry, dict) or (entry.get("factlint"), entry.get("rules")) != (
                    self.version, self.rules_digest):
                return None
            if entry.get("check") != hashlib.sha256(body).hexdigest():
                return None  # damaged since it was written (a value of the right type but wrong)
            result = checked_result(json.loads(body), self.rules, values=False)
        except (OSError, ValueError, RecursionError, MemoryError):
            return None  # missing, partial, foreign or damaged: recompute
        if result.sha256 != content_digest or result.errors:
            return None
        return result.moved_to(path)

    def put(self, result: ArticleResult) -> None:
        key = self._key(result.path, result.sha256)
        # A header line (version, rules, checksum of the rest), then the result:
        # the checksum is checked on the bytes, with no second serialisation.
        try:
            body = json.dumps(result.to_dict()).encode("ascii")
            head = json.dumps({"factlint": self.version, "rules": self.rules_digest,
                               "check": hashlib.sha256(body).hexdigest()}).encode("ascii")
            self.prepare()
            os.makedirs(os.path.dirname(self._path(key)), exist_ok=True)
            # Not durable: an entry lost or damaged in a crash is only recomputed.
            # ASCII: a file name that is not valid UTF-8 survives as an escape.
            write_atomic(self._path(key), head + b"\n" + body, durable=False)
        except (OSError, ValueError, TypeError):  # ValueError, TypeError: a value JSON cannot hold
            pass  # a read-only or full disk: the run goes on uncached

    def prepare(self) -> None:
        """Once per run: tag the folder, mark this rule set as used, prune the rest."""
        if self._prepared:
            return
        self._prepared = True
        os.makedirs(self.entries, exist_ok=True)
        for name, text in ((TAG_NAME, TAG), (".gitignore", GITIGNORE)):
            target = os.path.join(self.folder, name)
            if not os.path.exists(target):
                write_atomic(target, text, durable=False)
        os.utime(self.entries)
        self.prune()

    def prune(self) -> None:
        """Remove other versions' folders, and all but the KEEP_RULE_SETS rule
        sets of this version used last. A folder another run is writing to
        at the same time only loses entries, which are recomputed."""
        version_dir = os.path.dirname(self.entries)
        try:
            for name in os.listdir(self.folder):
                full = os.path.join(self.folder, name)
                # "xx" folders: entries of factlint versions before this layout.
                old = (name.startswith("v") and full != version_dir) or (
                    len(name) == 2 and all(ch in "0123456789abcdef" for ch in name))
                if old and os.path.isdir(full) and not os.path.islink(full):
                    shutil.rmtree(full, ignore_errors=True)
            sets = []
            for name in os.listdir(version_dir):
                full = os.path.join(version_dir, name)
                if full != self.entries and os.path.isdir(full) and not os.path.islink(full):
                    sets.append((os.stat(full).st_mtime, name, full))
            for _, _, full in sorted(sets, reverse=True)[KEEP_RULE_SETS - 1:]:
                shutil.rmtree(full, ignore_errors=True)
        except OSError:
            pass


def _safe(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in ".-_" else "_" for ch in text)


def _read_regular(path: str) -> bytes:
    """The bytes of a regular file, never blocking on a FIFO or reading a device."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ENTRY_SIZE:
            raise OSError(f"{path}: not a cache entry")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(MAX_ENTRY_SIZE + 1)
    finally:
        os.close(fd)

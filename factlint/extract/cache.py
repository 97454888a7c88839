"""The cache: one ArticleResult per file content, rules and version, and the
comparison of each rule's facts, in one SQLite file per rule set.

An article entry is keyed on the file's raw bytes (so a change of encoding or
size is a change), its suffix, the rules' fingerprint and factlint's version,
never on the path: a moved or copied article is found again. A comparison
entry is keyed on one rule and on the path, content digest and publication
time of every article that states a fact of it, in order: an unchanged
archive is not compared again, and one changed article costs only its rules'
comparisons. Entries are untrusted input: one that cannot be read or does not
hold exactly what factlint writes (a checksum, then every field's type) is
ignored and recomputed. The cache only saves time: if its file cannot be
opened or written, or another run holds it, the run goes on without it.

Why one SQLite file (standard library) rather than one small JSON file per
article: a warm run over 10,000 articles opened 10,000 files and did little
else; one file read in one transaction is several times cheaper, and pruning
is removing a file. Entries are encoded with orjson when it is installed (8x
faster to write and 2x to read than the json module, measured on an article
of the story corpus), else with json: the two write the same JSON.

Layout, as pytest's and ruff's caches: the folder holds a `.gitignore` (so it
is never committed) and a `CACHEDIR.TAG` (so backup tools skip it), then one
folder per factlint version and, in it, one per rule set holding `cache.sqlite`.
A run removes the folders of other versions and keeps the few rule sets used
last, so editing rules does not grow the cache without end. `factlint clean`
removes it all.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import stat
from typing import Any

import factlint
from factlint.atomic import write_atomic
from factlint.extract.run import ArticleResult, checked_result, rules_digest
from factlint.model import Check, Finding, Outcome, Related, Severity
from factlint.rules import Rule

try:  # a fast encoder when installed (setup.cfg requires it); the same JSON either way
    import orjson
except ImportError:  # pragma: no cover - orjson is a dependency
    orjson = None  # type: ignore[assignment]


def _dumps(data: Any) -> bytes:
    if orjson is not None:
        try:
            return orjson.dumps(data)
        except TypeError:  # a file name that is not UTF-8 (a lone surrogate): the json module escapes it
            pass
    return json.dumps(data, separators=(",", ":")).encode("ascii")


def _loads(body: bytes) -> Any:
    if orjson is not None:
        try:
            return orjson.loads(body)
        except ValueError:  # written by the json module (escaped surrogates), or damaged
            pass
    return json.loads(body)


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

RECORD = 4  # the entry layout: bumped when it changes (2: `published`; 3: a yearless `published`;
            # 4: one SQLite file, comparison entries)
DB_NAME = "cache.sqlite"
BATCH = 256  # entries written per transaction


class Cache:
    """Results stored under `folder`, for one rule set and this factlint version.
    Opened on first use; `close()` writes what is pending."""

    def __init__(self, folder: str, rules: tuple[Rule, ...]) -> None:
        self.folder = folder
        self.rules = rules
        self.rules_digest = rules_digest(rules)
        self.version = factlint.__version__
        self.entries = os.path.join(folder, "v" + _safe(self.version), self.rules_digest[:16])
        self._prepared = False
        self._db: sqlite3.Connection | None = None
        self._broken = False
        self._pending: list[tuple[str, str, bytes]] = []
        self._keys: set[str] | None = None

    def _key(self, path: str, content_digest: str) -> str:
        # The suffix too: the same bytes read as Markdown or HTML are another article.
        suffix = os.path.splitext(path)[1].lower()
        return hashlib.sha256(f"{RECORD}\0{self.version}\0{self.rules_digest}\0{suffix}\0{content_digest}"
                              .encode("utf-8", "surrogateescape")).hexdigest()

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is not None or self._broken:
            return self._db
        try:
            self.prepare()
            path = os.path.join(self.entries, DB_NAME)
            if os.path.lexists(path) and not stat.S_ISREG(os.lstat(path).st_mode):
                raise OSError(f"{path}: not a cache file")  # a FIFO or a link would block or mislead
            db = sqlite3.connect(path, timeout=2.0, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA synchronous=OFF")  # an entry lost in a crash is only recomputed
            db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, kind TEXT, body BLOB) "
                       "WITHOUT ROWID")
            self._db = db
        except (OSError, sqlite3.Error):
            self._broken = True  # unwritable, damaged or locked: the run goes on uncached
        return self._db

    def _read(self, key: str, kind: str) -> bytes | None:
        db = self._connect()
        if db is None:
            return None
        try:
            row = db.execute("SELECT body FROM entries WHERE key = ? AND kind = ?", (key, kind)).fetchone()
        except sqlite3.Error:
            return None
        if row is None or not isinstance(row[0], bytes) or len(row[0]) > MAX_ENTRY_SIZE + 64:
            return None
        check, _, body = row[0].partition(b"\n")
        # A checksum of the rest: damage since it was written (a value of the right type but wrong).
        return body if check == hashlib.sha256(body).hexdigest().encode("ascii") else None

    def _write(self, key: str, kind: str, body: bytes) -> None:
        if len(body) > MAX_ENTRY_SIZE:
            return
        self._pending.append((key, kind, hashlib.sha256(body).hexdigest().encode("ascii") + b"\n" + body))
        if len(self._pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the pending entries in one transaction."""
        pending, self._pending = self._pending, []
        db = self._connect()
        if db is None or not pending:
            return
        try:
            db.execute("BEGIN")
            db.executemany("INSERT OR REPLACE INTO entries (key, kind, body) VALUES (?, ?, ?)", pending)
            db.execute("COMMIT")
        except sqlite3.Error:  # locked by another run, a full disk: these entries are only recomputed
            try:
                db.execute("ROLLBACK")
            except sqlite3.Error:
                pass

    def close(self) -> None:
        self.flush()
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
            self._db = None

    def has(self, path: str, content_digest: str) -> bool:
        """Whether an entry for these bytes may be stored (get() still checks it)."""
        if self._keys is None:
            # Every article key at once: one query instead of one per file (about 100 bytes a key).
            db = self._connect()
            try:
                self._keys = {row[0] for row in db.execute("SELECT key FROM entries WHERE kind = 'article'")} \
                    if db is not None else set()
            except sqlite3.Error:
                self._keys = set()
        return self._key(path, content_digest) in self._keys

    def get(self, path: str, content_digest: str) -> ArticleResult | None:
        """The stored result for these bytes, as read under `path`; None if there is none."""
        body = self._read(self._key(path, content_digest), "article")
        if body is None:
            return None
        try:
            result = checked_result(_loads(body), self.rules, values=False)
        except (ValueError, TypeError, RecursionError, MemoryError):
            return None  # partial, foreign or damaged: recompute
        if result.sha256 != content_digest or result.errors:
            return None
        return result.moved_to(path)

    def put(self, result: ArticleResult) -> None:
        try:
            body = _dumps(result.to_dict())
        except (ValueError, TypeError, OverflowError):  # a value JSON cannot hold
            return
        self._write(self._key(result.path, result.sha256), "article", body)

    # Comparisons, one entry per rule ------------------------------------------------------

    def compare_key(self, rule: str, mentions: list[tuple[str, str, str]]) -> str:
        """The key of a rule's comparison: (path, content digest, publication time)
        of each article stating one of its facts, in the articles' order."""
        digest = hashlib.sha256(f"{RECORD}\0{self.version}\0{self.rules_digest}\0{rule}".encode("utf-8", "surrogateescape"))
        for path, content, time in mentions:
            digest.update(f"\0{path}\0{content}\0{time}".encode("utf-8", "surrogateescape"))
        return digest.hexdigest()

    def get_compared(self, key: str) -> tuple[list[Finding], list[Check]] | None:
        body = self._read(key, "compare")
        if body is None:
            return None
        try:
            data = _loads(body)
            return [_finding(f) for f in data["findings"]], [_check(c) for c in data["checks"]]
        except (ValueError, TypeError, KeyError, IndexError, RecursionError, MemoryError):
            return None

    def put_compared(self, key: str, findings: list[Finding], checks: list[Check]) -> None:
        data = {"findings": [_finding_record(f) for f in findings],
                "checks": [[c.path, c.rule, c.fact, c.outcome.value, c.reason] for c in checks]}
        try:
            self._write(key, "compare", _dumps(data))
        except (ValueError, TypeError, OverflowError):
            pass

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
            # Entries of the layout before SQLite: one folder of JSON files per key prefix.
            for name in os.listdir(self.entries):
                full = os.path.join(self.entries, name)
                if len(name) == 2 and os.path.isdir(full) and not os.path.islink(full):
                    shutil.rmtree(full, ignore_errors=True)
        except OSError:
            pass


def _str(value: Any) -> str:
    if type(value) is not str:
        raise TypeError("not a string")
    return value


def _int(value: Any) -> int:
    if type(value) is not int:
        raise TypeError("not a whole number")
    return value


def _finding_record(f: Finding) -> list:
    return [f.path, f.line, f.column, f.rule, f.fact, f.severity.value, f.message, f.found, f.expected, f.quote,
            f.end_column, f.quote_column, [[r.path, r.line, r.column, r.display] for r in f.related]]


def _finding(record: list) -> Finding:
    (path, line, column, rule, fact, severity, message, found, expected, quote, end_column, quote_column,
     related) = record
    return Finding(_str(path), _int(line), _int(column), _str(rule), _str(fact), Severity(severity), _str(message),
                   _str(found), None if expected is None else _str(expected), _str(quote), _int(end_column),
                   _int(quote_column),
                   tuple(Related(_str(p), _int(ln), _int(col), _str(d)) for p, ln, col, d in related))


def _check(record: list) -> Check:
    path, rule, fact, outcome, reason = record
    return Check(_str(path), _str(rule), _str(fact), Outcome(outcome), _str(reason))


def _safe(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in ".-_" else "_" for ch in text)

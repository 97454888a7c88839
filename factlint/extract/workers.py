"""Running the extract step over many files, in this process or in several.

Files go to worker processes in chunks; each worker receives the rules once,
and results come back in the order of the files, so the output is the same
whatever the number of jobs. Small runs stay in this process: starting workers
costs more than it saves.
"""
from __future__ import annotations

import os
from dataclasses import replace
from typing import Iterator

from factlint.errors import DocumentError
from factlint.extract.cache import Cache
from factlint.extract.run import ArticleResult, content_digest, extract_bytes, rules_digest
from factlint.prose.terms import current_regex_timeout, set_regex_timeout
from factlint.read.discover import STDIN
from factlint.read.source import ReadOptions, article_name, read_input, unread
from factlint.rules import Rule

CHUNK = 32  # files per task: large enough to amortise the hand-over, small enough to balance


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_file(path: str, rules: tuple[Rule, ...], cache: Cache | None,
                 options: ReadOptions = ReadOptions()) -> ArticleResult:
    """One file's result, from the cache when its bytes were seen with these rules."""
    try:
        name, data = read_input(path, options)
    except DocumentError as exc:  # skipped or unreadable: not an article of this run
        warnings, errors = unread(path, exc, options)
        return ArticleResult(article_name(path, options), "", article=False,
                             warnings=warnings, errors=errors)
    digest = content_digest(data)
    if cache is not None:
        cached = cache.get(name, digest)
        if cached is not None:
            return cached
    result = extract_bytes(name, data, rules, digest)
    if cache is not None:
        cache.put(result)
    return result


_worker: dict = {}  # in a worker process: what it was started with


def _start_worker(rules: tuple[Rule, ...], cache: Cache | None, options: ReadOptions, regex_seconds: float) -> None:
    _worker.update(rules=rules, cache=cache, options=options)
    set_regex_timeout(regex_seconds)


def _extract_chunk(paths: list[str]) -> list[ArticleResult]:
    return [extract_file(path, _worker["rules"], _worker["cache"], _worker["options"]) for path in paths]


def extract_files(paths: list[str], rules: tuple[Rule, ...], options: ReadOptions = ReadOptions(), jobs: int = 1,
                  cache_dir: str | None = None) -> Iterator[ArticleResult]:
    """Every file's result, in the order of `paths`."""
    cache = Cache(cache_dir, rules_digest(rules)) if cache_dir else None
    # Standard input can only be read here, so a run that reads it stays in this process.
    if jobs <= 1 or len(paths) <= CHUNK or STDIN in paths:
        for path in paths:
            yield extract_file(path, rules, cache, options)
        return
    from concurrent.futures import ProcessPoolExecutor  # only runs that need workers pay for the import

    chunks = [paths[i:i + CHUNK] for i in range(0, len(paths), CHUNK)]
    initargs = (rules, cache, replace(options, stdin=None), current_regex_timeout())
    with ProcessPoolExecutor(min(jobs, len(chunks)), initializer=_start_worker, initargs=initargs) as pool:
        for results in pool.map(_extract_chunk, chunks):
            yield from results

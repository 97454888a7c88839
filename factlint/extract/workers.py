"""Running the extract step over many files, in this process or in several.

Files go to worker processes in chunks; each worker receives the rules once,
and results come back in the order of the files, so the output is the same
whatever the number of jobs. Small runs stay in this process: starting workers
costs more than it saves.
"""
from __future__ import annotations

import contextlib
import functools
import os
import signal
import sys
import threading
import time
from dataclasses import replace
from typing import Generator, Iterator

from factlint.errors import DocumentError
from factlint.extract.cache import Cache
from factlint.extract.run import ArticleResult, content_digest, extract_bytes
from factlint.model import RunError
from factlint.prose.terms import current_regex_timeout, set_regex_timeout
from factlint.read.discover import STDIN
from factlint.read.document import format_size
from factlint.read.source import ReadOptions, article_name, read_input, unread
from factlint.rules import Rule

CHUNK = 32  # files per task: large enough to amortise the hand-over, small enough to balance
AUTO = 0  # `jobs`: as many workers as pay (auto_jobs)
# Below this many files `--jobs` auto stays in one process. Measured on 2 cores
# (bench/run.py's corpora): a second worker costs 0.05-0.3 s of CPU (its own
# compiled rule patterns and prefilter, pickling results back) and gains half of
# the extraction, 1-4 ms per article on the realistic corpus and ~8 ms on the
# story corpus: it pays from about 60-200 articles on free cores, never on busy
# ones. 200 keeps auto from ever being slower than one process on small inputs.
AUTO_MIN_FILES = 200


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def auto_jobs(files: int) -> int:
    """How many processes `--jobs` auto uses for `files` files: one below
    AUTO_MIN_FILES; else the cores other processes leave free (the one-minute
    load average), at least one. On cores already busy, workers only compete
    with each other and with the neighbours: one process is then faster."""
    if files < AUTO_MIN_FILES:
        return 1
    cores = default_jobs()
    try:
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):  # not on this platform
        busy = 0.0
    return max(1, min(cores, round(cores - busy + 0.25)))


class ArticleTimeout(BaseException):
    """An article ran past its time budget. A BaseException, so that no
    `except Exception` inside a parser can swallow it."""


def _out_of_time(signum, frame):
    raise ArticleTimeout()


@contextlib.contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise ArticleTimeout in this block after `seconds` of wall time. Only the
    main thread of a process can take a timer signal: elsewhere (or without
    SIGALRM) the block runs unbounded. A timer set by someone else (pytest-timeout)
    is put back afterwards."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _out_of_time)
    old_delay, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if old_delay:
            signal.setitimer(signal.ITIMER_REAL, old_delay)


def _address_space() -> int | None:
    """This process's virtual memory size in bytes (Linux), or None."""
    # os.open/os.read: read once per article, a file object would cost more than the read.
    try:
        descriptor = os.open("/proc/self/statm", os.O_RDONLY)
        try:
            data = os.read(descriptor, 256)
        finally:
            os.close(descriptor)
        return int(data.split()[0]) * _page_size()
    except (OSError, ValueError, IndexError):
        return None


@functools.lru_cache(maxsize=1)
def _page_size() -> int:
    return os.sysconf("SC_PAGE_SIZE")


@contextlib.contextmanager
def memory_budget(size: int | None) -> Iterator[None]:
    """Let this block grow the process by at most `size` bytes of address space:
    past it, an allocation raises MemoryError here (an article that would take
    gigabytes) instead of the machine swapping or the kernel killing the run.
    Linux only; the limit is lowered for the block and put back after it."""
    if not size or not sys.platform.startswith("linux"):
        yield
        return
    import resource

    used = _address_space()
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    except (OSError, ValueError):
        used = None
    if used is None:
        yield
        return
    limit = used + size
    if soft != resource.RLIM_INFINITY and soft <= limit or hard != resource.RLIM_INFINITY and hard < limit:
        yield  # already tighter than that: leave it
        return
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _failed(name: str, digest: str, message: str) -> ArticleResult:
    return ArticleResult(name, digest, article=False, errors=(RunError(name, message),))


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def extract_file(path: str, rules: tuple[Rule, ...], cache: Cache | None,
                 options: ReadOptions = ReadOptions()) -> ArticleResult:
    """One file's result, from the cache when its bytes were seen with these rules.

    Whatever goes wrong with this file stays with it: an exception or an
    article over its time budget is a run error for this article alone, and
    every other article is still checked."""
    name, digest = article_name(path, options), ""
    try:
        with time_budget(options.article_timeout), memory_budget(options.article_memory):
            try:
                name, data = read_input(path, options)
            except DocumentError as exc:  # skipped or unreadable: not an article of this run
                warnings, errors = unread(path, exc, options)
                return ArticleResult(name, "", article=False, warnings=warnings, errors=errors)
            digest = content_digest(data)
            cached = cache.get(name, digest) if cache is not None else None
            if cached is not None:
                return cached
            result = extract_bytes(name, data, rules, digest)
    except ArticleTimeout:
        return _failed(name, digest, f"not checked: reading it took longer than {options.article_timeout:g} s "
                                     "(--article-timeout)")
    except MemoryError:
        budget = f" ({format_size(options.article_memory)})" if options.article_memory else ""
        return _failed(name, digest, f"not checked: reading it took more memory than an article may{budget}")
    except RecursionError:
        return _failed(name, digest, "not checked: too deeply nested to read (RecursionError)")
    except Exception as exc:  # a bug met on this article: report it, check the others
        if os.environ.get("FACTLINT_DEBUG"):
            raise
        return _failed(name, digest, f"not checked: factlint failed on this article ({_one_line(exc)}); "
                                     "please report it (FACTLINT_DEBUG=1 shows where)")
    if cache is not None and not result.errors:
        # A run error (a regex out of time) may not happen again with other options: never cached.
        cache.put(result)
    return result


_worker: dict = {}  # in a worker process: what it was started with


def _watch_parent(parent: int, interval: float = 1.0) -> None:
    """Exit this worker once its parent is gone: a parent killed with SIGKILL
    (or SIGTERM, which ends Python without cleanup) cannot stop its workers."""
    while True:
        if os.getppid() != parent:
            os._exit(1)
        time.sleep(interval)


def _die_with_parent(parent: int) -> None:
    if sys.platform.startswith("linux"):
        try:  # the kernel signals the worker the moment the parent dies
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    # Everywhere (and should the parent die before prctl): a thread that looks every second.
    threading.Thread(target=_watch_parent, args=(parent,), name="factlint-parent-watch", daemon=True).start()


def _start_worker(rules: tuple[Rule, ...], cache: Cache | None, options: ReadOptions, regex_seconds: float,
                  parent: int) -> None:
    _die_with_parent(parent)
    _worker.update(rules=rules, cache=cache, options=options)
    set_regex_timeout(regex_seconds)


def _extract_chunk(paths: list[str]) -> list[ArticleResult]:
    return [extract_file(path, _worker["rules"], _worker["cache"], _worker["options"]) for path in paths]


def _noted(results: list[ArticleResult], warning: str) -> list[ArticleResult]:
    """`results` with `warning` carried by the first of them, so that it reaches the run's warnings."""
    if not results:
        return results
    return [replace(results[0], warnings=(warning, *results[0].warnings)), *results[1:]]


def extract_files(paths: list[str], rules: tuple[Rule, ...], options: ReadOptions = ReadOptions(), jobs: int = 1,
                  cache_dir: str | None = None) -> Iterator[ArticleResult]:
    """Every file's result, in the order of `paths`. When worker processes cannot
    be started or die (a process limit in a container, a worker killed), the
    chunks not yet done are extracted in this process, with a warning.
    `jobs` AUTO picks the number for the run's size (auto_jobs).

    With a cache, this process looks every file up first (reading its bytes
    and their digest) and only the files not found are extracted, here or in
    workers; this process writes their results: one writer for the cache file."""
    if jobs == AUTO:
        jobs = auto_jobs(len(paths))
    if not cache_dir:
        yield from _extract_all(paths, rules, options, jobs)
        return
    cache = Cache(cache_dir, rules)
    try:
        stored = [_stored(path, cache, options) for path in paths]
        missing = [path for path, hit in zip(paths, stored) if not hit]
        if len(missing) < AUTO_MIN_FILES and len(missing) < len(paths):
            jobs = 1  # a few changed articles: not worth starting workers
        extracted = _extract_all(missing, rules, options, jobs)
        for path, hit in zip(paths, stored):
            result = None
            if hit:
                name, digest = hit
                result = cache.get(name, digest)
            if result is None:
                result = next(extracted) if not hit else extract_file(path, rules, None, options)
                if result.sha256 and not result.errors:
                    # A run error (a regex out of time) may not happen again with other options: never cached.
                    cache.put(result)
            yield result
        extracted.close()
    finally:
        cache.close()


def _stored(path: str, cache: Cache, options: ReadOptions) -> tuple[str, str] | None:
    """(name, content digest) of a file the cache may hold; None when it holds none
    (or the file cannot be read here: extracting it says why)."""
    if path == STDIN:
        return None  # standard input can be read once only
    try:
        name, data = read_input(path, options)
    except Exception:  # unreadable, skipped, too large: extract_file reports it
        return None
    digest = content_digest(data)
    return (name, digest) if cache.has(name, digest) else None


def _extract_all(paths: list[str], rules: tuple[Rule, ...], options: ReadOptions, jobs: int
                 ) -> Generator[ArticleResult, None, None]:
    # Standard input can only be read here, so a run that reads it stays in this process.
    if jobs <= 1 or len(paths) <= CHUNK or STDIN in paths:
        for path in paths:
            yield extract_file(path, rules, None, options)
        return
    # Only runs that need workers pay for the import.
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    chunks = [paths[i:i + CHUNK] for i in range(0, len(paths), CHUNK)]
    initargs = (rules, None, replace(options, stdin=None), current_regex_timeout(), os.getpid())
    done = 0
    pool = None
    try:
        pool = ProcessPoolExecutor(min(jobs, len(chunks)), initializer=_start_worker, initargs=initargs)
        for results in pool.map(_extract_chunk, chunks):
            yield from results
            done += 1
    except (OSError, BrokenProcessPool, RuntimeError) as exc:
        # RuntimeError: "can't start new thread" under a thread limit.
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
            pool = None
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        warning = f"worker processes failed ({reason}); the rest of the run is checked in one process"
        for number, chunk in enumerate(chunks[done:]):
            results = [extract_file(path, rules, None, options) for path in chunk]
            yield from (_noted(results, warning) if number == 0 else results)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

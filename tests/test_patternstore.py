"""The store of compiled patterns: the same patterns back, never code, never a crash."""
from __future__ import annotations

import os
import pickle
import subprocess
import sys

import pytest
import regex

from factlint import patternstore

# Invented texts with words, numbers, dates, marks and blanks for patterns to read.
TEXTS = ["The ferry from Osterby carried 1,204 people on 3 May 2031, the harbour office said.",
         "By Nora Quell | Updated: June 4, 2030 10:45 am", "Read more: flood maps", "  ", "",
         "At least 12 were hurt; twenty-one others (aged 7 to 70) were unhurt.", "Ünïcödé Ærø 5 km/h ½ — 40 %"]


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTLINT_PATTERN_CACHE", str(tmp_path))
    patternstore.forget()
    yield tmp_path
    patternstore.forget()


def _answers(pattern) -> list:
    return [[(m.span(), m.groupdict()) for m in pattern.finditer(t)] for t in TEXTS]


def test_a_stored_pattern_reads_as_a_freshly_compiled_one(store):
    sources = [(r"(?P<n>\d[\d,]*)\s+(?i:people|others)", 0), (r"\b(?:june|may)\s+\d{1,2}", regex.IGNORECASE),
               (r"(?r)[.!?]\s*$", 0), (r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+", 0)]
    first = [patternstore.compile(p, f) for p, f in sources]
    patternstore.save()
    assert len(os.listdir(store)) == 1
    patternstore.forget()
    again = [patternstore.compile(p, f) for p, f in sources]
    assert not patternstore._added  # all from the file: nothing compiled, nothing to write
    for a, b, (p, f) in zip(first, again, sources):
        fresh = regex.compile(p, f)
        assert (b.pattern, b.flags, b.groups, dict(b.groupindex)) == (fresh.pattern, fresh.flags, fresh.groups,
                                                                       dict(fresh.groupindex))
        assert _answers(a) == _answers(b) == _answers(fresh)


def test_every_module_pattern_survives_the_store(store):
    """Every lazily compiled pattern of the package, through the store and back."""
    from tests.prose.test_patterns import _lazy_patterns

    lazy = [p for _, p in _lazy_patterns()]
    assert len(lazy) > 200
    for p in lazy:
        patternstore.compile(p.pattern, p._flags)
    patternstore.save()
    patternstore.forget()
    for p in lazy:
        loaded = patternstore.compile(p.pattern, p._flags)
        assert _answers(loaded) == _answers(regex.compile(p.pattern, p._flags)), p.pattern
    assert not patternstore._added


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps({("x", 0): b"garbage"}),
                                     pickle.dumps([1, 2]), pickle.dumps({("(?P<a>x)", 0): pickle.dumps(regex.compile("y"))})])
def test_a_damaged_or_foreign_file_means_compiling_as_usual(store, content):
    with open(patternstore.store_path(), "wb") as handle:
        handle.write(content)
    compiled = patternstore.compile("(?P<a>x)", 0)
    assert compiled.pattern == "(?P<a>x)" and compiled.search("yxy").span() == (1, 2)


class _Boom:
    def __reduce__(self):
        return (os.system, ("echo pwned",))


def test_a_file_that_names_other_code_is_refused(store):
    """The store resolves regex's compile only: a pickle calling anything else is not run."""
    with open(patternstore.store_path(), "wb") as handle:
        pickle.dump({("a+", 0): pickle.dumps(_Boom())}, handle)
    with pytest.raises(pickle.UnpicklingError):
        patternstore._loads(pickle.dumps(_Boom()))
    assert patternstore.compile("a+", 0).match("aa").end() == 2
    with open(patternstore.store_path(), "wb") as handle:
        pickle.dump(_Boom(), handle)  # the whole file
    patternstore.forget()
    assert patternstore.compile("b+", 0).match("bb").end() == 2


@pytest.mark.parametrize("setting", ["", "off", "0", "OFF"])
def test_the_store_can_be_turned_off(monkeypatch, setting):
    monkeypatch.setenv("FACTLINT_PATTERN_CACHE", setting)
    assert patternstore.store_path() is None


def test_the_default_place_is_the_users_cache_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("FACTLINT_PATTERN_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = patternstore.store_path()
    assert os.path.dirname(path) == os.path.join(str(tmp_path), "factlint")
    assert regex.__version__ in os.path.basename(path)  # another regex version never reads it


def test_a_run_writes_the_store_and_the_next_one_uses_it(tmp_path):
    """Through the command: the second run compiles nothing and says the same."""
    env = {**os.environ, "FACTLINT_PATTERN_CACHE": str(tmp_path / "store"), "FACTLINT_CACHE_DIR": str(tmp_path / "c")}
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    args = [sys.executable, "-m", "factlint", "--no-cache", "--format", "json", "seeds"]
    first = subprocess.run(args, cwd=root, env=env, capture_output=True)
    [written] = os.listdir(tmp_path / "store")
    size = os.path.getsize(tmp_path / "store" / written)
    second = subprocess.run(args, cwd=root, env=env, capture_output=True)
    assert first.stdout == second.stdout and first.returncode == second.returncode
    assert os.path.getsize(tmp_path / "store" / written) == size  # nothing new: not written again
    assert os.stat(tmp_path / "store" / written).st_mode & 0o077 == 0


def test_writing_the_store_removes_other_regex_versions_files(store):
    import sys

    stale = store / f"patterns-{sys.implementation.cache_tag}-regex2020.1.1-1.pickle"
    stale.write_bytes(b"old")
    other_python = store / "patterns-cpython-399-regex2020.1.1-1.pickle"
    other_python.write_bytes(b"another Python's")
    unrelated = store / "notes.txt"
    unrelated.write_text("kept")
    patternstore.compile(r"\d+ ferries", 0)
    patternstore.save()
    assert sorted(p.name for p in store.iterdir()) == sorted([os.path.basename(patternstore.store_path()),
                                                              other_python.name, "notes.txt"])

"""Module-level patterns compile on first use (prose.patterns.lazy_compile): importing
factlint compiles none of them, each compiles once, and a lazy pattern answers
exactly as the compiled one."""
from __future__ import annotations

import importlib
import pickle
import pkgutil
import subprocess
import sys

import pytest
import regex

import factlint
from factlint.prose.patterns import LazyPattern, is_compiled, lazy_compile

# discover/ (and its reporter) keep their own patterns: they are not on the path of `factlint check`.
_SKIPPED = ("factlint.discover", "factlint.reporters.discovered", "factlint.pytest_plugin", "factlint.__main__")


def _modules() -> list[str]:
    return sorted(info.name for info in pkgutil.walk_packages(factlint.__path__, "factlint.")
                  if not info.name.startswith(_SKIPPED))


def test_importing_factlint_compiles_no_pattern():
    # A fresh interpreter: count what regex compiles while every module loads.
    code = (
        "import regex, regex._main as m\n"
        "seen = []\n"
        "real = m._compile\n"
        "def counting(pattern, *args, **kwargs):\n"
        "    seen.append(pattern)\n"
        "    return real(pattern, *args, **kwargs)\n"
        "m._compile = counting\n"
        "import importlib\n"
        f"for name in {_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "print(len(seen)); print(seen[:5])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, first = done.stdout.splitlines()
    assert count == "0", f"compiled at import: {first} (define module-level patterns with prose.patterns.lazy_compile)"


def _lazy_patterns():
    for name in _modules():
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            items = value if isinstance(value, (list, tuple)) else (value,)
            for item in items:
                if isinstance(item, LazyPattern):
                    yield f"{name}.{attr}", item


def test_every_module_level_pattern_compiles():
    # An error in a pattern now shows on first use, not at import: find it here instead.
    found = list(_lazy_patterns())
    assert len(found) > 200
    for where, pattern in found:
        assert isinstance(pattern.compiled(), regex.Pattern), where


def test_a_lazy_pattern_compiles_once_on_first_use():
    pattern = lazy_compile(r"(?P<n>\d+)\s+(?P<unit>kg|km)", regex.IGNORECASE)
    assert not is_compiled(pattern)
    assert pattern.pattern == r"(?P<n>\d+)\s+(?P<unit>kg|km)"  # readable without compiling
    assert not is_compiled(pattern)
    assert pattern.search("Lorvik ran 12 KM") is not None
    assert is_compiled(pattern)
    first = pattern.compiled()
    assert pattern.match("7 kg").group("unit") == "kg"
    assert pattern.compiled() is first
    # Once compiled, the compiled pattern's own methods answer: nothing forwards.
    assert pattern.search == first.search
    assert pattern.sub == first.sub


TEXTS = ["", "Brenholt counted 41 goats and 3 KM of fence", "12 kg, 7 km; 9kg", "no digits at all", "1 km 2 km 3 km"]
CALLS = [
    ("search", ()), ("match", ()), ("fullmatch", ()), ("finditer", ()), ("findall", ()),
    ("split", ()), ("splititer", ()), ("sub", ("<{1}>",)), ("subn", (lambda m: m.group(2).upper(),)),
    ("search", (3,)), ("match", (0, 4)),
]


def _plain(result):
    if isinstance(result, regex.Match):
        return (result.span(), result.groups(), result.groupdict())
    if isinstance(result, (str, int, tuple, list, type(None))):
        return [_plain(r) for r in result] if isinstance(result, list) else result
    return [_plain(r) for r in result]  # an iterator


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("method, extra", CALLS)
def test_a_lazy_pattern_answers_as_the_compiled_one(method, extra, text):
    source, flags = r"(?P<n>\d+)\s*(?P<unit>kg|km)", regex.IGNORECASE
    lazy, compiled = lazy_compile(source, flags), regex.compile(source, flags)
    if method in ("sub", "subn"):
        args = (extra[0], text)
    else:
        args = (text, *extra)
    # First call (through the class) and second call (the compiled method) alike.
    assert _plain(getattr(lazy, method)(*args)) == _plain(getattr(compiled, method)(*args))
    assert _plain(getattr(lazy, method)(*args)) == _plain(getattr(compiled, method)(*args))


def test_attributes_and_named_lists():
    pattern = lazy_compile(r"\L<towns>\s+(?P<n>\d+)", regex.IGNORECASE, towns=["Lorvik", "Brenholt"])
    assert pattern.groupindex == {"n": 1}
    assert pattern.groups == 1
    assert pattern.flags & regex.IGNORECASE
    assert pattern.search("in BRENHOLT 40 homes").group("n") == "40"


def test_a_bad_pattern_fails_on_first_use():
    pattern = lazy_compile(r"(unclosed")
    with pytest.raises(regex.error):
        pattern.search("text")


def test_pickles_as_its_source():
    pattern = lazy_compile(r"\d+", regex.IGNORECASE)
    pattern.search("12")
    copy = pickle.loads(pickle.dumps(pattern))
    assert isinstance(copy, LazyPattern) and copy.pattern == r"\d+"
    assert copy.findall("3 and 4") == ["3", "4"]

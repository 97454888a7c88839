"""The seed articles as Markdown and as saved HTML pages give the facts and
findings of the plain text, each at the matching line and column of its file."""
from __future__ import annotations

import glob
import html
import os

import pytest

from factlint.engine import check_paths
from factlint.rules import load_rules
from tests.conftest import RULES, SEEDS

SEED_FILES = sorted(glob.glob(os.path.join(SEEDS, "*.txt")))

# Furniture that would give facts if it were read as text (see test_furniture_would_give_facts).
FURNITURE_FACTS = ["The North Korean missile with a range of 1,500 km hit Kharkiv on January 9, killing 40 people.",
                   "Strike on Belgorod on December 12 killed 7 people and injured 90."]
FRONT_MATTER = ["---", 'title: "{title}"', "author: Wire staff", "slug: {slug}",
                "tags: [world, 2024]", "word_count: 950", "---", "",
                f"<!-- {FURNITURE_FACTS[0]} -->", ""]
MARKDOWN_FOOT = ["", "```", FURNITURE_FACTS[1], "```", "", f"`{FURNITURE_FACTS[0]}`"]
HTML_HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Daily 24</title>
<style>.grid {{ width: 1200px; }}</style>
<script>var pageViews = 3000; var killed = "20 people";</script></head>
<body>
<header class="masthead"><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/ukraine">Ukraine 2024</a></nav></header>
<div class="trending"><h2>Trending</h2><ul>
<li>{furniture[0]}</li>
<li>White House spokesman John Kirby resigns after 3 years</li></ul></div>
<main><article>""".split("\n")
HTML_FOOT = """</article></main>
<aside class="related"><h3>Related</h3><p>{furniture[1]}</p></aside>
<section id="comments"><p>Comment: the North Korean missile range is 300 km, and Kremlin spokesman Dmitry Peskov is the Pentagon spokesman.</p></section>
<footer><p>© 2024 The Daily 24. The attack killed 99 people, says our archive.</p></footer>
<script>track({{"id": 4412, "range": "900 km"}});</script>
</body></html>""".format(furniture=FURNITURE_FACTS).split("\n")


def _markdown_line(line: str) -> tuple[str, list[int]]:
    """The line with its third word in bold and its sixth a link; and where
    each character of the line went."""
    words = line.split(" ")
    out, where = "", []
    for i, word in enumerate(words):
        if i:
            where.append(len(out))
            out += " "
        before, after = {2: ("**", "**"), 5: ("[", "](https://example.org/a_(b) \"5 km\")")}.get(i, ("", ""))
        if not word.strip(".,;:“”\"'") or not word[:1].isalnum():
            before = after = ""
        out += before
        for ch in word:
            where.append(len(out))
            out += ch
        out += after
    return out, where


def _html_line(line: str, number: int) -> tuple[str, list[int]]:
    tag = "h1" if number == 1 else "p"
    out, where = f"<{tag}>", []
    for ch in line:
        where.append(len(out))
        out += html.escape(ch, quote=False)
    return out + f"</{tag}>", where


def _convert(text: str, head: list[str], foot: list[str], line_fn) -> tuple[str, dict]:
    """The article rewritten line by line inside `head` and `foot`, and a map
    from (line, column) in the text to (line, column) in the result."""
    lines = text.split("\n")
    out = list(head)
    moved = {}
    for number, line in enumerate(lines, 1):
        new, where = line_fn(line, number)
        for column, new_index in enumerate(where, 1):
            moved[number, column] = (len(out) + 1, new_index + 1)
        out.append(new)
    return "\n".join(out + foot), moved


def _formats(path: str):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    title = text.split("\n", 1)[0].removeprefix("Title: ").replace('"', "'")
    slug = os.path.splitext(os.path.basename(path))[0]
    front = [line.format(title=title, slug=slug) for line in FRONT_MATTER]
    head = [line.format(title=html.escape(title), furniture=FURNITURE_FACTS) for line in HTML_HEAD]
    return {
        ".md": _convert(text, front, MARKDOWN_FOOT, lambda line, n: _markdown_line(line)),
        ".html": _convert(text, head, HTML_FOOT, _html_line),
    }


def test_furniture_would_give_facts(tmp_path):
    """The furniture the conversions add states facts the rules pick up in plain text."""
    (tmp_path / "furniture.txt").write_text("\n".join(FURNITURE_FACTS) + "\n", encoding="utf-8")
    report = check_paths([str(tmp_path)], load_rules(RULES))
    assert {f.rule for f in report.facts} >= {"missile-range", "kharkiv-strike", "belgorod-attack"}


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """The seeds, their Markdown and HTML versions, checked in one run each."""
    rules = load_rules(RULES)
    folder = tmp_path_factory.mktemp("converted")
    runs, maps = {}, {}
    for suffix in (".md", ".html"):
        paths = []
        for seed in SEED_FILES:
            text, moved = _formats(seed)[suffix]
            path = folder / (os.path.splitext(os.path.basename(seed))[0] + suffix)
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
            maps[str(path)] = (seed, moved)
        runs[suffix] = check_paths(paths, rules)
    return check_paths(SEED_FILES, rules), runs, maps


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_same_facts_at_matching_places(converted, suffix):
    """Every fact of the plain seeds is found in the converted files, at the
    line and column the same character moved to, and no other fact is."""
    plain, runs, maps = converted
    expected = sorted((os.path.basename(f.path), *maps_to(maps, f.path, suffix, f.line, f.column), f.rule, f.fact,
                       f.display) for f in plain.facts)
    got = sorted((os.path.basename(maps[f.path][0]), f.line, f.column, f.rule, f.fact, f.display)
                 for f in runs[suffix].facts)
    assert got == expected


def maps_to(maps: dict, seed: str, suffix: str, line: int, column: int) -> tuple[int, int]:
    converted_path = next(p for p, (s, _) in maps.items() if s == seed and p.endswith(suffix))
    return maps[converted_path][1][line, column]


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_same_findings(converted, suffix):
    """The Kirby finding (and only it) is reported in the converted files, at the moved place."""
    plain, runs, maps = converted
    expected = [(os.path.basename(f.path), *maps_to(maps, f.path, suffix, f.line, f.column), f.rule, f.fact,
                 f.message, f.found, f.expected) for f in plain.findings]
    got = [(os.path.basename(maps[f.path][0]), f.line, f.column, f.rule, f.fact, f.message, f.found, f.expected)
           for f in runs[suffix].findings]
    assert got == expected
    assert [f.rule for f in runs[suffix].findings] == ["kirby-title"]
    assert runs[suffix].summary() == plain.summary()

"""Markdown articles: front matter as metadata, markup blanked in place."""
from __future__ import annotations

import datetime as dt
import random

import pytest
import regex

from factlint.read.document import make_document
from factlint.read.markup import markdown
from factlint.read.markup.base import blank
from factlint.read.markup.markdown import read


@pytest.mark.parametrize("source, kept", [
    ("# The quake struck ##", "The quake struck"),
    ("Setext heading\n==============", "Setext heading"),
    ("It **killed 20** people.", "It killed 20 people."),
    ("It *killed* __20__ _people_.", "It killed 20 people."),
    ("It ***killed*** ~~19~~ 20.", "It killed 19 20."),
    ("[The agency](https://a.example/x_(y) \"9 km\") said 20.", "The agency said 20."),
    ("[The agency][agency] said 20.\n\n[agency]: https://a.example/ \"12 dead\"", "The agency said 20."),
    ("![Map of 12 towns](map.png) Twenty died.", "Twenty died."),
    ("- first item\n* second item\n+ third item\n1. fourth item", "first item second item third item fourth item"),
    ("> \"It hit at 4 a.m.,\" she said.", "\"It hit at 4 a.m.,\" she said."),
    ("Felt `300 km` away.", "Felt away."),
    ("Before.\n```text\nkilled 999 people\n```\nAfter.", "Before. After."),
    ("Before.\n~~~\nkilled 999 people", "Before."),
    ("A <!-- toll 1,500?\nask desk --> note.", "A note."),
    ("A <span class=\"x\">raw</span> tag <br/>.", "A raw tag."),
    ("See <https://a.example/12>.", "See."),
    ("| town | dead |\n|---|---:|\n| Delmar | 12 |", "town dead Delmar 12"),
    ("Rule below\n\n---\n\n***", "Rule below"),
    ("snake_case_name and 5 * 3 and 2*3", "snake_case_name and 5 * 3 and 2*3"),
    ("An escaped \\*star\\*.", "An escaped *star *."),
], ids=["atx-heading", "setext", "bold", "italic-underscore", "strike-nested", "link-nested-parens",
        "reference-link", "image", "lists", "blockquote", "inline-code", "fence", "unclosed-fence",
        "comment", "raw-tags", "autolink", "table", "rules", "not-emphasis", "escapes"])
def test_markup_is_blanked_in_place(source, kept):
    """Markup becomes spaces and line breaks stay, so every offset is the file's."""
    layout = read(source).layout
    assert len(layout) == len(source)
    assert [i for i, ch in enumerate(layout) if ch == "\n"] == [i for i, ch in enumerate(source) if ch == "\n"]
    assert all(ch in (" ", "\n") or ch == source[i] for i, ch in enumerate(layout))
    # Blanked markup leaves spaces: "_people_." reads "people .".
    assert regex.sub(r" ([.,])", r"\1", " ".join(layout.split())) == kept


@pytest.mark.parametrize("front, metadata", [
    ("title: Quake\ndate: 2024-01-09\nauthor: Lena\nslug: quake-kills-12\n",
     {"title": "Quake", "date": dt.date(2024, 1, 9), "author": "Lena", "slug": "quake-kills-12"}),
    ("tags: [quake, world]\nword_count: 950\n", {"tags": ["quake", "world"], "word_count": 950}),
    ("date: 2024-01-09T08:30:00Z\n", {"date": dt.datetime(2024, 1, 9, 8, 30, tzinfo=dt.timezone.utc)}),
    ("", {}),
], ids=["usual-keys", "any-keys", "timestamp", "empty"])
def test_front_matter_is_metadata(front, metadata):
    """Front matter keys are kept as they are and the block is blank to the extractor."""
    source = f"---\n{front}---\nThe quake killed 12 people.\n"
    page = read(source)
    assert page.metadata == metadata
    assert page.warnings == ()
    assert page.layout.strip() == "The quake killed 12 people."


@pytest.mark.parametrize("source, warning", [
    ("---\ntitle: [unclosed\n---\nText.", "front matter is not valid YAML"),
    ("---\n- a list\n---\nText.", "line 2: front matter is not a mapping of keys; ignored"),
    ("---\ndate: 2024-13-40\n---\nText.", "front matter is not valid YAML (month must be in 1..12)"),
], ids=["bad-yaml", "not-a-mapping", "impossible-date"])
def test_bad_front_matter_warns(source, warning):
    """Unreadable front matter is named in a warning, ignored, and still not read as text."""
    page = read(source)
    assert page.metadata == {}
    assert warning in page.warnings[0]
    assert page.layout.strip() == "Text."


@pytest.mark.parametrize("source", ["Text.\n---\ntitle: x\n---\n", "---\ntitle: never closed\nText."],
                         ids=["not-at-start", "unclosed"])
def test_dashes_elsewhere_are_not_front_matter(source):
    """Only a closed "---" block at the very start is front matter."""
    assert read(source).metadata == {}


def test_document_from_markdown_keeps_positions_and_date():
    """A Markdown Document reads its date from the front matter, keeps the raw
    text (comments included) and places sentences at the file's offsets."""
    source = "---\ndate: 2024-01-09\n---\n<!-- factlint: ignore -->\nThe **quake** killed 12 people.\n"
    doc = make_document("a.md", source)
    assert doc.date == dt.date(2024, 1, 9)
    assert doc.text == source
    [sentence] = doc.sentences
    assert doc.position(sentence.start) == (5, 1)
    assert doc.position(sentence.start + sentence.text.index("12")) == (5, 22)


@pytest.mark.parametrize("date", ["January 9", "'2024-13-40'", "soon"])
def test_unreadable_date_warns(date):
    """A front matter date that is not YYYY-MM-DD leaves the article undated, with a warning."""
    doc = make_document("a.md", f"---\ndate: {date}\n---\nText.\n")
    assert doc.date is None
    assert doc.warnings == (f"a.md: article date {date.strip(chr(39))!r} is not a YYYY-MM-DD date; relative dates stay unresolved",)


# The linear-time readers agree with the regular expressions they replace
# (which took quadratic time on long lines), on many short random strings.
_OLD_EMPHASIS = [regex.compile(r"(?<![\\\w*])(\*\*|\*|~~)(?=\S)([^\n]*?\S)\1(?![\w*])"),
                 regex.compile(r"(?<![\\\w])(__|_)(?=\S)([^\n]*?\S)\1(?!\w)")]
_OLD_CODE = regex.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", regex.S)
_OLD_ALIGNMENT = regex.compile(r"^\s*\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?)?\s*$", regex.M)


def _by_regex(text: str) -> str:
    chars = list(text)
    for pattern in _OLD_EMPHASIS:
        for _ in range(markdown._EMPHASIS_LAYERS):
            found = list(pattern.finditer("".join(chars)))
            for m in found:
                blank(chars, m.start(1), m.end(1))
                blank(chars, m.end() - len(m.group(1)), m.end())
            if not found:
                break
    return "".join(chars)


def _by_scanner(text: str) -> str:
    chars = list(text)
    for delimiters, not_before in markdown._EMPHASIS:
        for _ in range(markdown._EMPHASIS_LAYERS):
            found = markdown._emphasis_spans("".join(chars), delimiters, not_before)
            for start, end, width in found:
                blank(chars, start, start + width)
                blank(chars, end - width, end)
            if not found:
                break
    return "".join(chars)


def test_linear_readers_agree_with_the_regular_expressions():
    rng = random.Random(5)
    for _ in range(4000):
        text = "".join(rng.choice("**__~~ a\n\\x`é") for _ in range(rng.randint(0, 14)))
        assert _by_scanner(text) == _by_regex(text), repr(text)
        code = list(text)
        markdown._blank_code_spans(code)
        expected = list(text)
        for m in _OLD_CODE.finditer(text):
            blank(expected, m.start(), m.end())
        assert code == expected, repr(text)
        row = "".join(rng.choice("||--: \tx") for _ in range(rng.randint(0, 14)))
        assert markdown._is_alignment_row(row) == bool(_OLD_ALIGNMENT.fullmatch(row)), repr(row)

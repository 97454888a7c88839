"""Markdown articles: YAML front matter read as metadata, markup blanked.

Hand-written rather than a Markdown library: parsers such as markdown-it-py
map blocks to lines but not inline text to columns, and a fact's column must
point into the file. Blanking markup in place keeps every offset; what news
Markdown uses (headings, emphasis, links, lists, quotes, code, comments, raw
tags) is a short list of patterns.
"""
from __future__ import annotations

import regex
import yaml

from factlint.read.markup.base import Page, blank

_FRONT_OPEN = regex.compile(r"\A---[ \t]*\n")
_FRONT_CLOSE = regex.compile(r"^(?:---|\.\.\.)[ \t]*$", regex.M)
_FENCE = regex.compile(r"^[ ]{0,3}(`{3,}|~{3,})")

# Whole spans blanked, in this order (code first: its stars are not emphasis).
_BLANKED = [
    regex.compile(r"<!--.*?(?:-->|\Z)", regex.S),                       # HTML comments
    regex.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", regex.S),          # inline code
    regex.compile(r"!\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])"),         # images
    regex.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$", regex.M),        # link reference definitions
    regex.compile(r"<(?:https?|mailto|ftp):[^>\s]*>", regex.I),          # autolinks
    regex.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"),          # raw HTML tags
    regex.compile(r"^[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", regex.M),  # horizontal rules
    regex.compile(r"^[ ]{0,3}(?:=+|-+)[ \t]*$", regex.M),                # setext heading underlines
    regex.compile(r"^\s*\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?)?\s*$", regex.M),  # table alignment rows
]
# Links keep their text: "[the report](https://…)" reads "the report".
_LINK = regex.compile(r"(?<!!)(\[)([^\]\n]+)(\]\((?:[^()\n]|\([^()\n]*\))*\)|\]\[[^\]\n]*\])")
# Markers of a line: headings (and the closing hashes of "## Title ##"),
# block quotes, list bullets.
_LINE_MARKERS = [
    regex.compile(r"^[ ]{0,3}(#{1,6})(?=\s|$)", regex.M),
    regex.compile(r"^[ ]{0,3}#{1,6}[ \t][^\n]*?\S[ \t]+(#+)[ \t]*$", regex.M),
    regex.compile(r"^[ ]{0,3}((?:>[ \t]?)+)", regex.M),
    regex.compile(r"^[ \t]*([-*+]|\d{1,3}[.)])(?=[ \t])", regex.M),
]
_EMPHASIS = [
    regex.compile(r"(?<![\\\w*])(\*\*|\*|~~)(?=\S)([^\n]*?\S)\1(?![\w*])"),
    regex.compile(r"(?<![\\\w])(__|_)(?=\S)([^\n]*?\S)\1(?!\w)"),
]
_TABLE_PIPE = regex.compile(r"^[ \t]*\|.*\|[ \t]*$", regex.M)
_ESCAPE = regex.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|>~])")


def read(text: str) -> Page:
    """The layout of a Markdown article and its front matter."""
    chars = list(text)
    metadata, warnings = _front_matter(text, chars)
    _blank_fences(chars)
    for pattern in _BLANKED:
        for m in pattern.finditer("".join(chars)):
            blank(chars, m.start(), m.end())
    current = "".join(chars)
    for m in _LINK.finditer(current):
        blank(chars, m.start(1), m.end(1))
        blank(chars, m.start(3), m.end(3))
    current = "".join(chars)
    for pattern in _LINE_MARKERS:
        for m in pattern.finditer(current):
            blank(chars, m.start(1), m.end(1))
    for m in _TABLE_PIPE.finditer("".join(chars)):
        for i in range(m.start(), m.end()):
            if chars[i] == "|":
                chars[i] = " "
    for pattern in _EMPHASIS:
        while True:  # nested emphasis ("***x***") unwraps one layer a pass
            current = "".join(chars)
            found = list(pattern.finditer(current))
            for m in found:
                blank(chars, m.start(1), m.end(1))
                end = m.end()
                blank(chars, end - len(m.group(1)), end)
            if not found:
                break
    for m in _ESCAPE.finditer("".join(chars)):
        chars[m.start()] = " "
    return Page("".join(chars), metadata, warnings)


def _front_matter(text: str, chars: list[str]) -> tuple[dict, tuple[str, ...]]:
    """Read and blank a leading "---" block of YAML: (metadata, warnings)."""
    opening = _FRONT_OPEN.match(text)
    closing = _FRONT_CLOSE.search(text, opening.end()) if opening else None
    if not opening or not closing:
        return {}, ()
    blank(chars, 0, closing.end())
    try:
        data = yaml.safe_load(text[opening.end():closing.start()])
    except ValueError as exc:  # a date that is no day: "2024-13-40"
        return {}, (f"line 2: front matter is not valid YAML ({exc}); ignored",)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 2}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return {}, (f"{where}front matter is not valid YAML ({problem}); ignored",)
    if data is None:
        return {}, ()
    if not isinstance(data, dict):
        return {}, ("line 2: front matter is not a mapping of keys; ignored",)
    return {str(k): v for k, v in data.items()}, ()


def _blank_fences(chars: list[str]) -> None:
    """Blank fenced code blocks, fences included; an unclosed fence runs to the end."""
    text = "".join(chars)
    offset = 0
    fence = None
    start = 0
    for line in text.split("\n"):
        m = _FENCE.match(line)
        if fence is None and m:
            fence, start = m.group(1), offset
        elif fence is not None and m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) \
                and not line[m.end():].strip():
            blank(chars, start, offset + len(line))
            fence = None
        offset += len(line) + 1
    if fence is not None:
        blank(chars, start, len(text))

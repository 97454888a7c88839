"""Markdown articles: YAML front matter read as metadata, markup blanked.

Hand-written rather than a Markdown library: parsers such as markdown-it-py
map blocks to lines but not inline text to columns, and a fact's column must
point into the file. Blanking markup in place keeps every offset; what news
Markdown uses (headings, emphasis, links, lists, quotes, code, comments, raw
tags) is a short list of patterns.
"""
from __future__ import annotations

import bisect

import regex
import yaml

from factlint.prose.patterns import lazy_compile
from factlint.read.markup.base import Page, blank

_FRONT_OPEN = lazy_compile(r"\A---[ \t]*\n")
_FRONT_CLOSE = lazy_compile(r"^(?:---|\.\.\.)[ \t]*$", regex.M)
_FENCE = lazy_compile(r"^[ ]{0,3}(`{3,}|~{3,})")

# Whole spans blanked, in this order (code first: its stars are not emphasis).
_COMMENT = lazy_compile(r"<!--.*?(?:-->|\Z)", regex.S)
_BLANKED = [
    # (HTML comments, then inline code: before these, in read)
    # Images; no brackets in the alt text and one level of parentheses in the
    # address, so that each attempt stops at the next "[" or "(" (linear time).
    lazy_compile(r"!\[[^\[\]\n]*+\](?:\((?:[^()\n]++|\([^()\n]*+\))*+\)|\[[^\[\]\n]*+\])"),
    lazy_compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$", regex.M),        # link reference definitions
    lazy_compile(r"<(?:https?|mailto|ftp):[^>\s]*>", regex.I),          # autolinks
    lazy_compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"),          # raw HTML tags
    lazy_compile(r"^[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", regex.M),  # horizontal rules
    lazy_compile(r"^[ ]{0,3}(?:=+|-+)[ \t]*$", regex.M),                # setext heading underlines
    # (then table alignment rows: _is_alignment_row, line by line)
]
# Links keep their text: "[the report](https://…)" reads "the report".
# No "[" inside the text: each attempt stops at the next "[" (linear time).
_LINK = lazy_compile(r"(?<!!)(\[)([^\[\]\n]++)(\]\((?:[^()\n]++|\([^()\n]*+\))*+\)|\]\[[^\[\]\n]*+\])")
# Markers of a line: headings (and the closing hashes of "## Title ##"),
# block quotes, list bullets.
_LINE_MARKERS = [
    lazy_compile(r"^[ ]{0,3}(#{1,6})(?=\s|$)", regex.M),
    lazy_compile(r"^[ ]{0,3}#{1,6}[ \t][^\n]*?\S[ \t]+(#+)[ \t]*$", regex.M),
    lazy_compile(r"^[ ]{0,3}((?:>[ \t]?)+)", regex.M),
    lazy_compile(r"^[ \t]*([-*+]|\d{1,3}[.)])(?=[ \t])", regex.M),
]
# Emphasis: (delimiters, tried in this order; characters that may not stand just
# before an opener or just after a closer besides word characters). An opener
# is closed by the nearest closer of the same delimiter on its line.
_EMPHASIS = [(("**", "*", "~~"), "\\*"), (("__", "_"), "\\")]
_EMPHASIS_LAYERS = 4  # "***x***" is two layers; deeper nesting is not written
_WORD_CHAR = lazy_compile(r"\w")
_ALIGNMENT_CELL = lazy_compile(r":?-+:?")
_ESCAPE = lazy_compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|>~])")


def read(text: str) -> Page:
    """The layout of a Markdown article and its front matter."""
    chars = list(text)
    metadata, warnings = _front_matter(text, chars)
    _blank_fences(chars)
    for m in _COMMENT.finditer("".join(chars)):
        blank(chars, m.start(), m.end())
    _blank_code_spans(chars)
    for pattern in _BLANKED:
        for m in pattern.finditer("".join(chars)):
            blank(chars, m.start(), m.end())
    # Tables line by line, with string methods: the regular expressions for
    # them backtracked over a long line of pipes (quadratic time).
    for start, line in _lines("".join(chars)):
        if _is_alignment_row(line):
            blank(chars, start, start + len(line))
    current = "".join(chars)
    for m in _LINK.finditer(current):
        blank(chars, m.start(1), m.end(1))
        blank(chars, m.start(3), m.end(3))
    current = "".join(chars)
    for pattern in _LINE_MARKERS:
        for m in pattern.finditer(current):
            blank(chars, m.start(1), m.end(1))
    for start, line in _lines("".join(chars)):
        cells = line.strip(" \t")
        if len(cells) >= 2 and cells[0] == "|" and cells[-1] == "|":  # a table row: its pipes are markup
            for i in range(start, start + len(line)):
                if chars[i] == "|":
                    chars[i] = " "
    for delimiters, not_before in _EMPHASIS:
        for _ in range(_EMPHASIS_LAYERS):  # nested emphasis ("***x***") unwraps one layer a pass
            found = _emphasis_spans("".join(chars), delimiters, not_before)
            for start, end, width in found:
                blank(chars, start, start + width)
                blank(chars, end - width, end)
            if not found:
                break
    for m in _ESCAPE.finditer("".join(chars)):
        chars[m.start()] = " "
    return Page("".join(chars), metadata, warnings)


def _lines(text: str):
    """(offset, line) of each line of `text`."""
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _is_alignment_row(line: str) -> bool:
    """A table's alignment row, `| --- | :-: |`: cells of dashes (colons at
    either end) each closed by a pipe, the last one's pipe optional."""
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    cells = body.split("|")
    if len(cells) < 2:
        return False
    last = cells[-1].strip()
    return all(_ALIGNMENT_CELL.fullmatch(c.strip()) for c in cells[:-1]) and (
        not last or bool(_ALIGNMENT_CELL.fullmatch(last)))


def _is_word(ch: str) -> bool:
    return bool(_WORD_CHAR.match(ch))


def _emphasis_spans(text: str, delimiters: tuple[str, ...], not_before: str) -> list[tuple[int, int, int]]:
    """(start, end, delimiter width) of each emphasis span, left to right: an
    opener not after a word character (or `not_before`), followed by a non-space;
    the nearest closer of the same delimiter on its line, after a non-space and
    not before a word character. As a lazy regular expression finds them, but
    in linear time: the nearest closer of a delimiter is looked up in a sorted
    list instead of being searched for from every opener."""
    closers: dict[str, list[int]] = {}
    for delimiter in delimiters:
        found = []
        at = text.find(delimiter, 1)
        while at != -1:
            after = at + len(delimiter)
            follow = text[after:after + 1]
            if not text[at - 1].isspace() and not (follow and (_is_word(follow) or follow in not_before[1:])):
                found.append(at)
            at = text.find(delimiter, at + 1)
        closers[delimiter] = found
    line_ends = [m.start() for m in regex.finditer("\n", text)]
    spans = []
    position = 0
    first_chars = "".join(sorted({d[0] for d in delimiters}))
    for m in regex.finditer(f"[{regex.escape(first_chars)}]", text):
        i = m.start()
        if i < position:
            continue
        before = text[i - 1:i]
        if before and (before in not_before or _is_word(before)):
            continue
        line_end = bisect.bisect_left(line_ends, i)
        line_end = line_ends[line_end] if line_end < len(line_ends) else len(text)
        for delimiter in delimiters:
            inner = i + len(delimiter)
            if not text.startswith(delimiter, i) or inner >= len(text) or text[inner].isspace():
                continue
            candidates = closers[delimiter]
            k = bisect.bisect_left(candidates, inner + 1)
            if k < len(candidates) and candidates[k] + len(delimiter) <= line_end:
                end = candidates[k] + len(delimiter)
                spans.append((i, end, len(delimiter)))
                position = end
                break
    return spans


def _blank_code_spans(chars: list[str]) -> None:
    """Blank inline code: a run of backticks up to the next run of the same
    length (across lines), as CommonMark reads it. Runs are looked up by length,
    so an unclosed run costs no search to the end of the text."""
    text = "".join(chars)
    runs = [(m.start(), m.end() - m.start()) for m in regex.finditer("`+", text)]
    by_length: dict[int, list[int]] = {}
    for start, length in runs:
        by_length.setdefault(length, []).append(start)
    position = 0
    for start, length in runs:
        if start < position:
            continue
        starts = by_length[length]
        k = bisect.bisect_left(starts, start + length + 1)
        if k < len(starts):
            end = starts[k] + length
            blank(chars, start, end)
            position = end


MAX_FRONT_MATTER = 64_000  # characters; a news article's front matter is a few lines
MAX_FRONT_ALIASES = 20
MAX_FRONT_DEPTH = 20


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML with caps: few aliases (an alias bomb of a few hundred bytes
    would take gigabytes) and shallow nesting (deep nesting would exhaust the stack)."""

    aliases = 0
    depth = 0

    def compose_node(self, parent, index):
        mark = self.peek_event().start_mark
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_FRONT_ALIASES:
                raise yaml.composer.ComposerError(None, None, f"more than {MAX_FRONT_ALIASES} aliases (*name)", mark)
        self.depth += 1
        try:
            if self.depth > MAX_FRONT_DEPTH:
                raise yaml.composer.ComposerError(None, None, f"nested more than {MAX_FRONT_DEPTH} levels deep", mark)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _front_matter(text: str, chars: list[str]) -> tuple[dict, tuple[str, ...]]:
    """Read and blank a leading "---" block of YAML: (metadata, warnings)."""
    opening = _FRONT_OPEN.match(text)
    closing = _FRONT_CLOSE.search(text, opening.end()) if opening else None
    if not opening or not closing:
        return {}, ()
    blank(chars, 0, closing.end())
    front = text[opening.end():closing.start()]
    if len(front) > MAX_FRONT_MATTER:
        return {}, (f"line 2: front matter is over {MAX_FRONT_MATTER // 1000} KB; ignored",)
    try:
        data = yaml.load(front, Loader=_FrontMatterLoader)  # noqa: S506 - a SafeLoader subclass
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

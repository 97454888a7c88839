"""Saved HTML pages: the article's own text, without the page around it.

Parsed with the standard library's html.parser, tracking where each text node
and entity sits in the source, so a fact's line and column point into the HTML
file. The article is the largest <article> or <main> element (or, without
either, the element holding the most paragraph text); navigation, headers and
footers, asides, forms, scripts, styles and parts whose class, id or role names
page furniture (menu, trending, related, comments, share, newsletter...) are
left out. docs/formats.md records why this and not trafilatura.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from html.parser import HTMLParser

import regex

from factlint.prose.patterns import LazyPattern, lazy_compile
from factlint.read.markup.base import Page

# Elements that are never article text.
_SKIPPED = frozenset(
    "head script style noscript template svg math canvas object iframe nav aside form button select "
    "option textarea label figure footer menu dialog".split())
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Elements that end a paragraph: the layout breaks a line there.
_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td tfoot th thead tr ul title body html".split())
_FURNITURE_ROLES = frozenset(
    "navigation banner contentinfo complementary search menu menubar dialog alert form".split())
_FURNITURE_NAME = lazy_compile(
    r"^(?:nav|navbar|navigation|menu|footer|sidebar|aside|related|trending|popular|most|"
    r"comment|comments|share|sharing|social|newsletter|subscribe|subscription|signup|promo|advert|"
    r"advertisement|ads?|sponsored|cookie|cookies|consent|breadcrumb|breadcrumbs|widget|banner|"
    r"masthead|recommended|recirc|outbrain|taboola|disqus|tags|toolbar|skip|modal|popup|paywall)$")
_ARTICLE_ROOTS = ("article", "main")
_DATE_META = frozenset(
    "article:published_time og:published_time datepublished date pubdate publishdate publish-date "
    "dc.date dc.date.issued dcterms.created parsely-pub-date sailthru.date".split())


@dataclass(eq=False)
class _Node:
    tag: str
    attrs: dict[str, str]
    parent: _Node | None
    children: list[_Node] = field(default_factory=list)
    texts: list[tuple[int, int, str | None]] = field(default_factory=list)  # start, end, entity text

    def walk(self):
        """This node and its descendants in document order; a loop, not
        recursion, since a page may nest thousands of unclosed tags."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))


class _Builder(HTMLParser):
    """A forgiving tree of the page with source offsets for every piece of text."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [m.end() for m in regex.finditer("\n", text)]
        self.root = _Node("#root", {}, None)
        self.stack = [self.root]
        self.open: dict[str, int] = {}  # how many elements of each tag the stack holds
        self._no_gt_from: int | None = None
        self.breaks: list[int] = []

    def parse_html_declaration(self, i: int) -> int:
        # The standard parser asserts on a broken "<![" section; read it as a bogus comment.
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            end = self._next_gt(i)
            return -1 if end < 0 else end + 1

    def _next_gt(self, i: int) -> int:
        # Remembers a search that found no ">", so that many broken "<![" cost one search, not one each.
        if self._no_gt_from is not None and i >= self._no_gt_from:
            return -1
        end = self.rawdata.find(">", i)
        if end < 0:
            self._no_gt_from = i
        return end

    def _push(self, node: _Node) -> None:
        self.stack.append(node)
        self.open[node.tag] = self.open.get(node.tag, 0) + 1

    def _pop_to(self, depth: int) -> None:
        for node in self.stack[depth:]:
            self.open[node.tag] -= 1
        del self.stack[depth:]

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.breaks.append(self._offset())
            if self.stack[-1].tag == "p":  # a block closes an open paragraph
                self._pop_to(len(self.stack) - 1)
        if tag == "li":
            self._close_open("li", stop_at=("ul", "ol"))
        node = _Node(tag, {k: (v or "") for k, v in attrs}, self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self._push(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.breaks.append(self._offset())
        self.stack[-1].children.append(_Node(tag, {k: (v or "") for k, v in attrs}, self.stack[-1]))

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.breaks.append(self._offset())
        self._close_open(tag)

    def _close_open(self, tag: str, stop_at: tuple[str, ...] = ()) -> None:
        # Nothing of that tag open: no walk down the stack (a page of stray end
        # tags under thousands of unclosed ones would otherwise take quadratic time).
        if not self.open.get(tag):
            return
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag in stop_at:
                return
            if self.stack[depth].tag == tag:
                self._pop_to(depth)
                return

    def handle_data(self, data: str) -> None:
        start = self._offset()
        self.stack[-1].texts.append((start, start + len(data), None))

    def _reference(self, written: str) -> None:
        start = self._offset()
        if self.text.startswith(";", start + len(written)):
            written += ";"
        self.stack[-1].texts.append((start, start + len(written), html.unescape(written)))

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name}")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name}")


_DISPLAY_NONE = lazy_compile(r"display\s*:\s*none")
_NAME_PARTS = lazy_compile(r"[\s_-]+")


def _is_furniture(node: _Node, in_article: bool) -> bool:
    if node.tag in _SKIPPED or (node.tag == "header" and not in_article):
        return True
    attrs = node.attrs
    if "hidden" in attrs or attrs.get("aria-hidden") == "true" or _DISPLAY_NONE.search(attrs.get("style", "")):
        return True
    if attrs.get("role", "").lower() in _FURNITURE_ROLES:
        return True
    names = f"{attrs.get('class', '')} {attrs.get('id', '')}".lower()
    parts = [part for part in _NAME_PARTS.split(names) if part]
    # "header" names the page's masthead outside the article, its headline block inside.
    return any(_FURNITURE_NAME.match(part) or (part == "header" and not in_article) for part in parts)


def _is_article_root(node: _Node) -> bool:
    return node.tag in _ARTICLE_ROOTS or node.attrs.get("role") == "main" or node.attrs.get("itemprop") == "articleBody"


def _kept_texts(node: _Node, in_article: bool = False) -> list[tuple[int, int, str | None]]:
    """The text pieces of `node` outside furniture, in source order."""
    pieces: list[tuple[int, int, str | None]] = []
    stack = [(node, in_article)]
    while stack:
        current, inside = stack.pop()
        if _is_furniture(current, inside):
            continue
        inside = inside or _is_article_root(current)
        pieces.extend(current.texts)
        stack.extend((child, inside) for child in current.children)
    return sorted(pieces)


def _text_length(pieces, text: str) -> int:
    return sum(len(text[s:e].strip()) if rep is None else 1 for s, e, rep in pieces)


def _kept_lengths(root: _Node, text: str) -> dict[tuple[int, bool], int]:
    """_text_length(_kept_texts(node, in_article), text) for every node and both
    values of in_article, in one pass from the leaves up: nested <article>
    elements must not each walk their whole subtree again."""
    order: list[_Node] = []
    stack = [root]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(node.children)
    lengths: dict[tuple[int, bool], int] = {}
    for node in reversed(order):  # children before their parents
        own = _text_length(node.texts, text)
        for inside in (False, True):
            if _is_furniture(node, inside):
                lengths[(id(node), inside)] = 0
                continue
            below = inside or _is_article_root(node)
            lengths[(id(node), inside)] = own + sum(lengths[(id(child), below)] for child in node.children)
    return lengths


def _article(root: _Node, text: str) -> _Node:
    """The element that holds the article."""
    lengths = _kept_lengths(root, text)
    furniture: set[int] = set()  # nodes that are furniture or inside furniture
    for node in root.walk():
        if _is_furniture(node, False) or (node.parent is not None and id(node.parent) in furniture):
            furniture.add(id(node))
    candidates = [n for n in root.walk() if _is_article_root(n) and id(n) not in furniture]
    if candidates:
        return max(candidates, key=lambda n: lengths[(id(n), True)])
    # No semantic markup: the parent of the most paragraph text.
    scores: dict[int, tuple[int, _Node]] = {}
    for node in root.walk():
        if node.tag == "p" and node.parent is not None:
            length = lengths[(id(node), False)]
            held = scores.get(id(node.parent), (0, node.parent))[0]
            scores[id(node.parent)] = (held + length, node.parent)
    if scores:
        return max(scores.values(), key=lambda s: s[0])[1]
    return root


def _metadata(root: _Node, article: _Node, text: str) -> dict[str, str]:
    data: dict[str, str] = {}
    for node in root.walk():
        attrs = node.attrs
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if node.tag == "title" and "title" not in data:
            data["title"] = " ".join("".join(_piece(text, p) for p in node.texts).split())
        elif node.tag == "meta" and key in ("og:title", "author") and attrs.get("content"):
            data.setdefault("author" if key == "author" else "title", attrs["content"])
        elif key in _DATE_META and (attrs.get("content") or attrs.get("datetime")) and "date" not in data:
            data["date"] = attrs.get("content") or attrs.get("datetime")
    if "date" not in data:
        times = [n for n in article.walk() if n.tag == "time" and n.attrs.get("datetime")]
        times = times or [n for n in root.walk() if n.tag == "time" and n.attrs.get("datetime")]
        if times:
            data["date"] = times[0].attrs["datetime"]
    return data


def _piece(text: str, piece: tuple[int, int, str | None]) -> str:
    start, end, replacement = piece
    return text[start:end] if replacement is None else replacement


_ONLY_TAGS = lazy_compile(r"(?:<[^<>]*>)*")
_SPACES = str.maketrans("\n\r\t\xa0", "    ")  # line breaks in a paragraph's source are spaces


def _layout(text: str, pieces: list[tuple[int, int, str | None]], breaks: list[int]) -> tuple[str, tuple[int, ...]]:
    """The article's text pieces and paragraph breaks in source order, and the
    source offset of each character. Text split only by tags joins up
    ("<em>yester</em>day"); anything else left out between two pieces (a
    skipped element's text, a comment) leaves a space."""
    out: list[str] = []
    offsets: list[int] = []
    last_end = None
    for start, end, replacement in sorted([*pieces, *((b, -1, None) for b in breaks)]):
        if end < 0:
            out.append("\n\n")
            offsets += [start, start]
            last_end = None
            continue
        if last_end is not None and start > last_end and not _ONLY_TAGS.fullmatch(text, last_end, start):
            out.append(" ")
            offsets.append(last_end)
        if replacement is None:
            out.append(text[start:end].translate(_SPACES))
            offsets.extend(range(start, end))
        else:
            out.append(replacement.translate(_SPACES))
            offsets.extend([start] * len(replacement))
        last_end = end
    offsets.append(len(text))
    return "".join(out), tuple(offsets)


_COMMENT_CLOSE = lazy_compile(r"--\s*>")
_SECTION_CLOSE = lazy_compile(r"]\s*]\s*>")
_OPENERS = lazy_compile(r"<!--|<!\[")
_UNCLOSED_ALLOWED = 16  # each costs the standard parser one search of the rest of the page


def _last_start(pattern: LazyPattern, text: str) -> int:
    last = -1
    for m in pattern.finditer(text):
        last = m.start()
    return last


def _without_stray_openers(text: str) -> str:
    """`text`, of the same length and lines, without what would make the standard
    parser search the rest of the page again and again (quadratic time): each
    "<" that no ">" follows becomes a space (a tag that never ends holds no
    article text), and from the first of many comments or "<![" sections that
    never close, the rest of the page is blanked, as a browser hides it."""
    last = text.rfind(">")
    tail = text[last + 1:]
    if "<" in tail:
        text = text[:last + 1] + tail.replace("<", " ")
    comment_close, section_close = _last_start(_COMMENT_CLOSE, text), _last_start(_SECTION_CLOSE, text)
    unclosed = [m.start() for m in _OPENERS.finditer(text)
                if m.end() > (comment_close if m.group() == "<!--" else section_close)]
    if len(unclosed) > _UNCLOSED_ALLOWED:
        start = unclosed[0]
        text = text[:start] + regex.sub(r"[^\n]", " ", text[start:])
    return text


def read(text: str) -> Page:
    """The layout of a saved page: the article's text, a paragraph break at
    each block element, and where each character stands in the source."""
    builder = _Builder(text)
    builder.feed(_without_stray_openers(text))
    builder.close()
    article = _article(builder.root, text)
    layout, offsets = _layout(text, _kept_texts(article, _is_article_root(article)), builder.breaks)
    return Page(layout, _metadata(builder.root, article, text), offsets=offsets)

"""Article formats: plain text, Markdown and saved HTML pages.

Each format turns the source into a *layout* text of the same length in which
markup is blanked with spaces, so that every character offset the extractor
finds is also an offset into the source file: line and column stay exact.
Line breaks of the source are kept; a format may add breaks of its own where
the source ends a block ("<p>", "<li>") without ending a line.
"""
from __future__ import annotations

import os

from factlint.markup import htmlpage, markdown
from factlint.markup.base import Page

FORMATS = {".md": markdown.read, ".markdown": markdown.read, ".html": htmlpage.read, ".htm": htmlpage.read}
SUFFIXES = (".txt", *FORMATS)


def read_page(path: str, text: str) -> Page:
    """The page of `text` in the format its file name says; plain text otherwise."""
    suffix = os.path.splitext(path)[1].lower()
    reader = FORMATS.get(suffix)
    return reader(text) if reader else Page(text)

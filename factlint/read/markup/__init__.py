"""Article formats: plain text, Markdown and saved HTML pages.

Each format turns the source into a *layout*: the text the extractor reads,
with a way back to the file so that line and column stay exact. Markdown
blanks its markup with spaces, keeping every offset and line break; HTML
drops tags, decodes entities and breaks paragraphs at block elements, and
keeps a table from layout offsets to source offsets.
"""
from __future__ import annotations

import os

from factlint.read.markup import htmlpage, markdown
from factlint.read.markup.base import Page

FORMATS = {".md": markdown.read, ".markdown": markdown.read, ".html": htmlpage.read, ".htm": htmlpage.read}
SUFFIXES = (".txt", *FORMATS)


def read_page(path: str, text: str) -> Page:
    """The page of `text` in the format its file name says; plain text otherwise."""
    suffix = os.path.splitext(path)[1].lower()
    reader = FORMATS.get(suffix)
    return reader(text) if reader else Page(text)

"""Article formats: plain text, Markdown and saved HTML pages.

Each format turns the source into a *layout*: the text the extractor reads,
with a way back to the file so that line and column stay exact. Markdown
blanks its markup with spaces, keeping every offset and line break; HTML
drops tags, decodes entities and breaks paragraphs at block elements, and
keeps a table from layout offsets to source offsets.
"""
from __future__ import annotations

import importlib
import os

from factlint.read.markup.base import Page

# suffix -> the module that reads it, imported when a file of its kind is read:
# the readers compile many patterns, which a run over plain text never needs
# (together a third of `factlint seeds/`'s start-up).
FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "htmlpage", ".htm": "htmlpage"}
SUFFIXES = (".txt", *FORMATS)


def read_page(path: str, text: str) -> Page:
    """The page of `text` in the format its file name says; plain text otherwise."""
    suffix = os.path.splitext(path)[1].lower()
    module = FORMATS.get(suffix)
    if module is None:
        return Page(text)
    return importlib.import_module(f"factlint.read.markup.{module}").read(text)

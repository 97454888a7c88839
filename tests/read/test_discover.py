"""Finding articles in folders: which suffixes count."""
from __future__ import annotations

import os

from factlint.read.discover import discover


def test_folders_yield_text_markdown_and_html_articles(tmp_path):
    """.txt, .md, .markdown, .html and .htm files (any case) are articles; other files and hidden ones are not."""
    names = ["a.txt", "b.md", "c.MARKDOWN", "d.html", "e.htm", "f.rst", "g.json", "h.pdf", ".hidden.md", "i.md.bak"]
    for name in names:
        (tmp_path / name).write_text("Text.\n", encoding="utf-8")
    found = [os.path.basename(p) for p in discover([str(tmp_path)])]
    assert found == ["a.txt", "b.md", "c.MARKDOWN", "d.html", "e.htm"]


def test_named_file_is_read_whatever_its_suffix(tmp_path):
    (tmp_path / "notes.rst").write_text("Text.\n", encoding="utf-8")
    assert discover([str(tmp_path / "notes.rst")]) == [str(tmp_path / "notes.rst")]

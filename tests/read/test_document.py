"""Reading articles: encodings, binary files, line endings and positions."""
from __future__ import annotations

import codecs

import pytest

from factlint.cli.app import cli
from factlint.read.document import decode, is_binary, make_document
from tests.conftest import RULES, read_document

TEXT = "Kremlin spokesman Dmitry Peskov said “no comment” on 900 km.\nSecond line, café.\n"


@pytest.mark.parametrize("encoding, data, fell_back", [
    ("utf-8", TEXT.encode("utf-8"), False),
    ("utf-8-sig", codecs.BOM_UTF8 + TEXT.encode("utf-8"), False),
    ("utf-16", TEXT.encode("utf-16"), False),
    ("utf-16-le", TEXT.encode("utf-16-le"), False),
    ("utf-16-be", TEXT.encode("utf-16-be"), False),
    ("utf-32", TEXT.encode("utf-32"), False),
    ("cp1252", TEXT.encode("cp1252"), True),
], ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-le-no-bom", "utf-16-be-no-bom", "utf-32-bom", "windows-1252"])
def test_decode(encoding, data, fell_back):
    """Every supported encoding gives the same text; a fallback is reported."""
    text, _, used_fallback = decode(data)
    assert text == TEXT
    assert used_fallback is fell_back
    assert not is_binary(data)


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"%PDF-1.7\n\x00\x01\x02", b"PK\x03\x04\x14\x00\x00\x00"],
                         ids=["png", "pdf", "zip"])
def test_binary_files_are_recognised(data):
    """Images, PDFs and archives are not text."""
    assert is_binary(data)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_positions_survive_line_endings(newline):
    """Line and column point at the same character whatever the line endings."""
    doc = make_document("a.txt", newline.join(["First line.", "The range is 900 km here."]))
    offset = doc.text.index("900")
    assert doc.position(offset) == (2, 14)
    assert doc.line_text(2) == "The range is 900 km here."


def test_binary_file_skipped_with_warning(runner, tmp_path):
    """A binary .txt is skipped with a warning on stderr and not counted as an article."""
    (tmp_path / "a.txt").write_text("Kremlin spokesman Dmitry Peskov said so.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    result = runner.invoke(cli, ["--rules", RULES, "--format", "json", str(tmp_path)])
    assert result.exit_code == 0
    assert '"articles": 1' in result.stdout
    assert "b.txt: not a text file; skipped" in result.stderr


def test_fallback_decoding_is_named(runner, tmp_path):
    """A file read by fallback decoding is named in a warning; its facts still count."""
    (tmp_path / "a.txt").write_bytes("Pentagon spokesman John Kirby said “no”.\n".encode("cp1252"))
    result = runner.invoke(cli, ["--rules", RULES, "--format", "json", str(tmp_path)])
    assert result.exit_code == 1
    assert "not valid UTF-8; read as cp1252" in result.stderr


def test_read_document_is_read_only(tmp_path):
    """Reading never changes the file."""
    path = tmp_path / "a.txt"
    path.write_bytes(b"Some text.\r\n")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    read_document(str(path))
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


@pytest.mark.parametrize("text, paragraphs", [
    ("One.\nTwo.\n", ["One.", "Two."]),
    ("It rose to\n15 today.\n\nNext.\n", ["It rose to\n15 today.", "Next."]),
    # A suppression line is no text and breaks a paragraph like a blank line.
    ("It rose to\nfactlint: ignore[x] reason: as printed\n15 today.\n", ["It rose to", "15 today."]),
    ("<!-- factlint: ignore[x] reason: y -->\nOne.\n", ["One."]),
], ids=["line-per-paragraph", "wrapped", "suppression-breaks", "suppression-in-comment"])
def test_paragraphs(text, paragraphs):
    doc = make_document("a.txt", text)
    assert [doc.text[s:e] for s, e in doc.paragraphs] == paragraphs
    assert all("factlint" not in s.text for s in doc.sentences)


@pytest.mark.parametrize("text", ["", "\n", "\n\n", "one line", "one\ntwo", "one\ntwo\n", "\nlead", "a\n\n\nb \n c",
                                  "ü\nß\u2028x\n", "tab\t\n\x0b\n"])
def test_line_starts_are_the_offsets_after_each_newline(text):
    from factlint.read.document import line_starts_of

    assert line_starts_of(text.split("\n")) == [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]

"""Reading an article: bytes to text, line and column lookup, body sentences."""
from __future__ import annotations

import bisect
import codecs
import datetime as dt
import os
import stat
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any, BinaryIO

from factlint.errors import DocumentError
from factlint.prose.moments import Moment, date_line, parse_moment, yearless_line
from factlint.prose.sentences import Sentence, paragraphs, split_sentences
from factlint.read.directives import is_directive, may_hold_directive
from factlint.read.furniture import classify_lines, wrapped_lines
from factlint.read.markup import read_page
from factlint.read.markup.base import parse_day


def line_starts_of(lines: list[str]) -> list[int]:
    """The offset where each line starts in the text `lines` were split from at "\n"."""
    return list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))


@dataclass(frozen=True)
class Document:
    """One article. `text` keeps every character offset of the file's decoded text;
    only line breaks are rewritten ("\\r\\n" as " \\n", a lone "\\r" as "\\n").
    Sentences are read from the format's layout of it (factlint.read.markup), and
    their offsets are the layout's: `source_offset` turns one into an offset
    of `text`. `furniture` numbers the layout's lines, which are the file's
    lines except in HTML. `metadata` holds front matter or HTML meta values;
    `date` is the article's own date, which resolves "yesterday" or "last year";
    `published` is its publication time as precisely as the page gives it (front
    matter, HTML meta, or a plain-text date line), which orders figures that change;
    `yearless` a date line that gives no year ("--08-21T23:48-04:00"), for the
    corpus's dated articles to place."""

    path: str
    text: str
    line_starts: tuple[int, ...]
    furniture: dict[int, str]
    sentences: tuple[Sentence, ...]
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = field(default=())
    metadata: dict[str, Any] = field(default_factory=dict)
    date: dt.date | None = None
    offsets: tuple[int, ...] = ()  # source offset of each layout offset; () when they are the same
    paragraphs: tuple[tuple[int, int], ...] = ()  # (start, end) layout offsets of each body paragraph
    published: Moment | None = None
    yearless: str | None = None

    def source_offset(self, offset: int) -> int:
        """The offset in `text` of an offset in the layout the sentences come from."""
        return self.offsets[offset] if self.offsets else offset

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip()


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when text has a NUL beside most ASCII bytes."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2 or b"\x00" not in sample:  # no NUL (nearly every file): no UTF-16
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 0.4 * len(sample) / 2 and even == 0:
        return "utf-16-le"
    if even > 0.4 * len(sample) / 2 and odd == 0:
        return "utf-16-be"
    return None


# File signatures of formats that are never articles. A PDF or a gzip file may
# hold no NUL byte in its first kilobytes, so the NUL test alone misses them.
MAGIC_NUMBERS = (
    b"%PDF-", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"\xff\xd8\xff",  # PDF, PNG, GIF, JPEG
    b"PK\x03\x04", b"PK\x05\x06", b"\x1f\x8b", b"\xfd7zXZ\x00", b"7z\xbc\xaf\x27\x1c",  # zip, gzip, xz, 7z
    b"Rar!\x1a\x07", b"\x28\xb5\x2f\xfd", b"\x7fELF", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # rar, zstd, ELF, .doc
    *(b"BZh%d1AY&SY" % level for level in range(1, 10)),  # bzip2
)


def is_binary(data: bytes) -> bool:
    """Images, PDFs, archives: a known file signature, or NUL bytes that no text
    encoding explains."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _utf16_without_bom(data):
        return False  # also covers UTF-32 byte-order marks, which start the same way
    if data.startswith(MAGIC_NUMBERS):
        return True
    return b"\x00" in data[:8192]


def decode(data: bytes) -> tuple[str, str, bool]:
    """Decode an article: (text, encoding, whether a fallback was needed)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig", False
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: same first bytes
        return data.decode("utf-32", errors="replace"), "utf-32", False
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16", False
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16, False
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252", True
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1", True


def make_document(path: str, text: str, encoding: str = "utf-8", warnings: tuple[str, ...] = ()) -> Document:
    """Build a Document from decoded text: index lines, read the format (by the
    file name's suffix), mark furniture, split sentences."""
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    text_lines = text.split("\n")
    line_starts = line_starts_of(text_lines)
    page = read_page(path, text)
    layout = page.layout
    lines = layout.split("\n") if layout is not text else text_lines
    layout_starts = line_starts_of(lines) if layout is not text else line_starts
    # A suppression line is not article text; for layout it is a blank line.
    directives = ({number for number, line in enumerate(lines, 1) if is_directive(line)}
                  if may_hold_directive(layout) else set())
    if directives:
        lines = ["" if number in directives else line for number, line in enumerate(lines, 1)]
    wrapped = wrapped_lines(lines)
    furniture = classify_lines(lines, wrapped)
    furniture.update(dict.fromkeys(directives, "suppression"))
    body = []
    for number, line in enumerate(lines, 1):
        if line.strip() and number not in furniture:
            start = layout_starts[number - 1]
            body.append((start, start + len(line)))
    sentences = []
    # Two or more mid-sentence breaks: the file is hard-wrapped, not one line per paragraph.
    blocks = paragraphs(body, layout, hard_wrapped=len(wrapped) >= 4)
    for start, end in blocks:
        sentences.extend(split_sentences(layout, start, end))
    warnings += tuple(f"{path}: {w}" for w in page.warnings)
    date = parse_day(page.metadata.get("date"))
    published = parse_moment(page.metadata.get("date")) if date is not None else None
    if date is None and page.metadata.get("date") not in (None, ""):
        warnings += (f"{path}: article date {page.metadata['date']!r} is not a YYYY-MM-DD date; "
                     "relative dates stay unresolved",)
    elif date is None:
        # A plain-text page: its date line, byline or dateline (furniture lines included).
        # It orders the page's figures in time but does not resolve "this year" or
        # "Tuesday": a line guessed from layout is not sure enough to date the story's
        # events (on real copy, "attacks this year" became a wrong event date).
        found = date_line(lines)
        if found is not None:
            published = found[1]
    yearless = yearless_line(lines) if published is None else None
    return Document(path, text, tuple(line_starts), furniture, tuple(sentences), encoding, warnings,
                    page.metadata, date, page.offsets, tuple(blocks), published, yearless)


class Skipped(DocumentError):
    """A file that is not an article to check; a warning, not an error."""


class BinaryFile(Skipped):
    """The file is not text (an image, a PDF, an archive)."""


class TooLarge(Skipped):
    """The file is over the size cap (`--max-file-size`)."""


class Unreadable(DocumentError):
    """The file could not be read: permission denied, vanished, an I/O error."""


def format_size(size: int) -> str:
    """Bytes as people write them: 5 MB, 1.5 GB, 700 bytes."""
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if size >= factor:
            return f"{size / factor:.3g} {unit}"
    return f"{size} bytes"


def document_from_bytes(path: str, data: bytes) -> Document:
    """An article from its raw bytes; `path` is the name findings give it."""
    if is_binary(data):
        raise BinaryFile(f"{path}: not a text file; skipped")
    text, encoding, fell_back = decode(data)
    warnings = (f"{path}: not valid UTF-8; read as {encoding}",) if fell_back else ()
    return make_document(path, text, encoding, warnings)


def _too_large(path: str, size: int, max_size: int) -> TooLarge:
    return TooLarge(f"{path}: {format_size(size)} is over the size cap of {format_size(max_size)} "
                    f"(--max-file-size); skipped")


def read_bytes(path: str, max_size: int | None = None) -> bytes:
    """The raw bytes of an article, read-only. A file over `max_size` bytes is
    skipped on its size alone, before a byte of it is read."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise Skipped(f"{path}: not a regular file; skipped")
        if max_size is not None and info.st_size > max_size:
            raise _too_large(path, info.st_size, max_size)
        with open(path, "rb") as handle:
            # One byte over the cap is enough to know: the file grew since stat.
            data = handle.read() if max_size is None else handle.read(max_size + 1)
    except FileNotFoundError:
        if os.path.islink(path):  # the link is there, what it points to is not: not a vanished file
            raise Skipped(f"{path}: a broken symbolic link (to {os.readlink(path)}); skipped") from None
        raise Unreadable(f"{path}: cannot read: the file vanished during the run") from None
    except OSError as exc:
        raise Unreadable(f"{path}: cannot read: {exc.strerror or exc}") from None
    if max_size is not None and len(data) > max_size:
        raise _too_large(path, len(data), max_size)
    return data


def read_stream_bytes(name: str, stream: BinaryIO, max_size: int | None = None) -> bytes:
    """The bytes of an article from a stream (standard input), named `name` in messages."""
    try:
        data = stream.read() if max_size is None else stream.read(max_size + 1)
    except OSError as exc:
        raise Unreadable(f"{name}: cannot read: {exc.strerror or exc}") from None
    if max_size is not None and len(data) > max_size:
        raise _too_large(name, len(data), max_size)
    return data

"""Reading an article: bytes to text, line and column lookup, body sentences."""
from __future__ import annotations

import bisect
import codecs
from dataclasses import dataclass, field

import regex

from factlint.errors import DocumentError
from factlint.furniture import classify_lines, wrapped_lines
from factlint.sentences import Sentence, paragraphs, split_sentences


_NEWLINE = regex.compile("\n")


@dataclass(frozen=True)
class Document:
    """One article. `text` keeps every character offset of the file's decoded text;
    only line breaks are rewritten ("\\r\\n" as " \\n", a lone "\\r" as "\\n")."""

    path: str
    text: str
    line_starts: tuple[int, ...]
    furniture: dict[int, str]
    sentences: tuple[Sentence, ...]
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = field(default=())

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
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 0.4 * len(sample) / 2 and even == 0:
        return "utf-16-le"
    if even > 0.4 * len(sample) / 2 and odd == 0:
        return "utf-16-be"
    return None


def is_binary(data: bytes) -> bool:
    """Images, PDFs, archives: NUL bytes that no text encoding explains."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _utf16_without_bom(data):
        return False  # also covers UTF-32 byte-order marks, which start the same way
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
    """Build a Document from decoded text: index lines, mark furniture, split sentences."""
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    lines = text.split("\n")
    wrapped = wrapped_lines(lines)
    furniture = classify_lines(lines, wrapped)
    body = []
    for number, line in enumerate(lines, 1):
        if line.strip() and number not in furniture:
            start = line_starts[number - 1]
            body.append((start, start + len(line)))
    sentences = []
    # Two or more mid-sentence breaks: the file is hard-wrapped, not one line per paragraph.
    for start, end in paragraphs(body, text, hard_wrapped=len(wrapped) >= 4):
        sentences.extend(split_sentences(text, start, end))
    return Document(path, text, tuple(line_starts), furniture, tuple(sentences), encoding, warnings)


class BinaryFile(DocumentError):
    """The file is not text (an image, a PDF, an archive)."""


def read_bytes(path: str) -> bytes:
    """The raw bytes of an article (read-only)."""
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read: {exc.strerror or exc}") from None


def read_document(path: str) -> Document:
    """Read an article from disk (read-only)."""
    return document_from_bytes(path, read_bytes(path))


def document_from_bytes(path: str, data: bytes) -> Document:
    """An article from its raw bytes, as read from `path`."""
    if is_binary(data):
        raise BinaryFile(f"{path}: not a text file; skipped")
    text, encoding, fell_back = decode(data)
    warnings = (f"{path}: not valid UTF-8; read as {encoding}",) if fell_back else ()
    return make_document(path, text, encoding, warnings)

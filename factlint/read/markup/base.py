"""What every format shares: the Page record, blanking, and reading a day."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from factlint.prose.patterns import lazy_compile


@dataclass(frozen=True)
class Page:
    """What a format reads from a source: the layout text and the article's
    metadata (front matter keys, HTML meta tags), with warnings about either.

    Without `offsets` the layout has the source's length (markup blanked) and
    its offsets are the source's; with them, `offsets[i]` is the source offset
    of layout character i, plus one entry for the end.
    """

    layout: str
    metadata: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    offsets: tuple[int, ...] = ()


def blank(chars: list[str], start: int, end: int) -> None:
    """Blank chars[start:end] with spaces, keeping line breaks."""
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


_ISO_DAY = lazy_compile(r"^\s*(\d{4})-(\d\d)-(\d\d)(?!\d)")


def parse_day(raw: Any) -> dt.date | None:
    """A calendar day from a metadata value: a YAML date, or text starting with
    YYYY-MM-DD ("2024-01-09T10:00:00Z"); None when it is neither."""
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    m = _ISO_DAY.match(raw) if isinstance(raw, str) else None
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None

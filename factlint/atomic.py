"""Writing files so that an interrupted run never leaves a half-written one."""
from __future__ import annotations

import os
import tempfile
from typing import Iterable


def write_atomic(path: str, data: str | bytes | Iterable[str], durable: bool = True) -> None:
    """Write `data` to a temporary file beside `path`, then rename it over `path`.

    A reader (or a run cut short) sees either the old file whole or the new one
    whole, never a mix. Text is written as UTF-8 with "\\n" line endings; an
    iterable of strings is written piece by piece, never held whole in memory.
    `durable=False` skips waiting for the disk (fsync), for files such as cache
    entries that a crash may lose, since they are checked when read.
    """
    folder = os.path.dirname(os.path.abspath(path))
    pieces = [data] if isinstance(data, (str, bytes)) else data
    fd, tmp = tempfile.mkstemp(prefix=".factlint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            for piece in pieces:
                handle.write(piece.encode("utf-8") if isinstance(piece, str) else piece)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise

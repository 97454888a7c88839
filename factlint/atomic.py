"""Writing files so that an interrupted run never leaves a half-written one,
and never writes where it must not: over an article, over a device or pipe,
or in place of a symbolic link."""
from __future__ import annotations

import errno
import os
import stat
import tempfile
from typing import Iterable

STDOUT = "-"  # the output path that means standard output


class NotRegularFile(OSError):
    """The path names something other than a regular file (a FIFO, a device, a folder)."""


def target_of(path: str) -> str:
    """Where writing `path` lands: through symbolic links to the file they name.
    Raises NotRegularFile when that is anything but a regular file or a new path."""
    target = os.path.realpath(path)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return target
    except OSError:
        return target  # the write itself says what is wrong
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file (a pipe, device or socket)"
        raise NotRegularFile(errno.EINVAL, f"{kind}; write to a file, or to - for standard output")
    return target


_umask: int | None = None


def _new_file_mode() -> int:
    """The mode a new file gets from open(): 0666 less the process's umask."""
    global _umask
    if _umask is None:
        _umask = os.umask(0o022)  # reading the umask means setting it: put it straight back
        os.umask(_umask)
    return 0o666 & ~_umask


def write_atomic(path: str, data: str | bytes | Iterable[str], durable: bool = True) -> None:
    """Write `data` to a temporary file beside `path`, then rename it over `path`.

    A reader (or a run cut short) sees either the old file whole or the new one
    whole, never a mix. Text is written as UTF-8 with "\\n" line endings (a
    character UTF-8 cannot hold, such as a stray surrogate from a file name,
    as a backslash escape); an iterable of strings is written piece by piece,
    never held whole in memory. `durable=False` skips waiting for the disk
    (fsync), for files such as cache entries that a crash may lose, since they
    are checked when read. A symbolic link is written through, not replaced;
    an existing file keeps its mode, a new one gets the umask's.
    """
    target = target_of(path)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = _new_file_mode()
    folder = os.path.dirname(target)
    pieces = [data] if isinstance(data, (str, bytes)) else data
    fd, tmp = tempfile.mkstemp(prefix=".factlint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            for piece in pieces:
                handle.write(piece.encode("utf-8", "backslashreplace") if isinstance(piece, str) else piece)
            handle.flush()
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def overwritten_input(outputs: Iterable[str], inputs: Iterable[str]) -> tuple[str, str] | None:
    """(output, input) when an output path is the same file as one of the inputs
    (through links, `./`, or another spelling), else None."""
    wanted = {}
    for output in outputs:
        if output == STDOUT:
            continue
        try:
            info = os.stat(output)
        except OSError:
            continue  # a new file cannot be an input
        wanted[(info.st_dev, info.st_ino)] = output
    if not wanted:
        return None
    for source in inputs:
        try:
            info = os.stat(source)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) in wanted:
            return wanted[(info.st_dev, info.st_ino)], source
    return None


def silence_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's own
    flush at exit does not fail a second time on a broken pipe."""
    import sys

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass

import os

import pytest

from factlint.atomic import write_atomic


def test_writes_text_and_bytes(tmp_path):
    target = tmp_path / "out.txt"
    write_atomic(str(target), "caf\u00e9\n")
    assert target.read_bytes() == "caf\u00e9\n".encode("utf-8")
    write_atomic(str(target), b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"


def test_failure_leaves_old_file_whole_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "out.txt"
    target.write_text("old contents")

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(str(target), "new contents")
    assert target.read_text() == "old contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]

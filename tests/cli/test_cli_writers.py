"""Writers: formats, flattening, temp file + rename, abort leaves nothing."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from vismanet_ext.cli.writers import flatten, open_writer

RECORDS: list[dict[str, Any]] = [
    {"number": "1", "name": "Acme", "mainAddress": {"city": "Oslo", "country": {"id": "NO"}}, "tags": ["a", "b"]},
    {"number": "2", "name": "Bolt", "active": True, "note": None},
    {"number": "3", "late": 1.5, "mainAddress": {}},
]


def _write(fmt: str, path: Path) -> None:
    existed = path.exists()
    w = open_writer(fmt, str(path))
    for r in RECORDS:
        w.write(r)
    assert path.exists() == existed, "the final name must not appear before commit"
    w.commit()


def test_jsonl(tmp_path: Path) -> None:
    out = tmp_path / "x.jsonl"
    _write("jsonl", out)
    assert [json.loads(line) for line in out.read_text().splitlines()] == RECORDS
    assert os.listdir(tmp_path) == ["x.jsonl"]


@pytest.mark.parametrize("records", [RECORDS, []])
def test_json_array_is_valid_json(tmp_path: Path, records: list[dict[str, object]]) -> None:
    out = tmp_path / "x.json"
    w = open_writer("json", str(out))
    for r in records:
        w.write(r)
    w.commit()
    assert json.loads(out.read_text()) == records


def test_csv_columns_are_union_in_first_seen_order(tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    _write("csv", out)
    rows = list(csv.reader(out.open()))
    assert rows[0] == ["number", "name", "mainAddress.city", "mainAddress.country.id", "tags", "active", "note", "late"]
    assert rows[1] == ["1", "Acme", "Oslo", "NO", '["a","b"]', "", "", ""]
    assert rows[2] == ["2", "Bolt", "", "", "", "true", "", ""]
    assert rows[3] == ["3", "", "", "", "", "", "", "1.5"]
    assert os.listdir(tmp_path) == ["x.csv"]  # the spool file is gone too


def test_flatten() -> None:
    assert list(flatten({"a": {"b": {"c": 1}}, "d": [{"e": 1}]})) == [("a.b.c", 1), ("d", '[{"e":1}]')]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_abort_removes_partial_output_and_keeps_old_file(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"x.{fmt}"
    out.write_text("previous complete export\n")
    w = open_writer(fmt, str(out))
    w.write(RECORDS[0])
    assert len(os.listdir(tmp_path)) >= 2  # temp file exists beside the target while writing
    w.abort()
    assert os.listdir(tmp_path) == [out.name]
    assert out.read_text() == "previous complete export\n"


def test_commit_replaces_existing_file_with_normal_permissions(tmp_path: Path) -> None:
    out = tmp_path / "x.jsonl"
    out.write_text("old\n")
    _write("jsonl", out)
    assert out.read_text().count("\n") == 3
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_stdout_target() -> None:
    buf = io.StringIO()
    w = open_writer("csv", None, stdout=buf)
    w.write({"a": {"b": 1}})
    w.commit()
    assert buf.getvalue() == "a.b\n1\n"


def test_missing_directory_is_usage_error(tmp_path: Path) -> None:
    from vismanet_ext.cli.errors import UsageError

    with pytest.raises(UsageError, match="does not exist"):
        open_writer("jsonl", str(tmp_path / "nope" / "x.jsonl"))


def test_out_is_a_directory(tmp_path: Path) -> None:
    from vismanet_ext.cli.errors import UsageError

    with pytest.raises(UsageError, match="is a directory"):
        open_writer("jsonl", str(tmp_path))


def test_abort_after_failed_commit_removes_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An interruption during the CSV second pass leaves neither the target nor a temp file."""
    from vismanet_ext.cli import writers

    out = tmp_path / "x.csv"
    w = open_writer("csv", str(out))
    for r in RECORDS:
        w.write(r)

    def boom(record: Any, prefix: str = "") -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(writers, "flatten", boom)
    with pytest.raises(KeyboardInterrupt):
        w.commit()
    w.abort()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fail", ["fdopen", "spool"])
def test_an_interrupt_while_opening_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail: str
) -> None:
    import tempfile

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    if fail == "fdopen":
        monkeypatch.setattr(os, "fdopen", interrupted)
    else:
        monkeypatch.setattr(tempfile, "TemporaryFile", interrupted)
    with pytest.raises(KeyboardInterrupt):
        open_writer("csv", str(tmp_path / "out.csv"))
    assert list(tmp_path.iterdir()) == []


def test_sweep_only_touches_part_files_of_the_same_target(tmp_path: Path) -> None:
    from vismanet_ext.cli.outfile import sweep_leftovers

    dead = 2**22 + 12345  # above the default pid_max: no such process
    mine = tmp_path / f".a.jsonl.{dead}.abcd1234.part"
    longer_name = tmp_path / f".a.jsonl.2.jsonl.{dead}.abcd1234.part"  # the part of a.jsonl.2.jsonl
    old_style = tmp_path / ".a.jsonl.k3j4h5g6.part"  # written before part names carried a pid
    unrelated = tmp_path / ".a.jsonl.notes"
    for p in (mine, longer_name, old_style, unrelated):
        p.write_text("x")
    notes = sweep_leftovers(str(tmp_path), "a.jsonl")
    assert not mine.exists() and longer_name.exists() and old_style.exists() and unrelated.exists()
    assert any("removed" in n and str(mine) in n for n in notes)
    assert any("older version" in n and str(old_style) in n for n in notes)


def test_close_quietly_closes_the_fd_even_when_the_flush_fails(tmp_path: Path) -> None:
    import errno

    from vismanet_ext.cli.outfile import close_quietly

    f = open(tmp_path / "x", "w", encoding="utf-8")  # noqa: SIM115
    fd = f.fileno()

    def full(data: Any) -> Any:
        raise OSError(errno.ENOSPC, "No space left on device")

    f.buffer.raw.write = full  # type: ignore[method-assign]
    f.write("data")
    close_quietly(f)  # no exception
    assert f.closed
    with pytest.raises(OSError):
        os.fstat(fd)

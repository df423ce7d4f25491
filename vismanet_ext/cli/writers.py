"""Streaming record writers (jsonl, json, csv) that never leave a truncated file looking complete.

A file target is written to a hidden temporary file in the same directory and renamed over the
target only by ``commit()``; ``abort()`` deletes it.  Memory stays flat in the number of records:
each record is written as it arrives.  CSV needs its columns before the first row, so it spools
records to a temporary JSON-lines file and writes the CSV in a second pass on ``commit()``; the
columns are the union of every record's flattened keys in first-seen order (nested objects become
dotted names such as ``mainAddress.city``; lists are written as JSON text; null is an empty cell).
"""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Mapping
from typing import IO, Any, Protocol

FORMATS = ("jsonl", "csv", "json")


class RecordWriter(Protocol):
    def write(self, record: Mapping[str, Any]) -> None: ...
    def commit(self) -> None: ...
    def abort(self) -> None: ...


def _dumps(record: Mapping[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"), default=str)


def _final_mode(path: str) -> int:
    """The mode the file would have had if opened normally: the old file's, or 0666 minus the umask."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


class _Target:
    """Where the bytes end up: stdout directly, or a temp file renamed to ``path`` on success."""

    def __init__(self, path: str | None, stdout: IO[str] | None = None) -> None:
        self.path = path
        self._tmp_name: str | None = None
        if path is None:
            self.stream: IO[str] = stdout if stdout is not None else sys.stdout
            return
        from .errors import UsageError

        directory = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(directory):
            raise UsageError(f"cannot write {path}: directory {directory} does not exist")
        if os.path.isdir(path):
            raise UsageError(f"cannot write {path}: it is a directory")
        fd, self._tmp_name = tempfile.mkstemp(
            dir=directory, prefix=f".{os.path.basename(path)}.", suffix=".part"
        )
        try:
            os.chmod(self._tmp_name, _final_mode(path))  # mkstemp makes 0600; give the usual permissions
            self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="")
        except BaseException:
            os.close(fd)
            os.unlink(self._tmp_name)
            raise

    def commit(self) -> None:
        if self._tmp_name is None:
            self.stream.flush()
            return
        assert self.path is not None
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        os.replace(self._tmp_name, self.path)
        self._tmp_name = None

    def abort(self) -> None:
        if self._tmp_name is None:
            return
        try:
            self.stream.close()
        finally:
            try:
                os.unlink(self._tmp_name)
            except FileNotFoundError:
                pass
            self._tmp_name = None


class JsonLinesWriter:
    """One JSON object per line."""

    def __init__(self, path: str | None, stdout: IO[str] | None = None) -> None:
        self._target = _Target(path, stdout)

    def write(self, record: Mapping[str, Any]) -> None:
        self._target.stream.write(_dumps(record) + "\n")

    def commit(self) -> None:
        self._target.commit()

    def abort(self) -> None:
        self._target.abort()


class JsonArrayWriter:
    """A JSON array written incrementally, one record per line; ``[]`` when there are none."""

    def __init__(self, path: str | None, stdout: IO[str] | None = None) -> None:
        self._target = _Target(path, stdout)
        self._count = 0

    def write(self, record: Mapping[str, Any]) -> None:
        self._target.stream.write(("[\n" if self._count == 0 else ",\n") + _dumps(record))
        self._count += 1

    def commit(self) -> None:
        self._target.stream.write("[]\n" if self._count == 0 else "\n]\n")
        self._target.commit()

    def abort(self) -> None:
        self._target.abort()


def flatten(record: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """``(dotted name, cell value)`` pairs: objects recurse, lists become JSON text."""
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            yield from flatten(value, name + ".")
        elif isinstance(value, (list, tuple)):
            yield name, json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
        else:
            yield name, value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


class CsvWriter:
    """CSV with a header row; spools to a temp JSON-lines file so late columns are not lost."""

    def __init__(self, path: str | None, stdout: IO[str] | None = None) -> None:
        self._target = _Target(path, stdout)
        spool_dir = os.path.dirname(os.path.abspath(path)) if path is not None else None
        try:
            self._spool = tempfile.TemporaryFile(
                "w+", encoding="utf-8", dir=spool_dir, prefix=".vismanet-csv-", suffix=".spool"
            )
        except BaseException:
            self._target.abort()
            raise
        self._columns: dict[str, None] = {}  # insertion-ordered set

    def write(self, record: Mapping[str, Any]) -> None:
        for name, _ in flatten(record):
            if name not in self._columns:
                self._columns[name] = None
        self._spool.write(_dumps(record) + "\n")

    def commit(self) -> None:
        columns = list(self._columns)
        out = csv.writer(self._target.stream, lineterminator="\n")
        if columns:
            out.writerow(columns)
        self._spool.seek(0)
        for line in self._spool:
            row = dict(flatten(json.loads(line)))
            out.writerow([_cell(row.get(c)) for c in columns])
        self._spool.close()
        self._target.commit()

    def abort(self) -> None:
        self._spool.close()
        self._target.abort()


def open_writer(fmt: str, path: str | None, stdout: IO[str] | None = None) -> RecordWriter:
    """A writer for ``fmt`` (one of FORMATS) to ``path`` (None: stdout)."""
    if fmt == "jsonl":
        return JsonLinesWriter(path, stdout)
    if fmt == "json":
        return JsonArrayWriter(path, stdout)
    if fmt == "csv":
        return CsvWriter(path, stdout)
    raise ValueError(f"unknown format {fmt!r}")

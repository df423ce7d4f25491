"""Streaming record writers (jsonl, json, csv) that never leave a truncated file looking complete.

Where the bytes go (stdout, a part file renamed into place by ``commit()`` and deleted by ``abort()``,
or straight through to a device or FIFO) is ``outfile.Output``'s job.  Memory stays flat in the number of records:
each record is written as it arrives.  CSV needs its columns before the first row, so it spools
records to a temporary JSON-lines file and writes the CSV in a second pass on ``commit()``; the
columns are the union of every record's flattened keys in first-seen order (nested objects become
dotted names such as ``mainAddress.city``; lists are written as JSON text; null is an empty cell).
"""

from __future__ import annotations

import codecs
import errno
import functools
import io
import json
import os
from collections.abc import Callable, Iterator, Mapping
from typing import IO, Any, Protocol

from .outfile import Output, close_quietly

FORMATS = ("jsonl", "csv", "json")


#: ``phase(text, done, total)``: what a writer is doing after the last record arrived (CSV's second pass).
PhaseCallback = Callable[[str, int, "int | None"], None]


class RecordWriter(Protocol):
    on_phase: PhaseCallback | None

    @property
    def output(self) -> Output: ...
    def write(self, record: Mapping[str, Any]) -> None: ...
    def write_records(self, records: list[Mapping[str, Any]], *, decoded: bool = False) -> None: ...
    def commit(self) -> None: ...
    def abort(self) -> None: ...


def _dumps(record: Any) -> str:
    """``json.dumps(record, ensure_ascii=False, separators=(",", ":"), default=str)``: the same bytes, through
    orjson when installed (`vismanet_ext._json`, imported with the first writer: ``--help`` does not need it)."""
    return _line_encoder()(record)


@functools.cache
def _line_encoder() -> Callable[[Any], str]:
    from .._json import dumps_line

    return dumps_line


class _Writer:
    """What every format shares: the Output, and commit/abort passing through to it."""

    def __init__(self, path: str | None, stdout: IO[str] | None = None) -> None:
        self._target = Output(path, stdout)
        self.on_phase: PhaseCallback | None = None

    @property
    def output(self) -> Output:
        return self._target

    def write(self, record: Mapping[str, Any]) -> None:
        raise NotImplementedError

    def write_records(self, records: list[Mapping[str, Any]], *, decoded: bool = False) -> None:
        """Every record of a page, in order. ``decoded``: they are what the pager decoded (see JsonLinesWriter)."""
        for record in records:
            self.write(record)

    def _phase(self, text: str, done: int = 0, total: int | None = None) -> None:
        if self.on_phase is not None:
            self.on_phase(text, done, total)

    def commit(self) -> None:
        self._phase("committing")
        self._target.commit()

    def abort(self) -> None:
        self._target.abort()


class JsonLinesWriter(_Writer):
    """One JSON object per line.

    When the stream is a UTF-8 text file over a binary buffer (a file it opened, a UTF-8 stdout that is not
    line-buffered), lines go to the buffer as bytes: orjson's bytes are written as they are instead of being
    decoded to str and encoded back (the same bytes either way; tests/perf/test_cli_bytes.py), and every byte
    is written even when the buffer is a raw, unbuffered file (``PYTHONUNBUFFERED``), whose writes may be
    short (see `_write_all`).
    """

    def __init__(self, path: str | None, stdout: IO[str] | None = None) -> None:
        super().__init__(path, stdout)
        self._raw, self._errors = _utf8_buffer(self._target.stream)
        if self._raw is not None:
            from .._json import dumps_line_bytes, dumps_lines_bytes

            self._encode = dumps_line_bytes
            self._encode_all = dumps_lines_bytes

    def write(self, record: Mapping[str, Any]) -> None:
        raw = self._raw
        if raw is not None:
            _write_all(raw, self._encode(record, self._errors))
        else:
            _write_text(self._target.stream, _dumps(record) + "\n")

    def write_records(self, records: list[Mapping[str, Any]], *, decoded: bool = False) -> None:
        """A page in one write, encoded and checked in one call (`vismanet_ext._json.dumps_lines_bytes`:
        ``decoded=True`` spares the NaN search its nulls would need). The bytes are those of `write`."""
        raw = self._raw
        if raw is not None:
            _write_all(raw, self._encode_all(records, decoded=decoded, errors=self._errors))
        else:
            _write_text(self._target.stream, "".join([_dumps(record) + "\n" for record in records]))


def _write_all(raw: IO[bytes], data: bytes) -> None:
    """Write every byte. A raw (unbuffered) file's ``write`` may take fewer bytes than given and say so only
    in its return value: on a pipe whose reader went away, 65,536 of 912,767 bytes, no error (the next write
    reports EPIPE); on a full disk, the bytes before ENOSPC. Writing the rest reaches that error."""
    view = memoryview(data)
    while view:
        written = raw.write(view)
        if not written:  # None: a non-blocking stream that cannot take more now (0 would loop for ever)
            raise BlockingIOError(errno.EAGAIN, "the output cannot take more data without blocking")
        view = view[written:]


def _write_text(stream: IO[str], text: str) -> None:
    """``stream.write(text)``, but every byte when it is a text layer over a raw file: a TextIOWrapper does not
    look at a short count from its buffer (`_write_all`), so a page-sized write could end short unnoticed."""
    buffer = getattr(stream, "buffer", None)
    if (
        isinstance(stream, io.TextIOWrapper)
        and isinstance(buffer, io.RawIOBase)
        and os.linesep == "\n"
        and _codec_name(stream.encoding) not in _BOM_CODECS  # encoding each page ourselves would repeat the BOM
    ):
        stream.flush()
        _write_all(buffer, text.encode(stream.encoding, stream.errors))  # type: ignore[arg-type]
    else:
        stream.write(text)


_BOM_CODECS = frozenset(("utf-16", "utf-32", "utf-8-sig", "unknown"))


def _codec_name(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return "unknown"


#: Error handlers under which orjson's (valid UTF-8) bytes are what the text stream would write; the
#: stdlib's lines are encoded with the same handler (Python's stdout uses surrogateescape in the C locale).
_BYTE_SAFE_ERRORS = frozenset(("strict", "surrogateescape"))


def _utf8_buffer(stream: IO[str]) -> tuple[IO[bytes] | None, str]:
    """The binary buffer under ``stream`` and its error handler, when writing UTF-8 bytes to it gives what
    ``stream.write`` would; (None, "strict") otherwise."""
    if not isinstance(stream, io.TextIOWrapper) or os.linesep != "\n" or stream.line_buffering:
        return None, "strict"
    try:
        if codecs.lookup(stream.encoding).name != "utf-8" or stream.errors not in _BYTE_SAFE_ERRORS:
            return None, "strict"
    except LookupError:
        return None, "strict"
    stream.flush()  # anything written as text so far goes first
    buffer: IO[bytes] = stream.buffer
    return buffer, stream.errors


class JsonArrayWriter(_Writer):
    """A JSON array written incrementally, one record per line; ``[]`` when there are none."""

    def __init__(self, path: str | None, stdout: IO[str] | None = None) -> None:
        super().__init__(path, stdout)
        self._count = 0

    def write(self, record: Mapping[str, Any]) -> None:
        self._target.stream.write(("[\n" if self._count == 0 else ",\n") + _dumps(record))
        self._count += 1

    def commit(self) -> None:
        self._target.stream.write("[]\n" if self._count == 0 else "\n]\n")
        super().commit()


def flatten(record: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """``(dotted name, cell value)`` pairs: objects recurse, lists become JSON text."""
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            yield from flatten(value, name + ".")
        elif isinstance(value, (list, tuple)):
            yield name, _dumps(value)
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


class CsvWriter(_Writer):
    """CSV with a header row; spools to a temp JSON-lines file so late columns are not lost."""

    def __init__(self, path: str | None, stdout: IO[str] | None = None) -> None:
        super().__init__(path, stdout)
        spool_dir = os.path.dirname(os.path.realpath(path)) if path and not self._target.write_through else None
        import tempfile  # here, not at the top: `vismanet --help` imports this module

        try:
            # Anonymous (unlinked at once), so even a killed run leaves no spool behind.
            self._spool = tempfile.TemporaryFile(  # noqa: SIM115 - closed by commit() or abort()
                "w+", encoding="utf-8", dir=spool_dir, prefix=".vismanet-csv-", suffix=".spool"
            )
        except BaseException:
            self._target.abort()
            raise
        self._columns: dict[str, None] = {}  # insertion-ordered set
        self._rows = 0

    def write(self, record: Mapping[str, Any]) -> None:
        for name, _ in flatten(record):
            if name not in self._columns:
                self._columns[name] = None
        self._spool.write(_dumps(record) + "\n")
        self._rows += 1

    def commit(self) -> None:
        import csv

        columns = list(self._columns)
        out = csv.writer(self._target.stream, lineterminator="\n")
        if columns:
            out.writerow(columns)
        self._spool.seek(0)
        self._phase("writing CSV", 0, self._rows)
        for done, line in enumerate(self._spool, 1):
            row = dict(flatten(json.loads(line)))
            out.writerow([_cell(row.get(c)) for c in columns])
            if done % 1000 == 0:
                self._phase("writing CSV", done, self._rows)
        self._phase("writing CSV", self._rows, self._rows)
        self._spool.close()
        super().commit()

    def abort(self) -> None:
        try:
            close_quietly(self._spool)
        finally:
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

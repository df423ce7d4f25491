"""The export writes a page at a time; every byte arrives even when the stream takes a few at a time."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from vismanet_ext.cli.writers import JsonLinesWriter


class ShortWrites(io.RawIOBase):
    """A raw stream that takes at most ``step`` bytes per write, as a pipe or a nearly full disk may."""

    def __init__(self, step: int) -> None:
        self.step = step
        self.data = bytearray()
        self.calls = 0

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        self.calls += 1
        chunk = bytes(b[: self.step])
        self.data += chunk
        return len(chunk)


RECORDS = [{"internalId": i, "name": f"Kunde {i} Ærø", "note": None, "amount": i * 1.25} for i in range(300)]
EXPECTED = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in RECORDS).encode()


@pytest.mark.parametrize("encoding,errors", [("utf-8", "strict"), ("utf-8", "surrogateescape"), ("latin-1", "strict")])
def test_a_page_reaches_a_short_writing_stream_whole(encoding: str, errors: str) -> None:
    raw = ShortWrites(step=4096)
    stream = io.TextIOWrapper(raw, encoding=encoding, errors=errors, write_through=True)  # type: ignore[arg-type]
    writer = JsonLinesWriter(None, stream)
    writer.write_records(RECORDS[:150], decoded=True)
    for record in RECORDS[150:]:
        writer.write(record)
    stream.flush()
    assert bytes(raw.data) == EXPECTED.decode().encode(encoding)
    assert raw.calls > len(EXPECTED) // 4096  # it really was written in pieces


class TakesNothing(ShortWrites):
    def write(self, b: Any) -> int:
        return 0


def test_a_stream_that_takes_nothing_is_an_error_not_a_hang() -> None:
    stream = io.TextIOWrapper(TakesNothing(step=0), encoding="utf-8", write_through=True)  # type: ignore[arg-type]
    with pytest.raises(BlockingIOError):
        JsonLinesWriter(None, stream).write_records(RECORDS[:2])


def test_a_bom_encoding_is_left_to_the_text_stream() -> None:
    """utf-16: encoding each page ourselves would put a BOM before every page; the stream decides instead."""

    def written(via_writer: bool) -> bytes:
        raw = ShortWrites(step=1 << 20)
        stream = io.TextIOWrapper(raw, encoding="utf-16", write_through=True)  # type: ignore[arg-type]
        if via_writer:
            writer = JsonLinesWriter(None, stream)
            writer.write_records(RECORDS[:3])
            writer.write_records(RECORDS[3:6])
        else:
            stream.write("".join(EXPECTED.decode().splitlines(keepends=True)[:6]))
        stream.flush()
        return bytes(raw.data)

    assert written(True) == written(False)

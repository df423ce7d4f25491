"""A small streaming ``multipart/form-data`` parser.

It reads the (possibly disk-spooled) body in 64 KiB chunks and never holds
more than one copy of a part plus one chunk, so a 200 MB upload peaks near
2x (the part being assembled and the final bytes), not 3x or more. Part
headers are parsed with the standard library's ``email`` parser.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message
from email.parser import BytesHeaderParser
from typing import IO

from .errors import bad_request

_CHUNK = 64 * 1024
_MAX_HEADER = 16 * 1024
_MAX_FIELD = 1024 * 1024  # non-file fields are small form values


@dataclass(frozen=True)
class Part:
    name: str
    filename: str | None
    content_type: str
    data: bytes


def boundary_of(content_type: str | None) -> str:
    message = Message()
    message["content-type"] = content_type or ""
    if message.get_content_type() != "multipart/form-data":
        raise bad_request(
            "The request content must be multipart/form-data with a 'file' part "
            f"(got Content-Type '{content_type or ''}')."
        )
    boundary = message.get_param("boundary")
    if not isinstance(boundary, str) or not boundary:
        raise bad_request("The multipart/form-data Content-Type has no boundary parameter.")
    return boundary


class _Reader:
    """Buffered access to the stream with delimiter search across chunk edges."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._buffer = b""
        self._eof = False

    def _fill(self) -> bool:
        if self._eof:
            return False
        chunk = self._stream.read(_CHUNK)
        if not chunk:
            self._eof = True
            return False
        self._buffer += chunk
        return True

    def read_until(self, delimiter: bytes, sink: list[bytes] | None, limit: int | None) -> bool:
        """Consume up to and including ``delimiter``; data before it goes to ``sink``."""
        size = 0
        while True:
            index = self._buffer.find(delimiter)
            if index >= 0:
                if sink is not None:
                    sink.append(self._buffer[:index])
                size += index
                self._buffer = self._buffer[index + len(delimiter):]
                if limit is not None and size > limit:
                    raise bad_request("A multipart/form-data part header or field is too large.")
                return True
            keep = len(delimiter) - 1
            if len(self._buffer) > keep:
                flushed = self._buffer[: len(self._buffer) - keep]
                size += len(flushed)
                if sink is not None:
                    sink.append(flushed)
                self._buffer = self._buffer[len(self._buffer) - keep:]
                if limit is not None and size > limit:
                    raise bad_request("A multipart/form-data part header or field is too large.")
            if not self._fill():
                return False

    def take(self, count: int) -> bytes:
        while len(self._buffer) < count and self._fill():
            pass
        taken, self._buffer = self._buffer[:count], self._buffer[count:]
        return taken


def parse(stream: IO[bytes], content_type: str | None) -> list[Part]:
    boundary = boundary_of(content_type).encode("latin-1")
    reader = _Reader(stream)
    if not reader.read_until(b"--" + boundary, None, None):
        raise bad_request("The multipart/form-data body has no parts.")
    parts: list[Part] = []
    delimiter = b"\r\n--" + boundary
    while True:
        after = reader.take(2)
        if after == b"--":
            return parts
        if after != b"\r\n":
            raise bad_request("The multipart/form-data body is malformed.")
        header_chunks: list[bytes] = []
        if not reader.read_until(b"\r\n\r\n", header_chunks, _MAX_HEADER):
            raise bad_request("The multipart/form-data body ended inside part headers.")
        headers = BytesHeaderParser().parsebytes(b"".join(header_chunks) + b"\r\n\r\n")
        name = headers.get_param("name", header="content-disposition")
        filename = headers.get_filename()
        if not isinstance(name, str):
            raise bad_request("A multipart/form-data part has no name in Content-Disposition.")
        body: list[bytes] = []
        if not reader.read_until(delimiter, body, None if filename is not None else _MAX_FIELD):
            raise bad_request("The multipart/form-data body ended before its closing boundary.")
        data = b"".join(body)
        body.clear()
        parts.append(Part(name, filename, headers.get_content_type() if headers.get("content-type")
                          else "application/octet-stream", data))

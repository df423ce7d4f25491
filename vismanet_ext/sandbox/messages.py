"""The sandbox's own request/response types.

Both front ends (the in-process httpx transports and the loopback HTTP server)
translate to and from these, so the one handler never knows which it serves.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO
from urllib.parse import parse_qsl

# Bodies up to this size stay in memory; larger ones (attachment uploads) go to a
# temporary file so a 200 MB upload is not held several times over.
SPOOL_MAX = 1024 * 1024
_CHUNK = 64 * 1024


class Body:
    """A request body that can be read more than once (background jobs replay it)."""

    def __init__(self) -> None:
        # Lives as long as the request (background jobs replay it), so no `with`.
        self._file: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=SPOOL_MAX)  # noqa: SIM115
        self.size = 0

    @classmethod
    def from_bytes(cls, data: bytes) -> Body:
        body = cls()
        body.write(data)
        return body

    @classmethod
    def from_chunks(cls, chunks: Iterable[bytes]) -> Body:
        body = cls()
        for chunk in chunks:
            body.write(chunk)
        return body

    @classmethod
    def from_reader(cls, read: Callable[[int], bytes], length: int) -> Body:
        """Read exactly ``length`` bytes in chunks (short reads mean the peer went away)."""
        body = cls()
        remaining = length
        while remaining > 0:
            chunk = read(min(_CHUNK, remaining))
            if not chunk:
                raise ConnectionError("request body ended early")
            body.write(chunk)
            remaining -= len(chunk)
        return body

    def write(self, data: bytes) -> None:
        if data:
            self._file.write(data)
            self.size += len(data)

    def read(self) -> bytes:
        self._file.seek(0)
        return self._file.read()

    def open(self) -> IO[bytes]:
        """The underlying file, rewound; callers read it in chunks."""
        self._file.seek(0)
        return self._file

    def iter_chunks(self, size: int = _CHUNK) -> Iterator[bytes]:
        stream = self.open()
        while True:
            chunk = stream.read(size)
            if not chunk:
                return
            yield chunk

    def close(self) -> None:
        self._file.close()


def _lower_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for name, value in headers:
        key = name.lower()
        merged[key] = f"{merged[key]}, {value}" if key in merged else value
    return merged


@dataclass
class SandboxRequest:
    """One HTTP request as the handler sees it.

    ``path`` is the raw, still percent-encoded path so that ``%2F`` inside a key
    is not mistaken for a separator; ``base_url`` is scheme://host[:port] as the
    client addressed us (used for Location and stateLocation URLs).
    """

    method: str
    path: str
    query_string: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    body: Body = field(default_factory=Body)
    base_url: str = "http://sandbox.vismanet.local"

    @classmethod
    def build(
        cls,
        method: str,
        target: str,
        headers: Iterable[tuple[str, str]] | Mapping[str, str] = (),
        body: bytes | Body = b"",
        base_url: str = "http://sandbox.vismanet.local",
    ) -> SandboxRequest:
        """Convenience constructor: ``target`` is path plus optional ``?query``."""
        path, _, query = target.partition("?")
        pairs = headers.items() if isinstance(headers, Mapping) else headers
        return cls(
            method=method.upper(),
            path=path or "/",
            query_string=query,
            headers=_lower_headers(pairs),
            body=body if isinstance(body, Body) else Body.from_bytes(body),
            base_url=base_url.rstrip("/"),
        )

    def query_pairs(self) -> list[tuple[str, str]]:
        return parse_qsl(self.query_string, keep_blank_values=True)

    def query(self) -> dict[str, str]:
        """Query parameters, last value winning (what ASP.NET binds for scalars)."""
        return dict(self.query_pairs())

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass
class SandboxResponse:
    """What the handler answers. ``drop`` means: close the connection, send nothing."""

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    drop: bool = False

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        for key, value in self.headers:
            if key.lower() == wanted:
                return value
        return None


REASONS = {
    200: "OK",
    201: "Created",
    202: "Accepted",
    204: "No Content",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    410: "Gone",
    412: "Precondition Failed",
    415: "Unsupported Media Type",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}

"""A streaming, replayable ``multipart/form-data`` body with one file part.

httpx's own multipart encoder reads file objects in chunks too, but it cannot
tell the length of an arbitrary stream (so it falls back to chunked transfer,
which some IIS front ends refuse) and it cannot rewind a file object that a
retry transport wants to send again. This encoder validates the input up
front, knows its exact ``Content-Length`` before the first byte is sent and
re-opens (or seeks back) the file every time it is iterated.
"""

from __future__ import annotations

import io
import mimetypes
import os
import secrets
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO, Union
from urllib.parse import quote

import httpx

from ..errors import InvalidArgument

__all__ = [
    "AsyncMultipartFile",
    "FileInput",
    "MultipartFile",
    "guess_content_type",
]

#: What an upload accepts: a filesystem path, the bytes themselves or a binary file object.
FileInput = Union[str, "os.PathLike[str]", bytes, bytearray, memoryview, BinaryIO, IO[bytes]]

DEFAULT_CHUNK_SIZE = 64 * 1024
DEFAULT_CONTENT_TYPE = "application/octet-stream"


def guess_content_type(filename: str) -> str:
    """The MIME type ``mimetypes`` guesses from the name, else ``application/octet-stream``."""
    guessed, _encoding = mimetypes.guess_type(filename, strict=False)
    return guessed or DEFAULT_CONTENT_TYPE


class _Source:
    """The validated file: its size, its name and a way to read it from the start again."""

    def __init__(self, file: object, filename: str | None) -> None:
        self._data: bytes | None = None
        self._path: Path | None = None
        self._fileobj: IO[bytes] | None = None
        self._start = 0
        if isinstance(file, (bytes, bytearray, memoryview)):
            self._data = bytes(file)
            self.size = len(self._data)
            if filename is None:
                raise InvalidArgument("filename= is required when uploading bytes (the server stores the file under that name)")
        elif isinstance(file, (str, os.PathLike)):
            path = Path(os.fspath(file))
            if not path.exists():
                raise InvalidArgument(f"file not found: {str(path)!r}")
            if path.is_dir():
                raise InvalidArgument(f"{str(path)!r} is a directory, not a file")
            if not path.is_file():
                raise InvalidArgument(f"{str(path)!r} is not a regular file")
            if not os.access(path, os.R_OK):
                raise InvalidArgument(f"{str(path)!r} is not readable")
            self._path = path
            self.size = path.stat().st_size
            filename = filename if filename is not None else path.name
        elif callable(getattr(file, "read", None)):
            self._fileobj = _check_binary_fileobj(file)
            self._start = self._fileobj.tell()
            end = self._fileobj.seek(0, io.SEEK_END)
            self._fileobj.seek(self._start)
            self.size = max(0, end - self._start)
            if filename is None:
                name = getattr(file, "name", None)
                if isinstance(name, (str, os.PathLike)) and os.path.basename(os.fspath(name)):
                    filename = os.path.basename(os.fspath(name))
                else:
                    raise InvalidArgument("filename= is required: the file object has no usable .name")
        else:
            raise InvalidArgument(
                f"file must be a path, bytes or a binary file object, not {type(file).__name__}"
            )
        assert filename is not None
        if not filename or any(c in filename for c in "\r\n\x00"):
            raise InvalidArgument(f"invalid filename {filename!r}")
        self.filename = filename

    def chunks(self, chunk_size: int) -> Iterator[bytes]:
        """The file's bytes from its start, exactly ``size`` of them."""
        if self._data is not None:
            view = memoryview(self._data)
            for offset in range(0, self.size, chunk_size):
                yield bytes(view[offset : offset + chunk_size])
            return
        if self._path is not None:
            with open(self._path, "rb") as f:
                yield from _read_exactly(f, self.size, chunk_size, str(self._path))
            return
        assert self._fileobj is not None
        if self._fileobj.closed:
            raise InvalidArgument("the file object was closed before the upload was sent")
        self._fileobj.seek(self._start)
        yield from _read_exactly(self._fileobj, self.size, chunk_size, repr(self._fileobj))


def _check_binary_fileobj(file: Any) -> IO[bytes]:
    """Refuse text-mode, closed and unseekable file objects before any request."""
    if isinstance(file, io.TextIOBase):
        raise InvalidArgument("the file object is open in text mode; open it with 'rb'")
    if getattr(file, "closed", False):
        raise InvalidArgument("the file object is closed")
    mode = getattr(file, "mode", None)
    if isinstance(mode, str) and "b" not in mode:
        raise InvalidArgument(f"the file object is open in text mode ({mode!r}); open it with 'rb'")
    seekable = getattr(file, "seekable", None)
    if not callable(seekable) or not seekable():
        raise InvalidArgument(
            "the file object must be seekable (its length is sent up front and a retry rewinds it); "
            "pass a path or bytes instead"
        )
    if callable(getattr(file, "readable", None)) and not file.readable():
        raise InvalidArgument("the file object is not readable; open it with 'rb'")
    probe = file.read(0)
    if not isinstance(probe, (bytes, bytearray)):
        raise InvalidArgument("the file object returns text, not bytes; open it with 'rb'")
    return file  # type: ignore[no-any-return]


def _read_exactly(f: IO[bytes], size: int, chunk_size: int, what: str) -> Iterator[bytes]:
    remaining = size
    while remaining > 0:
        chunk = f.read(min(chunk_size, remaining))
        if not chunk:
            raise OSError(f"{what} became shorter while it was being uploaded ({remaining} bytes missing)")
        remaining -= len(chunk)
        yield chunk


def _disposition(field_name: str, filename: str) -> str:
    """The HTML5 form-data escaping browsers use, plus RFC 5987 ``filename*`` for non-ASCII names.

    ASP.NET (the real server) prefers ``filename*`` when present; simpler parsers read ``filename``.
    """
    quoted = filename.replace('"', "%22")
    header = f'form-data; name="{field_name}"; filename="{quoted}"'
    if not filename.isascii():
        header += "; filename*=UTF-8''" + quote(filename, safe="")
    return header


class _Encoder:
    """Shared framing: preamble, the file's chunks, epilogue."""

    #: Tells RetryTransport (transports.extensions.REPLAYABLE_ATTRIBUTE) that every pass yields the
    #: whole body again, so the request may be resent even after its body went out.
    vismanet_replayable = True

    def __init__(
        self,
        file: FileInput,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        field_name: str = "file",
        boundary: str | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> None:
        if chunk_size <= 0:
            raise InvalidArgument("chunk_size must be positive")
        if not field_name or any(c in field_name for c in '"\r\n'):
            raise InvalidArgument(f"invalid field name {field_name!r}")
        self.source = _Source(file, filename)
        self.filename = self.source.filename
        self.file_content_type = content_type or guess_content_type(self.filename)
        if any(c in self.file_content_type for c in "\r\n"):
            raise InvalidArgument(f"invalid content_type {self.file_content_type!r}")
        self.boundary = boundary or secrets.token_hex(16)
        self.chunk_size = chunk_size
        disposition = _disposition(field_name, self.filename)
        self._head = (
            f"--{self.boundary}\r\n"
            f"Content-Disposition: {disposition}\r\n"
            f"Content-Type: {self.file_content_type}\r\n\r\n"
        ).encode()
        self._tail = f"\r\n--{self.boundary}--\r\n".encode("ascii")
        self.content_length = len(self._head) + self.source.size + len(self._tail)

    @property
    def content_type(self) -> str:
        """The request's ``Content-Type`` header value."""
        return f"multipart/form-data; boundary={self.boundary}"

    @property
    def headers(self) -> dict[str, str]:
        """The headers that must accompany this body."""
        return {"Content-Type": self.content_type, "Content-Length": str(self.content_length)}

    def _iter(self) -> Iterator[bytes]:
        yield self._head
        yield from self.source.chunks(self.chunk_size)
        yield self._tail


class MultipartFile(_Encoder, httpx.SyncByteStream):
    """Sync body: iterate it as often as needed; each pass starts from the file's beginning.

    Pass it as ``content=`` together with :attr:`headers` (httpx cannot see its length by itself).
    """

    def __iter__(self) -> Iterator[bytes]:
        return self._iter()


class AsyncMultipartFile(_Encoder, httpx.AsyncByteStream):
    """Async body. Reads local files with blocking 64 KiB reads, as httpx does for file content."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._iter():
            yield chunk

"""Download an attachment (``GET /v1/attachment/{attachmentId}``), streamed to a path or a binary file object.

The id is the one ``upload_attachment(...)`` returns as ``result.id`` (the last segment of its ``Location``,
``/v1/attachment/{id}``) and the ``id`` of the ``attachments`` listed on a document. The body is streamed in
chunks through the client's own stack (auth, throttle, retries of a refused or failed request, logging), so
a 200 MB file never sits in memory:

* a **path** is written through a hidden part file beside it, renamed into place when the last byte
  arrived, so an interrupted download never leaves a file that looks complete (``overwrite=False`` refuses
  an existing file); an existing **directory** receives the file under the server's name
  (``Content-Disposition``, reduced to a safe base name);
* a **binary file object** (``open(..., "wb")``, ``io.BytesIO``) gets the bytes as they arrive; a text-mode
  object is an ``InvalidArgument`` before any request;
* ``None`` returns the bytes in ``Downloaded.content``.

A non-2xx answer raises the usual ``errors.ApiError`` subclass (``NotFound`` for an unknown id).
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote

import httpx

from .errors import (
    InvalidArgument,
    NetworkError,
    aerror_from_response,
    error_from_response,
)

__all__ = ["ROUTE", "Downloaded", "adownload_attachment", "download_attachment"]

ROUTE = "GET /v1/attachment/{attachmentId}"
CHUNK_SIZE = 64 * 1024

Destination = str | os.PathLike[str] | IO[bytes] | None


@dataclass(frozen=True, slots=True)
class Downloaded:
    """What arrived: where it went, its size, and what the server said it is."""

    attachment_id: str
    size: int
    filename: str | None  # from Content-Disposition
    content_type: str | None
    path: Path | None  # None for a file object or in-memory download
    content: bytes | None = None  # only when no destination was given


def _check_id(attachment_id: Any) -> str:
    if not isinstance(attachment_id, str) or not attachment_id.strip() or any(c in attachment_id for c in "\r\n\x00"):
        raise InvalidArgument(f"attachment_id must be a non-empty single-line string, got {attachment_id!r}")
    return attachment_id.strip()


def _is_binary_writer(target: Any) -> bool:
    if isinstance(target, io.TextIOBase):
        return False
    mode = getattr(target, "mode", "b")
    return callable(getattr(target, "write", None)) and (not isinstance(mode, str) or "b" in mode)


def _check_destination(destination: Any, overwrite: bool) -> None:
    if destination is None:
        return
    if isinstance(destination, (str, os.PathLike)):
        path = Path(destination)
        if not path.is_dir():
            if path.exists() and not overwrite:
                raise InvalidArgument(f"{path} exists; pass overwrite=True to replace it")
            if not path.parent.is_dir():
                raise InvalidArgument(f"{path.parent} is not a directory")
        return
    if not _is_binary_writer(destination):
        raise InvalidArgument(
            f"destination must be a path, a binary file object (open(..., 'wb'), io.BytesIO) or None, "
            f"got {type(destination).__name__}" + (" in text mode" if isinstance(destination, io.TextIOBase) else "")
        )


_SAFE_NAME = re.compile(r"[^A-Za-z0-9._ ()+-]")


def filename_from(disposition: str | None) -> str | None:
    """The file name in a ``Content-Disposition`` header (``filename*=UTF-8''...`` preferred), or None."""
    if not disposition:
        return None
    star = re.search(r"filename\*\s*=\s*([^']*)'[^']*'([^;]+)", disposition, re.IGNORECASE)
    if star:
        try:
            return unquote(star.group(2).strip(), encoding=star.group(1) or "utf-8", errors="strict")
        except (LookupError, UnicodeDecodeError):
            pass
    plain = re.search(r'filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)', disposition, re.IGNORECASE)
    if plain:
        return (plain.group(1) if plain.group(1) is not None else plain.group(2)).strip() or None
    return None


def _safe_basename(name: str | None, fallback: str) -> str:
    """A name that stays inside the chosen directory: no separators, no dot-only names, no control chars."""
    base = os.path.basename((name or "").replace("\\", "/"))
    base = _SAFE_NAME.sub("_", base).strip(" .")
    return base[:200] or fallback


def _target_path(destination: str | os.PathLike[str], filename: str | None, attachment_id: str) -> Path:
    path = Path(destination)
    if path.is_dir():
        return path / _safe_basename(filename, f"attachment-{_safe_basename(attachment_id, 'download')}")
    return path


@contextmanager
def _part_file(path: Path, overwrite: bool) -> Iterator[IO[bytes]]:
    """A hidden part file beside ``path``, renamed onto it only when the block ends without an error."""
    if path.exists() and not overwrite:
        raise InvalidArgument(f"{path} exists; pass overwrite=True to replace it")
    if not path.parent.is_dir():
        raise InvalidArgument(f"{path.parent} is not a directory")
    fd, part = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
        os.replace(part, path)
    except BaseException:
        try:
            os.unlink(part)
        except OSError:
            pass
        raise


def _request(attachment_id: str) -> Any:
    from .operations import resolve

    return resolve(ROUTE).prepare({"attachmentId": attachment_id})


def _result(
    attachment_id: str, response: httpx.Response, size: int, path: Path | None, content: bytes | None
) -> Downloaded:
    return Downloaded(
        attachment_id=attachment_id,
        size=size,
        filename=filename_from(response.headers.get("content-disposition")),
        content_type=response.headers.get("content-type"),
        path=path,
        content=content,
    )


def download_attachment(
    vn: Any,
    attachment_id: str,
    destination: Destination = None,
    *,
    overwrite: bool = False,
    chunk_size: int = CHUNK_SIZE,
) -> Downloaded:
    """Stream attachment ``attachment_id`` to ``destination`` (see the module docstring)."""
    attachment_id = _check_id(attachment_id)
    _check_destination(destination, overwrite)
    prepared = _request(attachment_id)
    try:
        with vn.http.stream("GET", prepared.url, headers={"Accept": "*/*"}) as response:
            if not 200 <= response.status_code < 300:
                raise error_from_response(response)
            filename = filename_from(response.headers.get("content-disposition"))
            if destination is None:
                data = response.read()
                return _result(attachment_id, response, len(data), None, data)
            if isinstance(destination, (str, os.PathLike)):
                path = _target_path(destination, filename, attachment_id)
                with _part_file(path, overwrite) as out:
                    size = _copy(response.iter_bytes(chunk_size), out)
                return _result(attachment_id, response, size, path, None)
            size = _copy(response.iter_bytes(chunk_size), destination)
            return _result(attachment_id, response, size, None, None)
    except httpx.RequestError as exc:  # the connection failed, or broke off mid-body
        raise NetworkError.from_exception(exc) from exc


def _copy(chunks: Iterator[bytes], out: IO[bytes]) -> int:
    size = 0
    for chunk in chunks:
        out.write(chunk)
        size += len(chunk)
    return size


async def adownload_attachment(
    vn: Any,
    attachment_id: str,
    destination: Destination = None,
    *,
    overwrite: bool = False,
    chunk_size: int = CHUNK_SIZE,
) -> Downloaded:
    """Async :func:`download_attachment` (file writes are plain blocking writes of each chunk)."""
    attachment_id = _check_id(attachment_id)
    _check_destination(destination, overwrite)
    prepared = _request(attachment_id)
    try:
        async with vn.http.stream("GET", prepared.url, headers={"Accept": "*/*"}) as response:
            if not 200 <= response.status_code < 300:
                raise await aerror_from_response(response)
            filename = filename_from(response.headers.get("content-disposition"))
            if destination is None:
                data = await response.aread()
                return _result(attachment_id, response, len(data), None, data)
            size = 0
            if isinstance(destination, (str, os.PathLike)):
                path = _target_path(destination, filename, attachment_id)
                with _part_file(path, overwrite) as out:
                    async for chunk in response.aiter_bytes(chunk_size):
                        out.write(chunk)
                        size += len(chunk)
                return _result(attachment_id, response, size, path, None)
            async for chunk in response.aiter_bytes(chunk_size):
                destination.write(chunk)
                size += len(chunk)
            return _result(attachment_id, response, size, None, None)
    except httpx.RequestError as exc:
        raise NetworkError.from_exception(exc) from exc

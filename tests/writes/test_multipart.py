"""The streaming multipart encoder: exact bytes on the wire, replay, memory bound, bad inputs."""

from __future__ import annotations

import asyncio
import io
import os
import re
from pathlib import Path

import httpx
import pytest

from vismanet_ext.errors import InvalidArgument
from vismanet_ext.writes.multipart import (
    AsyncMultipartFile,
    MultipartFile,
    guess_content_type,
)

from ._servers import recording_server


def _parse(body: bytes, content_type: str) -> tuple[dict[str, str], bytes]:
    """Split a single-part form body into (part headers, part payload), checking the framing."""
    boundary = re.fullmatch(r"multipart/form-data; boundary=(\S+)", content_type)
    assert boundary, content_type
    b = boundary.group(1).encode()
    assert body.startswith(b"--" + b + b"\r\n")
    assert body.endswith(b"\r\n--" + b + b"--\r\n")
    inner = body[len(b) + 4 : -(len(b) + 8)]
    head, _, payload = inner.partition(b"\r\n\r\n")
    headers = {}
    for line in head.decode("utf-8").split("\r\n"):
        name, _, value = line.partition(": ")
        headers[name.lower()] = value
    return headers, payload


def test_wire_bytes_field_name_filename_type_and_exact_payload(tmp_path: Path) -> None:
    payload = bytes(range(256)) * 1000 + b"\r\n--not-a-boundary\r\n"
    path = tmp_path / "scan 01.pdf"
    path.write_bytes(payload)
    body = MultipartFile(path, chunk_size=4096)
    with recording_server() as (base, seen), httpx.Client() as client:
        r = client.post(f"{base}/upload", content=body, headers=body.headers)
    assert r.status_code == 201
    (rec,) = seen
    assert rec.headers["content-length"] == str(len(rec.body)) == str(body.content_length)
    assert "transfer-encoding" not in rec.headers
    part_headers, got = _parse(rec.body, rec.headers["content-type"])
    assert part_headers["content-disposition"] == 'form-data; name="file"; filename="scan 01.pdf"'
    assert part_headers["content-type"] == "application/pdf"
    assert got == payload


def test_bytes_and_explicit_type_and_unknown_extension() -> None:
    body = MultipartFile(b"hello", filename="notes.xyzunknown")
    assert body.file_content_type == "application/octet-stream"
    body2 = MultipartFile(b"hello", filename="a.txt", content_type="text/plain; charset=utf-8")
    with recording_server() as (base, seen), httpx.Client() as client:
        client.post(base, content=body2, headers=body2.headers)
    headers, got = _parse(seen[0].body, seen[0].headers["content-type"])
    assert headers["content-type"] == "text/plain; charset=utf-8"
    assert got == b"hello"
    assert guess_content_type("x.png") == "image/png"


def test_non_ascii_and_quote_in_filename() -> None:
    body = MultipartFile(b"x", filename='kvittering "blå".jpg')
    headers, _ = _parse(b"".join(body), body.content_type)
    disp = headers["content-disposition"]
    assert 'filename="kvittering %22blå%22.jpg"' in disp
    assert "filename*=UTF-8''kvittering%20%22bl%C3%A5%22.jpg" in disp
    assert headers["content-type"] == "image/jpeg"


def test_iterating_again_starts_from_the_beginning(tmp_path: Path) -> None:
    f = io.BytesIO(b"HEADER-skip" + b"abc" * 50000)
    f.seek(len(b"HEADER-skip"))  # upload from the current position
    body = MultipartFile(f, filename="data.bin", chunk_size=1000)
    first = b"".join(body)
    f.seek(12345)  # someone moved the file in between
    second = b"".join(body)
    assert first == second
    assert len(first) == body.content_length
    assert _parse(first, body.content_type)[1] == b"abc" * 50000


class _FailOnceAfterSending(httpx.BaseTransport):
    """Reads part of the body, then fails the first attempt like a dropped connection, then retries."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.attempts = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.attempts = 1
        assert isinstance(request.stream, httpx.SyncByteStream)
        for i, _chunk in enumerate(request.stream):
            if i == 3:
                break  # the connection "dropped" with part of the body sent
        self.attempts = 2
        return self.inner.handle_request(request)


def test_stream_can_be_replayed_by_a_retrying_transport(tmp_path: Path) -> None:
    payload = os.urandom(300_000)
    with open(tmp_path / "r.bin", "wb") as fh:
        fh.write(payload)
    with open(tmp_path / "r.bin", "rb") as fh:
        body = MultipartFile(fh, chunk_size=8192)
        transport = _FailOnceAfterSending()
        with recording_server() as (base, seen), httpx.Client(transport=transport) as client:
            r = client.post(base, content=body, headers=body.headers)
    assert r.status_code == 201 and transport.attempts == 2
    assert _parse(seen[0].body, seen[0].headers["content-type"])[1] == payload


def test_async_stream_on_the_wire(tmp_path: Path) -> None:
    payload = os.urandom(200_000)
    (tmp_path / "a.png").write_bytes(payload)

    async def go(base: str) -> None:
        body = AsyncMultipartFile(tmp_path / "a.png")
        async with httpx.AsyncClient() as client:
            r = await client.post(base, content=body, headers=body.headers)
            assert r.status_code == 201
            r = await client.post(base, content=body, headers=body.headers)  # reusable
            assert r.status_code == 201

    with recording_server() as (base, seen):
        asyncio.run(go(base))
    assert len(seen) == 2
    for rec in seen:
        headers, got = _parse(rec.body, rec.headers["content-type"])
        assert headers["content-type"] == "image/png" and got == payload


def test_file_that_shrinks_mid_upload_is_an_error_not_a_short_body(tmp_path: Path) -> None:
    path = tmp_path / "s.bin"
    path.write_bytes(b"x" * 10000)
    body = MultipartFile(path)
    path.write_bytes(b"x" * 10)
    with pytest.raises(OSError, match="shorter"):
        b"".join(body)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.pdf", "not found"),
        (lambda p: p, "directory"),
        (lambda p: open(p / "t.txt", "w"), "text mode"),  # noqa: SIM115 - the test closes it
        (lambda p: io.StringIO("abc"), "text mode"),
        (lambda p: b"abc", "filename= is required"),
        (lambda p: io.BytesIO(b"abc"), "filename= is required"),
        (lambda p: 42, "path, bytes or a binary file object"),
    ],
)
def test_bad_inputs_fail_before_anything_is_sent(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "t.txt").write_text("hi")
    source = make(tmp_path)
    try:
        with pytest.raises(InvalidArgument, match=message):
            MultipartFile(source)
    finally:
        if hasattr(source, "close"):
            source.close()


def test_unseekable_and_closed_file_objects_are_refused(tmp_path: Path) -> None:
    r, w = os.pipe()
    os.write(w, b"abc")
    os.close(w)
    with os.fdopen(r, "rb") as pipe, pytest.raises(InvalidArgument, match="seekable"):
        MultipartFile(pipe, filename="p.bin")
    closed = io.BytesIO(b"x")
    closed.close()
    with pytest.raises(InvalidArgument, match="closed"):
        MultipartFile(closed, filename="c.bin")

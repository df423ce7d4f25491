"""The streaming multipart parser on edge cases httpx alone would not produce."""

from __future__ import annotations

import io

import httpx
import pytest

from vismanet_ext.sandbox import multipart
from vismanet_ext.sandbox.errors import ApiError


class Trickle(io.RawIOBase):
    """Returns at most ``step`` bytes per read, so delimiters straddle chunk edges."""

    def __init__(self, data: bytes, step: int) -> None:
        self._data, self._pos, self._step = data, 0, step

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        chunk = self._data[self._pos:self._pos + min(self._step, size if size > 0 else self._step)]
        self._pos += len(chunk)
        return chunk


def encode(files: dict[str, tuple[str, bytes, str]], data: dict[str, str] | None = None) -> tuple[bytes, str]:
    request = httpx.Request("POST", "http://x/", files=files, data=data)
    return request.read(), request.headers["Content-Type"]


@pytest.mark.parametrize("step", [1, 3, 7, 64, 65536])
def test_parts_survive_any_chunking(step: int) -> None:
    payload = b"--not-a-boundary\r\n" * 50 + b"\r\n--" + b"x" * 1000
    body, content_type = encode({"file": ("a.bin", payload, "application/x-test")}, {"note": "hi"})
    parts = multipart.parse(Trickle(body, step), content_type)  # type: ignore[arg-type]
    by_name = {p.name: p for p in parts}
    assert by_name["file"].data == payload
    assert by_name["file"].filename == "a.bin"
    assert by_name["file"].content_type == "application/x-test"
    assert by_name["note"].data == b"hi" and by_name["note"].filename is None


def test_quoted_boundary_and_rfc5987_filename() -> None:
    body = (b'--abc def\r\nContent-Disposition: form-data; name="file"; '
            b"filename*=UTF-8''%C3%A6%C3%B8%C3%A5.txt\r\n\r\nhello\r\n--abc def--\r\n")
    parts = multipart.parse(io.BytesIO(body), 'multipart/form-data; boundary="abc def"')
    assert parts[0].filename == "æøå.txt"
    assert parts[0].data == b"hello"
    assert parts[0].content_type == "application/octet-stream"


@pytest.mark.parametrize(
    ("body", "content_type", "fragment"),
    [
        (b"x", "application/json", "multipart/form-data"),
        (b"x", "multipart/form-data", "boundary"),
        (b"no parts here", "multipart/form-data; boundary=b", "no parts"),
        (b"--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nunterminated", "multipart/form-data; boundary=b",
         "closing boundary"),
        (b"--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--", "multipart/form-data; boundary=b", "no name"),
        (b"--b\r\nContent-Disposition: form-data; name=\"f\"", "multipart/form-data; boundary=b", "part headers"),
    ],
)
def test_malformed_bodies_are_400(body: bytes, content_type: str, fragment: str) -> None:
    with pytest.raises(ApiError) as caught:
        multipart.parse(io.BytesIO(body), content_type)
    assert caught.value.status == 400
    assert fragment in caught.value.body["message"]

"""Attachments both ways: upload_attachment(...).id, then download_attachment streams it back (sandbox over HTTP)."""

from __future__ import annotations

import asyncio
import io
import os
from pathlib import Path
from typing import Any

import pytest
from transport._loopback import LoopbackServer, Reply
from vismanet_client.api.customer_invoice import (
    customer_invoice_create_header_attachment_byinvoice_number as attach,
)

from vismanet_ext.attachments_download import filename_from
from vismanet_ext.cli import main
from vismanet_ext.client import VismaNet
from vismanet_ext.errors import InvalidArgument, NetworkError, NotFound, ServerError
from vismanet_ext.sandbox import Sandbox

from .conftest import api_bodies, async_client

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 4096  # 1 MiB, every byte value


def _invoice(sb: Sandbox) -> str:
    return str(sb.records("customerinvoice")[0]["referenceNumber"])


def _upload(vn: VismaNet, sb: Sandbox, name: str = "invoice 000001.pdf") -> str:
    r = vn.upload_attachment(attach, PDF, filename=name, invoice_number=_invoice(sb))
    assert r.id is not None
    return r.id


class Chunks(io.RawIOBase):
    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        self.parts.append(bytes(b))
        return len(b)


def test_upload_id_is_the_attachment_id(vn: VismaNet, sb: Sandbox) -> None:
    attachment_id = _upload(vn, sb)
    assert [a.id for a in sb.attachments.all()] == [attachment_id]


def test_download_to_a_path_a_directory_a_file_object_and_memory(vn: VismaNet, sb: Sandbox, tmp_path: Path) -> None:
    attachment_id = _upload(vn, sb)
    got = vn.download_attachment(attachment_id, tmp_path / "copy.pdf")
    assert (got.size, got.path, got.filename, got.content_type) == (
        len(PDF), tmp_path / "copy.pdf", "invoice 000001.pdf", "application/pdf")  # fmt: skip
    assert (tmp_path / "copy.pdf").read_bytes() == PDF
    into_dir = vn.download_attachment(attachment_id, tmp_path)
    assert into_dir.path == tmp_path / "invoice 000001.pdf" and into_dir.path.read_bytes() == PDF
    sink = Chunks()
    assert vn.download_attachment(attachment_id, sink).size == len(PDF)
    assert b"".join(sink.parts) == PDF and len(sink.parts) > 1  # streamed in chunks, not one read
    assert vn.download_attachment(attachment_id).content == PDF
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.pdf", "invoice 000001.pdf"]  # no part files


def test_refusals_before_any_request(vn: VismaNet, sb: Sandbox, tmp_path: Path) -> None:
    attachment_id = _upload(vn, sb)
    (tmp_path / "there.pdf").write_bytes(b"mine")
    seen = len(sb.request_log)
    with pytest.raises(InvalidArgument, match="exists; pass overwrite=True"):
        vn.download_attachment(attachment_id, tmp_path / "there.pdf")
    with pytest.raises(InvalidArgument, match="binary file object"):
        vn.download_attachment(attachment_id, io.StringIO())
    with pytest.raises(InvalidArgument, match="is not a directory"):
        vn.download_attachment(attachment_id, tmp_path / "missing" / "x.pdf")
    with pytest.raises(InvalidArgument, match="attachment_id"):
        vn.download_attachment("")
    assert len(sb.request_log) == seen and (tmp_path / "there.pdf").read_bytes() == b"mine"
    assert vn.download_attachment(attachment_id, tmp_path / "there.pdf", overwrite=True).size == len(PDF)


def test_unknown_id_and_retries(vn: VismaNet, sb: Sandbox) -> None:
    with pytest.raises(NotFound, match="was not found"):
        vn.download_attachment("00000000-0000-0000-0000-000000000000")
    attachment_id = _upload(vn, sb)
    sb.faults.fail_next(1, status=503, path=f"/v1/attachment/{attachment_id}")
    assert vn.download_attachment(attachment_id).content == PDF  # retried through the client's stack
    assert [s for m, p, s in api_bodies(sb) if p.startswith("/v1/attachment/")][-2:] == [503, 200]


def test_a_body_cut_short_leaves_no_file(tmp_path: Path) -> None:
    cut = Reply(200, b"x" * 100_000, {"Content-Type": "application/pdf"}, truncate_at=1000)
    with (
        LoopbackServer([cut]) as server,
        VismaNet(base_url=server.url, token="t", retry=None, log=False) as vn,
        pytest.raises(NetworkError),
    ):
        vn.download_attachment("abc", tmp_path / "out.pdf")
    assert list(tmp_path.iterdir()) == []


def test_server_file_names_cannot_escape_the_directory(tmp_path: Path) -> None:
    evil = Reply(200, b"data", {"Content-Disposition": 'attachment; filename="../../etc/passwd"'})
    with LoopbackServer([evil]) as server, VismaNet(base_url=server.url, token="t", log=False) as vn:
        got = vn.download_attachment("abc", tmp_path)
    assert got.path == tmp_path / "passwd" and got.path.read_bytes() == b"data"
    assert filename_from("attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf") == "résumé.pdf"
    assert filename_from('inline; filename="a b.txt"') == "a b.txt" and filename_from(None) is None


def test_server_errors_raise(tmp_path: Path) -> None:
    with (
        LoopbackServer([Reply(500, {"message": "boom"})]) as server,
        VismaNet(base_url=server.url, token="t", retry=None, log=False) as vn,
        pytest.raises(ServerError, match="boom"),
    ):
        vn.download_attachment("abc", tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_async_twin(sb: Sandbox, base_url: str, tmp_path: Path) -> None:
    async def main() -> None:
        async with async_client(sb, base_url) as avn:
            r = await avn.upload_attachment(attach, PDF, filename="a.pdf", invoice_number=_invoice(sb))
            assert r.id is not None
            got = await avn.download_attachment(r.id, tmp_path)
            assert got.path == tmp_path / "a.pdf"
            buffer = io.BytesIO()
            assert (await avn.download_attachment(r.id, buffer)).size == len(PDF)
            assert buffer.getvalue() == PDF
            with pytest.raises(NotFound):
                await avn.download_attachment("nope")

    asyncio.run(main())
    assert (tmp_path / "a.pdf").read_bytes() == PDF


# -- vismanet download ----------------------------------------------------------------------------------


@pytest.fixture
def env(sb: Sandbox, base_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("VISMANET_"):
            monkeypatch.delenv(name)
    creds = sb.client_kwargs(base_url)
    monkeypatch.setenv("VISMANET_BASE_URL", base_url)
    for key in ("client_id", "client_secret", "tenant_id", "token_url"):
        monkeypatch.setenv(f"VISMANET_{key.upper()}", creds[key])


def test_cli_attach_then_download(env: None, sb: Sandbox, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(PDF)
    assert main(["attach", "customerinvoice", _invoice(sb), str(source), "-q"]) == 0
    attachment_id = capsysbinary.readouterr().out.decode().strip()
    assert attachment_id == sb.attachments.all()[0].id
    out_dir = tmp_path / "downloads"
    out_dir.mkdir()
    assert main(["download", attachment_id, "--out", str(out_dir)]) == 0
    assert (out_dir / "scan.pdf").read_bytes() == PDF
    assert b"downloaded 1,048,585 bytes" in capsysbinary.readouterr().err
    assert main(["download", attachment_id, "--out", "-", "-q"]) == 0
    assert capsysbinary.readouterr().out == PDF
    assert main(["download", attachment_id, "--out", str(out_dir / "scan.pdf")]) == 2
    assert b"--overwrite" in capsysbinary.readouterr().err
    assert main(["download", "nope"]) == 1
    assert b"was not found" in capsysbinary.readouterr().err

"""upload_attachment(): every attachment operation, streamed multipart on the wire, checked inputs, async."""

from __future__ import annotations

import asyncio
import io
import re
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from vismanet_client.api.customer import customer_post
from vismanet_client.api.customer_invoice import (
    customer_invoice_create_header_attachment_byinvoice_number,
    customer_invoice_create_line_attachment_byinvoice_numberline_number,
)
from vismanet_client.api.journal_transaction_v2 import (
    journal_transaction_v2_add_header_attachment_bymodulejournal_transaction_number,
)
from vismanet_client.api.supplier_invoice import (
    supplier_invoice_create_header_attachment_byinvoice_number,
)

from vismanet_ext.client import VismaNet
from vismanet_ext.errors import InvalidArgument, PreconditionFailed
from vismanet_ext.sandbox import Sandbox
from vismanet_ext.writes import attachment_operations

from ._servers import Reply, recording_server
from .conftest import api_requests, async_client

HEADER_OP = customer_invoice_create_header_attachment_byinvoice_number


def _stored(sb: Sandbox, attachment_id: str | None) -> Any:
    assert attachment_id is not None
    found = sb.attachments.get(attachment_id)
    assert found is not None
    return found


def test_header_upload_from_a_path(vn: VismaNet, sb: Sandbox, tmp_path: Path) -> None:
    payload = b"%PDF-1.7\n" + bytes(range(256)) * 100
    path = tmp_path / "receipt.pdf"
    path.write_bytes(payload)
    r = vn.upload_attachment(HEADER_OP, path, invoice_number="000001")
    assert r.status_code == 201 and r.location is not None and r.location.endswith(f"/v1/attachment/{r.id}")
    stored = _stored(sb, r.id)
    assert (stored.name, stored.content_type, stored.data) == ("receipt.pdf", "application/pdf", payload)
    assert stored.owner == ("customerinvoice", "000001", None)


def test_line_upload_by_raw_route_bytes_and_file_objects(vn: VismaNet, sb: Sandbox) -> None:
    invoice = next(i for i in sb.records("customerinvoice") if len(i["invoiceLines"]) >= 2)
    key, first, second = (invoice["referenceNumber"], *(line["lineNumber"] for line in invoice["invoiceLines"][:2]))
    r = vn.upload_attachment(
        "POST /v1/customerinvoice/{invoiceNumber}/{lineNumber}/attachment",
        b"line,data\n1,2\n",
        filename="lines.csv",
        invoiceNumber=key,
        lineNumber=second,
    )
    stored = _stored(sb, r.id)
    assert stored.owner == ("customerinvoice", key, str(second))
    assert (stored.name, stored.content_type, stored.data) == ("lines.csv", "text/csv", b"line,data\n1,2\n")

    r = vn.upload_attachment(
        customer_invoice_create_line_attachment_byinvoice_numberline_number,
        io.BytesIO(b"\x89PNG..."),
        filename="photo",
        content_type="image/png",
        invoice_number=key,
        line_number=str(first),
    )
    stored = _stored(sb, r.id)
    assert (stored.name, stored.content_type, stored.owner[2]) == ("photo", "image/png", str(first))


def test_v2_journal_transaction_attachment(vn: VismaNet, sb: Sandbox, tmp_path: Path) -> None:
    path = tmp_path / "bilag.jpg"
    path.write_bytes(b"\xff\xd8\xff" + b"0" * 5000)
    batch = next(j for j in sb.records("journaltransaction") if j["module"] == "ModuleGL")
    with open(path, "rb") as fh:
        r = vn.upload_attachment(
            journal_transaction_v2_add_header_attachment_bymodulejournal_transaction_number,
            fh,
            module="GL",
            journal_transaction_number=batch["batchNumber"],
        )
    stored = _stored(sb, r.id)
    assert (stored.name, stored.content_type, stored.data) == ("bilag.jpg", "image/jpeg", path.read_bytes())
    assert stored.owner == ("journaltransaction", batch["batchNumber"], None)


def test_if_match_on_supplier_invoice_attachment(vn: VismaNet, sb: Sandbox) -> None:
    op = supplier_invoice_create_header_attachment_byinvoice_number
    with pytest.raises(PreconditionFailed) as caught:
        vn.upload_attachment(op, b"x", filename="a.txt", invoice_number="000001", if_match="AAAAAAAAAAE=")
    assert caught.value.etag_sent == "AAAAAAAAAAE="
    current = sb.etag("supplierInvoice", "000001")
    r = vn.upload_attachment(op, b"x", filename="a.txt", invoice_number="000001", if_match=current)
    assert r.status_code == 201 and r.etag != current


def test_every_attachment_operation_is_accepted() -> None:
    ops = attachment_operations()
    assert len(ops) == 34
    paths = {op.path for op in ops}
    for fragment in ("creditNote", "customerDebitNote", "customerinvoice", "supplierInvoice", "salesorder",
                     "journaltransaction", "inventory", "expenseReceipt", "customerOverdueCharge"):
        assert any(fragment in p for p in paths), fragment


@pytest.mark.parametrize(
    ("target", "file", "kwargs", "message"),
    [
        (customer_post, b"x", {"filename": "a"}, "not an attachment upload operation"),
        ("POST /v1/nowhere/{x}/attachment", b"x", {"filename": "a", "x": "1"}, "not an attachment upload operation"),
        (HEADER_OP, b"x", {"filename": "a"}, "missing path parameter"),
        (HEADER_OP, b"x", {"filename": "a", "invoice_number": "1", "colour": "red"}, "unknown keyword 'colour'"),
        (HEADER_OP, b"x", {"filename": "a", "invoice_number": 1.5}, "must be a str or int"),
        (HEADER_OP, b"x", {"invoice_number": "1"}, "filename= is required"),
        (HEADER_OP, "MISSING", {"invoice_number": "1"}, "file not found"),
        (HEADER_OP, "DIR", {"invoice_number": "1"}, "is a directory"),
        (HEADER_OP, "TEXT", {"invoice_number": "1"}, "text mode"),
        (HEADER_OP, b"x", {"filename": "a", "invoice_number": "1", "erp_api_background": "later"}, "notify"),
        (HEADER_OP, b"x", {"filename": "a", "invoice_number": "1", "if_match": ""}, "non-empty"),
    ],
)
def test_bad_input_sends_nothing(
    vn: VismaNet, sb: Sandbox, tmp_path: Path, target: Any, file: Any, kwargs: dict[str, Any], message: str
) -> None:
    (tmp_path / "t.txt").write_text("text")
    opened = None
    if file == "MISSING":
        file = tmp_path / "missing.pdf"
    elif file == "DIR":
        file = tmp_path
    elif file == "TEXT":
        file = opened = open(tmp_path / "t.txt")  # noqa: SIM115 - closed at the end of the test
    before = len(api_requests(sb))
    try:
        with pytest.raises(InvalidArgument, match=message):
            vn.upload_attachment(target, file, **kwargs)
    finally:
        if opened is not None:
            opened.close()
    assert len(api_requests(sb)) == before


def _parse_form(body: bytes, content_type: str) -> tuple[dict[str, str], bytes]:
    boundary = re.fullmatch(r"multipart/form-data; boundary=(\S+)", content_type)
    assert boundary
    b = boundary.group(1).encode()
    assert body.startswith(b"--" + b + b"\r\n") and body.endswith(b"\r\n--" + b + b"--\r\n")
    head, _, payload = body[len(b) + 4 : -(len(b) + 8)].partition(b"\r\n\r\n")
    return {k.lower(): v for k, _, v in (line.partition(": ") for line in head.decode().split("\r\n"))}, payload


def test_exact_bytes_on_the_wire(tmp_path: Path) -> None:
    payload = bytes(range(256)) * 300 + b"\r\n--tricky\r\n"
    (tmp_path / "Faktura 17.xlsx").write_bytes(payload)
    with recording_server(lambda _r: Reply(201, {"Location": "/v1/attachment/abc%20def"})) as (url, seen), VismaNet(
        base_url=url, token="t", log=False
    ) as vn:
        r = vn.upload_attachment(HEADER_OP, tmp_path / "Faktura 17.xlsx", invoice_number="INV/1")
    assert r.id == "abc def"
    (rec,) = seen
    assert (rec.method, rec.path) == ("POST", "/v1/customerinvoice/INV%2F1/attachment")
    assert rec.headers["content-length"] == str(len(rec.body))
    assert rec.headers["authorization"] == "Bearer t"
    part, got = _parse_form(rec.body, rec.headers["content-type"])
    assert part["content-disposition"] == 'form-data; name="file"; filename="Faktura 17.xlsx"'
    assert part["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert got == payload


def test_200_mb_upload_through_the_client_is_streamed(tmp_path: Path) -> None:
    size = 200 * 1024 * 1024
    path = tmp_path / "big.bin"
    with open(path, "wb") as fh:
        fh.truncate(size)  # sparse file: no disk cost
    with recording_server(discard_body=True) as (url, seen), VismaNet(
        base_url=url, token="t", log=False, timeout=120
    ) as vn:
        tracemalloc.start()
        try:
            r = vn.upload_attachment(HEADER_OP, path, invoice_number="1")
            _current, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert r.status_code == 201
    assert int(seen[0].body) == int(seen[0].headers["content-length"]) > size
    assert peak < 20 * 1024 * 1024, f"peak traced memory {peak / 1e6:.1f} MB"


def test_async_upload(sb: Sandbox, base_url: str, tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    path.write_bytes(b"\x89PNG\r\n" + b"1" * 100_000)

    async def go() -> str | None:
        async with async_client(sb, base_url) as avn:
            r = await avn.upload_attachment(HEADER_OP, path, invoice_number="000003")
            with pytest.raises(InvalidArgument, match="directory"):
                await avn.upload_attachment(HEADER_OP, tmp_path, invoice_number="000003")
            return r.id

    stored = _stored(sb, asyncio.run(go()))
    assert (stored.name, stored.content_type, stored.data) == ("scan.png", "image/png", path.read_bytes())


def test_retry_transport_replays_the_streamed_upload(tmp_path: Path) -> None:
    """A 429 after the body went out is retried; the second attempt must carry the whole file again."""
    payload = bytes(range(256)) * 4000
    (tmp_path / "r.bin").write_bytes(payload)
    replies = iter([Reply(429, {"Retry-After": "0"}), Reply(201, {"Location": "/v1/attachment/a1"})])
    with recording_server(lambda _r: next(replies)) as (url, seen), VismaNet(
        base_url=url, token="t", log=False
    ) as vn, open(tmp_path / "r.bin", "rb") as fh:
        r = vn.upload_attachment(HEADER_OP, fh, invoice_number="1")
    assert r.status_code == 201 and r.id == "a1"
    assert len(seen) == 2
    for rec in seen:
        assert _parse_form(rec.body, rec.headers["content-type"])[1] == payload

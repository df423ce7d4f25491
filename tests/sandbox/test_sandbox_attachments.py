"""Attachment uploads (multipart/form-data), revisions and downloads, over loopback HTTP."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator

import httpx
import pytest

from vismanet_ext.sandbox import Sandbox


def upload(client: httpx.Client, path: str, name: str, data: bytes,
           content_type: str = "application/pdf") -> httpx.Response:
    return client.post(path, files={"file": (name, data, content_type)})


@pytest.mark.parametrize(
    ("path", "record_path"),
    [
        ("/v1/customerinvoice/000002/attachment", "/v1/customerinvoice/000002"),
        ("/v1/supplierInvoice/000002/attachment", "/v1/supplierInvoice/000002"),
        ("/v1/supplierInvoice/documentType/Invoice/000002/attachment", "/v1/supplierInvoice/000002"),
        ("/v2/salesorder/000002/attachment", "/v2/salesorder/000002"),
        ("/v2/salesorder/orderType/SO/000002/attachment", "/v2/salesorder/000002"),
        ("/v2/journaltransaction/module/GL/000001/attachment", "/v2/journaltransaction/000001"),
        ("/v1/inventory/IT000002/attachment", "/v1/inventory/IT000002"),
    ],
)
def test_upload_is_listed_on_the_document_and_downloadable(
    sb: Sandbox, http: httpx.Client, path: str, record_path: str
) -> None:
    if "journaltransaction" in path and sb.record("journaltransaction", "000001")["module"] != "ModuleGL":  # type: ignore[index]
        path = path.replace("/GL/", "/" + sb.record("journaltransaction", "000001")["module"][6:] + "/")  # type: ignore[index]
    reply = upload(http, path, "invoice scan.pdf", b"%PDF-1.7 hello")
    assert reply.status_code == 201, reply.text
    assert reply.content == b""
    location = reply.headers["Location"]
    attachment_id = location.rsplit("/", 1)[1]
    assert location.endswith(f"/v1/attachment/{attachment_id}")
    listed = http.get(record_path).json()["attachments"]
    assert listed == [{"name": "invoice scan.pdf", "id": attachment_id, "revision": 1}]
    download = http.get(location)
    assert download.status_code == 200
    assert download.content == b"%PDF-1.7 hello"
    assert download.headers["Content-Type"] == "application/pdf"


def test_same_name_again_is_a_new_revision(http: httpx.Client) -> None:
    first = upload(http, "/v1/customerinvoice/000003/attachment", "a.txt", b"one", "text/plain")
    second = upload(http, "/v1/customerinvoice/000003/attachment", "a.txt", b"two", "text/plain")
    assert first.headers["Location"] == second.headers["Location"]
    listed = http.get("/v1/customerinvoice/000003").json()["attachments"]
    assert [(a["name"], a["revision"]) for a in listed] == [("a.txt", 2)]
    assert http.get(second.headers["Location"]).content == b"two"
    upload(http, "/v1/customerinvoice/000003/attachment", "b.txt", b"three", "text/plain")
    assert len(http.get("/v1/customerinvoice/000003").json()["attachments"]) == 2


def test_line_attachment_lands_on_the_line(http: httpx.Client) -> None:
    reply = upload(http, "/v1/customerinvoice/000005/1/attachment", "line.png", b"\x89PNG", "image/png")
    assert reply.status_code == 201
    invoice = http.get("/v1/customerinvoice/000005").json()
    assert invoice["attachments"] == []
    assert invoice["invoiceLines"][0]["attachments"][0]["name"] == "line.png"
    missing = upload(http, "/v1/customerinvoice/000005/99/attachment", "x.png", b"x", "image/png")
    assert missing.status_code == 404


def test_upload_changes_the_etag(http: httpx.Client) -> None:
    before = http.get("/v1/supplierInvoice/000006").headers["ETag"]
    reply = upload(http, "/v1/supplierInvoice/000006/attachment", "x.pdf", b"x")
    assert reply.headers["ETag"] != before
    assert http.get("/v1/supplierInvoice/000006").headers["ETag"] == reply.headers["ETag"]


def test_non_multipart_body_is_400(http: httpx.Client) -> None:
    reply = http.post("/v1/customerinvoice/000002/attachment", content=b"raw bytes",
                      headers={"Content-Type": "application/octet-stream"})
    assert reply.status_code == 400
    assert "multipart/form-data" in reply.json()["message"]


def test_missing_file_part_is_400(http: httpx.Client) -> None:
    reply = http.post("/v1/customerinvoice/000002/attachment", files={"document": ("a.pdf", b"x")})
    assert reply.status_code == 400
    assert "'file'" in reply.json()["message"]


def test_upload_to_unknown_document_is_404(http: httpx.Client) -> None:
    assert upload(http, "/v1/customerinvoice/NOPE/attachment", "a.pdf", b"x").status_code == 404


def test_unknown_attachment_is_404(http: httpx.Client) -> None:
    reply = http.get("/v1/attachment/00000000-0000-0000-0000-000000000000")
    assert reply.status_code == 404


def test_attachment_metadata_put(sb: Sandbox, http: httpx.Client) -> None:
    location = upload(http, "/v1/customerinvoice/000007/attachment", "a.pdf", b"x").headers["Location"]
    reply = http.put(location, json={"sendToAutoinvoice": {"value": True}})
    assert reply.status_code == 204
    assert sb.attachments.all()[0].send_to_autoinvoice is True


def test_large_streamed_upload_arrives_intact(http: httpx.Client) -> None:
    """12 MB sent chunked from a generator: spooled to disk and parsed as a stream."""
    chunk = os.urandom(256 * 1024)
    digest = hashlib.sha256(chunk * 48).hexdigest()
    boundary = "sandbox-boundary-7d1f"

    def body() -> Iterator[bytes]:
        yield (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
               f"filename=\"big.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n").encode()
        for _ in range(48):
            yield chunk
        yield f"\r\n--{boundary}--\r\n".encode()

    reply = http.post("/v1/customerinvoice/000008/attachment", content=body(),
                      headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert reply.status_code == 201, reply.text
    download = http.get(reply.headers["Location"])
    assert hashlib.sha256(download.content).hexdigest() == digest


def test_upload_memory_stays_near_two_copies(sb: Sandbox) -> None:
    """The body is spooled and parsed as a stream: peak ~2x the file, never 3x."""
    import tracemalloc

    from vismanet_ext.sandbox import Body, SandboxRequest

    size = 16 * 1024 * 1024
    body = Body()
    body.write(b'--b0\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\n\r\n')
    for _ in range(16):
        body.write(os.urandom(1024 * 1024))
    body.write(b"\r\n--b0--\r\n")
    headers = {"Authorization": f"Bearer {sb.issue_token()}",
               "Content-Type": "multipart/form-data; boundary=b0"}
    tracemalloc.start()
    try:
        response = sb.handle(SandboxRequest.build(
            "POST", "/v1/customerinvoice/000001/attachment", headers, body))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert response.status == 201
    assert peak < 2.5 * size

"""Webhooks: HMAC-SHA256/base64 signatures verified in constant time, notifications parsed, feedback sent."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json

import pytest
from transport._loopback import LoopbackServer, Reply
from vismanet_client.api.customer import customer_post

from vismanet_ext.client import AsyncVismaNet, VismaNet
from vismanet_ext.errors import InvalidArgument
from vismanet_ext.sandbox import Sandbox
from vismanet_ext.webhooks import (
    DEFAULT_SIGNATURE_HEADER,
    WebhookNotification,
    WebhookParseError,
    WebhookSignatureError,
    asend_webhook_feedback,
    parse_webhook,
    send_webhook_feedback,
    sign_webhook,
    verify_webhook,
)

SECRET = "s3cr3t-signature-key"
NOTIFICATION_ID = "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f"
BODY = json.dumps({"notificationId": NOTIFICATION_ID, "event": "customer_changed", "tenantId": "t-1",
                   "entity": "Customer", "entityId": "10001", "timestamp": "2025-04-01T06:30:00Z",
                   "note": "Bjørnstad"}, ensure_ascii=False).encode("utf-8")  # fmt: skip


def test_signature_is_base64_hmac_sha256_of_the_utf8_body() -> None:
    expected = base64.b64encode(hmac.new(SECRET.encode(), BODY, hashlib.sha256).digest()).decode()
    assert sign_webhook(BODY, SECRET) == expected == sign_webhook(BODY.decode("utf-8"), SECRET.encode())
    assert verify_webhook(BODY, expected, SECRET)
    assert verify_webhook(BODY.decode("utf-8"), expected.encode(), SECRET)  # str body, bytes signature


@pytest.mark.parametrize(
    "body, signature, secret",
    [
        (BODY.replace(b"10001", b"10002"), sign_webhook(BODY, SECRET), SECRET),  # tampered body
        (BODY, sign_webhook(BODY, "another key"), SECRET),  # signed with another key
        (BODY, "not base64 at all!", SECRET),
        (BODY, "", SECRET),
        (BODY, None, SECRET),
        (BODY, sign_webhook(BODY, SECRET)[:-4], SECRET),  # cut short
    ],
)
def test_anything_else_does_not_verify(body: bytes, signature: str | None, secret: str) -> None:
    assert verify_webhook(body, signature, secret) is False


def test_key_rotation_and_bad_inputs() -> None:
    signature = sign_webhook(BODY, SECRET)
    assert verify_webhook(BODY, signature, ["old key", SECRET])
    with pytest.raises(InvalidArgument, match="raw request body"):
        verify_webhook(json.loads(BODY), signature, SECRET)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="non-empty"):
        verify_webhook(BODY, signature, "")
    with pytest.raises(InvalidArgument, match="no webhook secret"):
        verify_webhook(BODY, signature, [])


def test_parse_verifies_first_then_reads_the_fields() -> None:
    headers = {DEFAULT_SIGNATURE_HEADER.lower(): sign_webhook(BODY, SECRET), "X-My-Ref": "job-7"}
    note = parse_webhook(BODY, headers=headers, secret=SECRET)
    assert isinstance(note, WebhookNotification)
    assert (note.id, note.event, note.tenant_id, note.resource, note.key, note.timestamp) == (
        NOTIFICATION_ID, "customer_changed", "t-1", "Customer", "10001", "2025-04-01T06:30:00Z")  # fmt: skip
    assert note.data["note"] == "Bjørnstad" and note.headers["X-My-Ref"] == "job-7"
    with pytest.raises(WebhookSignatureError, match="does not match"):
        parse_webhook(BODY.replace(b"10001", b"10002"), headers=headers, secret=SECRET)
    with pytest.raises(WebhookSignatureError, match="header is missing"):
        parse_webhook(BODY, headers={}, secret=SECRET)
    custom = parse_webhook(BODY, headers={"Signature": sign_webhook(BODY, SECRET)}, secret=SECRET, header="signature")
    assert custom.key == "10001"
    assert parse_webhook(BODY).event == "customer_changed"  # no secret: parse only


def test_unusual_bodies() -> None:
    with pytest.raises(WebhookParseError, match="not UTF-8 JSON"):
        parse_webhook(b"\xff\xfe")
    with pytest.raises(WebhookParseError, match="not an object"):
        parse_webhook(b"[1, 2]")
    other = parse_webhook(b'{"EventType": "BACKGROUND_API_RESPONSE", "Id": "x", "flag": true, "entityId": false}')
    assert (other.event, other.id, other.key) == ("BACKGROUND_API_RESPONSE", "x", None)


def test_feedback_goes_to_the_documented_operation() -> None:
    created = Reply(201, b"", {"Location": "https://api.finance.visma.net/v1/webhooknotificationfeedback/1"})
    with LoopbackServer([created, created]) as server, VismaNet(base_url=server.url, token="t", log=False) as vn:
        note = parse_webhook(BODY)
        assert send_webhook_feedback(vn, note, success=True, description="imported").status_code == 201
        send_webhook_feedback(vn, NOTIFICATION_ID.upper(), success=False, description="Operation failed")
        with pytest.raises(InvalidArgument, match="a UUID"):
            send_webhook_feedback(vn, "not-a-uuid", success=True)
        with pytest.raises(InvalidArgument, match="success must be"):
            send_webhook_feedback(vn, note, success="yes")  # type: ignore[arg-type]
    assert [(s.method, s.path) for s in server.seen] == [("POST", "/v1/webhooknotificationfeedback")] * 2
    assert [json.loads(s.body) for s in server.seen] == [
        {"notificationId": NOTIFICATION_ID, "isSuccess": True, "description": "imported", "source": "vismanet-python"},
        {"notificationId": NOTIFICATION_ID, "isSuccess": False, "description": "Operation failed",
         "source": "vismanet-python"},
    ]  # fmt: skip


def test_async_feedback() -> None:
    async def main(url: str) -> int:
        async with AsyncVismaNet(base_url=url, token="t", log=False) as avn:
            r = await asend_webhook_feedback(avn, NOTIFICATION_ID, success=True)
            return int(r.status_code)

    with LoopbackServer([Reply(201, b"", {"Location": "/v1/webhooknotificationfeedback/2"})]) as server:
        assert asyncio.run(main(server.url)) == 201
    assert json.loads(server.seen[0].body)["notificationId"] == NOTIFICATION_ID


# -- signed webhooks from the sandbox, received over loopback HTTP ---------------------------------------


def test_a_signed_webhook_from_the_sandbox_verifies_and_a_tampered_one_does_not(vn: VismaNet, sb: Sandbox) -> None:
    with LoopbackServer(lambda seen: Reply(200)) as receiver:
        sb.subscribe_webhook(f"{receiver.url}/hooks/visma", SECRET, events={"Created"})
        created = vn.create(customer_post, body={"name": "Hooked AS"})
        assert sb.wait_for_webhooks()
        (delivery,) = receiver.seen
    headers = dict(delivery.headers)
    assert delivery.path == "/hooks/visma" and DEFAULT_SIGNATURE_HEADER.lower() in {k.lower() for k in headers}
    note = parse_webhook(delivery.body, headers=headers, secret=SECRET)  # as a receiver would, from the raw bytes
    assert (note.event, note.resource, note.key) == ("Created", "customer", created.id)
    assert note.id is not None and len(note.id) == 36 and note.tenant_id == sb.tenant_id
    signature = next(v for k, v in headers.items() if k.lower() == DEFAULT_SIGNATURE_HEADER.lower())
    assert verify_webhook(delivery.body, signature, SECRET)
    tampered = delivery.body.replace(created.id.encode(), b"99999")
    assert not verify_webhook(tampered, signature, SECRET)
    with pytest.raises(WebhookSignatureError):
        parse_webhook(tampered, headers=headers, secret=SECRET)
    with pytest.raises(WebhookSignatureError):
        parse_webhook(delivery.body, headers=headers, secret="not the subscription's key")

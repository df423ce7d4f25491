"""Signed webhooks for record changes: a receiver on loopback gets one POST per change,
signed with base64 HMAC-SHA256 of the body; vismanet_ext.webhooks verifies it, and a
tampered body or a wrong secret does not verify."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from vismanet_ext.sandbox import Sandbox
from vismanet_ext.webhooks import WebhookSignatureError, parse_webhook, verify_webhook

SECRET = "s3cret-signing-key"


class Receiver:
    def __init__(self, status: int = 200) -> None:
        self.got: list[tuple[dict[str, str], bytes]] = []
        self.status = status
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.got.append((dict(self.headers.items()), body))
                self.send_response(receiver.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    found = Receiver()
    yield found
    found.close()


def test_a_change_through_the_api_arrives_signed_and_verifies(sb: Sandbox, http: httpx.Client,
                                                              receiver: Receiver) -> None:
    sb.subscribe_webhook(receiver.url, SECRET)
    created = http.post("/v1/customer", json={"name": {"value": "Hooked AS"}})
    key = created.headers["Location"].rsplit("/", 1)[1]
    http.put(f"/v1/customer/{key}", json={"name": {"value": "Hooked Again AS"}})
    assert sb.wait_for_webhooks(10)
    assert len(receiver.got) == 2
    headers, body = receiver.got[0]
    note = parse_webhook(body, headers=headers, secret=SECRET)
    assert (note.event, note.resource, note.key, note.tenant_id) == ("Created", "customer", key, "sandbox-tenant")
    assert note.id and note.timestamp
    assert parse_webhook(receiver.got[1][1], headers=receiver.got[1][0], secret=SECRET).event == "Updated"
    signature = headers["X-Visma-Signature"]
    assert verify_webhook(body, signature, SECRET)
    assert not verify_webhook(body.replace(b"Created", b"Deleted"), signature, SECRET)  # tampered
    assert not verify_webhook(body, signature, "another-secret")
    with pytest.raises(WebhookSignatureError):
        parse_webhook(body + b" ", headers=headers, secret=SECRET)
    assert [d.status for d in sb.webhook_deliveries] == [200, 200]


def test_header_name_events_resources_and_tenants_narrow_it(receiver: Receiver) -> None:
    sb = Sandbox(tenants=["t1", "t2"], background_delay=None)
    sb.subscribe_webhook(receiver.url, SECRET, header="X-Signature", events={"Deleted", "Released"},
                         resources={"customerinvoice"}, tenant="t2")
    client = sb.client()
    t1, t2 = sb.auth_headers("t1"), sb.auth_headers("t2")
    balanced = next(k for k in sb.tenant("t2").keys("customerinvoice")
                    if sb.tenant("t2").record("customerinvoice", k)["status"] == "Balanced")  # type: ignore[index]
    assert client.post(f"/v1/customerinvoice/{balanced}/action/release", headers=t2).status_code == 200
    client.post("/v1/customer", json={"name": {"value": "Not sent AS"}}, headers=t2)  # other resource
    other = next(k for k in sb.tenant("t1").keys("customerinvoice")
                 if sb.tenant("t1").record("customerinvoice", k)["status"] == "Balanced")  # type: ignore[index]
    client.post(f"/v1/customerinvoice/{other}/action/release", headers=t1)  # other tenant
    doomed = sb.tenant("t2").keys("customerinvoice")[0]
    sb.tenant("t2").delete("customerinvoice", doomed)  # a test helper, as another ERP user would
    assert sb.wait_for_webhooks(10)
    notes = [parse_webhook(body, headers=headers, secret=SECRET, header="X-Signature")
             for headers, body in receiver.got]
    assert [(n.event, n.tenant_id, n.key) for n in notes] == [("Released", "t2", balanced), ("Deleted", "t2", doomed)]
    sb.close()


def test_a_receiver_that_is_down_is_recorded_not_fatal(sb: Sandbox, http: httpx.Client) -> None:
    down = Receiver(status=503)
    sb.subscribe_webhook(down.url, SECRET)
    gone = sb.subscribe_webhook("http://127.0.0.1:9/unreachable", SECRET)
    sb.touch("customer", "10001")
    assert sb.wait_for_webhooks(20)
    assert sorted(d.status for d in sb.webhook_deliveries) == [0, 503]
    assert next(d for d in sb.webhook_deliveries if d.subscription == gone.id).error
    assert sb.unsubscribe_webhook(gone.id) and not sb.unsubscribe_webhook(gone.id)
    assert http.get("/v1/customer/10001").status_code == 200
    down.close()


@pytest.mark.parametrize(("url", "secret", "extra"), [
    ("ftp://x/hook", SECRET, {}), ("http://127.0.0.1:1/h", "", {}),
    ("http://127.0.0.1:1/h", SECRET, {"events": {"Exploded"}}), ("http://127.0.0.1:1/h", SECRET, {"header": " "}),
])
def test_bad_subscriptions_are_refused(sb: Sandbox, url: str, secret: str, extra: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        sb.subscribe_webhook(url, secret, **extra)  # type: ignore[arg-type]

"""The background API (erp-api-background) over loopback HTTP."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import httpx
import pytest
from sandbox_support import FakeClock

from vismanet_ext.sandbox import Sandbox

BG = "erp-api-background"


def test_background_get_is_accepted_then_finished_with_content(sb: Sandbox, http: httpx.Client) -> None:
    reply = http.get("/v1/customer/10001", headers={BG: "none"})
    assert reply.status_code == 202
    accepted = reply.json()
    assert set(accepted) == {"id", "stateLocation"}
    assert accepted["stateLocation"] == f"{str(http.base_url).rstrip('/')}/v1/background/{accepted['id']}"
    assert reply.headers["Location"] == accepted["stateLocation"]

    state = http.get(accepted["stateLocation"]).json()
    assert state["status"] == "Started"
    assert state["statusCode"] == 0
    assert state["hasResponseContent"] is False
    assert state["webhookAddress"] == "none"
    assert state["originalUri"].endswith("/v1/customer/10001")
    assert "finishedUtc" not in state

    assert sb.run_background_jobs() == 1
    state = http.get(accepted["stateLocation"]).json()
    assert state["status"] == "Finished"
    assert state["statusCode"] == 200
    assert state["hasResponseContent"] is True
    assert state["contentLocation"] == accepted["stateLocation"] + "/content"
    assert state["receivedUtc"].endswith("Z") and state["finishedUtc"].endswith("Z")
    assert state["responseHeaders"]["ETag"]

    content = http.get(state["contentLocation"])
    assert content.status_code == 200
    assert content.json() == http.get("/v1/customer/10001").json()


def test_background_create_reports_location_in_response_headers(sb: Sandbox, http: httpx.Client) -> None:
    reply = http.post("/v1/customer", json={"name": {"value": "Later AS"}}, headers={BG: "subscription"})
    assert reply.status_code == 202
    count_before = sb.count("customer")
    sb.run_background_jobs()
    assert sb.count("customer") == count_before + 1
    state = http.get(reply.json()["stateLocation"]).json()
    assert state["statusCode"] == 201
    assert state["hasResponseContent"] is False
    assert state["hasRequestContent"] is True
    assert http.get(state["responseHeaders"]["Location"]).json()["name"] == "Later AS"
    assert http.get(reply.json()["stateLocation"] + "/content").status_code == 404


def test_background_action_failure_is_failed_with_error_message(sb: Sandbox, http: httpx.Client) -> None:
    key = next(r["referenceNumber"] for r in sb.records("customerinvoice") if r["status"] == "Open")
    reply = http.post(f"/v1/customerinvoice/{key}/action/release", headers={BG: "none"})
    assert reply.status_code == 202
    sb.run_background_jobs()
    state = http.get(reply.json()["stateLocation"]).json()
    assert state["status"] == "Failed"
    assert state["statusCode"] == 400
    assert "already released" in state["errorMessage"]
    content = http.get(state["contentLocation"]).json()
    assert content == {"message": "Invoice can't be released because it is already released."}


def test_if_match_is_checked_when_the_job_runs(sb: Sandbox, http: httpx.Client) -> None:
    key = next(r["refNbr"] for r in sb.records("supplierPayment") if r["status"] == "Balanced")
    etag = http.get(f"/v1/supplierPayment/{key}").headers["ETag"]
    reply = http.post(f"/v1/supplierPayment/{key}/action/release", headers={BG: "none", "If-Match": etag})
    sb.touch("supplierPayment", key)
    sb.run_background_jobs()
    assert http.get(reply.json()["stateLocation"]).json()["statusCode"] == 412


@pytest.mark.parametrize("value", ["subscription:orderRef=42,batch=7", "subscription", "none",
                                   "https://hooks.example.com/visma"])
def test_accepted_header_values(sb: Sandbox, http: httpx.Client, value: str) -> None:
    reply = http.get("/v1/account/1010", headers={BG: value})
    assert reply.status_code == 202
    state = http.get(reply.json()["stateLocation"]).json()
    if value.startswith("https"):
        assert state["webhookAddress"] == value
    if value.startswith("subscription:"):
        assert state["reference"] == "orderRef=42,batch=7"


@pytest.mark.parametrize("value", ["", "yes", "subscription:", "subscription:a", "subscription:=b",
                                   "ftp://example.com/x", "/relative/url"])
def test_malformed_header_values_are_400(sb: Sandbox, http: httpx.Client, value: str) -> None:
    reply = http.get("/v1/account/1010", headers={BG: value})
    assert reply.status_code == 400
    assert BG in reply.json()["message"]
    assert sb.background_jobs == []


def test_unknown_job_is_404_with_message(http: httpx.Client) -> None:
    reply = http.get("/v1/background/3f2d1c58-0000-4000-8000-000000000000")
    assert reply.status_code == 404
    assert "3f2d1c58-0000-4000-8000-000000000000" in reply.json()["message"]
    assert http.get("/v1/background/3f2d1c58-0000-4000-8000-000000000000/content").status_code == 404


def test_state_belongs_to_the_requesting_company(sb: Sandbox, base_url: str) -> None:
    mine = httpx.Client(base_url=base_url, headers=sb.auth_headers())
    theirs = httpx.Client(base_url=base_url, headers=sb.auth_headers(tenant_id="other-tenant"))
    location = mine.get("/v1/account/1010", headers={BG: "none"}).json()["stateLocation"]
    assert theirs.get(location).status_code == 403
    assert mine.get(location).status_code == 200


def test_state_and_content_expire_after_24_hours(sb: Sandbox, http: httpx.Client, clock: FakeClock) -> None:
    location = http.get("/v1/account/1010", headers={BG: "none"}).json()["stateLocation"]
    sb.run_background_jobs()
    clock.advance(24 * 3600 - 1)
    fresh = sb.auth_headers()  # the first token expired long ago
    assert http.get(location + "/content", headers=fresh).status_code == 200
    clock.advance(1)
    gone = http.get(location + "/content", headers=fresh)
    assert gone.status_code == 410
    assert "24 hours" in gone.json()["message"]
    assert http.get(location, headers=fresh).status_code == 404


def test_worker_runs_jobs_after_the_configured_delay() -> None:
    sb = Sandbox(background_delay=0.01)
    try:
        client = sb.client(headers=sb.auth_headers())
        reply = client.get("/v1/customer/10002", headers={BG: "none"})
        job_id = reply.json()["id"]
        assert sb.wait_for_background(job_id, timeout=10)  # no fixed sleep: wait for the worker
        assert client.get(f"/v1/background/{job_id}").json()["status"] == "Finished"
    finally:
        sb.close()


def test_background_on_the_legacy_host_points_at_the_legacy_state(sb: Sandbox, http: httpx.Client) -> None:
    reply = http.get("/API/controller/api/v1/customer/10001",
                     headers={BG: "none", "ipp-company-id": "1234"})
    location = reply.json()["stateLocation"]
    assert "/API/controller/api/v1/background/" in location
    assert http.get(location, headers={"ipp-company-id": "1234"}).status_code == 200


@pytest.fixture
def webhook_receiver() -> Iterator[tuple[str, list[dict[str, object]]]]:
    received: list[dict[str, object]] = []
    arrived = threading.Event()

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append({"body": json.loads(body), "headers": dict(self.headers)})
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()
            arrived.set()

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", received
        arrived.wait(10)
    finally:
        server.shutdown()
        server.server_close()


def test_url_mode_posts_a_notification(
    sb: Sandbox, http: httpx.Client, webhook_receiver: tuple[str, list[dict[str, object]]]
) -> None:
    url, received = webhook_receiver
    reply = http.get("/v1/customer/10001", headers={BG: url})
    sb.run_background_jobs()
    notification = sb.background_notifications[-1]
    assert notification["target"] == url
    assert notification["body"]["id"] == reply.json()["id"]
    assert notification["body"]["statusCode"] == 200
    assert notification["body"]["stateLocation"] == reply.json()["stateLocation"]
    for _ in range(200):
        if received:
            break
        threading.Event().wait(0.05)
    assert received and received[0]["body"]["id"] == reply.json()["id"]  # type: ignore[index]


def test_subscription_values_become_notification_headers(sb: Sandbox, http: httpx.Client) -> None:
    http.get("/v1/customer/10001", headers={BG: "subscription:orderRef=42"})
    sb.run_background_jobs()
    assert sb.background_notifications[-1]["headers"] == {"orderRef": "42"}

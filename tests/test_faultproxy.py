"""The fault proxy itself: each fault, the selectors, the counters, over real loopback HTTP."""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Iterator

import httpx
import pytest
from faultproxy import Fault, FaultProxy

from vismanet_ext.sandbox import Sandbox

CUSTOMER = "/v1/customer/10001"


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    sandbox = Sandbox(seed=0, background_delay=None, sizes={"customer": 5})
    yield sandbox
    sandbox.close()


@pytest.fixture
def proxy(sb: Sandbox) -> Iterator[FaultProxy]:
    with sb.serve(port=0) as upstream, FaultProxy(upstream, timeout=5) as p:
        yield p


@pytest.fixture
def http(sb: Sandbox, proxy: FaultProxy) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=proxy.url, headers=sb.auth_headers(), timeout=5) as client:
        yield client


def _api_calls(sb: Sandbox, method: str) -> int:
    return sum(1 for r in sb.request_log if r.method == method and "/connect/token" not in r.path)


def test_passes_through_and_counts(sb: Sandbox, proxy: FaultProxy, http: httpx.Client) -> None:
    response = http.get(CUSTOMER)
    assert response.status_code == 200 and response.json()["number"] == "10001"
    assert (proxy.requests, proxy.forwarded, proxy.faulted) == (1, 1, 0)
    assert proxy.log[0].method == "GET" and proxy.log[0].fault is None and proxy.log[0].upstream_status == 200


def test_429_with_retry_after_in_seconds_and_as_http_date(proxy: FaultProxy, http: httpx.Client) -> None:
    seconds = proxy.add(Fault.status_429(retry_after=7, path=r"/customer/", times=1))
    first = http.get(CUSTOMER)
    assert first.status_code == 429 and first.headers["retry-after"] == "7"
    assert http.get(CUSTOMER).status_code == 200  # times=1: only the next one
    assert (seconds.seen, seconds.faulted) == (2, 1)
    proxy.add(Fault.status_429(retry_after=30, http_date=True, times=1))
    dated = http.get(CUSTOMER)
    assert dated.status_code == 429
    when = email.utils.parsedate_to_datetime(dated.headers["retry-after"]).timestamp()
    assert 0 < when - time.time() <= 31
    assert proxy.forwarded == 1  # status faults answer without forwarding


def test_503_and_html_502(proxy: FaultProxy, http: httpx.Client) -> None:
    proxy.add(Fault.status_503(retry_after=2, times=1))
    proxy.add(Fault.html_502(times=1))
    unavailable = http.get(CUSTOMER)
    assert unavailable.status_code == 503 and unavailable.headers["retry-after"] == "2"
    gateway = http.get(CUSTOMER)
    assert gateway.status_code == 502 and gateway.headers["content-type"] == "text/html"
    assert b"Bad Gateway" in gateway.content
    assert proxy.forwarded == 0 and proxy.faulted == 2


def test_reset_before_forward_never_reaches_upstream(sb: Sandbox, proxy: FaultProxy, http: httpx.Client) -> None:
    rule = proxy.add(Fault.reset_before_forward(method="PUT", path=r"/v1/customer/", times=1))
    with pytest.raises(httpx.TransportError):
        http.put(CUSTOMER, json={"name": {"value": "Never"}})
    assert _api_calls(sb, "PUT") == 0 and sb.record("customer", "10001")["name"] != "Never"
    assert rule.faulted == 1 and proxy.forwarded == 0
    assert proxy.log[-1].fault == "reset_before" and proxy.log[-1].upstream_status is None


def test_reset_after_forward_applies_the_write_and_loses_the_answer(
    sb: Sandbox, proxy: FaultProxy, http: httpx.Client
) -> None:
    rule = proxy.add(Fault.reset_after_forward(method="PUT", path=r"/v1/customer/", times=1))
    with pytest.raises(httpx.TransportError):
        http.put(CUSTOMER, json={"name": {"value": "Applied"}})
    assert _api_calls(sb, "PUT") == 1 and sb.record("customer", "10001")["name"] == "Applied"
    assert rule.faulted == 1 and proxy.forwarded == 1 and proxy.log[-1].upstream_status == 204
    # The next PUT passes: times=1.
    assert http.put(CUSTOMER, json={"name": {"value": "Again"}}).status_code == 204


def test_truncated_body(proxy: FaultProxy, http: httpx.Client) -> None:
    proxy.add(Fault.truncated_body(method="GET", times=1))
    with pytest.raises(httpx.RemoteProtocolError):
        http.get(CUSTOMER)
    assert proxy.forwarded == 1
    assert http.get(CUSTOMER).status_code == 200


def test_invalid_json_on_a_200_with_and_without_forwarding(sb: Sandbox, proxy: FaultProxy, http: httpx.Client) -> None:
    proxy.add(Fault.invalid_json(times=1))
    bad = http.get(CUSTOMER)
    assert bad.status_code == 200 and bad.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        bad.json()
    assert proxy.forwarded == 0
    proxy.add(Fault.invalid_json(forward=True, method="PUT", times=1))
    answer = http.put(CUSTOMER, json={"name": {"value": "Forwarded"}})
    assert answer.status_code == 200 and sb.record("customer", "10001")["name"] == "Forwarded"


def test_latency_forwards(proxy: FaultProxy, http: httpx.Client) -> None:
    slow = proxy.add(Fault.latency(0.05, method="GET"))
    assert http.get(CUSTOMER).status_code == 200
    assert slow.faulted == 1 and proxy.forwarded == 1 and proxy.log[-1].fault == "latency"


def test_every_kth_and_skip(proxy: FaultProxy, http: httpx.Client) -> None:
    rule = proxy.add(Fault.status_503(every=3, method="GET"))
    statuses = [http.get(CUSTOMER).status_code for _ in range(7)]
    assert statuses == [200, 200, 503, 200, 200, 503, 200]
    assert (rule.seen, rule.faulted) == (7, 2)
    proxy.clear()
    later = proxy.add(Fault.status_503(skip=2, times=1))
    assert [http.get(CUSTOMER).status_code for _ in range(4)] == [200, 200, 503, 200]
    assert later.faulted == 1


def test_selectors_filter_by_method_and_path(proxy: FaultProxy, http: httpx.Client) -> None:
    rule = proxy.add(Fault.status_503(method="PUT", path=r"/v1/supplier/"))
    assert http.get(CUSTOMER).status_code == 200
    assert http.put(CUSTOMER, json={}).status_code == 204
    assert rule.seen == 0
    assert [p.method for p in proxy.passages(method="PUT")] == ["PUT"]


def test_chunked_request_bodies_are_forwarded(sb: Sandbox, proxy: FaultProxy, http: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"name": {"value": '
        yield b'"Chunked"}}'

    answer = http.put(CUSTOMER, content=chunks(), headers={"Content-Type": "application/json"})
    assert answer.status_code == 204 and sb.record("customer", "10001")["name"] == "Chunked"


def test_loopback_only_and_bad_counts() -> None:
    with pytest.raises(ValueError, match="loopback"):
        FaultProxy("http://example.com")
    with pytest.raises(ValueError):
        Fault.status_503(times=1, every=2)
    with pytest.raises(ValueError):
        Fault.status_503(every=0)


def test_stops_by_itself_after_max_lifetime(sb: Sandbox) -> None:
    with sb.serve(port=0) as upstream:
        proxy = FaultProxy(upstream, max_lifetime=0.2)
        url = proxy.url
        assert proxy.stopped.wait(timeout=10)
        with pytest.raises(httpx.ConnectError):
            httpx.get(url + CUSTOMER, timeout=2)
        proxy.close()  # idempotent


def test_the_sdk_client_through_the_proxy(sb: Sandbox, proxy: FaultProxy) -> None:
    from vismanet_ext.client import VismaNet

    with VismaNet(base_url=proxy.url, log=False, **sb.client_kwargs(proxy.url)) as vn:
        proxy.add(Fault.status_503(retry_after=0, method="GET", path=r"/v1/customer/", times=1))
        result = vn.call("GET /v1/customer/{customerCd}", customerCd="10001")
        assert result.status_code == 200
    assert [p.fault for p in proxy.passages(path=r"/v1/customer/")] == ["status", None]
    assert any(p.target.endswith("/connect/token") for p in proxy.log)

"""RetryTransport / AsyncRetryTransport over real HTTP on loopback against scripted misbehaviour."""

from __future__ import annotations

import asyncio
import email.utils
import io
import logging
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from vismanet_ext.errors import InvalidArgument
from vismanet_ext.transports import (
    AsyncRetryTransport,
    RetryPolicy,
    RetryTransport,
    extensions,
    parse_retry_after,
    request_is_replayable,
)

from ._loopback import LoopbackServer, Reply, free_port

TIMEOUT = httpx.Timeout(5.0)


class Waits:
    """Records the waits a policy asks for instead of sleeping; `hook` runs on each wait."""

    def __init__(self, hook: Any = None) -> None:
        self.waits: list[float] = []
        self.hook = hook

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        if self.hook:
            self.hook()

    async def async_sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        if self.hook:
            self.hook()


def policy(waits: Waits, **overrides: Any) -> RetryPolicy:
    values: dict[str, Any] = dict(
        sleep=waits.sleep, async_sleep=waits.async_sleep, rand=lambda: 0.0, backoff_base=0.5
    )
    values.update(overrides)
    return RetryPolicy(**values)


def client(waits: Waits, *, timeout: httpx.Timeout = TIMEOUT, inner: Any = None, **overrides: Any) -> httpx.Client:
    transport = RetryTransport(inner or httpx.HTTPTransport(), policy(waits, **overrides))
    return httpx.Client(transport=transport, timeout=timeout)


def aclient(waits: Waits, *, timeout: httpx.Timeout = TIMEOUT, **overrides: Any) -> httpx.AsyncClient:
    transport = AsyncRetryTransport(httpx.AsyncHTTPTransport(), policy(waits, **overrides))
    return httpx.AsyncClient(transport=transport, timeout=timeout)


# -- idempotent methods: retried on 502/503/504, dropped connections, timeouts ------------------


@pytest.mark.parametrize("status", [502, 503, 504])
def test_get_is_retried_on_gateway_errors(status: int) -> None:
    waits = Waits()
    with LoopbackServer([Reply(status), Reply(200, "ok")]) as server, client(waits) as c:
        response = c.get(server.url + "/v1/customer")
    assert response.status_code == 200
    assert response.text == "ok"
    assert len(server.seen) == 2
    assert waits.waits == [0.5]
    assert response.extensions[extensions.RETRIES] == 1
    assert response.extensions[extensions.ATTEMPTS] == 2


def test_get_is_retried_on_dropped_connection() -> None:
    waits = Waits()
    with LoopbackServer([Reply(drop=True), Reply(200, "ok")]) as server, client(waits) as c:
        response = c.get(server.url + "/v1/customer")
    assert response.status_code == 200
    assert len(server.seen) == 2


def test_get_is_retried_on_read_timeout() -> None:
    waits = Waits()
    timeout = httpx.Timeout(5.0, read=0.2)
    with LoopbackServer([Reply(delay=2.0), Reply(200, "ok")]) as server, client(waits, timeout=timeout) as c:
        response = c.get(server.url + "/v1/customer")
    assert response.status_code == 200
    assert len(server.seen) == 2


def test_delete_and_put_are_idempotent_too() -> None:
    waits = Waits()
    script = [Reply(503), Reply(204), Reply(503), Reply(200)]
    with LoopbackServer(script) as server, client(waits) as c:
        assert c.delete(server.url + "/v1/x").status_code == 204
        assert c.put(server.url + "/v1/x", json={"a": 1}).status_code == 200
    assert [s.method for s in server.seen] == ["DELETE", "DELETE", "PUT", "PUT"]


def test_500_is_not_retried() -> None:
    waits = Waits()
    with LoopbackServer([Reply(500), Reply(200)]) as server, client(waits) as c:
        response = c.get(server.url + "/v1/customer")
    assert response.status_code == 500
    assert len(server.seen) == 1
    assert response.extensions[extensions.RETRIES] == 0


# -- POST / PATCH: never sent twice unless the server refused it or it never left ---------------


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_post_is_not_retried_on_503(method: str) -> None:
    waits = Waits()
    with LoopbackServer([Reply(503), Reply(201)]) as server, client(waits) as c:
        response = c.request(method, server.url + "/v1/customerinvoice", json={"x": 1})
    assert response.status_code == 503
    assert len(server.seen) == 1
    assert waits.waits == []


def test_post_is_not_retried_on_dropped_connection() -> None:
    waits = Waits()
    with LoopbackServer([Reply(drop=True), Reply(201)]) as server, client(waits) as c:
        with pytest.raises(httpx.RemoteProtocolError):
            c.post(server.url + "/v1/customerinvoice", json={"x": 1})
    assert len(server.seen) == 1


def test_post_is_not_retried_on_read_timeout() -> None:
    waits = Waits()
    timeout = httpx.Timeout(5.0, read=0.2)
    with LoopbackServer([Reply(delay=2.0), Reply(201)]) as server, client(waits, timeout=timeout) as c:
        with pytest.raises(httpx.ReadTimeout):
            c.post(server.url + "/v1/customerinvoice", json={"x": 1})
    assert len(server.seen) == 1


def test_post_is_retried_when_connection_is_refused() -> None:
    port = free_port()
    servers: list[LoopbackServer] = []

    def start_server() -> None:  # the server comes up while the client backs off
        if not servers:
            servers.append(LoopbackServer([Reply(201, {"ok": True})], port=port))

    waits = Waits(hook=start_server)
    try:
        with client(waits) as c:
            response = c.post(f"http://127.0.0.1:{port}/v1/customerinvoice", json={"x": 1})
        assert response.status_code == 201
        assert waits.waits == [0.5]
        assert len(servers[0].seen) == 1
        assert servers[0].seen[0].body == b'{"x":1}'
    finally:
        for s in servers:
            s.close()


@pytest.mark.parametrize("method", ["POST", "PATCH", "GET"])
def test_429_is_retried_for_any_method_after_retry_after_seconds(method: str) -> None:
    waits = Waits()
    script = [Reply(429, {"message": "slow down"}, {"Retry-After": "3"}), Reply(201, "made")]
    with LoopbackServer(script) as server, client(waits) as c:
        response = c.request(method, server.url + "/v1/customerinvoice", json={"x": 1})
    assert response.status_code == 201
    assert waits.waits == [3.0]
    assert len(server.seen) == 2


def test_retry_after_http_date_is_measured_against_the_response_date() -> None:
    waits = Waits()
    now = time.time()
    headers = {
        "Date": email.utils.formatdate(now, usegmt=True),
        "Retry-After": email.utils.formatdate(now + 7, usegmt=True),
    }
    with LoopbackServer([Reply(429, headers=headers), Reply(200)]) as server, client(waits) as c:
        response = c.post(server.url + "/v1/x", json={})
    assert response.status_code == 200
    assert waits.waits == [7.0]


def test_429_without_retry_after_backs_off_exponentially() -> None:
    waits = Waits()
    script = [Reply(429), Reply(429), Reply(429), Reply(200)]
    with LoopbackServer(script) as server, client(waits, backoff_base=0.25) as c:
        assert c.post(server.url + "/v1/x", json={}).status_code == 200
    assert waits.waits == [0.25, 0.5, 1.0]


def test_explicitly_idempotent_post_is_retried_on_503() -> None:
    waits = Waits()
    with LoopbackServer([Reply(503), Reply(200)]) as server, client(waits) as c:
        request = c.build_request("POST", server.url + "/token", data={"a": "b"})
        request.extensions[extensions.IDEMPOTENT] = True
        assert c.send(request).status_code == 200
    assert len(server.seen) == 2


# -- budget --------------------------------------------------------------------------------


def test_attempt_budget_spent_returns_the_last_response() -> None:
    waits = Waits()
    script = [Reply(503, "first"), Reply(503, "second"), Reply(503, "third"), Reply(200)]
    with LoopbackServer(script) as server, client(waits, max_attempts=3) as c:
        response = c.get(server.url + "/v1/customer")
    assert response.status_code == 503
    assert response.text == "third"
    assert len(server.seen) == 3
    assert waits.waits == [0.5, 1.0]
    assert response.extensions[extensions.RETRIES] == 2


def test_attempt_budget_spent_reraises_the_last_error() -> None:
    waits = Waits()
    script = [Reply(drop=True)] * 3 + [Reply(200)]
    with LoopbackServer(script) as server, client(waits, max_attempts=3) as c:
        with pytest.raises(httpx.RemoteProtocolError) as info:
            c.get(server.url + "/v1/customer")
    assert len(server.seen) == 3
    assert getattr(info.value, extensions.RETRIES) == 2


def test_retry_after_beyond_the_remaining_budget_stops_at_once() -> None:
    waits = Waits()
    script = [Reply(429, headers={"Retry-After": "600"}), Reply(200)]
    with LoopbackServer(script) as server, client(waits, max_rate_limit_wait=120) as c:
        response = c.post(server.url + "/v1/x", json={})
    assert response.status_code == 429
    assert waits.waits == []
    assert len(server.seen) == 1


def test_total_wait_budget_caps_backoff() -> None:
    waits = Waits()
    with LoopbackServer([Reply(503)] * 10) as server, client(
        waits, max_attempts=10, backoff_base=1.0, max_total_wait=1.25
    ) as c:
        response = c.get(server.url + "/v1/x")
    assert response.status_code == 503
    assert waits.waits == [1.0, 0.25]
    assert len(server.seen) == 3


def test_backoff_is_capped_and_jittered() -> None:
    p = RetryPolicy(backoff_base=1.0, backoff_max=5.0, jitter=0.5, rand=lambda: 1.0)
    assert [p.backoff(n) for n in (1, 2, 3, 4, 5)] == [0.5, 1.0, 2.0, 2.5, 2.5]
    assert RetryPolicy(backoff_base=1.0, jitter=0.0, rand=lambda: 1.0).backoff(3) == 4.0


# -- what is resent is exactly what was sent --------------------------------------------------


def test_headers_and_body_are_identical_on_every_attempt() -> None:
    waits = Waits()
    # A conditional write is resent only after 429 (not processed); 5xx are reconciled by the writes layer.
    script = [Reply(429, headers={"Retry-After": "0"}), Reply(429, headers={"Retry-After": "0"}), Reply(200)]
    with LoopbackServer(script) as server, client(waits) as c:
        response = c.put(
            server.url + "/v1/customer/C1",
            json={"name": {"value": "Acme"}},
            headers={"If-Match": 'W/"etag-17"', "ipp-company-id": "1234", "X-Trace": "t"},
        )
    assert response.status_code == 200
    assert len(server.seen) == 3
    first = server.seen[0]
    assert first.header("If-Match") == 'W/"etag-17"'
    for later in server.seen[1:]:
        assert later.headers == first.headers
        assert later.body == first.body


def test_one_shot_generator_body_is_not_resent() -> None:
    def body() -> Iterator[bytes]:
        yield b"part1"
        yield b"part2"

    waits = Waits()
    with LoopbackServer([Reply(429, headers={"Retry-After": "0"}), Reply(200)]) as server, client(waits) as c:
        response = c.put(server.url + "/v1/attachment", content=body())
    assert response.status_code == 429
    assert len(server.seen) == 1
    assert waits.waits == []


def test_multipart_with_seekable_file_is_resent_whole() -> None:
    waits = Waits()
    upload = io.BytesIO(b"%PDF-1.4 attachment bytes")
    with LoopbackServer([Reply(429, headers={"Retry-After": "0"}), Reply(201)]) as server, client(waits) as c:
        response = c.post(
            server.url + "/v1/customerinvoice/1/attachment",
            files={"file": ("invoice.pdf", upload, "application/pdf")},
        )
    assert response.status_code == 201
    assert len(server.seen) == 2
    assert b"%PDF-1.4 attachment bytes" in server.seen[1].body
    assert server.seen[1].body == server.seen[0].body


class ReplayableBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Re-iterable upload body, the way the attachment layer marks one."""

    vismanet_replayable = True

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk


def test_stream_marked_replayable_is_resent_after_send() -> None:
    waits = Waits()
    with LoopbackServer([Reply(503), Reply(503), Reply(200)]) as server, client(waits) as c:
        response = c.put(server.url + "/v1/attachment", content=ReplayableBody([b"ab", b"cd"]))
        request = httpx.Request("PUT", server.url + "/v1/attachment", stream=ReplayableBody([b"x"]))
        assert request_is_replayable(request)
    assert response.status_code == 200
    assert [s.body for s in server.seen] == [b"abcd"] * 3


def test_replayability_rule() -> None:
    def gen() -> Iterator[bytes]:
        yield b"x"

    assert request_is_replayable(httpx.Request("GET", "https://h/"))
    assert request_is_replayable(httpx.Request("POST", "https://h/", json={"a": 1}))
    assert request_is_replayable(httpx.Request("POST", "https://h/", data={"a": "1"}))
    assert not request_is_replayable(httpx.Request("POST", "https://h/", content=gen()))
    read_first = httpx.Request("POST", "https://h/", content=gen())
    read_first.read()
    assert request_is_replayable(read_first)

    class OneShot:
        def read(self, n: int = -1) -> bytes:
            return b""

    unseekable = httpx.Request("POST", "https://h/", files={"f": ("a", OneShot())})  # type: ignore[dict-item]
    assert not request_is_replayable(unseekable)


def test_retried_responses_are_closed_so_the_pool_is_not_exhausted() -> None:
    waits = Waits()
    inner = httpx.HTTPTransport(limits=httpx.Limits(max_connections=1))
    timeout = httpx.Timeout(5.0, pool=0.5)
    script = [Reply(503, "x" * 100_000), Reply(503, "y" * 100_000), Reply(200, "ok")]
    with LoopbackServer(script) as server, client(waits, timeout=timeout, inner=inner) as c:
        response = c.get(server.url + "/v1/customer")
    assert response.status_code == 200
    assert len(server.seen) == 3


def test_a_warning_is_logged_per_retry_without_query_secrets(caplog: pytest.LogCaptureFixture) -> None:
    waits = Waits()
    caplog.set_level(logging.DEBUG)
    with LoopbackServer([Reply(503), Reply(200)]) as server, client(waits) as c:
        c.get(server.url + "/v1/customer?access_token=leakme123&pageSize=5")
    warnings = [r for r in caplog.records if r.name == "vismanet" and r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "503" in warnings[0].getMessage()
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name == "vismanet")
    assert "access_token=[REDACTED]" in ours
    assert "leakme123" not in ours


# -- async twin ------------------------------------------------------------------------------


def test_async_get_retried_on_503_and_dropped_connection() -> None:
    async def main() -> None:
        waits = Waits()
        with LoopbackServer([Reply(503), Reply(drop=True), Reply(200, "ok")]) as server:
            async with aclient(waits) as c:
                response = await c.get(server.url + "/v1/customer")
        assert response.status_code == 200
        assert len(server.seen) == 3
        assert waits.waits == [0.5, 1.0]
        assert response.extensions[extensions.RETRIES] == 2

    asyncio.run(main())


def test_async_post_not_retried_after_send_but_retried_on_429() -> None:
    async def main() -> None:
        waits = Waits()
        script = [Reply(503), Reply(drop=True), Reply(429, headers={"Retry-After": "2"}), Reply(201)]
        with LoopbackServer(script) as server:
            async with aclient(waits) as c:
                assert (await c.post(server.url + "/v1/x", json={})).status_code == 503
                with pytest.raises(httpx.RemoteProtocolError):
                    await c.post(server.url + "/v1/x", json={})
                assert (await c.post(server.url + "/v1/x", json={})).status_code == 201
        assert len(server.seen) == 4
        assert waits.waits == [2.0]

    asyncio.run(main())


def test_async_post_retried_when_connection_is_refused() -> None:
    port = free_port()
    servers: list[LoopbackServer] = []

    def start_server() -> None:
        if not servers:
            servers.append(LoopbackServer([Reply(201)], port=port))

    async def main() -> None:
        waits = Waits(hook=start_server)
        async with aclient(waits) as c:
            response = await c.post(f"http://127.0.0.1:{port}/v1/x", json={"x": 1})
        assert response.status_code == 201
        assert len(servers[0].seen) == 1

    try:
        asyncio.run(main())
    finally:
        for s in servers:
            s.close()


def test_async_budget_spent_reraises_and_returns_last() -> None:
    async def main() -> None:
        waits = Waits()
        script = [Reply(drop=True)] * 2 + [Reply(503)] * 2
        with LoopbackServer(script) as server:
            async with aclient(waits, max_attempts=2) as c:
                with pytest.raises(httpx.RemoteProtocolError):
                    await c.get(server.url + "/v1/x")
                response = await c.get(server.url + "/v1/x")
        assert response.status_code == 503
        assert response.extensions[extensions.RETRIES] == 1
        assert len(server.seen) == 4

    asyncio.run(main())


# -- Retry-After parsing and policy validation --------------------------------------------------


def test_parse_retry_after_forms() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after("-4") == 0.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("") is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after(email.utils.formatdate(now + 30, usegmt=True), now=now) == 30.0
    assert parse_retry_after(email.utils.formatdate(now - 30, usegmt=True), now=now) == 0.0
    date = email.utils.formatdate(now, usegmt=True)
    later = email.utils.formatdate(now + 12, usegmt=True)
    assert parse_retry_after(later, now=0.0, date=date) == 12.0


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_attempts": 0},
        {"max_attempts": 2.5},
        {"max_attempts": True},
        {"max_total_wait": -1},
        {"backoff_base": "1"},
        {"backoff_max": float("nan")},
        {"jitter": 1.5},
        {"retry_statuses": frozenset({404})},
    ],
)
def test_policy_rejects_bad_values(kwargs: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        RetryPolicy(**kwargs)


def test_disabled_policy_makes_one_attempt() -> None:
    with LoopbackServer([Reply(503), Reply(200)]) as server:
        with httpx.Client(transport=RetryTransport(httpx.HTTPTransport(), RetryPolicy.disabled())) as c:
            assert c.get(server.url).status_code == 503
    assert len(server.seen) == 1

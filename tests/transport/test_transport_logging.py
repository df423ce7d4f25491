"""LoggingTransport (one redacted DEBUG line per request) and the build_transport stack order."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest

from vismanet_ext.transports import (
    AsyncLoggingTransport,
    AsyncRateLimitTransport,
    AsyncRetryTransport,
    LoggingTransport,
    RateLimiter,
    RateLimitTransport,
    RetryPolicy,
    RetryTransport,
    build_async_transport,
    build_transport,
)

from ._loopback import LoopbackServer, Reply

POLICY = RetryPolicy(sleep=lambda s: None, async_sleep=lambda s: asyncio.sleep(0), rand=lambda: 0.0)


def ours(caplog: pytest.LogCaptureFixture, level: int = logging.DEBUG) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "vismanet" and r.levelno == level]


def test_one_debug_line_per_request_with_status_and_retries(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="vismanet")
    script = [Reply(200), Reply(503), Reply(200), Reply(drop=True)]
    with LoopbackServer(script) as server:
        with httpx.Client(transport=build_transport(retry=POLICY)) as c:
            c.get(server.url + "/v1/customer?pageSize=10&client_secret=abc123xyz")
            c.get(server.url + "/v1/customer/C1")
            with pytest.raises(httpx.RemoteProtocolError):
                c.post(server.url + "/v1/customerinvoice", json={})
    lines = ours(caplog)
    assert len(lines) == 3
    assert lines[0].startswith(f"GET {server.url}/v1/customer?pageSize=10&client_secret=[REDACTED] -> 200 in ")
    assert lines[0].endswith("(retries=0)")
    assert lines[1].startswith(f"GET {server.url}/v1/customer/C1 -> 200 in ")
    assert lines[1].endswith("(retries=1)")
    assert lines[2].startswith(f"POST {server.url}/v1/customerinvoice -> RemoteProtocolError in ")
    assert len(ours(caplog, logging.WARNING)) == 1  # the 503 retry
    assert "abc123xyz" not in caplog.text


def test_async_logging_twin(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="vismanet")

    async def main(url: str) -> None:
        async with httpx.AsyncClient(transport=build_async_transport(retry=POLICY)) as c:
            await c.get(url + "/v1/customer")
            await c.get(url + "/v1/customer")

    with LoopbackServer([Reply(200), Reply(429, headers={"Retry-After": "0"}), Reply(404)]) as server:
        asyncio.run(main(server.url))
    lines = ours(caplog)
    assert len(lines) == 2
    assert " -> 200 in " in lines[0] and lines[0].endswith("(retries=0)")
    assert " -> 404 in " in lines[1] and lines[1].endswith("(retries=1)")


def test_nothing_is_logged_when_debug_is_off(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="vismanet")
    inner = httpx.MockTransport(lambda request: httpx.Response(200))
    with httpx.Client(transport=LoggingTransport(inner)) as c:
        c.get("https://api.finance.visma.net/v1/customer")
    assert ours(caplog) == []


def test_build_transport_stack_order() -> None:
    inner = httpx.MockTransport(lambda request: httpx.Response(200))
    limiter = RateLimiter(10, 1.0)
    stack = build_transport(inner, retry=POLICY, rate_limiter=limiter)
    assert isinstance(stack, LoggingTransport)
    assert isinstance(stack.inner, RetryTransport)
    assert stack.inner.policy is POLICY
    assert isinstance(stack.inner.inner, RateLimitTransport)
    assert stack.inner.inner.limiter is limiter
    assert stack.inner.inner.inner is inner

    bare = build_transport(inner, retry=None, rate_limiter=None, log=False, follow_headers=False)
    assert bare is inner
    headers_only = build_transport(inner, retry=None, log=False)  # follows X-RateLimit-* by default
    assert isinstance(headers_only, RateLimitTransport)
    assert headers_only.limiter.calls == 0 and headers_only.inner is inner
    assert isinstance(build_transport().inner.inner.inner, httpx.HTTPTransport)  # type: ignore[attr-defined]

    astack = build_async_transport(inner, retry=POLICY, rate_limiter=limiter)
    assert isinstance(astack, AsyncLoggingTransport)
    assert isinstance(astack.inner, AsyncRetryTransport)
    assert isinstance(astack.inner.inner, AsyncRateLimitTransport)
    assert astack.inner.inner.inner is inner
    assert isinstance(build_async_transport().inner.inner.inner, httpx.AsyncHTTPTransport)  # type: ignore[attr-defined]

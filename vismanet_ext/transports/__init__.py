"""Cross-cutting HTTP behaviour as httpx transports wrapping transports (sync and async twins).

Recommended stack, outermost first (what `build_transport` / `build_async_transport` return)::

    LoggingTransport      one DEBUG line per request, after all retries (status, ms, retry count)
      RetryTransport      resends per RetryPolicy; sleeps between attempts; checks GET bodies
        RateLimitTransport  takes a RateLimiter slot per *attempt* (the server counts retries too) and
                            feeds it each response's X-RateLimit-* headers
          inner           httpx.HTTPTransport(), or an in-process transport such as the sandbox's

Without a `RateLimiter` of your own, the stack gets ``RateLimiter.server_headers()``: no client-side cap,
but it waits for the server's window to reset when ``X-RateLimit-Remaining`` reaches 0
(``follow_headers=False`` leaves it out).

Authentication is not a transport: it is an `httpx.Auth` on the client (see `vismanet_ext.auth`), so
httpx runs it above this stack; its token request and its 401-resend pass through the stack too.
"""

from __future__ import annotations

import httpx

from . import extensions
from .log import LOGGER_NAME, AsyncLoggingTransport, LoggingTransport
from .rate_limit import (
    AsyncRateLimitTransport,
    LimiterRegistry,
    RateLimiter,
    RateLimitSlot,
    RateLimitTransport,
)
from .retry import (
    AsyncRetryTransport,
    RetryPolicy,
    RetryTransport,
    is_idempotent,
    parse_retry_after,
    request_is_replayable,
)

__all__ = [
    "DEFAULT_RETRY_POLICY",
    "LOGGER_NAME",
    "AsyncLoggingTransport",
    "AsyncRateLimitTransport",
    "AsyncRetryTransport",
    "LimiterRegistry",
    "LoggingTransport",
    "RateLimitSlot",
    "RateLimitTransport",
    "RateLimiter",
    "RetryPolicy",
    "RetryTransport",
    "build_async_transport",
    "build_transport",
    "extensions",
    "is_idempotent",
    "parse_retry_after",
    "request_is_replayable",
]

#: What `build_transport` uses unless told otherwise: 5 attempts and at most 120 s of waiting after
#: failures; after 429s at most 600 s of waiting (100 resends).
DEFAULT_RETRY_POLICY = RetryPolicy()


def _limiter(
    rate_limiter: RateLimiter | None, retry: RetryPolicy | None, follow_headers: bool
) -> RateLimiter | None:
    """The given limiter, else (following the headers) a fresh header-only one for this client."""
    if rate_limiter is not None or not follow_headers:
        return rate_limiter
    wait = retry.max_rate_limit_wait if retry is not None else DEFAULT_RETRY_POLICY.max_rate_limit_wait
    return RateLimiter.server_headers(max_wait=wait)


def build_transport(
    inner: httpx.BaseTransport | None = None,
    *,
    retry: RetryPolicy | None = DEFAULT_RETRY_POLICY,
    rate_limiter: RateLimiter | None = None,
    log: bool = True,
    follow_headers: bool = True,
) -> httpx.BaseTransport:
    """The recommended sync stack around `inner` (default ``httpx.HTTPTransport()``).

    ``retry=None`` disables retries, ``rate_limiter=None`` means no client-side cap (the server's
    headers are still followed unless ``follow_headers=False``), ``log=False`` drops the logging layer.
    """
    transport: httpx.BaseTransport = inner if inner is not None else httpx.HTTPTransport()
    limiter = _limiter(rate_limiter, retry, follow_headers)
    if limiter is not None:
        transport = RateLimitTransport(transport, limiter)
    if retry is not None:
        transport = RetryTransport(transport, retry)
    if log:
        transport = LoggingTransport(transport)
    return transport


def build_async_transport(
    inner: httpx.AsyncBaseTransport | None = None,
    *,
    retry: RetryPolicy | None = DEFAULT_RETRY_POLICY,
    rate_limiter: RateLimiter | None = None,
    log: bool = True,
    follow_headers: bool = True,
) -> httpx.AsyncBaseTransport:
    """The async twin of `build_transport` (default inner ``httpx.AsyncHTTPTransport()``)."""
    transport: httpx.AsyncBaseTransport = (
        inner if inner is not None else httpx.AsyncHTTPTransport()
    )
    limiter = _limiter(rate_limiter, retry, follow_headers)
    if limiter is not None:
        transport = AsyncRateLimitTransport(transport, limiter)
    if retry is not None:
        transport = AsyncRetryTransport(transport, retry)
    if log:
        transport = AsyncLoggingTransport(transport)
    return transport

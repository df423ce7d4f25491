"""Cross-cutting HTTP behaviour as httpx transports wrapping transports (sync and async twins).

Recommended stack, outermost first (what `build_transport` / `build_async_transport` return)::

    LoggingTransport      one DEBUG line per request, after all retries (status, ms, retry count)
      RetryTransport      resends per RetryPolicy; sleeps between attempts
        RateLimitTransport  takes a RateLimiter slot per *attempt* (the server counts retries too)
          inner           httpx.HTTPTransport(), or an in-process transport such as the sandbox's

Authentication is not a transport: it is an `httpx.Auth` on the client (see `vismanet_ext.auth`), so
httpx runs it above this stack; its token request and its 401-resend pass through the stack too.
"""

from __future__ import annotations

import httpx

from . import extensions
from .log import LOGGER_NAME, AsyncLoggingTransport, LoggingTransport
from .rate_limit import (
    AsyncRateLimitTransport,
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

#: What `build_transport` uses unless told otherwise: 5 attempts, at most 120 s of waiting.
DEFAULT_RETRY_POLICY = RetryPolicy()


def build_transport(
    inner: httpx.BaseTransport | None = None,
    *,
    retry: RetryPolicy | None = DEFAULT_RETRY_POLICY,
    rate_limiter: RateLimiter | None = None,
    log: bool = True,
) -> httpx.BaseTransport:
    """The recommended sync stack around `inner` (default ``httpx.HTTPTransport()``).

    ``retry=None`` disables retries, ``rate_limiter=None`` disables client-side limiting,
    ``log=False`` drops the logging layer.
    """
    transport: httpx.BaseTransport = inner if inner is not None else httpx.HTTPTransport()
    if rate_limiter is not None:
        transport = RateLimitTransport(transport, rate_limiter)
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
) -> httpx.AsyncBaseTransport:
    """The async twin of `build_transport` (default inner ``httpx.AsyncHTTPTransport()``)."""
    transport: httpx.AsyncBaseTransport = (
        inner if inner is not None else httpx.AsyncHTTPTransport()
    )
    if rate_limiter is not None:
        transport = AsyncRateLimitTransport(transport, rate_limiter)
    if retry is not None:
        transport = AsyncRetryTransport(transport, retry)
    if log:
        transport = AsyncLoggingTransport(transport)
    return transport

"""Resending requests that failed for reasons that are safe to retry.

The rules, in one place (they decide whether an invoice can be created twice):

* **429** is retried for *any* method: the server refused the call without processing it. The wait is
  the ``Retry-After`` header (delta seconds or HTTP date) or, without one, exponential backoff.
* **502/503/504**, timeouts and dropped connections are retried only for idempotent methods
  (GET, HEAD, PUT, DELETE, OPTIONS, TRACE) or requests carrying the ``vismanet_idempotent`` extension.
* A **POST/PATCH** is otherwise retried only when the connection failed before anything was sent
  (``httpx.ConnectError``, ``ConnectTimeout``, ``PoolTimeout``).
* A request is only resent after its body went out if the body is **replayable**
  (see `request_is_replayable`): bytes/JSON/form bodies, multipart bodies whose files are bytes or
  seekable (httpx rewinds them), and any stream object with a truthy ``vismanet_replayable`` attribute
  whose ``__iter__``/``__aiter__`` restarts from the beginning on every call, passed either as
  ``httpx.Request(stream=obj)`` or as ``content=obj`` (then without ``read``/``aread`` methods, which
  httpx would use instead of iterating). One-shot generator bodies are never resent.
* The budget is `RetryPolicy.max_attempts` attempts and `RetryPolicy.max_total_wait` seconds of
  sleeping for failures (5xx, network, bad bodies), and a separate, longer one for 429s:
  `RetryPolicy.max_rate_limit_wait` seconds (default 600: integrators report bursts of 429s lasting
  minutes) over at most `RetryPolicy.max_rate_limit_retries` resends. When a budget is spent, the last
  response is returned (the client raises `RateLimited` / `ServerError` from it) or the last exception
  re-raised. A ``Retry-After`` longer than the remaining budget stops at once instead of sleeping
  uselessly.
* A 2xx body of a GET carrying the ``vismanet_expect`` extension is read here and checked
  (`vismanet_ext.transports.body_check`): cut short, not JSON or not the operation's shape is resent like
  a dropped connection, then raised as `vismanet_ext.errors.InvalidResponse`.

Every resend sends the very same `httpx.Request` (headers, If-Match included, unchanged). Responses
that are retried are read and closed first so no pooled connection leaks. The final response carries
``extensions["vismanet_retries"]`` (resends) and ``extensions["vismanet_attempts"]``; an exception
re-raised after retries carries the same count as its ``vismanet_retries`` attribute.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from .. import _redact
from ..errors import InvalidArgument, InvalidResponse, parse_retry_after
from . import extensions
from .body_check import BodyProblem, aread_and_check, checks_body, read_and_check

__all__ = [
    "IDEMPOTENT_METHODS",
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "is_idempotent",
    "parse_retry_after",
    "request_is_replayable",
]

logger = logging.getLogger("vismanet")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})

# Failures where the request provably never left this machine: safe to resend for any method.
_NOT_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
# Failures after which the server may or may not have processed the request.
_MAYBE_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


@dataclass(frozen=True, kw_only=True)
class RetryPolicy:
    """How often and how long to retry. Immutable; share one between clients freely.

    ``max_attempts``/``max_total_wait`` bound resends after failures (5xx, network errors, bad bodies);
    ``max_rate_limit_retries``/``max_rate_limit_wait`` bound resends after 429 (default: up to 10 minutes
    of waiting, for the bursts integrators report).

    Backoff before retry *n* (1-based) is ``min(backoff_max, backoff_base * 2**(n-1))``, reduced by a
    random fraction of up to `jitter` (0 = none, 1 = "full jitter") so clients do not retry in lockstep.
    `sleep`, `async_sleep`, `clock` (epoch seconds, for HTTP-date ``Retry-After`` when the response has
    no ``Date``) and `rand` are injectable for tests.
    """

    max_attempts: int = 5
    max_total_wait: float = 120.0
    max_rate_limit_wait: float = 600.0
    max_rate_limit_retries: int = 100
    backoff_base: float = 0.5
    backoff_max: float = 30.0
    jitter: float = 0.5
    retry_statuses: frozenset[int] = frozenset({502, 503, 504})
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, repr=False)
    clock: Callable[[], float] = field(default=time.time, repr=False)
    rand: Callable[[], float] = field(default=random.random, repr=False)

    def __post_init__(self) -> None:
        if isinstance(self.max_attempts, bool) or not isinstance(self.max_attempts, int):
            raise InvalidArgument(f"max_attempts must be an int, got {self.max_attempts!r}")
        if self.max_attempts < 1:
            raise InvalidArgument(f"max_attempts must be >= 1, got {self.max_attempts}")
        retries = self.max_rate_limit_retries
        if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
            raise InvalidArgument(f"max_rate_limit_retries must be an int >= 0, got {retries!r}")
        for name in ("max_total_wait", "max_rate_limit_wait", "backoff_base", "backoff_max"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not value >= 0:
                raise InvalidArgument(f"{name} must be a number >= 0, got {value!r}")
        if isinstance(self.jitter, bool) or not isinstance(self.jitter, (int, float)):
            raise InvalidArgument(f"jitter must be a number in [0, 1], got {self.jitter!r}")
        if not 0 <= self.jitter <= 1:
            raise InvalidArgument(f"jitter must be in [0, 1], got {self.jitter!r}")
        statuses = frozenset(self.retry_statuses)
        if not all(isinstance(s, int) and 500 <= s <= 599 for s in statuses):
            raise InvalidArgument(f"retry_statuses must be 5xx ints, got {sorted(statuses)!r}")
        object.__setattr__(self, "retry_statuses", statuses)

    @classmethod
    def disabled(cls) -> RetryPolicy:
        """A policy that never retries (one attempt, no 429 resends)."""
        return cls(max_attempts=1, max_rate_limit_retries=0)

    def backoff(self, retry_number: int) -> float:
        """Seconds to wait before retry number `retry_number` (1-based) when the server gave no hint."""
        base: float = min(self.backoff_max, self.backoff_base * 2 ** max(0, retry_number - 1))
        return base * (1.0 - self.jitter * self.rand())


def is_idempotent(request: httpx.Request) -> bool:
    """True if resending `request` after the server may have processed it is harmless.

    Never for a conditional request (``If-Match``) or a background start (``erp-api-background``): if the
    first one was applied and its answer lost, the resend's 412 would be the client's own write reported
    as someone else's, and a second background job would be queued. The client reconciles those instead
    (`vismanet_ext.writes.lost`); 429 and not-sent failures are still resent (nothing was processed).
    """
    headers = request.headers
    marked = request.extensions.get(extensions.IDEMPOTENT)
    if marked is False or "if-match" in headers or "erp-api-background" in headers:
        return False  # marked False: e.g. a PUT that inserts lines (vismanet_ext.writes.lost)
    return request.method.upper() in IDEMPOTENT_METHODS or bool(
        request.extensions.get(extensions.IDEMPOTENT)
    )


def request_is_replayable(request: httpx.Request) -> bool:
    """True if the body of `request` can be sent again after it was sent once (see module docs)."""
    stream: Any = request.stream
    if isinstance(stream, httpx.ByteStream):
        return True
    if getattr(stream, extensions.REPLAYABLE_ATTRIBUTE, False):
        return True
    # ``content=obj`` wraps obj in httpx's IteratorByteStream, which iterates it afresh on every pass
    # unless it has read()/aread() (then httpx reads it once, from wherever its position is).
    wrapped = getattr(stream, "_stream", None)
    if (
        getattr(wrapped, extensions.REPLAYABLE_ATTRIBUTE, False)
        and not hasattr(wrapped, "read")
        and not hasattr(wrapped, "aread")
    ):
        return True
    fields = getattr(stream, "fields", None)
    if type(stream).__name__ == "MultipartStream" and isinstance(fields, list):
        return all(_field_replayable(f) for f in fields)
    return False


def _field_replayable(multipart_field: Any) -> bool:
    if not hasattr(multipart_field, "file"):
        return True  # a plain form value
    file = multipart_field.file
    if isinstance(file, (bytes, str)):
        return True
    seekable = getattr(file, "seekable", None)
    try:
        return bool(callable(seekable) and seekable())
    except (OSError, ValueError):
        return False


class _RetryState:
    """Per-request bookkeeping shared by the sync and async transports."""

    def __init__(self, policy: RetryPolicy, request: httpx.Request) -> None:
        self.policy = policy
        self.request = request
        self.attempts = 0
        self.waited = 0.0
        self.rate_limited = 0  # resends after a 429 (their own budget)
        self.rate_limit_waited = 0.0
        self.idempotent = is_idempotent(request)
        self.replayable = request_is_replayable(request)

    def wait_after_response(self, response: httpx.Response) -> float | None:
        status = response.status_code
        if status != 429 and not (status in self.policy.retry_statuses and self.idempotent):
            return None
        if not self.replayable:
            return None
        hint = parse_retry_after(
            response.headers.get("retry-after"),
            now=self.policy.clock(),
            date=response.headers.get("date"),
        )
        if status == 429:
            return self._spend_rate_limited(hint)
        return self._spend(hint)

    def _spend_rate_limited(self, hint: float | None) -> float | None:
        if self.rate_limited >= self.policy.max_rate_limit_retries:
            return None
        remaining = self.policy.max_rate_limit_wait - self.rate_limit_waited
        if hint is not None:
            if hint > remaining:
                return None
            wait = hint
        else:
            wait = min(self.policy.backoff(self.rate_limited + 1), remaining)
            if wait <= 0 and remaining <= 0:
                return None
        self.rate_limited += 1
        self.rate_limit_waited += wait
        return wait

    def wait_after_bad_body(self) -> float | None:
        """A cut-short, non-JSON or wrong-shaped 2xx body: resent like a dropped connection."""
        if self.idempotent and self.replayable:
            return self._spend(None)
        return None

    def invalid(self, response: httpx.Response, bad: BodyProblem) -> InvalidResponse:
        return InvalidResponse.from_response(
            response, bad.problem, bad.content, request=self.request, retries=self.attempts - 1
        )

    def wait_after_error(self, exc: Exception) -> float | None:
        if isinstance(exc, _NOT_SENT_ERRORS):
            return self._spend(None)
        if isinstance(exc, _MAYBE_SENT_ERRORS) and self.idempotent and self.replayable:
            return self._spend(None)
        return None

    def _spend(self, hint: float | None) -> float | None:
        if self.attempts - self.rate_limited >= self.policy.max_attempts:
            return None
        remaining = self.policy.max_total_wait - self.waited
        if hint is not None:
            if hint > remaining:
                return None
            wait = hint
        else:
            wait = self.policy.backoff(self.attempts - self.rate_limited)
            if wait > remaining:
                if remaining <= 0:
                    return None
                wait = remaining
        self.waited += wait
        return wait

    def log_retry(self, reason: str, wait: float) -> None:
        if logger.isEnabledFor(logging.WARNING):
            if reason.startswith("429"):
                logger.warning(
                    "%s %s: %s; retry %d in %.2f s (%.0f of %.0f s of 429 waiting used)",
                    self.request.method,
                    _redact.redact_url(self.request.url),
                    reason,
                    self.rate_limited,
                    wait,
                    self.rate_limit_waited,
                    self.policy.max_rate_limit_wait,
                )
                return
            logger.warning(
                "%s %s: %s; retry %d of %d in %.2f s",
                self.request.method,
                _redact.redact_url(self.request.url),
                reason,
                self.attempts - self.rate_limited,
                self.policy.max_attempts - 1,
                wait,
            )

    def finish(self, response: httpx.Response) -> httpx.Response:
        try:
            response.extensions[extensions.RETRIES] = self.attempts - 1
            response.extensions[extensions.ATTEMPTS] = self.attempts
        except TypeError:  # an immutable mapping from some exotic transport
            merged = dict(response.extensions)
            merged[extensions.RETRIES] = self.attempts - 1
            merged[extensions.ATTEMPTS] = self.attempts
            response.extensions = merged
        return response

    def mark(self, exc: Exception) -> None:
        try:
            setattr(exc, extensions.RETRIES, self.attempts - 1)
        except AttributeError:
            pass


def _status_reason(response: httpx.Response) -> str:
    return f"{response.status_code} {response.reason_phrase}".strip()


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport and resends failed requests according to a `RetryPolicy` (module docs)."""

    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy | None = None) -> None:
        if not callable(getattr(inner, "handle_request", None)):
            raise InvalidArgument(f"inner must be an httpx.BaseTransport, got {type(inner).__name__}")
        self.inner = inner
        self.policy = policy if policy is not None else RetryPolicy()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        state = _RetryState(self.policy, request)
        while True:
            state.attempts += 1
            response: httpx.Response | None = None
            try:
                response = self.inner.handle_request(request)
                wait = state.wait_after_response(response)
                expect = checks_body(request, response) if wait is None else None
                bad = read_and_check(response, expect) if expect is not None else None
            except httpx.TransportError as exc:
                if response is not None:  # the body broke off while it was read
                    response.close()
                wait = state.wait_after_error(exc)
                if wait is None:
                    state.mark(exc)
                    raise
                state.log_retry(type(exc).__name__, wait)
                self.policy.sleep(wait)
                continue
            if wait is None:
                if bad is None:
                    return state.finish(response)
                wait = state.wait_after_bad_body()
                if wait is None:
                    response.close()
                    raise state.invalid(response, bad)
                state.log_retry(bad.problem, wait)
            else:
                state.log_retry(_status_reason(response), wait)
            _discard(response)
            self.policy.sleep(wait)

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of `RetryTransport`; waits with `RetryPolicy.async_sleep`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy | None = None) -> None:
        if not callable(getattr(inner, "handle_async_request", None)):
            raise InvalidArgument(
                f"inner must be an httpx.AsyncBaseTransport, got {type(inner).__name__}"
            )
        self.inner = inner
        self.policy = policy if policy is not None else RetryPolicy()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        state = _RetryState(self.policy, request)
        while True:
            state.attempts += 1
            response: httpx.Response | None = None
            try:
                response = await self.inner.handle_async_request(request)
                wait = state.wait_after_response(response)
                expect = checks_body(request, response) if wait is None else None
                bad = await aread_and_check(response, expect) if expect is not None else None
            except httpx.TransportError as exc:
                if response is not None:  # the body broke off while it was read
                    await response.aclose()
                wait = state.wait_after_error(exc)
                if wait is None:
                    state.mark(exc)
                    raise
                state.log_retry(type(exc).__name__, wait)
                await self.policy.async_sleep(wait)
                continue
            if wait is None:
                if bad is None:
                    return state.finish(response)
                wait = state.wait_after_bad_body()
                if wait is None:
                    await response.aclose()
                    raise state.invalid(response, bad)
                state.log_retry(bad.problem, wait)
            else:
                state.log_retry(_status_reason(response), wait)
            await _adiscard(response)
            await self.policy.async_sleep(wait)

    async def aclose(self) -> None:
        await self.inner.aclose()


def _discard(response: httpx.Response) -> None:
    """Drain and close a response we will not return, so its connection goes back to the pool."""
    try:
        with contextlib.suppress(Exception):  # a broken error body must not stop the retry
            response.read()
    finally:
        response.close()


async def _adiscard(response: httpx.Response) -> None:
    try:
        with contextlib.suppress(Exception):
            await response.aread()
    finally:
        await response.aclose()

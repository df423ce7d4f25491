"""A client-side call limiter so a long job uses the company's quota fully without ever hitting 429.

Visma.net allows 500 calls per hour per company for test clients and 15,000 for production ones.
`RateLimiter` guarantees that **no window of `per_seconds` ever contains more than `calls` request
starts**, and it does so in a way that stays true as seen *by the server*:

It keeps `calls` slots. A request takes a free slot before it is sent and gives it back when its
response headers arrive (or it fails); the slot becomes free again `per_seconds` *after it was given
back*. Since the server saw the request before its response came back, any two requests using the same
slot arrive at the server more than `per_seconds` apart, whatever the network latency or its jitter. So
a server counting calls in a sliding window, in fixed windows or with a token bucket of the same size
never sees more than it allows, and throughput stays at ``calls / (per_seconds + latency)``.

`burst` optionally smooths the start: with ``burst=b`` at most `b` calls go out back to back, after
which starts are spaced ``per_seconds / calls`` apart (a GCRA / token bucket on top of the slots).
The default (``burst = calls``) lets a short script use its whole quota at once.

One limiter is shared by every thread and task of a client: its state sits behind a `threading.Lock`
that is never held while waiting, so sync callers sleep with `sleep` and async callers with
`async_sleep` (the event loop is never blocked).

**The server's headers are the shared truth.** Visma sends ``X-RateLimit-Limit``, ``-Remaining``,
``-Reset`` (seconds until the window resets) and ``-Policy`` (``4-fixed-window``) on every response, per
company and client, and ``Retry-After`` on a 429 (Visma's "Rate limits" how-to). Every limiter reads them
(`RateLimiter.observe`, called by the transport with each response): when the calls left in the window
reach zero it holds further requests until the window resets instead of running into a 429. Its estimate
of what is left is the last ``Remaining`` minus its own requests sent since (and those still in flight),
so one limiter stays exact however many threads share it. Other processes sharing the company's quota
are only seen through the headers; the limiter measures how many calls *they* made between two of its
own answers and keeps that many in reserve (at least `reserve`; one during the first window, before
anything could be measured), so two processes reading the same headers do not both spend the last call. `RateLimiter.server_headers` is a limiter with no client-side
cap that only follows the headers (what every client gets by default); keep one per company and client
and share it between the clients that use that quota (`Tenants` does so per tenant). A wait for the
server's reset longer than `max_wait` is not waited out: the request goes, the server answers 429 and the
retry policy's 429 budget decides.
"""

from __future__ import annotations

import asyncio
import heapq
import logging
import math
import threading
import time
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, Self

import httpx

from ..errors import InvalidArgument, parse_retry_after
from ..result import RateLimitInfo
from . import extensions

__all__ = [
    "DEFAULT_MAX_SERVER_WAIT",
    "PRODUCTION_CALLS_PER_HOUR",
    "TEST_CLIENT_CALLS_PER_HOUR",
    "AsyncRateLimitTransport",
    "LimiterRegistry",
    "RateLimitSlot",
    "RateLimitTransport",
    "RateLimiter",
]

logger = logging.getLogger("vismanet")

TEST_CLIENT_CALLS_PER_HOUR = 500
PRODUCTION_CALLS_PER_HOUR = 15_000
_LOG_WAITS_FROM = 1.0  # seconds; shorter throttle waits are routine and not logged
#: Longest single sleep while waiting for the server's window to reset (fresher headers may arrive).
_SERVER_POLL = 1.0
#: Default for `RateLimiter.max_wait`: the same as `RetryPolicy.max_rate_limit_wait`.
DEFAULT_MAX_SERVER_WAIT = 600.0
#: Two ``X-RateLimit-Reset`` readings closer than this (seconds) describe the same window (Reset is whole seconds).
_SAME_WINDOW = 1.5


class RateLimitSlot:
    """Permission for one request attempt. Release it when the response (headers) arrived.

    Usable as a context manager; releasing twice is harmless.
    """

    __slots__ = ("_limiter", "_released", "acquired_at")

    def __init__(self, limiter: RateLimiter, acquired_at: float) -> None:
        self._limiter = limiter
        self._released = False
        self.acquired_at = acquired_at

    def release(self, response: httpx.Response | None = None) -> None:
        """Give the slot back; `response` (its headers) tells the limiter what the server counted."""
        if not self._released:
            self._released = True
            self._limiter._release(response)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


class RateLimiter:
    """At most `calls` request starts in any `per_seconds` window, shared across threads and tasks,
    and never past the server's ``X-RateLimit-Remaining`` (module docs).

    `reserve` calls of the server's window are left unused (at least; more when other processes are seen
    using the same quota; None, the default, holds one back during the first window, 0 none).
    `max_wait` bounds one wait for the server's window to reset.
    """

    def __init__(
        self,
        calls: int,
        per_seconds: float,
        *,
        burst: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        poll_interval: float | None = None,
        reserve: int | None = None,
        max_wait: float = DEFAULT_MAX_SERVER_WAIT,
        follow_headers: bool = True,
    ) -> None:
        self._init_server(reserve, max_wait, follow_headers)
        if calls == 0 and per_seconds == 0 and burst is None:  # server_headers(): no client-side cap
            self._calls = 0
            self._per_seconds = 0.0
            self._burst = 0
            self._interval = 0.0
            self._clock = clock
            self._sleep = sleep
            self._async_sleep = async_sleep
            self._poll = 0.05 if poll_interval is None else float(poll_interval)
            self._lock = threading.Lock()
            self._free_at: list[float] = []
            self._in_flight = 0
            self._tat = -math.inf
            self._granted = 0
            return
        if isinstance(calls, bool) or not isinstance(calls, int) or calls < 1:
            raise InvalidArgument(f"calls must be an int >= 1, got {calls!r}")
        if (
            isinstance(per_seconds, bool)
            or not isinstance(per_seconds, (int, float))
            or not math.isfinite(per_seconds)
            or per_seconds <= 0
        ):
            raise InvalidArgument(f"per_seconds must be a finite number > 0, got {per_seconds!r}")
        if burst is None:
            burst = calls
        if isinstance(burst, bool) or not isinstance(burst, int) or not 1 <= burst <= calls:
            raise InvalidArgument(f"burst must be an int in [1, calls={calls}], got {burst!r}")
        if poll_interval is None:
            poll_interval = min(0.05, per_seconds / 20)
        if not poll_interval > 0:
            raise InvalidArgument(f"poll_interval must be > 0, got {poll_interval!r}")
        self._calls = calls
        self._per_seconds = float(per_seconds)
        self._burst = burst
        self._interval = self._per_seconds / calls
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._poll = float(poll_interval)
        self._lock = threading.Lock()
        self._free_at = [-math.inf] * calls  # min-heap of times idle slots become usable
        self._in_flight = 0
        self._tat = -math.inf  # GCRA "theoretical arrival time" for the burst limit
        self._granted = 0

    def _init_server(self, reserve: int | None, max_wait: float, follow_headers: bool) -> None:
        if reserve is not None and (isinstance(reserve, bool) or not isinstance(reserve, int) or reserve < 0):
            raise InvalidArgument(f"reserve must be None or an int >= 0, got {reserve!r}")
        if (
            isinstance(max_wait, bool)
            or not isinstance(max_wait, (int, float))
            or math.isnan(max_wait)
            or max_wait < 0
        ):
            raise InvalidArgument(f"max_wait must be a number of seconds >= 0, got {max_wait!r}")
        self._auto_reserve = reserve is None
        self._reserve = reserve or 0
        self._max_wait = float(max_wait)
        self._follow = bool(follow_headers)
        self._server_left: int | None = None  # calls left in the server's window, by our estimate
        self._server_reset_at = -math.inf  # clock time the server's window resets
        self._server_limit: int | None = None
        self._foreign = 0  # calls others made between two of our answers (this window)
        self._foreign_before = 0  # the same, previous window
        self._server_waits = 0
        self._windows_seen = 0
        self.last_seen: RateLimitInfo | None = None

    @classmethod
    def server_headers(cls, **kwargs: Any) -> RateLimiter:
        """A limiter without a client-side cap that follows the server's ``X-RateLimit-*`` headers only."""
        return cls(0, 0, **kwargs)

    @classmethod
    def test_client(cls, **kwargs: Any) -> RateLimiter:
        """Visma.net test-client quota: 500 calls per hour per company."""
        return cls(TEST_CLIENT_CALLS_PER_HOUR, 3600.0, **kwargs)

    @classmethod
    def production(cls, **kwargs: Any) -> RateLimiter:
        """Visma.net production-client quota: 15,000 calls per hour per company."""
        return cls(PRODUCTION_CALLS_PER_HOUR, 3600.0, **kwargs)

    @property
    def calls(self) -> int:
        return self._calls

    @property
    def per_seconds(self) -> float:
        return self._per_seconds

    @property
    def burst(self) -> int:
        return self._burst

    @property
    def in_flight(self) -> int:
        """Slots currently held by requests waiting for their response."""
        return self._in_flight

    @property
    def granted(self) -> int:
        """Total slots handed out so far (each request attempt takes one)."""
        return self._granted

    @property
    def reserve(self) -> int:
        """Calls of the server's window held back right now: `reserve`, or what others were seen using.

        Until a whole window has been watched, one call is held back anyway: another process starting at
        the same time sends its first request before it has seen any header.
        """
        cold = 1 if self._auto_reserve and self._windows_seen < 2 else 0
        return max(self._reserve, self._foreign, self._foreign_before, cold)

    @property
    def server_left(self) -> int | None:
        """Calls left in the server's window by this limiter's estimate (None: no headers seen)."""
        return self._server_left

    @property
    def server_waits(self) -> int:
        """How many times a request waited for the server's window to reset."""
        return self._server_waits

    def __repr__(self) -> str:
        if not self._calls:
            return f"RateLimiter.server_headers(reserve={self._reserve if not self._auto_reserve else None})"
        return f"RateLimiter(calls={self._calls}, per_seconds={self._per_seconds:g}, burst={self._burst})"

    def try_acquire(self) -> RateLimitSlot | None:
        """A slot if one is usable right now, else None (never waits)."""
        slot, _, _ = self._try(self._clock(), None)
        return slot

    def acquire(self) -> RateLimitSlot:
        """Wait (blocking this thread) until a slot is usable and take it."""
        announced = False
        give_up_at: float | None = None
        while True:
            now = self._clock()
            slot, wait, server = self._try(now, give_up_at)
            if slot is not None:
                return slot
            if server and give_up_at is None:
                give_up_at = now + self._max_wait
                self._count_server_wait()
            announced = self._announce(wait, announced, server)
            self._sleep(wait)

    async def acquire_async(self) -> RateLimitSlot:
        """Wait (without blocking the event loop) until a slot is usable and take it."""
        announced = False
        give_up_at: float | None = None
        while True:
            now = self._clock()
            slot, wait, server = self._try(now, give_up_at)
            if slot is not None:
                return slot
            if server and give_up_at is None:
                give_up_at = now + self._max_wait
                self._count_server_wait()
            announced = self._announce(wait, announced, server)
            await self._async_sleep(wait)

    def _count_server_wait(self) -> None:
        with self._lock:
            self._server_waits += 1

    def _server_hold(self, now: float) -> float:
        """Seconds to hold a request for the server's window (0: go). Caller holds the lock."""
        if self._server_left is None:
            return 0.0
        if now >= self._server_reset_at:  # a new window: full again (the next answer says how full)
            self._server_left = self._server_limit
            return 0.0
        if self._server_left > self.reserve:
            return 0.0
        return self._server_reset_at - now

    def _try(self, now: float, give_up_at: float | None) -> tuple[RateLimitSlot | None, float, bool]:
        """(slot, seconds to wait, waiting for the server's reset?)."""
        with self._lock:
            hold = self._server_hold(now) if self._follow else 0.0
            if hold > 0 and (give_up_at is None or now < give_up_at):
                if give_up_at is None and hold > self._max_wait:
                    hold = 0.0  # longer than we may wait: let the server answer 429 and the retry policy decide
                else:
                    limit = hold if give_up_at is None else min(hold, give_up_at - now)
                    return None, max(min(limit, _SERVER_POLL), 1e-3), True
            if self._calls:
                if not self._free_at:
                    # Every slot is in flight; a slot frees per_seconds after its response, so polling
                    # more often than that loses nothing.
                    return None, self._poll, False
                ready_at = max(self._free_at[0], self._tat - (self._burst - 1) * self._interval)
                if ready_at > now:
                    return None, ready_at - now, False
                heapq.heappop(self._free_at)
                self._tat = max(self._tat, now) + self._interval
            self._in_flight += 1
            self._granted += 1
            if self._server_left is not None:
                self._server_left -= 1
            return RateLimitSlot(self, now), 0.0, False

    def _release(self, response: httpx.Response | None = None) -> None:
        now = self._clock()
        with self._lock:
            if self._calls:
                heapq.heappush(self._free_at, now + self._per_seconds)
            if response is not None and self._follow:
                self._observe(response, now)
            self._in_flight -= 1

    def observe(self, response: httpx.Response) -> None:
        """Learn the server's quota from a response that did not come through `RateLimitTransport`."""
        now = self._clock()
        with self._lock:
            self._observe(response, now, counted=False)

    def _observe(self, response: httpx.Response, now: float, counted: bool = True) -> None:
        """Update the estimate from one response's headers. Caller holds the lock."""
        info = RateLimitInfo.from_headers(response.headers)
        if info is not None:
            self.last_seen = info
            if info.limit:
                self._server_limit = info.limit
            new_window = False
            if info.reset is not None:
                reset_at = now + info.reset
                new_window = now >= self._server_reset_at or reset_at > self._server_reset_at + _SAME_WINDOW
                self._server_reset_at = reset_at
            if info.remaining is not None:
                # Our own requests still in flight may not be counted yet: assume they will be.
                others_in_flight = max(0, self._in_flight - 1) if counted else self._in_flight
                left = info.remaining - others_in_flight
                if new_window or self._server_left is None:
                    if new_window:
                        self._foreign_before, self._foreign = self._foreign, 0
                        self._windows_seen += 1
                    self._server_left = left
                elif left < self._server_left:
                    # Fewer left than our own use explains: someone else shares this quota.
                    self._foreign = max(self._foreign, self._server_left - left)
                    self._server_left = left
                # else: an answer overtaken by later ones; within a window the count only goes down
        if response.status_code == 429:
            hint = parse_retry_after(response.headers.get("retry-after"), date=response.headers.get("date"))
            if hint is not None:
                self._server_reset_at = max(self._server_reset_at, now + hint)
            if self._server_reset_at > now:
                self._server_left = 0

    def _announce(self, wait: float, announced: bool, server: bool = False) -> bool:
        if announced:
            return True
        if server:
            total = max(0.0, self._server_reset_at - self._clock())
            if total >= _LOG_WAITS_FROM and logger.isEnabledFor(logging.WARNING):
                info = self.last_seen
                logger.warning(
                    "rate limit: the server's window has %s of %s calls left (policy %s); waiting %.1f s for "
                    "it to reset",
                    self._server_left,
                    info.limit if info is not None else "?",
                    info.policy if info is not None else "?",
                    total,
                )
                return True
            return False
        if wait >= _LOG_WAITS_FROM and logger.isEnabledFor(logging.INFO):
            logger.info(
                "rate limiter: waiting %.1f s for a call slot (%d calls per %g s)",
                wait,
                self._calls,
                self._per_seconds,
            )
            return True
        return announced


class LimiterRegistry:
    """One `RateLimiter` per key, e.g. ``(tenant_id, company_id)``: every client of that company shares it.

    Visma counts calls per company and API client, so clients (sync or async, any thread) that talk to the
    same company with the same credentials should hold the same limiter; `get` creates it on first use with
    ``factory`` (default `RateLimiter.server_headers`) and returns the same object afterwards.
    """

    def __init__(self, factory: Callable[[], RateLimiter] | None = None) -> None:
        self._factory: Callable[[], RateLimiter] = factory or RateLimiter.server_headers
        self._limiters: dict[object, RateLimiter] = {}
        self._lock = threading.Lock()

    def get(self, key: object) -> RateLimiter:
        """The limiter for ``key`` (hashable), created on first use."""
        with self._lock:
            limiter = self._limiters.get(key)
            if limiter is None:
                limiter = self._factory()
                if not isinstance(limiter, RateLimiter):
                    raise InvalidArgument(f"the factory must return a RateLimiter, got {type(limiter).__name__}")
                self._limiters[key] = limiter
            return limiter

    def __len__(self) -> int:
        return len(self._limiters)

    def __contains__(self, key: object) -> bool:
        return key in self._limiters


def _skips_limit(request: httpx.Request) -> bool:
    return bool(request.extensions.get(extensions.NO_RATE_LIMIT))


class RateLimitTransport(httpx.BaseTransport):
    """Takes a `RateLimiter` slot for every request attempt (put it *inside* the retry transport) and
    hands each response's ``X-RateLimit-*`` headers back to the limiter.

    Requests with the ``vismanet_no_rate_limit`` extension (the OAuth token request) pass straight through.
    """

    def __init__(self, inner: httpx.BaseTransport, limiter: RateLimiter) -> None:
        if not isinstance(limiter, RateLimiter):
            raise InvalidArgument(f"limiter must be a RateLimiter, got {type(limiter).__name__}")
        self.inner = inner
        self.limiter = limiter

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if _skips_limit(request):
            return self.inner.handle_request(request)
        slot = self.limiter.acquire()
        try:
            response = self.inner.handle_request(request)
        except BaseException:
            slot.release()
            raise
        slot.release(response)
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncRateLimitTransport(httpx.AsyncBaseTransport):
    """The async twin of `RateLimitTransport` (same `RateLimiter` can be shared with sync clients)."""

    def __init__(self, inner: httpx.AsyncBaseTransport, limiter: RateLimiter) -> None:
        if not isinstance(limiter, RateLimiter):
            raise InvalidArgument(f"limiter must be a RateLimiter, got {type(limiter).__name__}")
        self.inner = inner
        self.limiter = limiter

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if _skips_limit(request):
            return await self.inner.handle_async_request(request)
        slot = await self.limiter.acquire_async()
        try:
            response = await self.inner.handle_async_request(request)
        except BaseException:
            slot.release()
            raise
        slot.release(response)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()

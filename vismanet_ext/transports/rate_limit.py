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

from ..errors import InvalidArgument
from . import extensions

__all__ = [
    "PRODUCTION_CALLS_PER_HOUR",
    "TEST_CLIENT_CALLS_PER_HOUR",
    "AsyncRateLimitTransport",
    "RateLimitSlot",
    "RateLimitTransport",
    "RateLimiter",
]

logger = logging.getLogger("vismanet")

TEST_CLIENT_CALLS_PER_HOUR = 500
PRODUCTION_CALLS_PER_HOUR = 15_000
_LOG_WAITS_FROM = 1.0  # seconds; shorter throttle waits are routine and not logged


class RateLimitSlot:
    """Permission for one request attempt. Release it when the response (headers) arrived.

    Usable as a context manager; releasing twice is harmless.
    """

    __slots__ = ("_limiter", "_released", "acquired_at")

    def __init__(self, limiter: RateLimiter, acquired_at: float) -> None:
        self._limiter = limiter
        self._released = False
        self.acquired_at = acquired_at

    def release(self) -> None:
        if not self._released:
            self._released = True
            self._limiter._release()

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
    """At most `calls` request starts in any `per_seconds` window, shared across threads and tasks."""

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
    ) -> None:
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
        self._free_at: list[float] = [-math.inf] * calls  # min-heap of times idle slots become usable
        self._in_flight = 0
        self._tat = -math.inf  # GCRA "theoretical arrival time" for the burst limit
        self._granted = 0

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

    def __repr__(self) -> str:
        return f"RateLimiter(calls={self._calls}, per_seconds={self._per_seconds:g}, burst={self._burst})"

    def try_acquire(self) -> RateLimitSlot | None:
        """A slot if one is usable right now, else None (never waits)."""
        slot, _ = self._try(self._clock())
        return slot

    def acquire(self) -> RateLimitSlot:
        """Wait (blocking this thread) until a slot is usable and take it."""
        announced = False
        while True:
            slot, wait = self._try(self._clock())
            if slot is not None:
                return slot
            announced = self._announce(wait, announced)
            self._sleep(wait)

    async def acquire_async(self) -> RateLimitSlot:
        """Wait (without blocking the event loop) until a slot is usable and take it."""
        announced = False
        while True:
            slot, wait = self._try(self._clock())
            if slot is not None:
                return slot
            announced = self._announce(wait, announced)
            await self._async_sleep(wait)

    def _try(self, now: float) -> tuple[RateLimitSlot | None, float]:
        with self._lock:
            if not self._free_at:
                # Every slot is in flight; a slot frees per_seconds after its response, so polling
                # more often than that loses nothing.
                return None, self._poll
            ready_at = max(self._free_at[0], self._tat - (self._burst - 1) * self._interval)
            if ready_at > now:
                return None, ready_at - now
            heapq.heappop(self._free_at)
            self._in_flight += 1
            self._granted += 1
            self._tat = max(self._tat, now) + self._interval
            return RateLimitSlot(self, now), 0.0

    def _release(self) -> None:
        now = self._clock()
        with self._lock:
            heapq.heappush(self._free_at, now + self._per_seconds)
            self._in_flight -= 1

    def _announce(self, wait: float, announced: bool) -> bool:
        if not announced and wait >= _LOG_WAITS_FROM and logger.isEnabledFor(logging.INFO):
            logger.info(
                "rate limiter: waiting %.1f s for a call slot (%d calls per %g s)",
                wait,
                self._calls,
                self._per_seconds,
            )
            return True
        return announced


def _skips_limit(request: httpx.Request) -> bool:
    return bool(request.extensions.get(extensions.NO_RATE_LIMIT))


class RateLimitTransport(httpx.BaseTransport):
    """Takes a `RateLimiter` slot for every request attempt (put it *inside* the retry transport).

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
        with self.limiter.acquire():
            return self.inner.handle_request(request)

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
        with await self.limiter.acquire_async():
            return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()

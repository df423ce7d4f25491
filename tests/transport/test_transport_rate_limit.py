"""RateLimiter: never more than N starts in any window (fake clock), shared by threads and tasks."""

from __future__ import annotations

import asyncio
import random
import threading
from typing import Any

import httpx
import pytest

from vismanet_ext.errors import InvalidArgument
from vismanet_ext.transports import (
    AsyncRateLimitTransport,
    RateLimiter,
    RateLimitTransport,
    RetryPolicy,
    RetryTransport,
    extensions,
)

from ._loopback import LoopbackServer, Reply


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def limiter(t: FakeTime, calls: int, per_seconds: float, **kwargs: Any) -> RateLimiter:
    return RateLimiter(calls, per_seconds, clock=t.clock, sleep=t.sleep, async_sleep=t.async_sleep, **kwargs)


def max_in_any_window(times: list[float], window: float) -> int:
    """Largest number of `times` inside any half-open window [t, t + window)."""
    times = sorted(times)
    best = 0
    for i, start in enumerate(times):
        j = i
        while j < len(times) and times[j] < start + window:
            j += 1
        best = max(best, j - i)
    return best


def test_first_calls_burst_then_wait_a_full_window_after_release() -> None:
    t = FakeTime()
    rl = limiter(t, 3, 10.0)
    starts = []
    for _ in range(7):
        with rl.acquire():
            starts.append(t.now)
            t.now += 1.0  # the request takes a second
    # 3 at once (each finishing a second apart), then each slot is reused 10 s after it was released
    assert starts == [0.0, 1.0, 2.0, 11.0, 12.0, 13.0, 22.0]
    assert max_in_any_window(starts, 10.0) == 3


def test_never_more_than_n_in_any_window_under_random_overlapping_load() -> None:
    rng = random.Random(7)
    t = FakeTime()
    calls, window = 5, 2.0
    rl = limiter(t, calls, window)
    starts: list[float] = []
    in_flight: list[tuple[float, Any]] = []  # (finish time, slot)
    while len(starts) < 400:
        slot = rl.try_acquire()
        if slot is not None:
            starts.append(t.now)
            in_flight.append((t.now + rng.uniform(0.0, 0.8), slot))
            continue
        if in_flight and (rng.random() < 0.5 or len(in_flight) == calls):
            in_flight.sort(key=lambda item: item[0])
            finish, done = in_flight.pop(0)
            t.now = max(t.now, finish)
            done.release()
        else:
            t.now += rng.uniform(0.0, 0.3)
    assert max_in_any_window(starts, window) <= calls
    assert max_in_any_window(starts, window) == calls  # and the quota is actually used


def test_full_quota_is_used_by_a_long_sequential_job() -> None:
    t = FakeTime()
    rl = limiter(t, 50, 1.0)
    starts = []
    while t.now < 20.0:
        with rl.acquire():
            starts.append(t.now)
            t.now += 0.01  # 10 ms per call
    assert max_in_any_window(starts, 1.0) <= 50
    # a server enforcing 50/s would allow ~1000 calls in 20 s; we use at least 95% of that
    assert len(starts) >= 0.95 * 50 * 20


def test_burst_smooths_starts_to_an_even_pace() -> None:
    t = FakeTime()
    rl = limiter(t, 4, 2.0, burst=1)
    starts = []
    for _ in range(6):
        with rl.acquire():
            starts.append(t.now)
    assert starts == [0.0, 0.5, 1.0, 1.5, 2.0, 2.5]
    t2 = FakeTime()
    rl2 = limiter(t2, 4, 2.0, burst=2)
    starts2 = []
    for _ in range(5):
        with rl2.acquire():
            starts2.append(t2.now)
    # the pace alone would allow a 5th start at 1.5 s; the window (4 per 2 s) still wins
    assert starts2 == [0.0, 0.0, 0.5, 1.0, 2.0]


def test_async_acquire_waits_with_async_sleep_only() -> None:
    t = FakeTime()

    def forbidden(seconds: float) -> None:
        raise AssertionError("blocking sleep used on the event loop")

    rl = RateLimiter(2, 5.0, clock=t.clock, sleep=forbidden, async_sleep=t.async_sleep)

    async def main() -> list[float]:
        starts = []
        for _ in range(4):
            slot = await rl.acquire_async()
            starts.append(t.now)
            slot.release()
        return starts

    assert asyncio.run(main()) == [0.0, 0.0, 5.0, 5.0]
    assert t.sleeps == [5.0]


def test_slots_are_released_once_and_counted() -> None:
    t = FakeTime()
    rl = limiter(t, 2, 1.0)
    a = rl.acquire()
    assert rl.in_flight == 1
    a.release()
    a.release()
    assert rl.in_flight == 0
    assert rl.granted == 1
    b, c = rl.acquire(), rl.acquire()
    assert rl.try_acquire() is None  # both slots used within the window
    b.release()
    c.release()


def test_presets_match_vismas_quotas() -> None:
    assert (RateLimiter.test_client().calls, RateLimiter.test_client().per_seconds) == (500, 3600.0)
    assert (RateLimiter.production().calls, RateLimiter.production().per_seconds) == (15_000, 3600.0)
    assert RateLimiter.production(burst=10).burst == 10


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((0, 1.0), {}),
        ((1.5, 1.0), {}),
        ((True, 1.0), {}),
        ((10, 0), {}),
        ((10, -1.0), {}),
        ((10, float("inf")), {}),
        ((10, 1.0), {"burst": 0}),
        ((10, 1.0), {"burst": 11}),
        ((10, 1.0), {"poll_interval": 0}),
    ],
)
def test_bad_limits_are_refused(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        RateLimiter(*args, **kwargs)


# -- transports ------------------------------------------------------------------------------


def test_retries_take_their_own_slot() -> None:
    t = FakeTime()
    rl = limiter(t, 1, 100.0)
    replies = iter([httpx.Response(503), httpx.Response(200)])
    inner = httpx.MockTransport(lambda request: next(replies))
    retry = RetryPolicy(sleep=lambda s: None, rand=lambda: 0.0)
    with httpx.Client(transport=RetryTransport(RateLimitTransport(inner, rl), retry)) as c:
        assert c.get("https://api.finance.visma.net/v1/customer").status_code == 200
    assert rl.granted == 2
    assert t.sleeps == [100.0]  # the retry waited for the window like any other call


def test_slot_is_released_when_the_request_fails() -> None:
    t = FakeTime()
    rl = limiter(t, 1, 1.0)

    def boom(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with httpx.Client(transport=RateLimitTransport(httpx.MockTransport(boom), rl)) as c:
        with pytest.raises(httpx.ConnectError):
            c.get("https://api.finance.visma.net/v1/customer")
    assert rl.in_flight == 0


def test_requests_marked_no_rate_limit_bypass_the_limiter() -> None:
    t = FakeTime()
    rl = limiter(t, 1, 100.0)
    inner = httpx.MockTransport(lambda request: httpx.Response(200))
    with httpx.Client(transport=RateLimitTransport(inner, rl)) as c:
        for _ in range(3):
            request = c.build_request("POST", "https://connect.visma.com/connect/token")
            request.extensions[extensions.NO_RATE_LIMIT] = True
            c.send(request)
    assert rl.granted == 0 and t.sleeps == []


def test_one_limiter_shared_by_threads_tasks_and_clients_over_loopback() -> None:
    """Arrivals at the server respect the limit even though callers are separate clients and threads."""
    calls, window = 4, 0.2
    rl = RateLimiter(calls, window)
    with LoopbackServer(lambda seen: Reply(200)) as server:

        def sync_worker(client: httpx.Client) -> None:
            for _ in range(3):
                assert client.get(server.url + "/v1/customer").status_code == 200

        async def async_worker() -> None:
            async with httpx.AsyncClient(transport=AsyncRateLimitTransport(httpx.AsyncHTTPTransport(), rl)) as ac:
                results = await asyncio.gather(*(ac.get(server.url + "/v1/customer") for _ in range(4)))
            assert [r.status_code for r in results] == [200] * 4

        clients = [httpx.Client(transport=RateLimitTransport(httpx.HTTPTransport(), rl)) for _ in range(2)]
        threads = [threading.Thread(target=sync_worker, args=(c,)) for c in clients for _ in range(2)]
        threads.append(threading.Thread(target=asyncio.run, args=(async_worker(),)))
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        for c in clients:
            c.close()
        arrivals = sorted(s.at for s in server.seen)
    assert len(arrivals) == 16
    assert rl.granted == 16 and rl.in_flight == 0
    # any calls + 1 consecutive arrivals span more than a window: never more than `calls` per window
    assert all(arrivals[i + calls] - arrivals[i] >= window for i in range(len(arrivals) - calls))

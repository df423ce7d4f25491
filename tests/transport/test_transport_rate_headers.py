"""Visma's X-RateLimit-* headers: Result.rate_limit, a limiter that waits for the reset instead of a 429,
two clients sharing one company's quota, and the separate (long) 429 budget.

Visma's "Rate limits" how-to: every response carries X-RateLimit-Limit, -Remaining, -Reset (seconds until
the window resets) and -Policy (``4-fixed-window``), per company and client; a 429 carries Retry-After.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import httpx
import pytest

from vismanet_ext import VismaNet
from vismanet_ext.errors import InvalidArgument, RateLimited
from vismanet_ext.result import RateLimitInfo
from vismanet_ext.sandbox import Sandbox
from vismanet_ext.transports import (
    RateLimiter,
    RateLimitTransport,
    RetryPolicy,
    RetryTransport,
)

from ._loopback import LoopbackServer, Reply, Seen
from .test_transport_rate_limit import FakeTime
from .test_transport_retry import Waits, policy

JSON = {"Content-Type": "application/json"}


def quota_headers(limit: int, remaining: int, reset: float, policy_name: str = "4-fixed-window") -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(limit),
        "X-RateLimit-Remaining": str(remaining),
        "X-RateLimit-Reset": f"{reset:g}",
        "X-RateLimit-Policy": policy_name,
    }


# -- reading the headers ---------------------------------------------------------------------------------


def test_rate_limit_info_from_headers() -> None:
    info = RateLimitInfo.from_headers(httpx.Headers(quota_headers(500, 499, 3599)))
    assert info == RateLimitInfo(limit=500, remaining=499, reset=3599.0, policy="4-fixed-window")
    assert RateLimitInfo.from_headers(httpx.Headers({"Content-Type": "application/json"})) is None
    odd = RateLimitInfo.from_headers(
        httpx.Headers({"X-RateLimit-Remaining": "-3", "X-RateLimit-Limit": "lots", "X-RateLimit-Reset": "nan"})
    )
    assert odd == RateLimitInfo(limit=None, remaining=0, reset=None, policy=None)
    with pytest.raises(AttributeError):
        info.remaining = 3  # type: ignore[misc]  # frozen


def test_result_rate_limit_over_loopback() -> None:
    script = [Reply(200, [{"number": "1"}], quota_headers(500, 17, 1200.5)), Reply(200, {"number": "1"})]
    with LoopbackServer(script) as server, VismaNet(base_url=server.url, token="t") as vn:
        listed = vn.call("GET /v1/customer")
        single = vn.call("GET /v1/customer/{customerCd}", customerCd="1")
    assert listed.rate_limit == RateLimitInfo(500, 17, 1200.5, "4-fixed-window")
    assert single.rate_limit is None


# -- the limiter follows the headers (fake clock) ---------------------------------------------------------


def _response(status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers)


def _headers_limiter(t: FakeTime, **kwargs: Any) -> RateLimiter:
    kwargs.setdefault("reserve", 0)
    return RateLimiter.server_headers(clock=t.clock, sleep=t.sleep, async_sleep=t.async_sleep, **kwargs)


def test_waits_for_the_reset_when_remaining_reaches_zero() -> None:
    t = FakeTime()
    rl = _headers_limiter(t)
    starts = []
    remaining = 3
    for _ in range(7):
        slot = rl.acquire()
        starts.append(t.now)
        if t.now >= 10.0 and remaining == 0:
            remaining = 3  # the server's window reset at t=10
        remaining -= 1
        slot.release(_response(**quota_headers(3, remaining, max(0.0, 10.0 - t.now) if t.now < 10 else 20.0 - t.now)))
    assert starts[:3] == [0.0, 0.0, 0.0]
    assert starts[3] == pytest.approx(10.0)  # held until the window reset, no 429
    assert rl.server_waits >= 1


def test_no_headers_no_waiting() -> None:
    t = FakeTime()
    rl = _headers_limiter(t)
    for _ in range(50):
        rl.acquire().release(_response())
    assert t.sleeps == [] and rl.server_left is None


def test_in_flight_requests_count_against_what_is_left() -> None:
    t = FakeTime()
    rl = _headers_limiter(t)
    rl.acquire().release(_response(**quota_headers(10, 3, 5)))
    held = [rl.try_acquire() for _ in range(4)]
    assert [h is not None for h in held] == [True, True, True, False]  # 3 left: the 4th must wait


def test_a_429_holds_every_other_request_for_retry_after() -> None:
    t = FakeTime()
    rl = _headers_limiter(t)
    rl.acquire().release(_response(429, **{"Retry-After": "30"}))
    assert rl.try_acquire() is None
    rl.acquire()
    assert t.now == pytest.approx(30.0)


def test_a_reset_beyond_max_wait_is_not_waited_out() -> None:
    t = FakeTime()
    rl = _headers_limiter(t, max_wait=60)
    rl.acquire().release(_response(**quota_headers(500, 0, 3000)))
    rl.acquire()  # goes at once: the server will answer 429 and the retry policy's budget decides
    assert t.now == 0.0


def test_one_call_is_held_back_in_the_first_window_unless_reserve_is_given() -> None:
    t = FakeTime()
    auto = RateLimiter.server_headers(clock=t.clock, sleep=t.sleep)
    auto.acquire().release(_response(**quota_headers(20, 1, 10)))
    assert auto.reserve == 1 and auto.try_acquire() is None  # someone starting with us may need it
    exact = _headers_limiter(t)
    exact.acquire().release(_response(**quota_headers(20, 1, 10)))
    assert exact.try_acquire() is not None


def test_other_users_of_the_quota_are_kept_in_reserve() -> None:
    t = FakeTime()
    rl = _headers_limiter(t)
    rl.acquire().release(_response(**quota_headers(20, 15, 10)))
    rl.acquire().release(_response(**quota_headers(20, 12, 10)))  # we used 1, someone else 2
    assert rl.reserve == 2
    rl.acquire().release(_response(**quota_headers(20, 2, 10)))
    assert rl.try_acquire() is None  # 2 left, but another process is spending them


def test_limiter_arguments_are_checked() -> None:
    with pytest.raises(InvalidArgument):
        RateLimiter.server_headers(reserve=-1)
    with pytest.raises(InvalidArgument):
        RateLimiter.server_headers(max_wait=float("nan"))
    with pytest.raises(InvalidArgument):
        RetryPolicy(max_rate_limit_retries=-1)
    with pytest.raises(InvalidArgument):
        RetryPolicy(max_rate_limit_wait=-5)


# -- a scripted fixed-window server over loopback ---------------------------------------------------------


class FixedWindow:
    """Counts calls in fixed windows (opened by the first call, like Visma and the sandbox) and answers 429
    beyond ``limit``; every answer carries the four headers (fractional Reset keeps the test short)."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self.start: float | None = None
        self.used = 0
        self.statuses: list[int] = []
        self.lock = threading.Lock()

    def __call__(self, seen: Seen) -> Reply:
        with self.lock:
            now = time.monotonic()
            if self.start is None or now >= self.start + self.window:
                self.start, self.used = now, 0
            reset = max(0.0, self.start + self.window - now)
            if self.used >= self.limit:
                self.statuses.append(429)
                headers = quota_headers(self.limit, 0, reset)
                headers["Retry-After"] = f"{reset:.3f}"
                return Reply(429, {"message": "API call quota exceeded"}, headers)
            self.used += 1
            self.statuses.append(200)
            return Reply(200, [{"number": str(len(self.statuses))}], {**JSON, **quota_headers(
                self.limit, self.limit - self.used, reset)})


def test_a_client_following_the_headers_meets_no_429() -> None:
    window = FixedWindow(limit=4, window=0.4)
    with LoopbackServer(window) as server, VismaNet(base_url=server.url, token="t") as vn:
        for _ in range(10):
            vn.call("GET /v1/customer")
    assert window.statuses.count(429) == 0
    assert len(window.statuses) == 10


def test_without_following_the_headers_the_same_job_runs_into_429s() -> None:
    window = FixedWindow(limit=4, window=0.4)
    blind = RateLimiter.server_headers(follow_headers=False)
    with LoopbackServer(window) as server, VismaNet(base_url=server.url, token="t", rate_limit=blind) as vn:
        for _ in range(10):
            vn.call("GET /v1/customer")
    assert window.statuses.count(429) >= 1  # the control: the scripted quota is real


class CountingTransport(httpx.HTTPTransport):
    """The real HTTP transport, recording the status of every attempt (retries included)."""

    def __init__(self, statuses: list[int]) -> None:
        super().__init__()
        self.statuses = statuses

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if not request.url.path.endswith("/connect/token"):
            self.statuses.append(response.status_code)
        return response


def _two_clients(url: str, calls: int, statuses: list[int], **client_kwargs: Any) -> list[BaseException]:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            with VismaNet(base_url=url, transport=CountingTransport(statuses), **client_kwargs) as vn:
                # each client has its own limiter: only the server's headers are shared
                for _ in range(calls):
                    vn.call("GET /v1/customer", pageSize=2)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return errors


def test_two_clients_sharing_a_scripted_quota_meet_no_429() -> None:
    window = FixedWindow(limit=6, window=0.5)
    with LoopbackServer(window) as server:
        errors = _two_clients(server.url, 12, [], token="t")
    assert errors == []
    assert window.statuses.count(200) == 24
    assert window.statuses.count(429) == 0


@pytest.mark.slow
def test_two_clients_sharing_one_sandbox_company_quota_meet_zero_429s() -> None:
    """The acceptance case: 20 calls per 2 s for one company and client, two clients, headers only."""
    sb = Sandbox(seed=1, sizes={"customer": 5}, rate_limit=20, rate_window=2.0)
    statuses: list[int] = []
    with sb.serve(port=0) as url:
        errors = _two_clients(url, 25, statuses, **sb.client_kwargs(url))
    assert errors == []
    # 50 calls do not fit in two 2 s windows of 20: both clients waited for resets instead of a 429.
    assert statuses.count(200) == 50
    assert statuses.count(429) == 0


# -- the 429 budget is its own, and long ------------------------------------------------------------------


def test_429s_have_their_own_budget_separate_from_failures() -> None:
    waits = Waits()
    script = [Reply(429, headers={"Retry-After": "1"})] * 8 + [Reply(200, "ok")]
    transport = RetryTransport(httpx.HTTPTransport(), policy(waits, max_attempts=2))
    with LoopbackServer(script) as server, httpx.Client(transport=transport) as http:
        assert http.get(server.url + "/v1/x").status_code == 200
    assert waits.waits == [1.0] * 8  # max_attempts=2 bounds failures, not 429s


def test_the_429_budget_is_bounded_by_wait_and_count() -> None:
    waits = Waits()
    script = [Reply(429, headers={"Retry-After": "100"})] * 10
    transport = RetryTransport(httpx.HTTPTransport(), policy(waits, max_rate_limit_wait=250))
    with LoopbackServer(script) as server, httpx.Client(transport=transport) as http:
        assert http.get(server.url + "/v1/x").status_code == 429
    assert waits.waits == [100.0, 100.0]
    waits = Waits()
    transport = RetryTransport(httpx.HTTPTransport(), policy(waits, max_rate_limit_retries=3))
    with LoopbackServer([Reply(429, headers={"Retry-After": "0"})] * 10) as server, httpx.Client(
        transport=transport
    ) as http:
        assert http.get(server.url + "/v1/x").status_code == 429
    assert len(waits.waits) == 3


def test_default_429_budget_outlasts_bursts_of_minutes() -> None:
    default = RetryPolicy()
    assert default.max_rate_limit_wait == 600.0 and default.max_rate_limit_retries == 100
    assert default.max_total_wait == 120.0  # failures keep the shorter budget


def test_the_client_raises_rate_limited_once_the_429_budget_is_spent() -> None:
    script = [Reply(429, {"message": "quota"}, {"Retry-After": "5", **quota_headers(500, 0, 5)})] * 3
    retry = RetryPolicy(max_rate_limit_wait=6, sleep=lambda s: None)
    with LoopbackServer(script) as server, VismaNet(base_url=server.url, token="t", retry=retry,
                                                     rate_limit=RateLimiter.server_headers(max_wait=0)) as vn:
        with pytest.raises(RateLimited) as caught:
            vn.call("GET /v1/customer")
    assert caught.value.retry_after == 5.0
    assert len(server.seen) == 2


def test_rate_limit_transport_feeds_the_limiter_each_response() -> None:
    rl = RateLimiter.server_headers()
    with LoopbackServer([Reply(200, "x", quota_headers(9, 4, 30))]) as server, httpx.Client(
        transport=RateLimitTransport(httpx.HTTPTransport(), rl)
    ) as http:
        http.get(server.url + "/v1/x")
    assert rl.last_seen == RateLimitInfo(9, 4, 30.0, "4-fixed-window")
    assert rl.server_left == 4


def test_limiter_registry_gives_one_limiter_per_company() -> None:
    from vismanet_ext.transports import LimiterRegistry

    registry = LimiterRegistry()
    a = registry.get(("tenant-1", "company-9"))
    assert registry.get(("tenant-1", "company-9")) is a
    assert registry.get(("tenant-2", "company-9")) is not a
    assert len(registry) == 2 and ("tenant-1", "company-9") in registry
    capped = LimiterRegistry(lambda: RateLimiter(500, 3600)).get("x")
    assert capped.calls == 500
    with pytest.raises(InvalidArgument):
        LimiterRegistry(lambda: "nope").get("y")  # type: ignore[arg-type, return-value]
    # Two clients of one company share what the server said.
    t = FakeTime()
    shared = RateLimiter.server_headers(clock=t.clock, sleep=t.sleep, reserve=0)
    shared.acquire().release(_response(**quota_headers(5, 0, 10)))
    assert shared.try_acquire() is None


_WORKER = """
import os, sys
from vismanet_ext import VismaNet
with VismaNet(base_url=os.environ["SB_URL"], client_id=os.environ["SB_ID"], client_secret=os.environ["SB_SECRET"],
              tenant_id=os.environ["SB_TENANT"], token_url=os.environ["SB_TOKEN_URL"]) as vn:
    for _ in range(int(sys.argv[1])):
        vn.call("GET /v1/customer", pageSize=2)
"""


@pytest.mark.slow
def test_two_processes_sharing_one_sandbox_company_quota_meet_zero_429s(tmp_path: Any) -> None:
    """Two separate processes, one company and API client, 20 calls per 2 s: only the headers are shared."""
    import os
    import subprocess
    import sys

    sb = Sandbox(seed=2, sizes={"customer": 5}, rate_limit=20, rate_window=2.0)
    with sb.serve(port=0) as url:
        creds = sb.client_kwargs(url)
        env = {
            **os.environ,
            "SB_URL": url,
            "SB_ID": creds["client_id"],
            "SB_SECRET": creds["client_secret"],
            "SB_TENANT": creds["tenant_id"],
            "SB_TOKEN_URL": creds["token_url"],
        }
        workers = [
            subprocess.Popen([sys.executable, "-c", _WORKER, "25"], env=env, cwd=tmp_path,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)
        ]
        outcomes = [w.communicate(timeout=90) for w in workers]
        assert [w.returncode for w in workers] == [0, 0], outcomes
        statuses = [e.status for e in sb.request_log if e.path.endswith("/v1/customer")]
    assert statuses.count(200) == 50
    assert statuses.count(429) == 0

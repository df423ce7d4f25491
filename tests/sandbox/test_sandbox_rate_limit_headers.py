"""Visma's rate-limit headers on every authenticated response, per company and client.

Visma's "Rate Limits" page: X-RateLimit-Limit/-Remaining/-Reset (seconds)/-Policy on
every response, policy 4-fixed-window per company and client, Retry-After on a 429.
"""

from __future__ import annotations

import httpx
import pytest
from sandbox_support import FakeClock

from vismanet_ext.sandbox import LimitStatus, Sandbox

NAMES = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-RateLimit-Policy")


@pytest.fixture
def limited(clock: FakeClock) -> Sandbox:
    return Sandbox(rate_limit=50, clock=clock, background_delay=None, token_lifetime=10 * 3600)


def _limits(reply: httpx.Response) -> tuple[int, int, int, str]:
    return (int(reply.headers["X-RateLimit-Limit"]), int(reply.headers["X-RateLimit-Remaining"]),
            int(reply.headers["X-RateLimit-Reset"]), reply.headers["X-RateLimit-Policy"])


def test_every_kind_of_response_carries_the_four_headers(limited: Sandbox, clock: FakeClock) -> None:
    with limited.serve() as url, httpx.Client(base_url=url, headers=limited.auth_headers()) as client:
        replies = [
            client.get("/v1/customer", params={"pageSize": 2}),                  # 200 list
            client.get("/v1/customer/10001"),                                    # 200 record
            client.post("/v1/customer", json={"name": {"value": "Headers AS"}}),  # 201
            client.put("/v1/customer/10001", json={"name": {"value": "Renamed AS"}}),  # 204
            client.get("/v1/customer/nope"),                                     # 404 record
            client.get("/v1/nosuchthing"),                                       # 404 route
            client.post("/v1/customer", json={"name": "bare"}),                  # 400 validation
            client.delete("/v1/customer/10001"),                                 # 405
            client.get("/v1/customer", headers={"erp-api-background": "none"}),  # 202 background
        ]
        job = replies[-1].json()["id"]
        limited.run_background_jobs()
        replies.append(client.get(f"/v1/background/{job}"))                     # background state
    assert [r.status_code for r in replies] == [200, 200, 201, 204, 404, 404, 400, 405, 202, 200]
    for reply in replies:
        assert all(name in reply.headers for name in NAMES), (reply.status_code, reply.headers)
    seen = [_limits(r) for r in replies]
    assert [limit for limit, *_ in seen] == [50] * 10
    assert [remaining for _, remaining, *_ in seen] == list(range(49, 39, -1))
    assert {policy for *_, policy in seen} == {"4-fixed-window"}
    assert {reset for _, _, reset, _ in seen} == {3600}  # the fake clock stood still


def test_reset_counts_down_and_the_window_is_fixed(limited: Sandbox, clock: FakeClock) -> None:
    client = limited.client(headers=limited.auth_headers())
    assert _limits(client.get("/v1/account/1010"))[1:3] == (49, 3600)
    clock.advance(1000.4)
    assert _limits(client.get("/v1/account/1010"))[1:3] == (48, 2600)  # whole seconds, rounded up
    clock.advance(2599.6)
    assert _limits(client.get("/v1/account/1010"))[1:3] == (49, 3600)  # a fresh window


def test_429_carries_retry_after_and_the_headers(clock: FakeClock) -> None:
    sb = Sandbox(rate_limit=2, rate_window=10.0, clock=clock, background_delay=None)
    with sb.serve() as url, httpx.Client(base_url=url, headers=sb.auth_headers()) as client:
        client.get("/v1/account/1010")
        clock.advance(3.5)
        client.get("/v1/account/1010")
        throttled = client.get("/v1/account/1010")
    assert throttled.status_code == 429
    assert throttled.headers["Retry-After"] == "7"
    assert _limits(throttled) == (2, 0, 7, "4-fixed-window")


def test_windows_are_per_company_with_own_quotas(limited: Sandbox) -> None:
    limited._throttle.set_limit("small-co", 3)
    client = limited.client()
    default, small = limited.auth_headers(), limited.auth_headers(tenant_id="small-co")
    for _ in range(3):
        client.get("/v1/account/1010", headers=default)
    assert _limits(client.get("/v1/account/1010", headers=small))[:2] == (3, 2)
    assert _limits(client.get("/v1/account/1010", headers=default))[:2] == (50, 46)
    assert limited.rate_limit_status("small-co") == LimitStatus(3, 2, 3600, "4-fixed-window")
    assert limited.rate_limit_remaining() == 46


def test_uncounted_requests_carry_no_headers(limited: Sandbox) -> None:
    client = limited.client()
    token = client.post("/connect/token", data={
        "grant_type": "client_credentials", "client_id": "sandbox", "client_secret": "sandbox",
        "tenant_id": "sandbox-tenant"})
    unauthenticated = client.get("/v1/account/1010")
    assert (token.status_code, unauthenticated.status_code) == (200, 401)
    assert not any(name in r.headers for r in (token, unauthenticated) for name in NAMES)
    assert limited.rate_limit_status() == LimitStatus(50, 50, 3600, "4-fixed-window")


def test_status_is_none_without_a_quota(sb: Sandbox) -> None:
    assert sb.rate_limit_status() is None


def test_each_client_has_its_own_window_per_company(limited: Sandbox) -> None:
    limited.add_client("second-app", "other-secret")
    with limited.serve() as url, httpx.Client(base_url=url) as client:
        tokens = {}
        for app, secret in (("sandbox", "sandbox"), ("second-app", "other-secret")):
            reply = client.post("/connect/token", data={"grant_type": "client_credentials", "client_id": app,
                                                        "client_secret": secret, "tenant_id": "sandbox-tenant"})
            tokens[app] = {"Authorization": f"Bearer {reply.json()['access_token']}"}
        for _ in range(3):
            client.get("/v1/account/1010", headers=tokens["sandbox"])
        second = client.get("/v1/account/1010", headers=tokens["second-app"])
        wrong = client.post("/connect/token", data={"grant_type": "client_credentials", "client_id": "second-app",
                                                    "client_secret": "sandbox", "tenant_id": "sandbox-tenant"})
    assert _limits(second)[:2] == (50, 49)  # the same company, another client: a window of its own
    assert (limited.rate_limit_remaining(), limited.rate_limit_remaining(client_id="second-app")) == (47, 49)
    assert wrong.json()["error"] == "invalid_client"
    with pytest.raises(ValueError):
        limited.add_client("sandbox", "x")


def test_the_legacy_host_can_have_vismas_migration_policy(clock: FakeClock) -> None:
    sb = Sandbox(rate_limit=50, legacy_rate_limit=2, clock=clock, background_delay=None)
    client = sb.client(headers=sb.auth_headers())
    legacy = [client.get("/API/controller/api/v1/account/1010", headers={"ipp-company-id": company})
              for company in ("1", "2", "3")]  # per application, whatever the company
    modern = client.get("/v1/account/1010")
    assert [r.status_code for r in legacy] == [200, 200, 429]
    assert [_limits(r)[:2] for r in legacy] == [(2, 1), (2, 0), (2, 0)]
    assert {r.headers["X-RateLimit-Policy"] for r in legacy} == {"6-fixed-window"}
    assert _limits(modern) == (50, 49, 3600, "4-fixed-window")

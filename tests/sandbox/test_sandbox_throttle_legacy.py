"""Per-company call budgets (429 + Retry-After) and the legacy integration.visma.net host."""

from __future__ import annotations

import httpx
import pytest
from sandbox_support import FakeClock

from vismanet_ext.sandbox import Sandbox


@pytest.fixture
def limited(clock: FakeClock) -> Sandbox:
    return Sandbox(rate_limit=3, clock=clock, background_delay=None, token_lifetime=10 * 3600)


def test_calls_beyond_the_budget_get_429_with_retry_after(limited: Sandbox, clock: FakeClock) -> None:
    with limited.serve() as url, httpx.Client(base_url=url, headers=limited.auth_headers()) as client:
        replies = [client.get("/v1/account/1010") for _ in range(3)]
        assert [r.status_code for r in replies] == [200, 200, 200]
        assert [r.headers["X-RateLimit-Remaining"] for r in replies] == ["2", "1", "0"]
        assert replies[0].headers["X-RateLimit-Limit"] == "3"
        clock.advance(600)
        throttled = client.get("/v1/account/1010")
        assert throttled.status_code == 429
        assert throttled.headers["Retry-After"] == "3000"
        assert throttled.headers["X-RateLimit-Remaining"] == "0"
        assert "3 calls per hour" in throttled.json()["message"]
        clock.advance(2999)
        assert client.get("/v1/account/1010").status_code == 429
        clock.advance(1)
        assert client.get("/v1/account/1010").status_code == 200


def test_budget_is_per_company(limited: Sandbox) -> None:
    with limited.serve() as url, httpx.Client(base_url=url) as client:
        first = limited.auth_headers()
        other = limited.auth_headers(tenant_id="tenant-b")
        for _ in range(3):
            assert client.get("/v1/account/1010", headers=first).status_code == 200
        assert client.get("/v1/account/1010", headers=first).status_code == 429
        assert client.get("/v1/account/1010", headers=other).status_code == 200
        # The legacy host's company is the ipp-company-id header.
        legacy = {**first, "ipp-company-id": "777"}
        assert client.get("/API/controller/api/v1/account/1010", headers=legacy).status_code == 200
        assert limited.rate_limit_remaining("777") == 2


def test_token_requests_and_unauthenticated_calls_are_not_counted(limited: Sandbox) -> None:
    with limited.serve() as url, httpx.Client(base_url=url) as client:
        for _ in range(5):
            client.post("/connect/token", data={"grant_type": "client_credentials", "client_id": "sandbox",
                                                "client_secret": "sandbox", "tenant_id": "sandbox-tenant"})
            assert client.get("/v1/account/1010").status_code == 401
        assert limited.rate_limit_remaining() == 3


def test_errors_also_carry_rate_limit_headers(limited: Sandbox) -> None:
    client = limited.client(headers=limited.auth_headers())
    missing = client.get("/v1/customer/nope")
    assert missing.status_code == 404
    assert missing.headers["X-RateLimit-Remaining"] == "2"


@pytest.mark.parametrize(("preset", "limit"), [("test", 500), ("production", 15_000), (42, 42)])
def test_presets(preset: str | int, limit: int) -> None:
    sb = Sandbox(rate_limit=preset, background_delay=None)
    reply = sb.client(headers=sb.auth_headers()).get("/v1/account/1010")
    assert reply.headers["X-RateLimit-Limit"] == str(limit)


def test_no_rate_limit_by_default(sb: Sandbox, http: httpx.Client) -> None:
    reply = http.get("/v1/account/1010")
    assert "X-RateLimit-Limit" not in reply.headers
    assert sb.rate_limit_remaining() is None


@pytest.mark.parametrize("bad", ["fast", 0, -1, True, 2.5])
def test_bad_rate_limit_is_refused_at_construction(bad: object) -> None:
    with pytest.raises((ValueError, TypeError)):
        Sandbox(rate_limit=bad)  # type: ignore[arg-type]


def test_legacy_host_takes_the_company_from_a_client_credentials_token(
    sb: Sandbox, anon: httpx.Client
) -> None:
    token = anon.post("/connect/token", data={"grant_type": "client_credentials", "client_id": "sandbox",
                                              "client_secret": "sandbox", "tenant_id": "sandbox-tenant"})
    bearer = {"Authorization": f"Bearer {token.json()['access_token']}"}
    reply = anon.get("/API/controller/api/v1/customer/10001", headers=bearer)  # no ipp-company-id
    assert reply.status_code == 200 and reply.json()["number"] == "10001"


def test_legacy_host_requires_company_header_without_a_company_in_the_token(
    sb: Sandbox, anon: httpx.Client
) -> None:
    bearer = {"Authorization": f"Bearer {sb.issue_token(company_bound=False)}"}
    reply = anon.get("/API/controller/api/v1/customer/10001", headers=bearer)
    assert reply.status_code == 400
    body = reply.json()
    assert set(body) == {"ExceptionType", "ExceptionMessage", "ExceptionFaultCode",
                         "ExceptionMessageID", "ExceptionDetails"}
    assert body["ExceptionType"] == "IPPException"
    assert body["ExceptionFaultCode"] == "12002"
    assert body["ExceptionMessageID"].startswith("12002_")
    assert "ipp-company-id" in body["ExceptionMessage"]


def test_legacy_host_serves_the_same_api(http: httpx.Client) -> None:
    headers = {"ipp-company-id": "1234", "ipp-application-type": "Visma.net Financials"}
    legacy = http.get("/API/controller/api/v1/customer", params={"pageSize": 5}, headers=headers)
    modern = http.get("/v1/customer", params={"pageSize": 5})
    assert legacy.json() == modern.json()
    created = http.post("/API/controller/api/v1/customer", json={"name": {"value": "Legacy AS"}},
                        headers=headers)
    assert created.status_code == 201
    assert "/API/controller/api/v1/customer/" in created.headers["Location"]
    assert http.get(created.headers["Location"], headers=headers).json()["name"] == "Legacy AS"


def test_legacy_host_still_needs_a_bearer(anon: httpx.Client) -> None:
    reply = anon.get("/API/controller/api/v1/customer", headers={"ipp-company-id": "1"})
    assert reply.status_code == 401


def test_a_shorter_rate_window_for_load_tests(clock: FakeClock) -> None:
    sb = Sandbox(rate_limit=2, rate_window=1.0, clock=clock, background_delay=None)
    with sb.serve() as url, httpx.Client(base_url=url, headers=sb.auth_headers()) as client:
        assert [client.get("/v1/account/1010").status_code for _ in range(3)] == [200, 200, 429]
        throttled = client.get("/v1/account/1010")
        assert throttled.headers["Retry-After"] == "1"
        assert "2 calls per 1 seconds" in throttled.json()["message"]
        clock.advance(1.0)
        assert client.get("/v1/account/1010").status_code == 200
    with pytest.raises(ValueError, match="rate_window"):
        Sandbox(rate_window=0)

"""Several tenants in one sandbox: one token per tenant (the token request's tenant_id),
separate data, separate quotas, and a tenant whose credentials fail without touching the others."""

from __future__ import annotations

import concurrent.futures
import time

import httpx
import pytest
from sandbox_support import FakeClock

from vismanet_ext import VismaNet
from vismanet_ext.sandbox import Sandbox


def token_form(tenant: str) -> dict[str, str]:
    return {"grant_type": "client_credentials", "client_id": "sandbox", "client_secret": "sandbox",
            "tenant_id": tenant}


def bearer(client: httpx.Client, tenant: str) -> dict[str, str]:
    reply = client.post("/connect/token", data=token_form(tenant))
    assert reply.status_code == 200, reply.text
    return {"Authorization": f"Bearer {reply.json()['access_token']}"}


@pytest.fixture
def multi(clock: FakeClock) -> Sandbox:
    return Sandbox(tenants=["t1", "t2", "t3"], sizes={"customer": 30}, clock=clock,
                   background_delay=None, token_lifetime=10 * 3600)


def test_the_token_requests_tenant_picks_the_data(multi: Sandbox) -> None:
    with multi.serve() as url, httpx.Client(base_url=url) as client:
        pages = {t: client.get("/v1/customer", params={"pageSize": 100}, headers=bearer(client, t)).json()
                 for t in ("t1", "t2", "t3")}
    names = {t: [c["name"] for c in page] for t, page in pages.items()}
    assert {t: len(page) for t, page in pages.items()} == {"t1": 30, "t2": 30, "t3": 30}
    assert names["t1"] != names["t2"] != names["t3"] != names["t1"]
    # Same number series per company, different companies behind them.
    assert [c["number"] for c in pages["t1"]] == [c["number"] for c in pages["t2"]]
    # The default tenant is the first listed and keeps the sandbox's seed: same data as one company.
    single = Sandbox(sizes={"customer": 30}, background_delay=None)
    assert multi.tenants == ("t1", "t2", "t3") and multi.tenant_id == "t1"
    assert [c["name"] for c in single.records("customer")] == names["t1"]
    assert multi.tenant("t2").records("customer") == [
        {k: v for k, v in c.items() if k != "metadata"} for c in pages["t2"]]


def test_writes_stay_in_their_tenant(multi: Sandbox) -> None:
    with multi.serve() as url, httpx.Client(base_url=url) as client:
        t2 = bearer(client, "t2")
        created = client.post("/v1/customer", json={"name": {"value": "Only In T2 AS"}}, headers=t2)
        assert created.status_code == 201
        key = created.headers["Location"].rsplit("/", 1)[1]
        assert client.get(f"/v1/customer/{key}", headers=t2).status_code == 200
        assert client.get(f"/v1/customer/{key}", headers=bearer(client, "t1")).status_code == 404
    assert multi.tenant("t2").count("customer") == 31
    assert multi.count("customer") == multi.tenant("t3").count("customer") == 30
    multi.tenant("t3").insert("customer", 2)
    assert (multi.count("customer"), multi.tenant("t3").count("customer")) == (30, 32)


def test_quotas_are_per_tenant(clock: FakeClock) -> None:
    sb = Sandbox(tenants={"a": {}, "b": {"rate_limit": 5}, "c": {"rate_limit": None}},
                 rate_limit=2, clock=clock, background_delay=None)
    client = sb.client()
    heads = {t: sb.auth_headers(t) for t in ("a", "b", "c")}
    statuses = {t: [client.get("/v1/account/1010", headers=h).status_code for _ in range(4)]
                for t, h in heads.items()}
    assert statuses == {"a": [200, 200, 429, 429], "b": [200] * 4, "c": [200] * 4}
    assert (sb.rate_limit_remaining("b"), sb.rate_limit_remaining("c")) == (1, None)
    sb.tenant("a").rate_limit = "test"
    reply = client.get("/v1/account/1010", headers=heads["a"])
    assert reply.status_code == 200 and reply.headers["X-RateLimit-Limit"] == "500"


def test_per_tenant_seed_and_sizes() -> None:
    sb = Sandbox(tenants={"x": {"sizes": {"customer": 3}}, "y": {"seed": 0, "sizes": {"customer": 5}}},
                 seed=0, sizes={"customer": 8}, background_delay=None)
    assert (sb.tenant("x").count("customer"), sb.tenant("y").count("customer")) == (3, 5)
    assert sb.tenant("y").count("supplier") == Sandbox(background_delay=None).count("supplier")
    names = {t: [c["name"] for c in sb.tenant(t).records("customer")] for t in ("x", "y")}
    assert names["x"] == names["y"][:3]  # both seed 0 (dates spread over each size differ)


def test_a_failing_tenant_fails_alone(multi: Sandbox) -> None:
    with multi.serve() as url, httpx.Client(base_url=url) as client:
        old_t2 = bearer(client, "t2")
        multi.fail_tenant("t2")
        refused = client.post("/connect/token", data=token_form("t2"))
        assert refused.status_code == 400 and refused.json()["error"] == "invalid_grant"
        assert client.get("/v1/customer", headers=old_t2).status_code == 401
        for other in ("t1", "t3"):
            assert client.get("/v1/customer", headers=bearer(client, other)).status_code == 200
        multi.fail_tenant("t2", "invalid_client", status=401)
        assert client.post("/connect/token", data=token_form("t2")).json()["error"] == "invalid_client"
        multi.fail_tenant("t2", status=503)
        assert client.post("/connect/token", data=token_form("t2")).status_code == 503
        multi.restore_tenant("t2")
        assert client.get("/v1/customer", headers=bearer(client, "t2")).status_code == 200
    with pytest.raises(KeyError, match="nope"):
        multi.fail_tenant("nope")


def test_a_slow_failing_tenant_does_not_hold_up_the_others() -> None:
    sb = Sandbox(tenants=["ok", "slow"], background_delay=None)
    sb.fail_tenant("slow", delay=0.5)
    with sb.serve() as url, httpx.Client(base_url=url, timeout=10) as client, \
            concurrent.futures.ThreadPoolExecutor(2) as pool:
        slow = pool.submit(client.post, "/connect/token", data=token_form("slow"))
        time.sleep(0.05)
        assert not slow.done()
        assert client.get("/v1/account/1010", headers=bearer(client, "ok")).status_code == 200
        assert not slow.done()  # the healthy tenant was served while the other one hung
        assert slow.result().status_code == 400


def test_unknown_tenants_and_bad_options(multi: Sandbox) -> None:
    with multi.serve() as url, httpx.Client(base_url=url) as client:
        assert client.post("/connect/token", data=token_form("t9")).json()["error"] == "invalid_grant"
    with pytest.raises(KeyError, match="t9"):
        multi.tenant("t9")
    with pytest.raises(ValueError, match="already exists"):
        multi.add_tenant("t2")
    for bad in ({"a": {"colour": 1}}, ["a", "a"], [""]):
        with pytest.raises(ValueError):
            Sandbox(tenants=bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Sandbox(tenants="t1")


def test_single_company_usage_is_unchanged() -> None:
    sb = Sandbox(background_delay=None)
    assert (sb.tenants, sb.tenant_id, sb.tenant().name) == (("sandbox-tenant",), "sandbox-tenant", "sandbox-tenant")
    assert sb.client_kwargs()["tenant_id"] == "sandbox-tenant"
    sb.issue_token("later-tenant")  # a token for a new tenant adds it, as before
    assert sb.tenants == ("sandbox-tenant", "later-tenant")


def test_sdk_clients_per_tenant_over_loopback(multi: Sandbox) -> None:
    multi.tenant("t3").insert("customer", 1)
    with multi.serve() as url:
        counts = {}
        for tenant in ("t1", "t3"):
            with VismaNet(base_url=url, log=False, **multi.client_kwargs(url, tenant_id=tenant)) as vn:
                counts[tenant] = sum(1 for _ in vn.paginate("GET /v1/customer", page_size=7))
    assert counts == {"t1": 30, "t3": 31}


def test_background_jobs_run_against_their_tenant(multi: Sandbox) -> None:
    client = multi.client()
    t2 = multi.auth_headers("t2")
    accepted = client.get("/v1/customer/10001", headers={**t2, "erp-api-background": "none"})
    multi.run_background_jobs()
    content = client.get(f"/v1/background/{accepted.json()['id']}/content", headers=t2)
    assert content.json()["name"] == multi.tenant("t2").record("customer", "10001")["name"]  # type: ignore[index]
    assert content.json()["name"] != multi.record("customer", "10001")["name"]  # type: ignore[index]

"""Tenants / AsyncTenants: one app registration, many companies, against the multi-tenant sandbox."""

from __future__ import annotations

import asyncio
import logging
import threading

import httpx
import pytest

from vismanet_ext.errors import AuthenticationError, InvalidArgument
from vismanet_ext.sandbox import Sandbox
from vismanet_ext.tenants import AsyncTenants, TenantClient, Tenants

CUSTOMERS = "GET /v1/customer"


@pytest.fixture
def sb() -> Sandbox:
    server = Sandbox(tenants=["t1", "t2", "t3"], sizes={"customer": 12})
    yield server
    server.close()


def _names(vn: TenantClient) -> dict[str, str]:
    return {c["number"]: c["name"] for c in vn.paginate(CUSTOMERS, page_size=5)}


def test_each_tenant_gets_its_own_token_and_its_own_data(sb: Sandbox) -> None:
    sb.tenant("t2").update("customer", "10001", name="Only In T2")
    with Tenants.sandbox(sb) as tenants:
        t1, t2 = tenants.for_tenant("t1"), tenants.for_tenant("t2")
        assert tenants.for_tenant("t1") is t1  # cached: one client, one token per tenant
        assert _names(t2)["10001"] == "Only In T2"
        assert _names(t1)["10001"] != "Only In T2"
        _names(t1)
        assert sb.token_requests == 2  # one per tenant, reused across calls
        assert tenants.tenant_ids == ["t1", "t2"]


def test_one_rate_limiter_per_tenant_shared_by_its_threads(sb: Sandbox) -> None:
    with Tenants.sandbox(sb, rate_limit=(1000, 60)) as tenants:
        assert tenants.limiter("t1") is tenants.limiter("t1")
        assert tenants.limiter("t1") is not tenants.limiter("t2")
        vn = tenants.for_tenant("t1")
        threads = [threading.Thread(target=lambda: _names(vn)) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        limiter_t1, limiter_t2 = tenants.limiter("t1"), tenants.limiter("t2")
        assert limiter_t1 is not None and limiter_t2 is not None
        assert limiter_t1.granted == 4 * 3  # 12 customers in pages of 5: 3 calls per thread
        assert limiter_t2.granted == 0  # the token request is never counted, and t2 made no call


def test_rate_limit_presets_and_bad_values(sb: Sandbox) -> None:
    with Tenants.sandbox(sb, rate_limit="production") as tenants:
        limiter = tenants.limiter("t1")
        assert limiter is not None and (limiter.calls, limiter.per_seconds) == (15_000, 3600.0)
    with pytest.raises(InvalidArgument):
        Tenants.sandbox(sb, rate_limit="fast")
    with pytest.raises(InvalidArgument):
        Tenants.sandbox(sb, rate_limit=(0, 1))
    with pytest.raises(InvalidArgument):
        Tenants("", "secret")
    with Tenants.sandbox(sb) as tenants:
        for bad in ("", "a\nb", None):
            with pytest.raises(InvalidArgument):
                tenants.for_tenant(bad)  # type: ignore[arg-type]


def test_errors_and_log_lines_name_the_tenant(sb: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    sb.fail_tenant("t3")
    with Tenants.sandbox(sb) as tenants, caplog.at_level(logging.DEBUG, logger="vismanet"):
        with pytest.raises(AuthenticationError) as info:
            tenants.for_tenant("t3").call(CUSTOMERS)
        assert info.value.tenant_id == "t3"  # type: ignore[attr-defined]
        assert "tenant: t3" in info.value.__notes__
        tenants.for_tenant("t1").call(CUSTOMERS)
    names = {r.name for r in caplog.records if "/v1/customer" in r.getMessage()}
    assert "vismanet.tenant.t1" in names


def test_a_slow_failing_tenant_does_not_block_the_others(sb: Sandbox) -> None:
    release = threading.Event()
    inner = sb.transport()

    class HoldTokenForT2(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path.endswith("/connect/token") and b"tenant_id=t2" in request.read():
                assert release.wait(30), "the test never released t2's token request"
            return inner.handle_request(request)

    creds = sb.client_kwargs()
    with Tenants(creds["client_id"], creds["client_secret"], base_url=sb.base_url,
                 token_url=creds["token_url"], transport=HoldTokenForT2()) as tenants:
        stuck = threading.Thread(target=lambda: tenants.for_tenant("t2").call(CUSTOMERS))
        stuck.start()
        try:
            # t2's token request is held; t1 and t3 fetch their tokens and data meanwhile.
            assert len(_names(tenants.for_tenant("t1"))) == 12
            assert len(_names(tenants.for_tenant("t3"))) == 12
            assert stuck.is_alive()
        finally:
            release.set()
            stuck.join()


def test_map_reports_each_tenant_and_runs_the_others(sb: Sandbox) -> None:
    sb.fail_tenant("t2")
    with Tenants.sandbox(sb) as tenants:
        outcomes = tenants.map(lambda vn: len(_names(vn)), ["t1", "t2", "t3"], max_workers=3)
    assert [o.tenant_id for o in outcomes] == ["t1", "t2", "t3"]
    assert [o.value for o in outcomes] == [12, None, 12]
    assert isinstance(outcomes[1].error, AuthenticationError)
    assert not outcomes[1].ok and outcomes[0].ok


def test_one_shared_pool_closed_only_by_the_tenants_object(sb: Sandbox) -> None:
    closed: list[bool] = []
    inner = sb.transport()

    class Pool(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return inner.handle_request(request)

        def close(self) -> None:
            closed.append(True)

    creds = sb.client_kwargs()
    tenants = Tenants(creds["client_id"], creds["client_secret"], base_url=sb.base_url,
                      token_url=creds["token_url"], transport=Pool())
    t1 = tenants.for_tenant("t1")
    t1.call(CUSTOMERS)
    t1.close()
    assert closed == []
    tenants.for_tenant("t2").call(CUSTOMERS)  # still served by the same pool
    tenants.close()
    assert closed == [True]
    with pytest.raises(InvalidArgument):
        tenants.for_tenant("t3")


def test_over_real_http(sb: Sandbox) -> None:
    with sb.serve(port=0) as url:
        creds = sb.client_kwargs(url)
        with Tenants(creds["client_id"], creds["client_secret"], base_url=url,
                     token_url=creds["token_url"]) as tenants:
            outcomes = tenants.map(lambda vn: len(_names(vn)), ["t1", "t2", "t3"], max_workers=3)
    assert [o.value for o in outcomes] == [12, 12, 12]


def test_async_twin(sb: Sandbox) -> None:
    sb.fail_tenant("t3")

    async def count(vn: object) -> int:
        n = 0
        async for _ in vn.paginate(CUSTOMERS, page_size=5):  # type: ignore[attr-defined]
            n += 1
        return n

    async def main() -> list[object]:
        async with AsyncTenants.sandbox(sb, rate_limit=(1000, 60)) as tenants:
            assert tenants.for_tenant("t1") is tenants.for_tenant("t1")
            return list(await tenants.gather(count, ["t1", "t2", "t3"], max_concurrency=2))

    outcomes = asyncio.run(main())
    assert [o.value for o in outcomes] == [12, 12, None]  # type: ignore[attr-defined]
    error = outcomes[2].error  # type: ignore[attr-defined]
    assert isinstance(error, AuthenticationError) and error.tenant_id == "t3"  # type: ignore[attr-defined]

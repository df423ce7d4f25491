"""Per-call options: with_options(), timeout= per call, http_client=/transport=/proxy= and sandbox() keywords."""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Iterator

import httpx
import pytest

from vismanet_ext.client import DEFAULT_TIMEOUT, AsyncVismaNet, VismaNet
from vismanet_ext.errors import InvalidArgument, NetworkError, ServerError
from vismanet_ext.sandbox import Sandbox
from vismanet_ext.transports import RateLimiter, RetryPolicy

from ._proxy import ForwardProxy

FAST_RETRY = RetryPolicy(max_attempts=3, backoff_base=0.0, jitter=0.0)


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    with ForwardProxy() as server:
        yield server


def _client(sb: Sandbox, base_url: str, **kwargs: object) -> VismaNet:
    return VismaNet(base_url=base_url, log=False, **sb.client_kwargs(base_url), **kwargs)  # type: ignore[arg-type]


def _api_paths(sb: Sandbox) -> list[str]:
    return [r.path for r in sb.request_log if not r.path.endswith("/connect/token")]


# -- with_options -------------------------------------------------------------------------------------


def test_with_options_shares_auth_and_pool_and_adds_headers(sb: Sandbox, base_url: str) -> None:
    with _client(sb, base_url, retry=FAST_RETRY) as vn:
        vn.call("GET /v1/customer/{customerCd}", customerCd="10001")
        light = vn.with_options(headers={"X-Correlation-Id": "job-7"}, timeout=5)
        assert light.call("GET /v1/customer/{customerCd}", customerCd="10002").status_code == 200
        assert sb.token_requests == 1  # the light client reused the parent's token
        assert sb.request_log[-1].headers.get("x-correlation-id") == "job-7"
        assert light.http.timeout == httpx.Timeout(5.0)
        light.close()  # leaves the shared pool open
        assert vn.call("GET /v1/customer/{customerCd}", customerCd="10003").status_code == 200
        assert "x-correlation-id" not in sb.request_log[-1].headers
        assert vn.http.timeout == DEFAULT_TIMEOUT == httpx.Timeout(60.0, connect=10.0)


def test_with_options_retry_applies_to_the_light_client_only(sb: Sandbox, base_url: str) -> None:
    with _client(sb, base_url, retry=FAST_RETRY) as vn:
        vn.call("GET /v1/customer")  # fetch the token first
        sb.faults.fail_next(1, status=503)
        with pytest.raises(ServerError):
            vn.with_options(retry=None).call("GET /v1/customer")
        sb.faults.fail_next(1, status=503)
        assert vn.call("GET /v1/customer").status_code == 200  # the parent still retries


def test_with_options_shares_the_throttle(sb: Sandbox, base_url: str) -> None:
    limiter = RateLimiter(1000, 3600)
    with _client(sb, base_url, rate_limit=limiter) as vn:
        assert vn.with_options(timeout=5)._settings.rate_limiter is limiter


def test_with_options_checks_its_arguments(sb: Sandbox, base_url: str) -> None:
    with _client(sb, base_url) as vn:
        with pytest.raises(InvalidArgument, match="timeout must be"):
            vn.with_options(timeout=-1)
        with pytest.raises(InvalidArgument, match="retry must be a RetryPolicy"):
            vn.with_options(retry=3)  # type: ignore[arg-type]
        with pytest.raises(InvalidArgument, match="header X-A"):
            vn.with_options(headers={"X-A": "a\r\nb"})


# -- per-call timeout ----------------------------------------------------------------------------------


def test_timeout_per_call(sb: Sandbox, base_url: str) -> None:
    with _client(sb, base_url, retry=None) as vn:
        vn.call("GET /v1/customer")
        sb.faults.latency = 1.0
        with pytest.raises(NetworkError, match="ReadTimeout|timed out"):
            vn.call("GET /v1/customer", timeout=0.05)
        with pytest.raises(NetworkError):
            vn.with_options(timeout=0.05).call("GET /v1/customer")
        sb.faults.latency = 0.0
        r = vn.call("GET /v1/customer", timeout=httpx.Timeout(30.0, connect=2.0))
        assert r.raw.request.extensions["timeout"] == {"connect": 2.0, "read": 30.0, "write": 30.0, "pool": 30.0}
        assert vn.call("GET /v1/customer").raw.request.extensions["timeout"]["read"] == 60.0
        with pytest.raises(InvalidArgument, match="timeout must be"):
            vn.call("GET /v1/customer", timeout="soon")


# -- what requests go through ---------------------------------------------------------------------------


def test_proxy_argument_sends_everything_through_the_proxy(sb: Sandbox, base_url: str, proxy: ForwardProxy) -> None:
    with _client(sb, base_url, proxy=proxy.url) as vn:
        assert vn.call("GET /v1/customer/{customerCd}", customerCd="10001").value["number"] == "10001"
    assert proxy.seen == [("POST", f"{base_url}/connect/token"), ("GET", f"{base_url}/v1/customer/10001")]


def test_proxy_from_the_environment(
    sb: Sandbox, base_url: str, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "HTTPS_PROXY", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    with _client(sb, base_url) as vn:
        vn.call("GET /v1/customer")
    assert [method for method, _ in proxy.seen] == ["POST", "GET"]
    with _client(sb, base_url, trust_env=False) as vn:
        vn.call("GET /v1/customer")
    assert len(proxy.seen) == 2  # trust_env=False ignores the variables
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with _client(sb, base_url) as vn:
        vn.call("GET /v1/customer")
    assert len(proxy.seen) == 2  # NO_PROXY is honoured as httpx reads it


def test_http_client_keeps_the_sdk_layers_and_stays_open(sb: Sandbox, base_url: str, proxy: ForwardProxy) -> None:
    seen: list[str] = []
    mine = httpx.Client(proxy=proxy.url, event_hooks={"request": [lambda r: seen.append(r.url.path)]})
    with _client(sb, base_url, http_client=mine, retry=FAST_RETRY) as vn:
        vn.call("GET /v1/customer")
        sb.faults.fail_next(1, status=503)
        assert vn.call("GET /v1/customer/{customerCd}", customerCd="10001").status_code == 200  # retried
    # the SDK's token flow and its retry both ran through the client given
    assert seen == ["/connect/token", "/v1/customer", "/v1/customer/10001", "/v1/customer/10001"]
    assert len(proxy.seen) == 4 and not mine.is_closed
    mine.close()


def test_transport_injection(sb: Sandbox) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        return httpx.Response(200, json=[{"number": "1"}])

    with VismaNet(token="t", transport=httpx.MockTransport(handler), log=False) as vn:
        assert vn.call("GET /v1/customer").value == [{"number": "1"}]
    assert calls == ["/v1/customer"]


def test_bad_mixes_are_refused() -> None:
    with pytest.raises(InvalidArgument, match="at most one of transport=, proxy=, http_client="):
        VismaNet(token="t", proxy="http://p:1", transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    with pytest.raises(InvalidArgument, match="http_client must be an httpx.Client"):
        VismaNet(token="t", http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    closed = httpx.Client()
    closed.close()
    with pytest.raises(InvalidArgument, match="already closed"):
        VismaNet(token="t", http_client=closed)
    with pytest.raises(InvalidArgument, match="proxy must be"):
        VismaNet(token="t", proxy=3128)  # type: ignore[arg-type]


def test_async_twin_takes_the_same_options(sb: Sandbox, base_url: str, proxy: ForwardProxy) -> None:
    async def main() -> None:
        mine = httpx.AsyncClient()
        async with AsyncVismaNet(base_url=base_url, log=False, http_client=mine, **sb.client_kwargs(base_url)) as avn:
            light = avn.with_options(headers={"X-Job": "a"}, retry=None)
            assert (await light.call("GET /v1/customer", timeout=5)).status_code == 200
        assert not mine.is_closed
        await mine.aclose()
        async with AsyncVismaNet(base_url=base_url, log=False, proxy=proxy.url, **sb.client_kwargs(base_url)) as avn:
            await avn.call("GET /v1/customer")

    asyncio.run(main())
    assert sb.token_requests == 2 and len(proxy.seen) == 2


# -- VismaNet.sandbox(...) keywords ---------------------------------------------------------------------


def test_sandbox_settings_and_client_options_are_separate() -> None:
    with VismaNet.sandbox(sandbox={"sizes": {"customer": 3}, "rate_limit": 2}, retry=None, rate_limit=(100, 1)) as vn:
        assert len(vn.call("GET /v1/customer").value) == 3
        assert vn._settings.retry is None and vn._settings.rate_limiter is not None
        vn.call("GET /v1/customer")
        with pytest.raises(Exception, match="429|Too Many"):
            vn.call("GET /v1/customer")  # the sandbox's quota of 2 calls, retries off


def test_sandbox_old_forms_keep_working() -> None:
    with VismaNet.sandbox(sizes={"customer": 4}, retry=None, app_name="old-form") as vn:  # no TypeError any more
        assert len(vn.call("GET /v1/customer").value) == 4
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with VismaNet.sandbox(rate_limit="test") as vn:
            assert vn.sandbox_server is not None
    assert any(issubclass(w.category, DeprecationWarning) and "sandbox={'rate_limit'" in str(w.message) for w in caught)


def test_sandbox_keyword_mistakes_are_clear() -> None:
    with pytest.raises(InvalidArgument, match="sizes: sandbox settings go inside sandbox="):
        VismaNet.sandbox(sandbox={}, sizes={"customer": 1})
    with pytest.raises(InvalidArgument, match="unknown sandbox setting"):
        VismaNet.sandbox(sandbox={"size": 1})
    with pytest.raises(InvalidArgument, match="unknown keyword 'retries'"):
        VismaNet.sandbox(retries=3)


def test_a_sandbox_passed_in_stays_open() -> None:
    server = Sandbox(sizes={"customer": 2})
    with VismaNet.sandbox(sandbox=server, retry=None) as vn:
        assert vn.sandbox_server is server
        assert len(vn.call("GET /v1/customer").value) == 2
    with VismaNet.sandbox(server) as again:  # still usable after the first client closed
        assert len(again.call("GET /v1/customer").value) == 2
    server.close()


def test_async_sandbox_takes_client_options() -> None:
    async def main() -> int:
        async with AsyncVismaNet.sandbox(sandbox={"sizes": {"customer": 2}}, retry=None) as avn:
            return len((await avn.call("GET /v1/customer")).value)

    assert asyncio.run(main()) == 2


def test_cli_sandbox_passes_its_settings_as_sandbox_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    from vismanet_ext.cli.args import build_parser
    from vismanet_ext.cli.connect import connect

    monkeypatch.setenv("VISMANET_SANDBOX_RATE_LIMIT", "100")
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)  # the old form would warn about rate_limit=
        vn = connect(build_parser().parse_args(["get", "customer", "10001", "--sandbox", "-q"]))
    with vn:
        assert vn.sandbox_server is not None and vn._settings.rate_limiter is None  # the server's quota only
        assert vn.call("GET /v1/customer/{customerCd}", customerCd="10001").headers["x-ratelimit-limit"] == "100"

"""Fault knobs, the in-process transports' parity with loopback HTTP, and the server's lifecycle."""

from __future__ import annotations

import socket

import httpx
import pytest

from vismanet_ext.sandbox import Sandbox, SandboxRequest


def test_fail_next_returns_errors_then_recovers(sb: Sandbox, http: httpx.Client) -> None:
    sb.faults.fail_next(2, status=503, retry_after=1.5)
    first, second, third = (http.get("/v1/customer/10001") for _ in range(3))
    assert first.status_code == second.status_code == 503
    assert first.headers["Retry-After"] == "1.5"
    assert first.json() == {"message": "Service Unavailable"}
    assert third.status_code == 200
    assert [entry.status for entry in sb.request_log[-3:]] == [503, 503, 200]


def test_fail_next_500_and_path_filter(sb: Sandbox, http: httpx.Client) -> None:
    sb.faults.fail_next(1, status=500, path="/v1/supplier")
    assert http.get("/v1/customer/10001").status_code == 200
    failed = http.get("/v1/supplier/50001")
    assert failed.status_code == 500
    assert failed.json() == {"message": "An error has occurred."}
    assert http.get("/v1/supplier/50001").status_code == 200


def test_failed_requests_do_not_spend_the_budget() -> None:
    sb = Sandbox(rate_limit=1, background_delay=None)
    client = sb.client(headers=sb.auth_headers())
    sb.faults.fail_next(3)
    assert [client.get("/v1/account/1010").status_code for _ in range(4)] == [503, 503, 503, 200]


def test_drop_next_closes_the_socket_over_http(sb: Sandbox, http: httpx.Client) -> None:
    sb.faults.drop_next(1)
    with pytest.raises(httpx.RemoteProtocolError):
        http.get("/v1/customer/10001")
    assert http.get("/v1/customer/10001").status_code == 200
    assert sb.request_log[-2].status == 0


def test_drop_next_raises_in_process_too(sb: Sandbox) -> None:
    client = sb.client(headers=sb.auth_headers())
    sb.faults.drop_next(2)
    for _ in range(2):
        with pytest.raises(httpx.RemoteProtocolError, match="disconnected"):
            client.get("/v1/customer/10001")
    assert client.get("/v1/customer/10001").status_code == 200


def test_latency_is_applied_to_every_request(sb: Sandbox, http: httpx.Client) -> None:
    slept: list[float] = []
    sb.faults.sleep = slept.append  # observe instead of timing
    sb.faults.latency = 0.25
    http.get("/v1/customer/10001")
    http.post("/connect/token", data={})
    assert slept == [0.25, 0.25]
    sb.faults.latency = 0
    http.get("/v1/customer/10001")
    assert slept == [0.25, 0.25]


def test_latency_really_sleeps_through_the_default_sleeper(sb: Sandbox) -> None:
    sb.faults.latency = 0.01
    client = sb.client(headers=sb.auth_headers())
    assert client.get("/v1/customer/10001").status_code == 200


@pytest.mark.parametrize("bad", [-1, "1", True])
def test_bad_fault_settings_are_refused(sb: Sandbox, bad: object) -> None:
    with pytest.raises(ValueError):
        sb.faults.latency = bad  # type: ignore[assignment]
    with pytest.raises(ValueError):
        sb.faults.fail_next(0)
    with pytest.raises(ValueError):
        sb.faults.fail_next(1, status=404)
    with pytest.raises(ValueError):
        sb.faults.drop_next(-2)


def test_after_list_call_runs_arbitrary_actions(sb: Sandbox, http: httpx.Client) -> None:
    seen: list[int] = []
    sb.faults.after_list_call(2, lambda: seen.append(sb.count("customer")), resource="customer")
    http.get("/v1/supplier", params={"pageSize": 1})
    http.get("/v1/customer", params={"pageSize": 1})
    assert seen == []
    http.get("/v1/customer", params={"pageSize": 1})
    assert seen == [300]
    http.get("/v1/customer", params={"pageSize": 1})
    assert seen == [300]  # runs once


PARITY = [
    ("GET", "/v1/customer?pageSize=3&pageNumber=2", None),
    ("GET", "/v1/customer/10001", None),
    ("GET", "/v1/customer/none", None),
    ("GET", "/v1/customer?lastModifiedDateTime=2024-01-01Z&lastModifiedDateTimeCondition=%3E", None),
    ("POST", "/v1/customer", b'{"name": {"value": "Twin"}}'),
    ("GET", "/v1/nowhere", None),
]


def _normalise(response: httpx.Response, base: str) -> tuple[int, str, dict[str, str]]:
    keep = {k: v.replace(base, "BASE") for k, v in response.headers.items()
            if k.lower() in ("content-type", "location", "etag", "www-authenticate")}
    return response.status_code, response.text.replace(base, "BASE"), keep


def test_in_process_transport_matches_loopback_http() -> None:
    twins = [Sandbox(seed=3, background_delay=None) for _ in range(2)]
    results = []
    with twins[1].serve() as url:
        for sandbox, base in ((twins[0], twins[0].base_url), (twins[1], url)):
            transport = sandbox.transport() if base == sandbox.base_url else None
            with httpx.Client(base_url=base, transport=transport,
                              headers={**sandbox.auth_headers(),
                                       "Content-Type": "application/json"}) as client:
                results.append([
                    _normalise(client.request(method, path, content=body), base)
                    for method, path, body in PARITY
                ])
    assert results[0] == results[1]


@pytest.mark.anyio
async def test_async_transport_serves_the_same_data(sb: Sandbox) -> None:
    async with httpx.AsyncClient(transport=sb.async_transport(), base_url=sb.base_url,
                                 headers=sb.auth_headers()) as client:
        page = await client.get("/v1/customer", params={"pageSize": 5})
        created = await client.post("/v1/customer", json={"name": {"value": "Async AS"}})
        fetched = await client.get(created.headers["Location"])
        upload = await client.post("/v1/customerinvoice/000001/attachment",
                                   files={"file": ("a.txt", b"async bytes", "text/plain")})
    assert [r["number"] for r in page.json()] == sb.keys("customer")[:5]
    assert created.status_code == 201
    assert fetched.json()["name"] == "Async AS"
    assert upload.status_code == 201
    sb.faults.drop_next(1)
    async with httpx.AsyncClient(transport=sb.async_transport(), base_url=sb.base_url) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get("/v1/customer")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_handle_is_callable_directly(sb: Sandbox) -> None:
    request = SandboxRequest.build("GET", "/v1/account/1010", {"Authorization": f"Bearer {sb.issue_token()}"})
    response = sb.handle(request)
    assert response.status == 200
    assert b'"accountCD":"1010"' in response.body


def test_serve_binds_loopback_and_shuts_down_cleanly(sb: Sandbox) -> None:
    with sb.serve() as url:
        assert url.startswith("http://127.0.0.1:")
        port = int(url.rsplit(":", 1)[1])
        with httpx.Client(base_url=url, headers=sb.auth_headers()) as client:
            replies = [client.get("/v1/customer/10001") for _ in range(5)]  # keep-alive reuse
            assert all(r.status_code == 200 for r in replies)
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_serve_shuts_down_with_an_idle_keep_alive_connection(sb: Sandbox) -> None:
    with sb.serve() as url:
        client = httpx.Client(base_url=url, headers=sb.auth_headers())
        assert client.get("/v1/customer/10001").status_code == 200  # leaves an idle pooled connection
    # Leaving serve() did not wait for the client; the connection is gone with the server.
    with pytest.raises((httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError)):
        client.get("/v1/customer/10001")
    client.close()


def test_two_sandboxes_serve_side_by_side() -> None:
    a, b = Sandbox(seed=1, background_delay=None), Sandbox(seed=2, background_delay=None)
    with a.serve() as url_a, b.serve() as url_b:
        assert url_a != url_b
        name_a = httpx.get(f"{url_a}/v1/customer/10000", headers=a.auth_headers()).json()["name"]
        name_b = httpx.get(f"{url_b}/v1/customer/10000", headers=b.auth_headers()).json()["name"]
    assert (name_a, name_b) == (a.record("customer", "10000")["name"],  # type: ignore[index]
                                b.record("customer", "10000")["name"])  # type: ignore[index]


def test_no_unexpected_server_errors(sb: Sandbox, http: httpx.Client) -> None:
    for path in ("/v1/customer", "/v1/supplierInvoice", "/v2/salesorder", "/v1/inventory",
                 "/v1/customerPayment", "/v1/supplierPayment", "/v1/account"):
        assert http.get(path, params={"pageSize": 50}).status_code == 200
    assert sb.errors == []


def test_a_client_hanging_up_mid_response_is_not_reported_as_a_server_error(
    capfd: pytest.CaptureFixture[str],
) -> None:
    import time
    from urllib.parse import urlsplit

    sb = Sandbox(seed=1, sizes={"customer": 1000})
    sb.faults.latency = 0.2
    with sb, sb.serve(port=0) as url:
        host, port = urlsplit(url).hostname, urlsplit(url).port
        token = sb.issue_token()
        for _ in range(3):
            with socket.create_connection((host, port)) as conn:  # type: ignore[arg-type]
                conn.sendall(
                    f"GET /v1/customer?pageSize=1000 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n\r\n".encode()
                )
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            time.sleep(0.4)  # the server answers into a closed connection
        with httpx.Client(base_url=url, headers=sb.auth_headers()) as client:
            assert client.get("/v1/customer", params={"pageSize": 1}).status_code == 200
    err = capfd.readouterr().err
    assert "Traceback" not in err and "BrokenPipe" not in err and "ConnectionReset" not in err

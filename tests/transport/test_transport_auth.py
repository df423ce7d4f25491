"""BearerToken and ClientCredentials over loopback: caching, concurrency, 401 refresh, errors, secrecy."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from vismanet_ext.auth import DEFAULT_SCOPE, BearerToken, ClientCredentials
from vismanet_ext.errors import (
    AuthenticationError,
    InvalidArgument,
    ServerError,
    error_from_response,
)
from vismanet_ext.transports import (
    RateLimiter,
    RetryPolicy,
    build_transport,
    extensions,
)

from ._loopback import LoopbackServer, Reply, Seen

SECRET = "s3cr3t-client-secret-value-0001"
TOKEN_PREFIX = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.token-number-"


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class AuthServer:
    """Token endpoint at /connect/token plus an API at /v1/... that checks the bearer token."""

    def __init__(
        self,
        *,
        token_delay: float = 0.0,
        expires_in: Any = 3600,
        token_replies: list[Reply] | None = None,
    ) -> None:
        self.token_delay = token_delay
        self.expires_in = expires_in
        self.token_replies = list(token_replies or [])
        self.issued: list[str] = []
        self.revoked: set[str] = set()
        self.reject_all = False
        self.token_requests: list[Seen] = []
        self.api_requests: list[Seen] = []
        self._lock = threading.Lock()
        self.server = LoopbackServer(self.respond)

    @property
    def token_url(self) -> str:
        return self.server.url + "/connect/token"

    @property
    def api(self) -> str:
        return self.server.url + "/v1/customer"

    def respond(self, seen: Seen) -> Reply:
        if seen.path == "/connect/token":
            with self._lock:
                self.token_requests.append(seen)
                if self.token_replies:
                    return self.token_replies.pop(0)
                token = f"{TOKEN_PREFIX}{len(self.issued) + 1}"
                self.issued.append(token)
            body = {"access_token": token, "token_type": "Bearer", "expires_in": self.expires_in}
            return Reply(200, body, delay=self.token_delay)
        with self._lock:
            self.api_requests.append(seen)
        auth = seen.header("Authorization") or ""
        token = auth.removeprefix("Bearer ")
        if self.reject_all or token in self.revoked or token not in self.issued:
            return Reply(401, {"message": "Authorization has been denied for this request."})
        return Reply(200, {"ok": True})

    def close(self) -> None:
        self.server.close()


@pytest.fixture
def auth_server() -> Iterator[AuthServer]:
    server = AuthServer()
    yield server
    server.close()


def credentials(server: AuthServer, **kwargs: Any) -> ClientCredentials:
    return ClientCredentials("my-client", SECRET, "tenant-42", token_url=server.token_url, **kwargs)


def api_tokens(server: AuthServer) -> list[str]:
    return [(s.header("Authorization") or "").removeprefix("Bearer ") for s in server.api_requests]


# -- BearerToken ------------------------------------------------------------------------------


def test_bearer_token_sets_the_header_and_hides_it() -> None:
    with LoopbackServer([Reply(200)]) as server:
        auth = BearerToken("static-token-value-123")
        with httpx.Client(auth=auth) as c:
            c.get(server.url + "/v1/customer")
    assert server.seen[0].header("Authorization") == "Bearer static-token-value-123"
    assert "static-token-value-123" not in repr(auth)
    with pytest.raises(InvalidArgument):
        BearerToken("")


# -- the token request ---------------------------------------------------------------------------


def test_token_request_sends_the_client_credentials_form(auth_server: AuthServer) -> None:
    with httpx.Client(auth=credentials(auth_server)) as c:
        assert c.get(auth_server.api).status_code == 200
    [token_request] = auth_server.token_requests
    assert token_request.method == "POST"
    assert token_request.header("Content-Type") == "application/x-www-form-urlencoded"
    assert token_request.form() == {
        "grant_type": "client_credentials",
        "client_id": "my-client",
        "client_secret": SECRET,
        "tenant_id": "tenant-42",
        "scope": DEFAULT_SCOPE,
    }
    assert DEFAULT_SCOPE.split() == [
        "vismanet_erp_service_api:read",
        "vismanet_erp_service_api:create",
        "vismanet_erp_service_api:update",
        "vismanet_erp_service_api:delete",
    ]
    assert token_request.header("Authorization") is None
    assert api_tokens(auth_server) == [auth_server.issued[0]]


def test_scope_may_be_a_list(auth_server: AuthServer) -> None:
    auth = credentials(auth_server, scope=["vismanet_erp_service_api:read", "vismanet_erp_service_api:create"])
    with httpx.Client(auth=auth) as c:
        c.get(auth_server.api)
    assert auth_server.token_requests[0].form()["scope"] == (
        "vismanet_erp_service_api:read vismanet_erp_service_api:create"
    )


def test_token_is_cached_until_expiry_minus_skew(auth_server: AuthServer) -> None:
    clock = FakeClock(1000.0)
    with httpx.Client(auth=credentials(auth_server, clock=clock, expiry_skew=60)) as c:
        c.get(auth_server.api)
        clock.now = 1000.0 + 3600 - 61
        c.get(auth_server.api)
        assert len(auth_server.token_requests) == 1
        clock.now = 1000.0 + 3600 - 59
        c.get(auth_server.api)
    assert len(auth_server.token_requests) == 2
    assert api_tokens(auth_server) == [auth_server.issued[0], auth_server.issued[0], auth_server.issued[1]]


def test_skew_is_capped_at_half_a_short_lifetime() -> None:
    server = AuthServer(expires_in=60)
    clock = FakeClock(0.0)
    try:
        with httpx.Client(auth=credentials(server, clock=clock, expiry_skew=300)) as c:
            c.get(server.api)
            clock.now = 29.0
            c.get(server.api)
            assert len(server.token_requests) == 1
            clock.now = 31.0
            c.get(server.api)
            assert len(server.token_requests) == 2
    finally:
        server.close()


def test_invalidate_forces_a_new_token(auth_server: AuthServer) -> None:
    auth = credentials(auth_server)
    with httpx.Client(auth=auth) as c:
        c.get(auth_server.api)
        auth.invalidate()
        c.get(auth_server.api)
    assert len(auth_server.token_requests) == 2


# -- concurrency: one token request for many simultaneous callers -------------------------------


def test_twenty_threads_share_one_token_request() -> None:
    server = AuthServer(token_delay=0.2)
    statuses: list[int] = []
    barrier = threading.Barrier(20)
    try:
        with httpx.Client(auth=credentials(server)) as c:

            def call() -> None:
                barrier.wait()
                statuses.append(c.get(server.api).status_code)

            threads = [threading.Thread(target=call) for _ in range(20)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
    finally:
        server.close()
    assert statuses == [200] * 20
    assert len(server.token_requests) == 1
    assert len(server.api_requests) == 20


def test_twenty_tasks_share_one_token_request() -> None:
    server = AuthServer(token_delay=0.2)

    async def main() -> list[int]:
        async with httpx.AsyncClient(auth=credentials(server)) as c:
            responses = await asyncio.gather(*(c.get(server.api) for _ in range(20)))
        return [r.status_code for r in responses]

    try:
        assert asyncio.run(main()) == [200] * 20
    finally:
        server.close()
    assert len(server.token_requests) == 1
    assert len(server.api_requests) == 20


def test_same_auth_object_works_across_event_loops(auth_server: AuthServer) -> None:
    auth = credentials(auth_server)

    async def main() -> int:
        async with httpx.AsyncClient(auth=auth) as c:
            return (await c.get(auth_server.api)).status_code

    assert asyncio.run(main()) == 200
    auth.invalidate()
    assert asyncio.run(main()) == 200
    assert len(auth_server.token_requests) == 2


# -- 401: refresh once and resend once -------------------------------------------------------


def test_401_refreshes_the_token_once_and_resends(auth_server: AuthServer) -> None:
    with httpx.Client(auth=credentials(auth_server)) as c:
        c.get(auth_server.api)
        auth_server.revoked.add(auth_server.issued[0])  # e.g. revoked server-side before expiry
        response = c.post(auth_server.api, json={"name": "Acme"}, headers={"If-Match": '"3"'})
    assert response.status_code == 200
    assert len(auth_server.token_requests) == 2
    assert api_tokens(auth_server) == [auth_server.issued[0], auth_server.issued[0], auth_server.issued[1]]
    first, resent = auth_server.api_requests[1:]
    assert resent.body == first.body == b'{"name":"Acme"}'
    assert resent.header("If-Match") == '"3"'


def test_a_second_401_is_returned_to_the_caller(auth_server: AuthServer) -> None:
    auth_server.reject_all = True
    with httpx.Client(auth=credentials(auth_server)) as c:
        response = c.get(auth_server.api)
    assert response.status_code == 401
    assert len(auth_server.token_requests) == 2
    assert len(auth_server.api_requests) == 2
    err = error_from_response(response)
    assert isinstance(err, AuthenticationError)
    assert err.message == "Authorization has been denied for this request."


def test_401_with_a_one_shot_body_is_not_resent(auth_server: AuthServer) -> None:
    def body() -> Iterator[bytes]:
        yield b"data"

    auth_server.reject_all = True
    with httpx.Client(auth=credentials(auth_server)) as c:
        response = c.put(auth_server.api, content=body())
    assert response.status_code == 401
    assert len(auth_server.api_requests) == 1
    assert len(auth_server.token_requests) == 1


def test_concurrent_401s_from_threads_share_one_refresh() -> None:
    server = AuthServer()
    try:
        with httpx.Client(auth=credentials(server)) as c:
            c.get(server.api)
            server.revoked.add(server.issued[0])
            server.token_delay = 0.2
            barrier = threading.Barrier(20)
            statuses: list[int] = []

            def call() -> None:
                barrier.wait()
                statuses.append(c.get(server.api).status_code)

            threads = [threading.Thread(target=call) for _ in range(20)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
    finally:
        server.close()
    assert statuses == [200] * 20
    assert len(server.token_requests) == 2


def test_concurrent_401s_from_tasks_share_one_refresh() -> None:
    server = AuthServer()

    async def main() -> list[int]:
        async with httpx.AsyncClient(auth=credentials(server)) as c:
            await c.get(server.api)
            server.revoked.add(server.issued[0])
            server.token_delay = 0.2
            responses = await asyncio.gather(*(c.get(server.api) for _ in range(20)))
        return [r.status_code for r in responses]

    try:
        assert asyncio.run(main()) == [200] * 20
    finally:
        server.close()
    assert len(server.token_requests) == 2
    assert api_tokens(server).count(server.issued[0]) == 21  # the priming call and 20 rejected ones


# -- token endpoint failures -------------------------------------------------------------------


def test_token_endpoint_rejection_raises_authentication_error() -> None:
    error = {"error": "invalid_client", "error_description": "Client authentication failed"}
    server = AuthServer(token_replies=[Reply(400, error)])
    try:
        with httpx.Client(auth=credentials(server)) as c:
            with pytest.raises(AuthenticationError) as info:
                c.get(server.api)
    finally:
        server.close()
    err = info.value
    assert err.status_code == 400
    assert err.message == "invalid_client: Client authentication failed"
    assert str(err) == f"400 Bad Request: POST {server.token_url}: invalid_client: Client authentication failed"
    assert SECRET not in str(err) + repr(err) + err.body
    assert server.api_requests == []


def test_token_endpoint_5xx_raises_server_error_after_retries() -> None:
    server = AuthServer(token_replies=[Reply(503), Reply(503)])
    waits: list[float] = []
    try:
        transport = build_transport(retry=RetryPolicy(max_attempts=2, sleep=waits.append), log=False)
        with httpx.Client(auth=credentials(server), transport=transport) as c:
            with pytest.raises(ServerError) as info:
                c.get(server.api)
    finally:
        server.close()
    assert info.value.status_code == 503
    assert info.value.retries == 1
    assert len(server.token_requests) == 2  # the POST token request is retried: asking twice is harmless


def test_token_response_without_access_token_is_an_authentication_error() -> None:
    server = AuthServer(token_replies=[Reply(200, {"token_type": "Bearer"}), Reply(200, "not json")])
    try:
        with httpx.Client(auth=credentials(server)) as c:
            for _ in range(2):
                with pytest.raises(AuthenticationError, match="without an access_token"):
                    c.get(server.api)
    finally:
        server.close()


def test_missing_or_bad_expires_in_defaults_to_an_hour() -> None:
    server = AuthServer(expires_in="soon")
    clock = FakeClock(0.0)
    try:
        with httpx.Client(auth=credentials(server, clock=clock)) as c:
            c.get(server.api)
            clock.now = 3000.0
            c.get(server.api)
    finally:
        server.close()
    assert len(server.token_requests) == 1


# -- the token request goes through the client's own transport stack ---------------------------


def test_token_request_works_through_an_in_process_transport() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/connect/token":
            return httpx.Response(200, json={"access_token": "in-process-token-1", "expires_in": 3600})
        assert request.headers["Authorization"] == "Bearer in-process-token-1"
        return httpx.Response(200, json=[])

    auth = ClientCredentials("id", SECRET, "t", token_url="https://connect.visma.com/connect/token")
    with httpx.Client(auth=auth, transport=httpx.MockTransport(handler), base_url="https://api.finance.visma.net") as c:
        assert c.get("/v1/customer").json() == []
    token_request = seen[0]
    assert token_request.url == "https://connect.visma.com/connect/token"
    assert token_request.extensions[extensions.TOKEN_REQUEST] is True
    assert token_request.extensions[extensions.IDEMPOTENT] is True
    assert token_request.extensions[extensions.NO_RATE_LIMIT] is True
    assert token_request.extensions["timeout"]["read"] == 30.0


def test_token_request_does_not_use_a_rate_limiter_slot(auth_server: AuthServer) -> None:
    def no_sleep(seconds: float) -> None:
        raise AssertionError(f"rate limiter waited {seconds} s")

    limiter = RateLimiter(1, 3600, sleep=no_sleep)
    transport = build_transport(rate_limiter=limiter)
    with httpx.Client(auth=credentials(auth_server), transport=transport) as c:
        assert c.get(auth_server.api).status_code == 200
    assert limiter.granted == 1
    assert len(auth_server.token_requests) == 1


# -- validation and secrecy ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"client_id": ""},
        {"client_secret": "  "},
        {"tenant_id": None},
        {"client_id": "a\r\nX-Evil: 1"},
        {"scope": ""},
        {"scope": [1, 2]},
        {"token_url": "http://connect.visma.com/connect/token"},
        {"token_url": "connect.visma.com/connect/token"},
        {"token_url": "ftp://connect.visma.com/token"},
        {"expiry_skew": -1},
        {"token_timeout": 0},
    ],
)
def test_bad_arguments_are_refused_up_front(kwargs: dict[str, Any]) -> None:
    values: dict[str, Any] = dict(client_id="id", client_secret=SECRET, tenant_id="t")
    values.update(kwargs)
    with pytest.raises(InvalidArgument) as info:
        ClientCredentials(**values)
    assert SECRET not in str(info.value)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/connect/token",
        "http://localhost/connect/token",
        "http://sandbox.vismanet.local/connect/token",
        "http://auth.test/connect/token",
    ],
)
def test_plain_http_token_url_is_allowed_for_local_hosts(url: str) -> None:
    assert ClientCredentials("id", SECRET, "t", token_url=url).token_url == url


def test_secrets_never_reach_reprs_exceptions_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # root: vismanet, httpx and httpcore at every level
    error = {"error": "invalid_client", "error_description": "bad secret " + SECRET}
    server = AuthServer(token_replies=[Reply(200, {"access_token": TOKEN_PREFIX + "A", "expires_in": 3600}), Reply(400, error)])
    server.issued.append(TOKEN_PREFIX + "A")
    raised: list[AuthenticationError] = []
    try:
        auth = credentials(server)
        with httpx.Client(auth=auth, transport=build_transport(retry=RetryPolicy(sleep=lambda s: None))) as c:
            assert c.get(server.api + "?pageSize=1").status_code == 200
            server.revoked.add(TOKEN_PREFIX + "A")
            try:
                c.get(server.api)
            except AuthenticationError as exc:
                raised.append(exc)
    finally:
        server.close()
    assert len(raised) == 1
    err = raised[0]
    texts = [caplog.text, repr(auth), str(auth), str(err), repr(err), err.body]
    texts += [repr(v) for v in vars(err).values()]
    blob = "\n".join(texts)
    assert SECRET not in blob
    assert TOKEN_PREFIX not in blob
    assert "[REDACTED]" in str(err)  # the echoed secret was scrubbed, not dropped silently
    ours = [r for r in caplog.records if r.name == "vismanet" and r.levelno == logging.DEBUG]
    # one line per HTTP request: token, API, API (401), token (400)
    assert len(ours) == 4
    assert [r.getMessage().split(" -> ")[1].split()[0] for r in ours] == ["200", "200", "401", "400"]


def _flaky_token_transport() -> tuple[httpx.MockTransport, list[str]]:
    """Token endpoint unreachable on the first try, fine afterwards."""
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path == "/connect/token":
            if calls.count("/connect/token") == 1:
                raise httpx.ConnectError("connection refused", request=request)
            return httpx.Response(200, json={"access_token": "recovered-token-1", "expires_in": 3600})
        return httpx.Response(200)

    return httpx.MockTransport(handler), calls


@pytest.mark.timeout(10)
def test_a_failed_token_request_does_not_leave_the_lock_held() -> None:
    transport, calls = _flaky_token_transport()
    auth = ClientCredentials("id", SECRET, "t")
    with httpx.Client(auth=auth, transport=transport) as c:
        with pytest.raises(httpx.ConnectError):
            c.get("https://api.finance.visma.net/v1/customer")
        assert c.get("https://api.finance.visma.net/v1/customer").status_code == 200
    assert calls == ["/connect/token", "/connect/token", "/v1/customer"]


@pytest.mark.timeout(10)
def test_a_failed_async_token_request_does_not_leave_the_lock_held() -> None:
    transport, calls = _flaky_token_transport()
    auth = ClientCredentials("id", SECRET, "t")

    async def main() -> int:
        async with httpx.AsyncClient(auth=auth, transport=transport) as c:
            with pytest.raises(httpx.ConnectError):
                await c.get("https://api.finance.visma.net/v1/customer")
            return (await c.get("https://api.finance.visma.net/v1/customer")).status_code

    assert asyncio.run(main()) == 200
    assert calls == ["/connect/token", "/connect/token", "/v1/customer"]

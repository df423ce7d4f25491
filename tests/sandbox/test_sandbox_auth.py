"""Token endpoint and bearer checks, over real loopback HTTP with plain httpx."""

from __future__ import annotations

import concurrent.futures

import httpx
import pytest
from sandbox_support import FakeClock

from vismanet_ext.sandbox import Sandbox

SCOPES = "vismanet_erp_service_api:read vismanet_erp_service_api:create"


def form(**overrides: str) -> dict[str, str]:
    data = {
        "grant_type": "client_credentials",
        "client_id": "sandbox",
        "client_secret": "sandbox",
        "tenant_id": "sandbox-tenant",
        "scope": SCOPES,
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def test_client_credentials_returns_bearer_token_that_works(anon: httpx.Client) -> None:
    reply = anon.post("/connect/token", data=form())
    assert reply.status_code == 200
    body = reply.json()
    assert set(body) == {"access_token", "token_type", "expires_in", "scope"}
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 3600
    assert body["scope"] == SCOPES
    listed = anon.get("/v1/customer", params={"pageSize": 1},
                      headers={"Authorization": f"Bearer {body['access_token']}"})
    assert listed.status_code == 200


def test_scope_defaults_to_all_four_when_not_requested(anon: httpx.Client) -> None:
    body = anon.post("/connect/token", data=form(scope="")).json()
    assert body["scope"].split() == [
        "vismanet_erp_service_api:read", "vismanet_erp_service_api:create",
        "vismanet_erp_service_api:update", "vismanet_erp_service_api:delete",
    ]


@pytest.mark.parametrize(
    ("overrides", "status", "error"),
    [
        ({"client_secret": "wrong"}, 400, "invalid_client"),
        ({"client_id": "someone-else"}, 400, "invalid_client"),
        ({"grant_type": "password"}, 400, "unsupported_grant_type"),
        ({"grant_type": ""}, 400, "invalid_request"),
        ({"tenant_id": "other-tenant"}, 400, "invalid_grant"),
        ({"tenant_id": ""}, 400, "invalid_request"),
        ({"scope": "vismanet_erp_service_api:everything"}, 400, "invalid_scope"),
    ],
)
def test_bad_token_requests_get_oauth_errors(
    anon: httpx.Client, overrides: dict[str, str], status: int, error: str
) -> None:
    reply = anon.post("/connect/token", data=form(**overrides))
    assert reply.status_code == status
    assert reply.json()["error"] == error
    assert "access_token" not in reply.json()


def test_bad_basic_credentials_get_401_invalid_client(anon: httpx.Client) -> None:
    data = form()
    del data["client_id"], data["client_secret"]
    reply = anon.post("/connect/token", data=data, auth=("sandbox", "wrong"))
    assert reply.status_code == 401
    assert reply.json() == {"error": "invalid_client"}
    good = anon.post("/connect/token", data=data, auth=("sandbox", "sandbox"))
    assert good.status_code == 200


def test_token_endpoint_wants_a_form_body(anon: httpx.Client) -> None:
    reply = anon.post("/connect/token", json=form())
    assert reply.status_code == 400
    assert reply.json()["error"] == "invalid_request"


@pytest.mark.parametrize("header", [None, "Bearer", "Basic abc", "Bearer not-a-token"])
def test_api_calls_without_valid_bearer_get_visma_shaped_401(
    anon: httpx.Client, header: str | None
) -> None:
    headers = {"Authorization": header} if header else {}
    reply = anon.get("/v1/customer", headers=headers)
    assert reply.status_code == 401
    assert reply.json() == {"message": "Authorization has been denied for this request."}
    assert reply.headers["WWW-Authenticate"].startswith("Bearer")


def test_tokens_expire_by_the_injected_clock(clock: FakeClock) -> None:
    sb = Sandbox(token_lifetime=60, clock=clock, background_delay=None)
    with sb.serve() as url, httpx.Client(base_url=url) as client:
        token = client.post("/connect/token", data=form()).json()["access_token"]
        auth = {"Authorization": f"Bearer {token}"}
        assert client.get("/v1/account", headers=auth).status_code == 200
        clock.advance(59)
        assert client.get("/v1/account", headers=auth).status_code == 200
        clock.advance(1)
        expired = client.get("/v1/account", headers=auth)
        assert expired.status_code == 401
        assert "expired" in expired.headers["WWW-Authenticate"]


def test_scopes_are_enforced_per_method(anon: httpx.Client) -> None:
    token = anon.post(
        "/connect/token", data=form(scope="vismanet_erp_service_api:read")
    ).json()["access_token"]
    auth = {"Authorization": f"Bearer {token}"}
    assert anon.get("/v1/customer/10001", headers=auth).status_code == 200
    denied = anon.post("/v1/customer", json={"name": {"value": "X"}}, headers=auth)
    assert denied.status_code == 403
    assert "vismanet_erp_service_api:create" in denied.json()["message"]


def test_token_requests_are_counted_including_failures(sb: Sandbox, anon: httpx.Client) -> None:
    assert sb.token_requests == 0
    anon.post("/connect/token", data=form())
    anon.post("/connect/token", data=form(client_secret="nope"))
    assert sb.token_requests == 2
    assert sb.tokens_issued == 1
    sb.issue_token()  # the test convenience does not count as a request
    assert sb.token_requests == 2


def test_concurrent_api_calls_share_one_token_request(sb: Sandbox, anon: httpx.Client) -> None:
    token = anon.post("/connect/token", data=form()).json()["access_token"]
    auth = {"Authorization": f"Bearer {token}"}
    with concurrent.futures.ThreadPoolExecutor(max_workers=20) as pool:
        statuses = list(pool.map(
            lambda n: anon.get(f"/v1/customer/{10000 + n}", headers=auth).status_code, range(20)
        ))
    assert statuses == [200] * 20
    assert sb.token_requests == 1


def test_authorization_header_is_never_logged(sb: Sandbox, http: httpx.Client) -> None:
    http.get("/v1/customer", params={"pageSize": 1})
    entry = sb.request_log[-1]
    assert entry.method == "GET" and entry.path == "/v1/customer" and entry.status == 200
    assert entry.query == {"pageSize": "1"}
    assert "authorization" not in entry.headers
    assert entry.headers["host"].startswith("127.0.0.1:")

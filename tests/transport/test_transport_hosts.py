"""Which base URLs work how: the legacy host with a client-credentials token needs no company id (the token
names the company, reported by ON-IT/Visma.Net users), api.finance.visma.net also serves the legacy path
prefix, and the CLI's --max-wait reaches the retry policy."""

from __future__ import annotations

import argparse
from typing import Any

import httpx
import pytest

from vismanet_ext import VismaNet
from vismanet_ext.client import KNOWN_BASE_URLS, AsyncVismaNet
from vismanet_ext.errors import InvalidArgument

LEGACY = "https://integration.visma.net/API/controller/api"
FINANCE_LEGACY_PATH = "https://api.finance.visma.net/API/controller/api"
CREDENTIALS = {"client_id": "isv_x", "client_secret": "s3cret", "tenant_id": "tenant-1"}


def _recording() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/connect/token"):
            return httpx.Response(200, json={"access_token": "cc-token", "expires_in": 3600, "token_type": "Bearer"})
        return httpx.Response(200, json=[{"number": "1"}])

    return seen, httpx.MockTransport(handler)


def test_legacy_host_with_client_credentials_needs_no_company_id() -> None:
    seen, transport = _recording()
    with VismaNet(base_url=LEGACY, transport=transport, **CREDENTIALS) as vn:
        assert vn.call("GET /v1/customer").json() == [{"number": "1"}]
    token_request, api_request = seen
    assert str(token_request.url) == "https://connect.visma.com/connect/token"
    assert str(api_request.url) == LEGACY + "/v1/customer"
    assert api_request.headers["authorization"] == "Bearer cc-token"
    assert "ipp-company-id" not in api_request.headers
    assert "ipp-application-type" not in api_request.headers


def test_legacy_host_with_client_credentials_and_a_company_still_sends_it() -> None:
    seen, transport = _recording()
    with VismaNet(base_url=LEGACY, transport=transport, company_id=42, **CREDENTIALS) as vn:
        vn.call("GET /v1/customer")
    assert seen[-1].headers["ipp-company-id"] == "42"


def test_legacy_host_with_a_plain_token_still_needs_the_company() -> None:
    with pytest.raises(InvalidArgument, match="needs company_id=.*unless you sign in with client credentials"):
        VismaNet(base_url=LEGACY, token="t")
    with pytest.raises(InvalidArgument, match="needs VISMANET_COMPANY_ID with a token"):
        VismaNet.from_env({"VISMANET_TOKEN": "t", "VISMANET_BASE_URL": LEGACY})


def test_from_env_legacy_host_with_client_credentials() -> None:
    environ = {
        "VISMANET_BASE_URL": LEGACY,
        "VISMANET_CLIENT_ID": "isv_x",
        "VISMANET_CLIENT_SECRET": "s3cret",
        "VISMANET_TENANT_ID": "tenant-1",
    }
    seen, transport = _recording()
    with VismaNet.from_env(environ, transport=transport) as vn:
        vn.call("GET /v1/customer")
    assert "ipp-company-id" not in seen[-1].headers
    AsyncVismaNet.from_env(environ)  # the async twin agrees (nothing sent)


@pytest.mark.parametrize("company", [None, "7"])
def test_the_finance_host_under_the_legacy_path_prefix(company: str | None) -> None:
    seen, transport = _recording()
    with VismaNet(base_url=FINANCE_LEGACY_PATH, token="t", company_id=company, transport=transport) as vn:
        vn.call("GET /v1/customer")
    (request,) = seen
    assert str(request.url) == FINANCE_LEGACY_PATH + "/v1/customer"
    assert request.headers.get("ipp-company-id") == company


def test_known_base_urls() -> None:
    assert KNOWN_BASE_URLS == ("https://api.finance.visma.net", FINANCE_LEGACY_PATH, LEGACY)


# -- the CLI --------------------------------------------------------------------------------------------


def _cli_args(argv: list[str]) -> argparse.Namespace:
    from vismanet_ext.cli.args import build_parser

    return build_parser().parse_args(argv)


def test_cli_legacy_host_with_client_credentials_needs_no_company() -> None:
    from vismanet_ext.cli.connect import check_credentials
    from vismanet_ext.cli.errors import UsageError

    environ = {f"VISMANET_{k.upper()}": v for k, v in CREDENTIALS.items()}
    check_credentials(_cli_args(["export", "customer", "--base-url", LEGACY]), environ)
    with pytest.raises(UsageError, match="VISMANET_COMPANY_ID"):
        check_credentials(_cli_args(["export", "customer", "--base-url", LEGACY, "--token", "t"]), {})


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--max-wait", "1800"], (5, 1800.0, 100)),
        (["--retries", "2", "--max-wait", "30"], (3, 30.0, 100)),
        (["--retries", "0"], (1, 600.0, 0)),
    ],
)
def test_cli_max_wait_and_retries_reach_the_policy(argv: list[str], expected: tuple[Any, ...]) -> None:
    from vismanet_ext.cli.connect import connect

    args = _cli_args(["export", "customer", "--token", "t", *argv])
    with connect(args, {}) as vn:
        policy = vn._settings.retry
        assert (policy.max_attempts, policy.max_rate_limit_wait, policy.max_rate_limit_retries) == expected


@pytest.mark.parametrize("value", ["-1", "nan", "abc", "100000"])
def test_cli_max_wait_is_checked(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    from vismanet_ext.cli import main

    assert main(["export", "customer", "--token", "t", "--max-wait", value]) == 2
    assert "--max-wait" in capsys.readouterr().err


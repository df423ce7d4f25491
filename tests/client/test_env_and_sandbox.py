"""VismaNet.from_env() messages, and the client against the sandbox (in-process and over loopback)."""

from __future__ import annotations

import datetime as dt

import pytest
from vismanet_client.api.customer import customer_get_all, customer_get_bycustomer_cd
from vismanet_client.models import CustomerDto

from vismanet_ext import AsyncVismaNet, BearerToken, ClientCredentials, InvalidArgument, VismaNet
from vismanet_ext.sandbox import Sandbox


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({}, "no credentials in the environment; set VISMANET_TOKEN, or VISMANET_CLIENT_ID"),
        ({"VISMANET_CLIENT_ID": "c"}, "missing VISMANET_CLIENT_SECRET, VISMANET_TENANT_ID"),
        ({"VISMANET_CLIENT_ID": "c", "VISMANET_TENANT_ID": "t"}, "missing VISMANET_CLIENT_SECRET$"),
        ({"VISMANET_TOKEN": "   "}, "no credentials in the environment"),
        (
            {"VISMANET_TOKEN": "x", "VISMANET_BASE_URL": "https://integration.visma.net/API/controller/api"},
            "needs VISMANET_COMPANY_ID",
        ),
    ],
)
def test_from_env_names_what_is_missing(environ: dict[str, str], message: str) -> None:
    with pytest.raises(InvalidArgument, match=message):
        VismaNet.from_env(environ)
    with pytest.raises(InvalidArgument, match=message):
        AsyncVismaNet.from_env(environ)


def test_from_env_reads_token_or_client_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TOKEN", "CLIENT_ID", "CLIENT_SECRET", "TENANT_ID", "BASE_URL", "COMPANY_ID"):
        monkeypatch.delenv("VISMANET_" + name, raising=False)
    monkeypatch.setenv("VISMANET_TOKEN", "env-token")
    monkeypatch.setenv("VISMANET_BASE_URL", "https://integration.visma.net/API/controller/api")
    monkeypatch.setenv("VISMANET_COMPANY_ID", "123")
    with VismaNet.from_env() as vn:
        assert isinstance(vn.http.auth, BearerToken)
        assert vn.base_url == "https://integration.visma.net/API/controller/api"
        assert vn.http.headers["ipp-company-id"] == "123"
    env = {"VISMANET_CLIENT_ID": "id", "VISMANET_CLIENT_SECRET": "secret", "VISMANET_TENANT_ID": "ten"}
    with VismaNet.from_env(env, app_name="job") as vn:
        auth = vn.http.auth
        assert isinstance(auth, ClientCredentials) and (auth.client_id, auth.tenant_id) == ("id", "ten")
        assert "(+job)" in vn.http.headers["user-agent"]
        assert vn.base_url == "https://api.finance.visma.net"
    # explicit keywords win over the environment
    with VismaNet.from_env(env, token="override") as vn:
        assert isinstance(vn.http.auth, BearerToken)


def test_sandbox_factory_pages_through_everything_with_real_auth() -> None:
    with VismaNet.sandbox(sizes={"customer": 57}, max_page_size=10) as vn:
        server = vn.sandbox_server
        assert isinstance(server, Sandbox)
        found = list(vn.paginate(customer_get_all, page_size=5000, max_concurrency=4))
        assert [c.number for c in found] == [r["number"] for r in server.records("customer")]
        assert all(isinstance(c, CustomerDto) for c in found)
        assert server.token_requests == 1  # client credentials, fetched once
        one = vn.call(customer_get_bycustomer_cd, customer_cd=found[0].number)
        assert one.value.number == found[0].number and one.etag
        assert server.errors == []


def test_sandbox_docs_example_records_added_while_paging() -> None:
    with VismaNet.sandbox(sizes={"customer": 30}) as vn:
        server = vn.sandbox_server
        server.faults.insert_after_list_call(1, "customer", 2)  # between page 1 and page 2
        before = len(server.request_log)
        found = list(vn.paginate(customer_get_all, page_size=10))
        pages = [r for r in server.request_log[before:] if r.path == "/v1/customer"]
    assert len(found) == len({c.number for c in found}) == server.count("customer") == 32
    # The count changed between pages 1 and 2, so page 1 is read again to prove nothing shifted back.
    assert [r.query for r in pages] == [{"pageNumber": str(n), "pageSize": "10"} for n in (1, 2, 1, 3, 4)]


def _loopback_client(server: Sandbox, base_url: str) -> VismaNet:
    creds = server.client_kwargs(base_url)
    return VismaNet(
        base_url=base_url,
        client_id=creds["client_id"],
        client_secret=creds["client_secret"],
        tenant_id=creds["tenant_id"],
        token_url=creds["token_url"],
        retry=None,
    )


def test_sandbox_shifted_pages_and_date_filters_over_loopback_http() -> None:
    server = Sandbox(sizes={"customer": 40}, max_page_size=10)
    with server.serve() as base_url, _loopback_client(server, base_url) as vn:
        original = [r["number"] for r in server.records("customer")]
        server.faults.delete_after_list_call(1, "customer", 3)  # pages shift back by 3 after page 1
        got = [c.number for c in vn.paginate(customer_get_all, page_size=10)]
        # Records 1-3 vanish after page 1, so records 11-13 slide onto page 1; the count drop sends the
        # pager back to page 1 for them. Every record comes exactly once (1-3 were yielded before they went).
        assert got == original
        cutoff = dt.datetime(2023, 6, 1, 12, 0, 0)
        recent = list(
            vn.paginate(customer_get_all, last_modified_date_time=cutoff, last_modified_date_time_condition="gte")
        )
        expected = [
            r["number"]
            for r in server.records("customer")
            if dt.datetime.fromisoformat(r["lastModifiedDateTime"]) >= cutoff
        ]
        assert [c.number for c in recent] == expected and 0 < len(expected) < 37, len(expected)
        assert server.errors == []

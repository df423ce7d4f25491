"""VismaNet.call over real loopback HTTP: generated modules, raw routes, Result, errors, validation."""

from __future__ import annotations

import httpx
import pytest
from vismanet_client.api.cash_sale import cash_sale_get_all_cash_sales
from vismanet_client.api.customer import (
    customer_get_all,
    customer_get_bycustomer_cd,
    customer_post,
    customer_put_bycustomer_cd,
)
from vismanet_client.models import CustomerDto, CustomerUpdateDto
from vn_loopback import Loopback, Reply, Seen

from vismanet_ext import InvalidArgument, NetworkError, NotFound, Result, VismaNet, errors
from vismanet_ext.operations import ResponseParseError


def client(loopback: Loopback, **kwargs: object) -> VismaNet:
    kwargs.setdefault("token", "tok-123")
    kwargs.setdefault("retry", None)
    return VismaNet(base_url=loopback.base_url, **kwargs)  # type: ignore[arg-type]


CUSTOMER = {"internalId": 7, "number": "10001", "name": "Acme AS", "status": "Active", "timeStamp": "AAAAAE0YIiI="}


def test_call_generated_module_returns_typed_value_and_sends_auth(loopback: Loopback) -> None:
    loopback.route("GET", "/v1/customer/10001", Reply(200, CUSTOMER, {"ETag": '"AAAAAE0YIiI="'}))
    with client(loopback) as vn:
        r = vn.call(customer_get_bycustomer_cd, customer_cd="10001")
    assert isinstance(r, Result)
    assert isinstance(r.value, CustomerDto)
    assert (r.value.number, r.value.name, r.status_code) == ("10001", "Acme AS", 200)
    assert r.etag == '"AAAAAE0YIiI="'
    assert r.json() == CUSTOMER
    assert isinstance(r.raw, httpx.Response)
    (seen,) = loopback.requests
    assert (seen.method, seen.path) == ("GET", "/v1/customer/10001")
    assert seen.headers["authorization"] == "Bearer tok-123"


def test_wire_names_python_names_and_generated_functions_are_all_accepted(loopback: Loopback) -> None:
    loopback.route("GET", "/v1/customer/A 1", Reply(200, CUSTOMER))
    with client(loopback) as vn:
        vn.call(customer_get_bycustomer_cd, customerCd="A 1")
        vn.call(customer_get_bycustomer_cd.sync_detailed, customer_cd="A 1")
        vn.call(customer_get_bycustomer_cd, customer_cd="A 1", erp_api_background=None)
    assert [s.path for s in loopback.requests] == ["/v1/customer/A 1"] * 3


def test_query_params_enums_and_header_params_reach_the_wire(loopback: Loopback) -> None:
    loopback.route("GET", "/v1/customer", Reply(200, []))
    with client(loopback) as vn:
        r = vn.call(
            customer_get_all,
            status="Active",
            expandAccountInformation=True,
            page_number=2,
            pageSize=50,
            erp_api_background="none",
        )
    assert r.value == []
    (seen,) = loopback.requests
    assert seen.query == {"status": "Active", "expandAccountInformation": "true", "pageNumber": "2", "pageSize": "50"}
    assert seen.headers["erp-api-background"] == "none"


def test_timestamp_field_is_the_etag_when_the_header_is_missing(loopback: Loopback) -> None:
    loopback.route("GET", "/v1/customer/1", Reply(200, CUSTOMER))
    with client(loopback) as vn:
        assert vn.call(customer_get_bycustomer_cd, customer_cd="1").etag == "AAAAAE0YIiI="


def test_raw_route_takes_path_params_by_template_name_and_returns_json(loopback: Loopback) -> None:
    loopback.route("GET", "/v1/customer/10001", Reply(200, CUSTOMER))
    with client(loopback) as vn:
        r = vn.call("GET /v1/customer/{customerCd}", customerCd="10001", expandAttributes=False)
    assert r.value == CUSTOMER and isinstance(r.value, dict)
    assert loopback.requests[0].query == {"expandAttributes": "false"}


def test_post_with_dict_body_sends_it_as_is_and_reads_location(loopback: Loopback) -> None:
    loopback.route(
        "POST",
        "/v1/customer",
        Reply(201, None, {"Location": "https://api.finance.visma.net/v1/customer/A%2FB%2010"}),
    )
    body = {"name": {"value": "Acme"}, "unknownFieldKept": {"value": 1}}
    with client(loopback) as vn:
        r = vn.call(customer_post, json=body)  # json= is sent as given; body= is shaped (tests/ergonomics)
    assert r.value is None  # 201 with an empty body
    assert r.location == "https://api.finance.visma.net/v1/customer/A%2FB%2010"
    assert r.id == "A/B 10"
    seen = loopback.requests[0]
    assert seen.json() == body
    assert seen.headers["content-type"] == "application/json"


def test_put_with_model_body_uses_to_dict_and_empty_204_gives_none(loopback: Loopback) -> None:
    loopback.route("PUT", "/v1/customer/10001", Reply(204))
    model = CustomerUpdateDto.from_dict({"name": {"value": "New name"}})
    with client(loopback) as vn:
        r = vn.call(customer_put_bycustomer_cd, customer_cd="10001", body=model, headers={"If-Match": "abc"})
    assert (r.status_code, r.value, r.id) == (204, None, None)
    seen = loopback.requests[0]
    assert seen.json() == {"name": {"value": "New name"}}
    assert seen.headers["if-match"] == "abc"


def test_raw_post_json_and_files(loopback: Loopback) -> None:
    loopback.route("POST", "/v1/thing", Reply(200, {"ok": True}))
    loopback.route("POST", "/v1/customerinvoice/INV 1/attachment", Reply(200, b"done", {"Content-Type": "text/plain"}))
    with client(loopback) as vn:
        assert vn.call("POST /v1/thing", json=[1, 2]).value == {"ok": True}
        r = vn.call(
            "POST /v1/customerinvoice/{invoiceNumber}/attachment",
            invoiceNumber="INV 1",
            files={"file": ("a.txt", b"hello", "text/plain")},
        )
    assert r.value == "done"
    assert loopback.requests[0].json() == [1, 2]
    upload = loopback.requests[1]
    assert upload.headers["content-type"].startswith("multipart/form-data")
    assert b"hello" in upload.body and b'filename="a.txt"' in upload.body


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda vn: vn.call(customer_get_all, nosuch=1), "unknown keyword 'nosuch'; allowed: greater_than_value"),
        (lambda vn: vn.call(customer_get_bycustomer_cd), "missing required path parameter 'customer_cd'"),
        (lambda vn: vn.call(customer_get_all, page_size="10"), "page_size must be an int"),
        (lambda vn: vn.call(customer_get_all, expand_direct_debit="yes"), "must be a bool"),
        (lambda vn: vn.call(customer_get_all, body={"a": 1}), "takes no request body"),
        (lambda vn: vn.call(customer_post), "needs a request body"),
        (lambda vn: vn.call(customer_post, body=CustomerDto()), "body must be a CustomerUpdateDto or a dict"),
        (lambda vn: vn.call(customer_get_all, status="Active", customer_cd="x"), "unknown keyword 'customer_cd'"),
        (lambda vn: vn.call(customer_get_all, number_to_read=5, page_size=10), "cannot be combined"),
        (lambda vn: vn.call(customer_get_all, page_size=1, pageSize=2), "given twice"),
        (lambda vn: vn.call("GET /v1/customer/{customerCd}"), "missing path parameter(s) customerCd"),
        (lambda vn: vn.call("FETCH /v1/customer"), "not a raw route"),
        (lambda vn: vn.call("GET v1/customer"), "not a raw route"),
        (lambda vn: vn.call("GET /v1/customer?x=1"), "pass query parameters as keyword arguments"),
        (lambda vn: vn.call(object()), "cannot call"),
        (lambda vn: vn.call(httpx), "is not a generated operation module"),
    ],
)
def test_bad_input_raises_before_any_request(loopback: Loopback, call: object, message: str) -> None:
    loopback.fallback = lambda seen: Reply(200, {})
    with client(loopback) as vn, pytest.raises(InvalidArgument) as info:
        call(vn)  # type: ignore[operator]
    assert message in str(info.value)
    assert isinstance(info.value, ValueError)
    assert loopback.requests == []


def test_non_2xx_raises_the_matching_api_error(loopback: Loopback) -> None:
    loopback.route("GET", "/v1/customer/nope", Reply(404, {"message": "Customer nope not found"}))
    loopback.route(
        "GET",
        "/v1/customer/locked",
        Reply(
            409,
            {
                "ExceptionType": "IPPException",
                "ExceptionMessage": "Record is locked",
                "ExceptionFaultCode": "12027",
                "ExceptionMessageID": "12027_x",
                "ExceptionDetails": "",
            },
        ),
    )
    with client(loopback) as vn:
        with pytest.raises(NotFound) as info:
            vn.call(customer_get_bycustomer_cd, customer_cd="nope")
        assert info.value.status_code == 404
        assert info.value.message == "Customer nope not found"
        assert info.value.method == "GET" and info.value.url.endswith("/v1/customer/nope")
        with pytest.raises(errors.Conflict) as conflict:
            vn.call("GET /v1/customer/{customerCd}", customerCd="locked")
        assert (conflict.value.message, conflict.value.fault_code) == ("Record is locked", "12027")


def test_unreachable_server_is_a_network_error() -> None:
    probe = Loopback()
    url = probe.base_url
    probe.close()  # nothing listens on that port any more
    with VismaNet(base_url=url, token="t", retry=None) as vn, pytest.raises(NetworkError) as info:
        vn.call("GET /v1/customer")
    assert isinstance(info.value.__cause__, httpx.ConnectError)


def test_a_2xx_body_that_does_not_fit_the_model_is_a_clear_error(loopback: Loopback) -> None:
    loopback.route("GET", "/v1/customer/x", Reply(200, b"<html>proxy page</html>", {"Content-Type": "text/html"}))
    with client(loopback) as vn:
        r = vn.call(customer_get_bycustomer_cd, customer_cd="x")
    assert (r.status_code, r.json()) == (200, "<html>proxy page</html>")  # metadata usable without parsing
    assert "not parsed yet" in repr(r)
    with pytest.raises(ResponseParseError) as info:
        r.value  # noqa: B018 - the typed value is built on first access
    assert "does not match the documented model" in str(info.value)
    assert info.value.status_code == 200


def test_format_date_time_query_params_take_strings_not_only_datetimes(loopback: Loopback) -> None:
    # documentDate is `format: date-time` in the spec; the generated _get_kwargs would call .isoformat().
    loopback.route("GET", "/v1/cashsale", Reply(200, []))
    with client(loopback) as vn:
        vn.call(cash_sale_get_all_cash_sales, document_date="2025-05-25", document_date_condition="gte")
    assert loopback.requests[0].query == {"documentDate": "2025-05-25", "documentDateCondition": ">="}


def test_generated_client_shares_connection_auth_and_user_agent(loopback: Loopback) -> None:
    loopback.route("GET", "/v1/customer/1", Reply(200, CUSTOMER))
    with client(loopback, app_name="my-sync") as vn:
        parsed = customer_get_bycustomer_cd.sync(client=vn.client, customer_cd="1")
    assert isinstance(parsed, CustomerDto)
    seen = loopback.requests[0]
    assert seen.headers["authorization"] == "Bearer tok-123"
    assert seen.headers["user-agent"].startswith("vismanet-python/")
    assert "(+my-sync)" in seen.headers["user-agent"]


def _echo(seen: Seen) -> Reply:
    return Reply(200, {"path": seen.path})


def test_legacy_host_sends_company_headers_and_joins_the_api_prefix() -> None:
    captured: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        captured.append(request)
        return httpx.Response(200, json=[])

    with VismaNet(
        base_url="https://integration.visma.net/API/controller/api",
        token="t",
        company_id=1234567,
        branch_id="1",
        transport=httpx.MockTransport(handler),
    ) as vn:
        vn.call("GET /v1/customer")
    (request,) = captured
    assert str(request.url) == "https://integration.visma.net/API/controller/api/v1/customer"
    assert request.headers["ipp-company-id"] == "1234567"
    assert request.headers["ipp-application-type"] == "Visma.net Financials"
    assert request.headers["ipp-branch-id"] == "1"


def test_legacy_host_without_company_is_refused() -> None:
    with pytest.raises(InvalidArgument, match="needs company_id"):
        VismaNet(base_url="https://integration.visma.net/API/controller/api", token="t")


def test_company_headers_go_over_the_wire_on_every_request(loopback: Loopback) -> None:
    loopback.fallback = _echo
    with client(loopback, company_id="42", application_type="Visma.net Financials") as vn:
        vn.call("GET /v1/a")
        vn.call("POST /v1/b", json={})
    assert [s.headers["ipp-company-id"] for s in loopback.requests] == ["42", "42"]
    assert {s.headers["ipp-application-type"] for s in loopback.requests} == {"Visma.net Financials"}


def test_user_agent_names_sdk_app_httpx_and_python(loopback: Loopback) -> None:
    import platform

    import vismanet_ext

    loopback.fallback = _echo
    with client(loopback, app_name="acme-export/2.1") as vn:
        vn.call("GET /v1/x")
    assert loopback.requests[0].headers["user-agent"] == (
        f"vismanet-python/{vismanet_ext.__version__} (+acme-export/2.1) httpx/{httpx.__version__} "
        f"python/{platform.python_version()}"
    )


def test_context_manager_closes_its_connections(loopback: Loopback) -> None:
    loopback.fallback = _echo
    with client(loopback) as vn:
        vn.call("GET /v1/x")
        vn.call("GET /v1/y")
        assert loopback.open_connections == 1  # one kept-alive connection, reused
    assert vn.is_closed
    assert loopback.wait_idle(), "the server still sees an open connection after leaving `with`"
    assert loopback.connections_total == 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "no credentials"),
        ({"token": "t", "client_id": "c"}, "exactly one of"),
        ({"client_id": "c", "client_secret": "s"}, "need tenant_id as well"),
        ({"token": "t", "base_url": "ftp://x"}, "base_url must be an http(s) URL"),
        ({"token": "t", "rate_limit": 5}, "rate_limit must be"),
        ({"token": "t", "timeout": -1}, "timeout must be"),
        ({"token": "t", "app_name": "a\nb"}, "app_name must be"),
    ],
)
def test_constructor_rejects_bad_configuration(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidArgument, match=message.replace("(", r"\(").replace(")", r"\)")):
        VismaNet(**kwargs)  # type: ignore[arg-type]


def test_client_credentials_token_comes_from_the_token_url(loopback: Loopback) -> None:
    loopback.route("POST", "/connect/token", Reply(200, {"access_token": "minted", "expires_in": 3600}))
    loopback.fallback = _echo
    with VismaNet(
        base_url=loopback.base_url,
        client_id="cid",
        client_secret="secret",
        tenant_id="tenant-1",
        token_url=loopback.base_url + "/connect/token",
        retry=None,
    ) as vn:
        vn.call("GET /v1/x")
        vn.call("GET /v1/y")
    token_requests = [s for s in loopback.requests if s.path == "/connect/token"]
    assert len(token_requests) == 1
    assert b"tenant_id=tenant-1" in token_requests[0].body
    assert [s.headers["authorization"] for s in loopback.requests if s.path != "/connect/token"] == [
        "Bearer minted",
        "Bearer minted",
    ]


def test_rate_limit_tuple_and_retry_policy_are_wired(loopback: Loopback) -> None:
    from vismanet_ext import RetryPolicy

    calls: list[int] = []

    def flaky(seen: Seen) -> Reply:
        calls.append(1)
        return Reply(503, {"message": "busy"}) if len(calls) == 1 else Reply(200, {"ok": 1})

    loopback.route("GET", "/v1/flaky", flaky)
    policy = RetryPolicy(backoff_base=0.0, jitter=0.0, sleep=lambda s: None)
    with VismaNet(base_url=loopback.base_url, token="t", retry=policy, rate_limit=(100, 1.0)) as vn:
        assert vn.call("GET /v1/flaky").value == {"ok": 1}
    assert len(calls) == 2


def test_a_transport_of_the_wrong_kind_is_refused() -> None:
    from vismanet_ext import AsyncVismaNet

    with pytest.raises(InvalidArgument, match="httpx.BaseTransport"):
        VismaNet(token="t", transport=httpx.AsyncHTTPTransport())
    with pytest.raises(InvalidArgument, match="httpx.AsyncBaseTransport"):
        AsyncVismaNet(token="t", transport=httpx.HTTPTransport())

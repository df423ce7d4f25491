"""Hostile path parameters and bodies that are not JSON: encoded as one segment, or refused before any request.

Everything over real loopback HTTP: the client talks to the fault proxy in front of the served sandbox, and
the proxy's log shows what (if anything) reached the wire.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import decimal
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from cli._subproc import run
from faultproxy import FaultProxy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from vismanet_client.api.customer import (
    customer_get_bycustomer_cd,
    customer_post,
    customer_put_bycustomer_cd,
)

from vismanet_ext.client import AsyncVismaNet, VismaNet
from vismanet_ext.errors import InvalidArgument, NotFound, VismaNetError
from vismanet_ext.jsonbody import check_json_body
from vismanet_ext.sandbox import Sandbox

REFUSED = [".", "..", "", " ", "%2e", "%2E", "%2e%2e", ".%2e", "%252e", "%25252e%25252E"]
ENCODED = ["a/b", "../x", "./.", "ü/ñ", "\u2603", "a?b#c", "%2f", "x" * 3000, "a\r\nb"]
ATTACH = "POST /v1/customerinvoice/{invoiceNumber}/attachment"


@pytest.fixture
def proxy(sb: Sandbox, base_url: str) -> Iterator[FaultProxy]:
    with FaultProxy(base_url, timeout=10) as p:
        yield p


@pytest.fixture
def pvn(sb: Sandbox, proxy: FaultProxy) -> Iterator[VismaNet]:
    with VismaNet(base_url=proxy.url, log=False, **sb.client_kwargs(proxy.url)) as client:
        yield client


def _api(proxy: FaultProxy) -> list[str]:
    return [p.target for p in proxy.log if not p.target.endswith("/connect/token")]


# --- path parameters -------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", REFUSED)
def test_dot_segments_and_empty_ids_are_refused_everywhere(value: str, pvn: VismaNet, proxy: FaultProxy) -> None:
    attempts = [
        lambda: pvn.call("DELETE /v1/customer/{customerCd}", customerCd=value),
        lambda: pvn.call("GET /v1/customer/{customerCd}", customerCd=value),
        lambda: pvn.call(customer_get_bycustomer_cd, customer_cd=value),
        lambda: pvn.call(customer_put_bycustomer_cd, customer_cd=value, body={"name": "x"}),
        lambda: pvn.create("POST /v1/customer/{customerCd}/contact", customerCd=value, body={"name": "x"}),
        lambda: pvn.upload_attachment(ATTACH, b"data", filename="a.txt", invoiceNumber=value),
        lambda: pvn.start_background("PUT /v1/customer/{customerCd}", customerCd=value, body={"name": "x"}),
        lambda: pvn.background_job(value),
    ]
    for attempt in attempts:
        with pytest.raises(InvalidArgument, match="path parameter|job id"):
            attempt()
    assert proxy.requests == 0  # not even a token request


@pytest.mark.parametrize("value", ENCODED)
def test_other_hostile_ids_stay_one_encoded_segment(value: str, pvn: VismaNet, proxy: FaultProxy) -> None:
    segment = quote(value, safe="")
    calls = [
        (lambda: pvn.call("DELETE /v1/customerinvoice/{invoiceNumber}", invoiceNumber=value),
         f"/v1/customerinvoice/{segment}"),
        (lambda: pvn.call(customer_get_bycustomer_cd, customer_cd=value), f"/v1/customer/{segment}"),
        (lambda: pvn.upload_attachment(ATTACH, b"data", filename="a.txt", invoiceNumber=value),
         f"/v1/customerinvoice/{segment}/attachment"),
        (lambda: pvn.background_job(value).poll(), f"/v1/background/{segment}"),
    ]
    for attempt, path in calls:
        with pytest.raises(VismaNetError) as caught:  # none of these records exists: 404 (or 400) from the route
            attempt()
        assert not isinstance(caught.value, InvalidArgument)
        assert _api(proxy)[-1] == path, (value, _api(proxy)[-1])
    assert all("/." not in p.split("?")[0].replace("%", "") or value.startswith(".") for p in _api(proxy))


def test_hostile_ids_async(sb: Sandbox, proxy: FaultProxy) -> None:
    async def go() -> None:
        async with AsyncVismaNet(base_url=proxy.url, log=False, **sb.client_kwargs(proxy.url)) as avn:
            for value in REFUSED:
                with pytest.raises(InvalidArgument):
                    await avn.call("DELETE /v1/customer/{customerCd}", customerCd=value)
                with pytest.raises(InvalidArgument):
                    await avn.upload_attachment(ATTACH, b"d", filename="a.txt", invoiceNumber=value)
                with pytest.raises(InvalidArgument):
                    avn.background_job(value)
            assert proxy.requests == 0
            with pytest.raises(NotFound):
                await avn.call("GET /v1/customer/{customerCd}", customerCd="a/b")
            assert _api(proxy) == ["/v1/customer/a%2Fb"]

    asyncio.run(go())


def test_non_text_path_values_are_refused(pvn: VismaNet, proxy: FaultProxy) -> None:
    for value in (object(), [1], {"a": 1}, b"10001", 1.5):
        with pytest.raises(InvalidArgument):
            pvn.call("GET /v1/customer/{customerCd}", customerCd=value)
    assert proxy.requests == 0


# --- the CLI ----------------------------------------------------------------------------------------------


@pytest.fixture
def cli_args(sb: Sandbox, proxy: FaultProxy) -> list[str]:
    return ["--base-url", proxy.url, "--token", sb.issue_token()]


@pytest.mark.slow
@pytest.mark.parametrize("value", [".", "..", "%2e", "%2e%2e"])
def test_cli_get_attach_job_refuse_dot_ids(value: str, cli_args: list[str], proxy: FaultProxy, tmp_path: Path) -> None:
    upload = tmp_path / "a.txt"
    upload.write_text("hello")
    for argv in (["get", "customer", value], ["attach", "customerinvoice", value, str(upload)], ["job", value]):
        r = run(*argv, *cli_args)
        assert r.returncode == 2, (argv, r.returncode, r.stdout, r.stderr)
        assert r.stdout == "" and ("path parameter" in r.stderr or "job id" in r.stderr), r.stderr
    assert _api(proxy) == []  # `get customer .` no longer lists every customer


@pytest.mark.slow
def test_cli_hostile_ids_stay_on_their_endpoint(cli_args: list[str], proxy: FaultProxy, tmp_path: Path) -> None:
    upload = tmp_path / "a.txt"
    upload.write_text("hello")
    r = run("get", "customer", "ü", *cli_args)
    assert r.returncode == 1 and r.stdout == ""
    r = run("job", "a%2Fb", *cli_args)
    assert r.returncode == 1
    r = run("attach", "customerinvoice", "\u2603", str(upload), *cli_args)
    assert r.returncode == 1
    assert _api(proxy) == [
        "/v1/customer/%C3%BC", "/v1/background/a%252Fb", "/v1/customerinvoice/%E2%98%83/attachment",
    ]


# --- bodies that are not JSON ----------------------------------------------------------------------------


NOT_JSON: list[tuple[Any, str]] = [
    ({"name": dt.date(2026, 1, 1)}, "body.name is a datetime.date"),
    ({"name": b"raw"}, "body.name is a bytes"),
    ({"tags": {1, 2}}, "body.tags is a set"),
    ({"x": object()}, "body.x is a object"),
    ({"creditLimit": math.nan}, "body.creditLimit is the float nan"),
    ({"creditLimit": math.inf}, "body.creditLimit is the float inf"),
    ({"lines": [{"amount": 1}, {"amount": -math.inf}]}, "body.lines[1].amount is the float -inf"),
    ({"a": {"b": [{"c": decimal.Decimal("1.1")}]}}, "body.a.b[0].c is a decimal.Decimal"),
    ({1: "int key"}, "has the key 1"),
    ({"name": "\ud800"}, "lone surrogate"),
]


@pytest.mark.parametrize(("body", "message"), NOT_JSON)
def test_bodies_that_are_not_json_are_refused_naming_the_field(
    body: Any, message: str, pvn: VismaNet, proxy: FaultProxy
) -> None:
    for attempt, expected in (
        (lambda: pvn.call("PUT /v1/customer/{customerCd}", customerCd="10001", json=body), message),
        (lambda: pvn.create("POST /v1/customer", json=body), message),
        (lambda: pvn.call("POST /v1/customer", json=[body]), message.replace("body", "body[0]", 1)),
    ):
        with pytest.raises(InvalidArgument) as caught:
            attempt()
        assert expected in str(caught.value), str(caught.value)
    assert proxy.requests == 0


def test_body_dicts_on_generated_operations_are_checked_after_shaping(pvn: VismaNet, proxy: FaultProxy) -> None:
    with pytest.raises(InvalidArgument, match=r"body\.creditLimit.*nan"):
        pvn.call(customer_put_bycustomer_cd, customer_cd="10001", body={"creditLimit": math.nan})
    with pytest.raises(InvalidArgument, match="set"):
        pvn.call(customer_put_bycustomer_cd, customer_cd="10001", body={"name": {"a"}})
    assert proxy.requests == 0
    # dates in body= are turned into ISO text by the shaping step: sent, not refused
    pvn.call(customer_put_bycustomer_cd, customer_cd="10001", body={"name": "Fine"})


def test_deep_and_cyclic_bodies_are_refused() -> None:
    deep: Any = []
    for _ in range(500):
        deep = [deep]
    with pytest.raises(InvalidArgument, match="nested deeper"):
        check_json_body(deep, where="x")
    cyclic: dict[str, Any] = {}
    cyclic["self"] = cyclic
    with pytest.raises(InvalidArgument, match="nested deeper"):
        check_json_body(cyclic, where="x")
    check_json_body({"a": [1, 2.5, None, True, "s", {"b": []}]}, where="x")  # plain JSON passes


# --- property: every bad input is InvalidArgument before any request ------------------------------------


_bad_leaf = st.one_of(
    st.dates(), st.datetimes(), st.binary(max_size=4), st.sets(st.integers(), max_size=2),
    st.just(object()), st.sampled_from([math.nan, math.inf, -math.inf]), st.decimals(allow_nan=False),
    st.complex_numbers(max_magnitude=10), st.just(Path("x")),
)
_json_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=5),
                       st.floats(allow_nan=False, allow_infinity=False))


def _with_bad_leaf(leaf: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A JSON-ish structure with exactly one bad value somewhere inside."""
    return st.recursive(
        leaf,
        lambda inner: st.one_of(
            st.tuples(st.lists(_json_leaf, max_size=2), inner, st.lists(_json_leaf, max_size=2)).map(
                lambda t: [*t[0], t[1], *t[2]]
            ),
            st.tuples(st.dictionaries(st.text(max_size=3), _json_leaf, max_size=2), st.text(max_size=4), inner).map(
                lambda t: {**t[0], "k" + t[1]: t[2]}
            ),
        ),
        max_leaves=6,
    )


_bad_segment = st.one_of(
    st.sampled_from(REFUSED),
    st.sampled_from([".", ".."]).map(lambda s: quote(quote(s, safe="."), safe="").replace(".", "%2e")),
    st.one_of(st.floats(), st.lists(st.integers(), max_size=2), st.binary(max_size=3), st.just(object())),
)
_bad_call = st.one_of(
    st.tuples(st.just("segment"), _bad_segment),
    st.tuples(st.just("body"), _with_bad_leaf(_bad_leaf)),
    st.tuples(st.just("keyword"), st.text(alphabet="abcxyz_", min_size=1, max_size=8)),
)


def _attempt(vn: VismaNet, which: str, kind: str, value: Any) -> Any:
    segment = value if kind == "segment" else "10001"
    body = value if kind == "body" else {"name": "x"}
    unknown = {f"zz_{value}": 1} if kind == "keyword" else {}
    if which == "call":
        if kind == "keyword":
            return lambda: vn.call(customer_put_bycustomer_cd, customer_cd="10001", body={"name": "x"}, **unknown)
        return lambda: vn.call("PUT /v1/customer/{customerCd}", customerCd=segment, json=body)
    if which == "create":
        if kind == "keyword":
            return lambda: vn.create(customer_post, body={"name": "x"}, **unknown)
        return lambda: vn.create("POST /v1/customer/{customerCd}/contact", customerCd=segment, json=body)
    if kind == "body":
        return None  # uploads take a file, not a JSON body
    return lambda: vn.upload_attachment(ATTACH, b"data", filename="a.txt", invoiceNumber=segment, **unknown)


def test_property_bad_call_create_upload_arguments_raise_invalid_argument_first(sb: Sandbox, proxy: FaultProxy) -> None:
    with VismaNet(base_url=proxy.url, log=False, **sb.client_kwargs(proxy.url)) as vn:

        @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(case=_bad_call, which=st.sampled_from(["call", "create", "upload"]))
        def check(case: tuple[str, Any], which: str) -> None:
            kind, value = case
            attempt = _attempt(vn, which, kind, value)
            if attempt is None:
                return
            before = proxy.requests
            try:
                attempt()
            except InvalidArgument:
                pass
            except Exception as exc:
                raise AssertionError(f"{which} {kind} {value!r}: {type(exc).__name__}: {exc}") from exc
            else:
                raise AssertionError(f"{which} {kind} {value!r}: no error")
            assert proxy.requests == before, f"{which} {kind} {value!r} reached the wire"

        check()

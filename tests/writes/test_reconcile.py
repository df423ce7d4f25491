"""The pieces behind lost-answer handling: value comparison, the resend rule, OutcomeUnknown, the CLI's exit 3."""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cli._subproc import run
from faultproxy import Fault, FaultProxy

from vismanet_ext.client import VismaNet
from vismanet_ext.errors import OutcomeUnknown
from vismanet_ext.sandbox import Sandbox
from vismanet_ext.transports import RetryPolicy, is_idempotent
from vismanet_ext.writes import holds_sent_values


@pytest.fixture
def proxy(sb: Sandbox, base_url: str) -> Iterator[FaultProxy]:
    with FaultProxy(base_url, timeout=10) as p:
        yield p


def _client(sb: Sandbox, proxy: FaultProxy) -> VismaNet:
    return VismaNet(base_url=proxy.url, log=False, retry=RetryPolicy(backoff_base=0, jitter=0),
                    **sb.client_kwargs(proxy.url))


# --- comparing what was sent with what is stored --------------------------------------------------------

RECORD: dict[str, Any] = {
    "number": "10001",
    "name": "Acme AS",
    "creditLimit": 1500.0,
    "customerClass": {"id": "NO", "description": "Norway"},
    "mainAddress": {"addressLine1": "Gate 1", "country": {"id": "NO", "name": "Norway"}},
    "invoiceDate": "2026-01-05T00:00:00",
    "hold": False,
    "lines": [{"amount": 1.0}, {"amount": 2.0}],
    "timeStamp": "AAAAAAAAAAI=",
    "lastModifiedDateTime": "2026-01-05T10:00:00.123",
}


@pytest.mark.parametrize(
    ("sent", "verdict"),
    [
        ({"name": {"value": "Acme AS"}, "creditLimit": {"value": 1500}}, True),
        ({"name": "Acme AS", "creditLimit": "1500"}, True),  # plain values, a number as text
        ({"customerClassId": {"value": "NO"}}, True),  # stored as customerClass.id
        ({"customerClass": {"value": "NO"}}, True),  # a reference sent as its key
        ({"mainAddress": {"value": {"addressLine1": {"value": "Gate 1"}, "countryId": {"value": "NO"}}}}, True),
        ({"invoiceDate": {"value": "2026-01-05"}}, True),
        ({"hold": {"value": False}, "overrideNumberSeries": {"value": True}}, True),  # a write-only flag skipped
        ({"timeStamp": "old", "lastModifiedDateTime": "old", "name": "Acme AS"}, True),  # server-maintained
        ({"lines": [{"amount": 1}, {"amount": 2}]}, True),
        ({"name": {"value": "Other"}}, False),
        ({"creditLimit": {"value": 1501}}, False),
        ({"hold": {"value": 0}}, False),  # a bool is not a number
        ({"customerClassId": {"value": "SE"}}, False),
        ({"unknownField": {"value": 1}}, None),
        ({"lines": [{"operation": "Insert", "amount": 3}]}, None),
        ({"lines": [{"amount": 1}]}, None),  # lengths differ
    ],
)
def test_holds_sent_values(sent: dict[str, Any], verdict: bool | None) -> None:
    got, why = holds_sent_values(sent, RECORD)
    assert got is verdict, why
    assert (why == "") is (verdict is True)


def test_holds_sent_values_needs_objects() -> None:
    assert holds_sent_values([1], RECORD)[0] is None
    assert holds_sent_values({"a": 1}, "text")[0] is None


# --- the resend rule ------------------------------------------------------------------------------------


def test_conditional_requests_and_background_starts_are_not_idempotent() -> None:
    assert is_idempotent(httpx.Request("PUT", "http://h/v1/x"))
    assert not is_idempotent(httpx.Request("PUT", "http://h/v1/x", headers={"If-Match": '"1"'}))
    assert not is_idempotent(httpx.Request("DELETE", "http://h/v1/x", headers={"if-match": "*"}))
    assert not is_idempotent(httpx.Request("PUT", "http://h/v1/x", headers={"erp-api-background": "none"}))
    assert not is_idempotent(httpx.Request("PUT", "http://h/v1/x", extensions={"vismanet_idempotent": False}))
    assert is_idempotent(httpx.Request("POST", "http://h/v1/x", extensions={"vismanet_idempotent": True}))


def test_a_conditional_put_behind_429s_is_still_resent(sb: Sandbox, proxy: FaultProxy) -> None:
    """A 429 means nothing was processed: resent, If-Match or not."""
    etag = sb.etag("customer", "10001")
    rule = proxy.add(Fault.status_429(retry_after=0, method="PUT", times=2))
    with _client(sb, proxy) as vn:
        result = vn.call("PUT /v1/customer/{customerCd}", customerCd="10001", body={"name": "After 429"}, if_match=etag)
    assert result.status_code == 204 and not result.reconciled and rule.faulted == 2


def test_a_put_inserting_lines_is_never_resent(sb: Sandbox, proxy: FaultProxy) -> None:
    lines = len(sb.record("customerinvoice", "000001")["invoiceLines"])  # type: ignore[index]
    proxy.add(Fault.reset_after_forward(method="PUT", times=1))
    body = {"invoiceLines": [{"operation": "Insert", "description": {"value": "Extra"},
                              "quantity": {"value": 1}, "unitPriceInCurrency": {"value": 10}}]}
    with _client(sb, proxy) as vn, pytest.raises(OutcomeUnknown) as caught:
        vn.call("PUT /v1/customerinvoice/{invoiceNumber}", invoiceNumber="000001", json=body)
    assert caught.value.kind == "update"
    assert len(sb.record("customerinvoice", "000001")["invoiceLines"]) == lines + 1  # type: ignore[index]
    assert len(proxy.passages(method="PUT")) == 1


def test_a_conditional_put_whose_every_answer_is_lost_ends_outcome_unknown(sb: Sandbox, proxy: FaultProxy) -> None:
    etag = sb.etag("customer", "10001")
    proxy.add(Fault.reset_before_forward(method="PUT"))  # never reaches the server
    with _client(sb, proxy) as vn, pytest.raises(OutcomeUnknown) as caught:
        vn.call("PUT /v1/customer/{customerCd}", customerCd="10001", body={"name": "Never"}, if_match=etag)
    assert "still not applied after resending" in str(caught.value)
    assert len(proxy.passages(method="PUT")) == 3  # the first send and two resends, all with the same ETag
    assert caught.value.current is not None and caught.value.current["name"] != "Never"


def test_reading_back_fails_too(sb: Sandbox, proxy: FaultProxy) -> None:
    etag = sb.etag("customer", "10001")
    proxy.add(Fault.reset_after_forward(method="PUT", times=1))
    proxy.add(Fault.status_503(method="GET", path=r"/v1/customer/10001"))
    with _client(sb, proxy) as vn, pytest.raises(OutcomeUnknown, match="reading it back failed"):
        vn.call("PUT /v1/customer/{customerCd}", customerCd="10001", body={"name": "Mine"}, if_match=etag)


# --- OutcomeUnknown itself ------------------------------------------------------------------------------


def test_outcome_unknown_pickles_without_secrets(sb: Sandbox, proxy: FaultProxy) -> None:
    proxy.add(Fault.reset_after_forward(method="POST", path=r"/v1/customer$", times=1))
    with _client(sb, proxy) as vn, pytest.raises(OutcomeUnknown) as caught:
        vn.create("POST /v1/customer", body={"name": "Pickled AS"})
    err = caught.value
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.method, copy.url, copy.kind, copy.cause, str(copy)) == (err.method, err.url, err.kind, err.cause, str(err))
    assert copy.sent == {"name": {"value": "Pickled AS"}}
    assert "Bearer" not in repr(copy.__dict__)


# --- the CLI: exit 3 and what to do ----------------------------------------------------------------------


@pytest.mark.slow
def test_cli_create_and_attach_with_a_lost_answer_exit_3(sb: Sandbox, proxy: FaultProxy, tmp_path: Path) -> None:
    args = ["--base-url", proxy.url, "--token", sb.issue_token(), "--retries", "0"]
    body = tmp_path / "c.json"
    body.write_text(json.dumps({"name": "Lost by CLI"}))
    before = sb.count("customer")
    proxy.add(Fault.reset_after_forward(method="POST", path=r"/v1/customer$", times=1))
    r = run("create", "customer", "--json", str(body), *args)
    assert r.returncode == 3, (r.stdout, r.stderr)
    assert r.stdout == "" and "the record may have been created; look it up before sending again" in r.stderr
    assert sb.count("customer") == before + 1
    upload = tmp_path / "a.txt"
    upload.write_text("hello")
    proxy.add(Fault.reset_after_forward(method="POST", path=r"/attachment$", times=1))
    r = run("attach", "customerinvoice", "000001", str(upload), *args)
    assert r.returncode == 3 and "list the record's attachments before uploading again" in r.stderr, r.stderr

"""Release/void actions and the already-released rules, over loopback HTTP."""

from __future__ import annotations

import httpx
import pytest

from vismanet_ext.sandbox import Sandbox


def first_with_status(sb: Sandbox, resource: str, status: str) -> str:
    key_field = {"customerinvoice": "referenceNumber", "supplierInvoice": "referenceNumber",
                 "customerPayment": "refNbr", "supplierPayment": "refNbr",
                 "journaltransaction": "batchNumber"}[resource]
    return next(str(r[key_field]) for r in sb.records(resource) if r["status"] == status)


@pytest.mark.parametrize(
    ("resource", "path", "label"),
    [
        ("customerinvoice", "/v1/customerinvoice/{}/action/release", "Invoice"),
        ("supplierInvoice", "/v1/supplierInvoice/{}/action/release", "Supplier invoice"),
        ("supplierInvoice", "/v1/supplierInvoice/Invoice/{}/action/release", "Supplier invoice"),
        ("customerPayment", "/v1/customerPayment/{}/action/release", "Payment"),
        ("customerPayment", "/v1/payment/{}/action/release", "Payment"),
        ("supplierPayment", "/v1/supplierPayment/{}/action/release", "Supplier payment"),
        ("journaltransaction", "/v2/journaltransaction/{}/action/release", "Journal transaction"),
    ],
)
def test_release_changes_status_and_twice_fails(
    sb: Sandbox, http: httpx.Client, resource: str, path: str, label: str
) -> None:
    key = first_with_status(sb, resource, "Balanced")
    reply = http.post(path.format(key))
    assert reply.status_code == 200, reply.text
    assert reply.json()["actionResult"] == "Done"
    assert set(reply.json()) == {"actionId", "actionResult"}
    record = sb.record(resource, key)
    assert record is not None and record["status"] not in ("Balanced", "Hold")
    again = http.post(path.format(key))
    assert again.status_code == 400
    assert again.json() == {"message": f"{label} can't be released because it is already released."}


def test_supplier_payment_release_sets_released_flag(sb: Sandbox, http: httpx.Client) -> None:
    key = first_with_status(sb, "supplierPayment", "Balanced")
    assert sb.record("supplierPayment", key)["released"] is False  # type: ignore[index]
    http.post(f"/v1/supplierPayment/{key}/action/release")
    released = http.get(f"/v1/supplierPayment/{key}").json()
    assert released["released"] is True
    assert released["status"] in ("Open", "Closed")


def test_released_payment_cannot_be_updated(sb: Sandbox, http: httpx.Client) -> None:
    key = first_with_status(sb, "customerPayment", "Balanced")
    assert http.put(f"/v1/customerPayment/{key}", json={"paymentRef": {"value": "ok"}}).status_code == 204
    http.post(f"/v1/customerPayment/{key}/action/release")
    refused = http.put(f"/v1/customerPayment/{key}", json={"paymentRef": {"value": "late"}})
    assert refused.status_code == 400
    assert refused.json() == {"message": "Payment can't be updated because it is already released."}


def test_document_on_hold_cannot_be_released(sb: Sandbox, http: httpx.Client) -> None:
    key = first_with_status(sb, "customerinvoice", "Hold")
    reply = http.post(f"/v1/customerinvoice/{key}/action/release")
    assert reply.status_code == 400
    assert "on hold" in reply.json()["message"]
    assert sb.record("customerinvoice", key)["status"] == "Hold"  # type: ignore[index]
    assert http.put(f"/v1/customerinvoice/{key}", json={"hold": {"value": False}}).status_code == 204
    assert http.post(f"/v1/customerinvoice/{key}/action/release").status_code == 200


def test_release_honours_if_match(sb: Sandbox, http: httpx.Client) -> None:
    key = first_with_status(sb, "supplierInvoice", "Balanced")
    etag = http.get(f"/v1/supplierInvoice/{key}").headers["ETag"]
    sb.touch("supplierInvoice", key)
    stale = http.post(f"/v1/supplierInvoice/{key}/action/release", headers={"If-Match": etag})
    assert stale.status_code == 412
    assert sb.record("supplierInvoice", key)["status"] == "Balanced"  # type: ignore[index]
    fresh = http.get(f"/v1/supplierInvoice/{key}").headers["ETag"]
    ok = http.post(f"/v1/supplierInvoice/{key}/action/release", headers={"If-Match": fresh})
    assert ok.status_code == 200


def test_release_changes_the_etag(sb: Sandbox, http: httpx.Client) -> None:
    key = first_with_status(sb, "supplierPayment", "Balanced")
    before = http.get(f"/v1/supplierPayment/{key}").headers["ETag"]
    http.post(f"/v1/supplierPayment/{key}/action/release")
    assert http.get(f"/v1/supplierPayment/{key}").headers["ETag"] != before


def test_void_needs_a_released_payment(sb: Sandbox, http: httpx.Client) -> None:
    key = first_with_status(sb, "customerPayment", "Balanced")
    early = http.post(f"/v1/customerPayment/{key}/action/void")
    assert early.status_code == 400 and "released" in early.json()["message"]
    http.post(f"/v1/customerPayment/{key}/action/release")
    assert http.post(f"/v1/customerPayment/{key}/action/void").status_code == 200
    assert sb.record("customerPayment", key)["status"] == "Voided"  # type: ignore[index]


def test_release_of_unknown_document_is_404(http: httpx.Client) -> None:
    reply = http.post("/v1/customerinvoice/NOPE/action/release")
    assert reply.status_code == 404
    assert "NOPE" in reply.json()["message"]

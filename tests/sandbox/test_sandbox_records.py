"""Single records, creates, updates, deletes and ETag/If-Match, over loopback HTTP."""

from __future__ import annotations

import base64
from urllib.parse import quote

import httpx
import pytest

from vismanet_ext.sandbox import Sandbox


@pytest.mark.parametrize(
    ("path", "key_field", "key"),
    [
        ("/v1/customer/10004", "number", "10004"),
        ("/v1/supplier/50004", "number", "50004"),
        ("/v1/customerinvoice/000004", "referenceNumber", "000004"),
        ("/v1/supplierInvoice/000004", "referenceNumber", "000004"),
        ("/v1/supplierInvoice/Invoice/000004", "referenceNumber", "000004"),
        ("/v1/customerPayment/000004", "refNbr", "000004"),
        ("/v1/payment/000004", "refNbr", "000004"),
        ("/v1/supplierPayment/000004", "refNbr", "000004"),
        ("/v1/supplierPayment/Payment/000004", "refNbr", "000004"),
        ("/v1/account/1040", "accountCD", "1040"),
        ("/v2/salesorder/000004", "orderNo", "000004"),
        ("/v1/salesorder/SO/000004", "orderNo", "000004"),
        ("/v2/journaltransaction/000004", "batchNumber", "000004"),
        ("/v1/inventory/IT000004", "inventoryNumber", "IT000004"),
    ],
)
def test_get_by_key_on_every_resource(
    http: httpx.Client, path: str, key_field: str, key: str
) -> None:
    reply = http.get(path)
    assert reply.status_code == 200, reply.text
    assert reply.json()[key_field] == key
    assert reply.headers["ETag"]
    assert "metadata" not in reply.json()


def test_paths_are_case_insensitive_like_aspnet(http: httpx.Client) -> None:
    assert http.get("/V1/SupplierInvoice/000004").status_code == 200


def test_etag_header_equals_timestamp_field(http: httpx.Client) -> None:
    for path, field in (("/v1/supplier/50001", "timeStamp"), ("/v1/supplierInvoice/000001", "timeStamp"),
                        ("/v1/supplierPayment/000001", "timeStamp"), ("/v1/inventory/IT000001", "timestamp")):
        reply = http.get(path)
        assert reply.headers["ETag"] == reply.json()[field]
        assert base64.b64decode(reply.headers["ETag"])  # an 8-byte rowversion, base64


def test_unknown_key_is_404_with_message(http: httpx.Client) -> None:
    reply = http.get("/v1/customer/99999999")
    assert reply.status_code == 404
    assert reply.json() == {"message": "Customer '99999999' was not found."}


def test_path_checks_must_agree_with_the_record(http: httpx.Client) -> None:
    assert http.get("/v1/supplierInvoice/CreditAdj/000004").status_code == 404
    assert http.get("/v1/salesorder/XX/000004").status_code == 404


def test_create_returns_201_empty_body_and_location(sb: Sandbox, http: httpx.Client) -> None:
    reply = http.post("/v1/customer", json={"name": {"value": "Acme AS"}, "status": {"value": "Active"}})
    assert reply.status_code == 201
    assert reply.content == b""
    location = reply.headers["Location"]
    key = location.rsplit("/", 1)[1]
    assert location == f"{str(http.base_url).rstrip('/')}/v1/customer/{key}"
    created = http.get(location)
    assert created.status_code == 200
    assert created.json()["name"] == "Acme AS"
    assert created.headers["ETag"] == reply.headers["ETag"]
    assert sb.keys("customer")[-1] == key


@pytest.mark.parametrize("number", ["ACME 01", "A/B-7", "50%", "Ærlig & Co"])
def test_location_url_encodes_the_new_key(http: httpx.Client, number: str) -> None:
    reply = http.post("/v1/customer", json={"number": {"value": number}, "name": {"value": "Odd key"}})
    assert reply.status_code == 201
    assert reply.headers["Location"].endswith("/v1/customer/" + quote(number, safe=""))
    fetched = http.get(reply.headers["Location"])
    assert fetched.status_code == 200
    assert fetched.json()["number"] == number


def test_keys_can_be_sent_base64url_encoded(http: httpx.Client) -> None:
    http.post("/v1/inventory", json={"inventoryNumber": {"value": ":/?#[]@&*+;"},
                                     "description": {"value": "Reserved chars"}})
    encoded = base64.urlsafe_b64encode(b":/?#[]@&*+;").decode().rstrip("=")
    reply = http.get(f"/v1/inventory/b64({encoded})")
    assert reply.status_code == 200
    assert reply.json()["description"] == "Reserved chars"


def test_duplicate_key_is_rejected(http: httpx.Client) -> None:
    reply = http.post("/v1/customer", json={"number": {"value": "10001"}, "name": {"value": "Dup"}})
    assert reply.status_code == 400
    assert reply.json() == {"message": "Customer '10001' already exists."}


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({"name": "Acme"}, "'name'"),                               # not wrapped in {"value": ...}
        ({"name": {"val": "Acme"}}, "'name'"),
        ({"status": {"value": "Active"}}, "'name' cannot be empty"),  # required field missing
        ({"name": {"value": "A"}, "creditLimit": {"value": "lots"}}, "creditLimit"),
        ({"name": {"value": "A"}, "printInvoices": {"value": "yes"}}, "printInvoices"),
    ],
)
def test_bad_write_bodies_are_400_naming_the_field(
    http: httpx.Client, body: dict[str, object], fragment: str
) -> None:
    reply = http.post("/v1/customer", json=body)
    assert reply.status_code == 400
    assert fragment in reply.json()["message"]


def test_malformed_or_non_json_bodies(http: httpx.Client) -> None:
    broken = http.post("/v1/customer", content=b"{not json", headers={"Content-Type": "application/json"})
    assert broken.status_code == 400 and "JSON" in broken.json()["message"]
    empty = http.post("/v1/customer", content=b"", headers={"Content-Type": "application/json"})
    assert empty.status_code == 400 and "empty" in empty.json()["message"]
    array = http.post("/v1/customer", json=[1, 2])
    assert array.status_code == 400
    xml = http.post("/v1/customer", content=b"<Customer/>", headers={"Content-Type": "text/plain"})
    assert xml.status_code == 415


def test_references_must_exist(http: httpx.Client) -> None:
    reply = http.post("/v2/customerinvoice", json={"customerNumber": {"value": "nobody"}})
    assert reply.status_code == 400
    assert reply.json() == {"message": "Customer 'nobody' cannot be found in the system."}


def test_v2_invoice_create_with_lines(sb: Sandbox, http: httpx.Client) -> None:
    reply = http.post("/v2/customerinvoice", json={
        "customerNumber": {"value": "10003"},
        "documentDate": {"value": "2025-02-03T00:00:00"},
        "invoiceText": {"value": "Consulting"},
        "invoiceLines": [
            {"operation": "Insert", "description": {"value": "Hours"}, "quantity": {"value": 3},
             "unitPriceInCurrency": {"value": 100.0}},
            {"operation": "Insert", "description": {"value": "Travel"}, "quantity": {"value": 1},
             "unitPriceInCurrency": {"value": 50}},
        ],
    })
    assert reply.status_code == 201, reply.text
    assert "/v1/customerinvoice/" in reply.headers["Location"]
    invoice = http.get(reply.headers["Location"]).json()
    assert invoice["customer"] == {"number": "10003", "name": sb.record("customer", "10003")["name"]}  # type: ignore[index]
    assert invoice["status"] == "Balanced"
    assert [line["lineNumber"] for line in invoice["invoiceLines"]] == [1, 2]
    assert invoice["detailTotal"] == 350.0
    assert invoice["amount"] == 437.5
    assert invoice["documentDate"] == "2025-02-03T00:00:00"


def test_put_updates_and_returns_new_etag(http: httpx.Client) -> None:
    before = http.get("/v1/supplier/50002")
    reply = http.put("/v1/supplier/50002", json={"name": {"value": "Renamed AS"},
                                                 "mainAddress": {"value": {"city": {"value": "BODØ"},
                                                                           "countryId": {"value": "NO"}}}})
    assert reply.status_code == 204
    assert reply.content == b""
    assert reply.headers["ETag"] != before.headers["ETag"]
    after = http.get("/v1/supplier/50002")
    assert after.json()["name"] == "Renamed AS"
    assert after.json()["mainAddress"]["city"] == "BODØ"
    assert after.json()["mainAddress"]["addressLine1"] == before.json()["mainAddress"]["addressLine1"]
    assert after.headers["ETag"] == reply.headers["ETag"] == after.json()["timeStamp"]
    assert after.json()["lastModifiedDateTime"] > before.json()["lastModifiedDateTime"]


def test_if_match_stale_is_412_and_nothing_changes(sb: Sandbox, http: httpx.Client) -> None:
    etag = http.get("/v1/supplier/50003").headers["ETag"]
    sb.touch("supplier", "50003")  # someone else changed it
    before = sb.record("supplier", "50003")
    reply = http.put("/v1/supplier/50003", json={"name": {"value": "Lost update"}},
                     headers={"If-Match": etag})
    assert reply.status_code == 412
    assert "If-Match" in reply.json()["message"]
    assert sb.record("supplier", "50003") == before


@pytest.mark.parametrize("form", ["{}", '"{}"', 'W/"{}"', "*"])
def test_if_match_current_succeeds_in_any_common_form(http: httpx.Client, form: str) -> None:
    etag = http.get("/v1/customer/10008").headers["ETag"]
    reply = http.put("/v1/customer/10008", json={"name": {"value": "Matched"}},
                     headers={"If-Match": form.format(etag)})
    assert reply.status_code == 204
    assert http.get("/v1/customer/10008").json()["name"] == "Matched"


def test_put_without_if_match_is_unconditional(sb: Sandbox, http: httpx.Client) -> None:
    sb.touch("customer", "10009")
    reply = http.put("/v1/customer/10009", json={"name": {"value": "Last writer wins"}})
    assert reply.status_code == 204


def test_references_update_names_and_descriptions(http: httpx.Client) -> None:
    http.put("/v1/customer/10011", json={"customerClassId": {"value": "9"},
                                         "creditTermsId": {"value": "60"}})
    record = http.get("/v1/customer/10011").json()
    assert record["customerClass"] == {"id": "9"}
    assert record["creditTerms"] == {"id": "60"}


def test_delete_unreleased_invoice(sb: Sandbox, http: httpx.Client) -> None:
    created = http.post("/v2/customerinvoice", json={"customerNumber": {"value": "10001"}})
    location = created.headers["Location"]
    assert http.delete(location).status_code == 204
    assert http.get(location).status_code == 404
    released = next(r for r in sb.records("customerinvoice") if r["status"] == "Open")
    refused = http.delete(f"/v1/customerinvoice/{released['referenceNumber']}")
    assert refused.status_code == 400
    assert "already released" in refused.json()["message"]


def test_unknown_path_and_method(http: httpx.Client) -> None:
    missing = http.get("/v1/nothinghere")
    assert missing.status_code == 404
    assert "/v1/nothinghere" in missing.json()["message"]
    unsupported = http.delete("/v1/attribute/COLOR")  # in the spec, not modelled by the sandbox
    assert unsupported.status_code == 404
    message = unsupported.json()["message"]
    assert "The sandbox does not model DELETE /v1/attribute/{attributeId}" in message
    assert "Attribute_DeleteByattributeId" in message
    wrong = http.delete("/v1/customer/10001")
    assert wrong.status_code == 405
    assert "DELETE" in wrong.json()["message"]


def test_journal_transaction_create_and_update_lines(http: httpx.Client) -> None:
    reply = http.post("/v2/journaltransaction", json={
        "transactionDate": {"value": "2025-03-01T00:00:00"},
        "description": {"value": "Accrual"},
        "journalTransactionLines": [
            {"operation": "Insert", "accountNumber": {"value": "6300"}, "debitAmountInCurrency": {"value": 1000}},
            {"operation": "Insert", "accountNumber": {"value": "2990"}, "creditAmountInCurrency": {"value": 1000}},
        ],
    })
    assert reply.status_code == 201, reply.text
    location = reply.headers["Location"]
    batch = http.get(location).json()
    assert batch["debitTotal"] == batch["creditTotal"] == 1000.0
    update = http.put(location, json={"journalTransactionLines": [
        {"operation": "Update", "lineNumber": {"value": 1}, "debitAmountInCurrency": {"value": 1200}},
        {"operation": "Update", "lineNumber": {"value": 2}, "creditAmountInCurrency": {"value": 1200}},
    ]})
    assert update.status_code == 204
    assert http.get(location).json()["debitTotal"] == 1200.0
    bad = http.put(location, json={"journalTransactionLines": [
        {"operation": "Delete", "lineNumber": {"value": 9}}]})
    assert bad.status_code == 400 and "Line 9" in bad.json()["message"]


def test_sandbox_data_access_helpers(sb: Sandbox, http: httpx.Client) -> None:
    keys = sb.insert("customer", 2)
    assert sb.keys("customer")[-2:] == keys
    listed = http.get("/v1/customer", params={"lastModifiedDateTime": sb.now().isoformat(timespec="seconds"),
                                              "lastModifiedDateTimeCondition": ">="}).json()
    assert [r["number"] for r in listed] == keys
    [given] = sb.insert("customer", {"number": "X-1", "name": "Given AS"})
    fetched = http.get("/v1/customer/X-1").json()
    assert given == "X-1" and fetched["name"] == "Given AS" and fetched["lastModifiedDateTime"]
    with pytest.raises(ValueError):
        sb.insert("customer", {"number": "X-1"})
    etag = sb.update("customer", "X-1", name="Changed AS")
    assert http.get("/v1/customer/X-1").headers["ETag"] == etag == sb.etag("customer", "X-1")
    assert sb.delete("customer", "X-1") is True
    assert sb.delete("customer", "X-1") is False
    assert http.get("/v1/customer/X-1").status_code == 404
    with pytest.raises(KeyError):
        sb.records("nonsense")

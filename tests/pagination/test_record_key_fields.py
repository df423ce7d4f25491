"""RecordKey.fields names the fields the pager keys a record by (what the dlt source declares as its key)."""

from __future__ import annotations

from vismanet_ext.pagination import RecordKey


def test_fields_names_the_key_field_and_the_discriminators_present() -> None:
    key = RecordKey(["referenceNumber"])
    record = {"referenceNumber": "000123", "documentType": "Invoice", "amount": 10}
    assert key.fields(record) == ["referenceNumber", "documentType"]
    assert key(record) == ("000123", "Invoice")


def test_fields_is_none_for_a_record_without_a_usable_key() -> None:
    assert RecordKey(["internalId"]).fields({"internalId": None, "name": {"value": "x"}}) is None
    assert RecordKey(["internalId"]).fields(["not", "a", "record"]) is None

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


def test_keys_of_a_page_equal_the_key_of_each_record_whatever_the_records_hold() -> None:
    """`keys()` takes a C-loop fast path when every record holds a plain str/int key; the answer is the same."""
    plain = [{"number": "C1", "name": "a"}, {"number": 7}, {"number": "C3", "extra": [1]}]
    odd_records: list[object] = [
        {"number": True}, {"number": None}, {"number": {"value": "x"}}, {"number": [1]}, {"number": 1.5},
        {"name": "no key"}, ["a", "list"], "text", 3, None,
    ]  # fmt: skip
    for page in [plain, *([*plain, odd] for odd in odd_records), [odd_records[0], *plain]]:
        key = RecordKey(["number"])
        assert key.keys(page) == [key(record) for record in page], page
    assert RecordKey(["number"]).keys(plain) == [("C1",), (7,), ("C3",)]

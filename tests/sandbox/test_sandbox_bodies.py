"""POST/PUT bodies are checked against the operation's body schema (spec via the generated
models): a plain value where a {"value": ...} wrapper is declared is a 400 naming the field."""

from __future__ import annotations

import httpx

from vismanet_ext.sandbox import Sandbox


def _refused(reply: httpx.Response, *fragments: str) -> str:
    assert reply.status_code == 400, reply.text
    message: str = reply.json()["message"]
    for fragment in fragments:
        assert fragment in message, message
    return message


def test_a_plain_value_for_a_wrapped_field_names_the_field(http: httpx.Client) -> None:
    message = _refused(http.post("/v1/customer", json={"name": "Acme AS"}), "'name'", "DtoValueOfString")
    assert 'send {"name": {"value": "Acme AS"}}' in message  # JSON, not Python quotes
    _refused(http.post("/v1/customer", json={"name": {"value": "Acme AS"}, "creditLimit": 5000}),
             "'creditLimit'", 'send {"creditLimit": {"value": 5000}}')


def test_nested_objects_and_lines_are_checked_to_the_leaf(http: httpx.Client) -> None:
    _refused(http.post("/v1/customer", json={"name": {"value": "A"},
                                             "mainAddress": {"value": {"city": "OSLO"}}}),
             "'mainAddress.value.city'")
    _refused(http.post("/v1/customer", json={"name": {"value": "A"},
                                             "mainAddress": {"city": {"value": "OSLO"}}}),
             "'mainAddress'", "DtoValueOfAddressUpdateDto")  # the outer wrapper is missing
    line = {"operation": "Insert", "description": {"value": "Work"}, "quantity": 2}
    _refused(http.post("/v1/customerinvoice", json={"customerNumber": {"value": "10001"},
                                                    "invoiceLines": [line]}),
             "'invoiceLines[0].quantity'")
    _refused(http.post("/v1/customerinvoice", json={"customerNumber": {"value": "10001"},
                                                    "invoiceLines": {"operation": "Insert"}}),
             "'invoiceLines'", "expected an array")


def test_values_inside_wrappers_are_converted_like_json_net(http: httpx.Client) -> None:
    _refused(http.post("/v1/customer", json={"name": {"value": "A"}, "creditLimit": {"value": "lots"}}),
             "'creditLimit.value'", "a number")
    _refused(http.post("/v1/customer", json={"name": {"value": "A"}, "status": {"value": "Sleeping"}}),
             "'status.value'", "Allowed values", "Active")
    _refused(http.post("/v1/customerinvoice", json={
        "customerNumber": {"value": "10001"}, "invoiceLines": [{"operation": "Upsert"}]}),
        "'invoiceLines[0].operation'", "Delete, Insert, Update")
    _refused(http.post("/v1/customerinvoice", json={"customerNumber": {"value": "10001"},
                                                    "documentDate": {"value": "April 1st"}}),
             "'documentDate.value'", "a date")
    created = http.post("/v1/customer", json={"Name": {"value": "Case AS"}, "creditLimit": {"value": "12.5"},
                                              "status": {"value": "active"}, "numberOfEmployees": None})
    assert created.status_code == 201, created.text  # case-insensitive names, "12.5" for a decimal, null


def test_unknown_members_are_refused_with_close_matches(sb: Sandbox, http: httpx.Client) -> None:
    message = _refused(http.post("/v1/customer", json={"nmae": {"value": "Typo AS"}}),
                       "'nmae' is not a member of CustomerUpdateDto", "'name'")
    assert "ignores unknown members" in message
    _refused(http.put("/v1/customer/10001", json={"name": {"value": "B"}, "colour": {"value": "red"}}),
             "'colour'")
    lenient = Sandbox(background_delay=None, strict_bodies=False)
    reply = lenient.client(headers=lenient.auth_headers()).post(
        "/v1/customer", json={"name": {"value": "Lenient AS"}, "colour": {"value": "red"}})
    assert reply.status_code == 201  # ignored, as the real server does
    assert lenient.client(headers=lenient.auth_headers()).post(
        "/v1/customer", json={"name": "Bare"}).status_code == 400  # binding errors stay errors


def test_puts_and_the_legacy_host_are_checked_too(http: httpx.Client) -> None:
    _refused(http.put("/v1/supplier/50001", json={"name": "Plain"}), "'name'")
    legacy = http.post("/API/controller/api/v1/customer", json={"name": "Plain"},
                       headers={"ipp-company-id": "1"})
    _refused(legacy, "'name'")


def test_a_wrapped_body_with_lines_is_accepted(sb: Sandbox, http: httpx.Client) -> None:
    reply = http.post("/v1/customerinvoice", json={
        "customerNumber": {"value": "10001"}, "documentDate": {"value": "2025-04-01"},
        "invoiceText": {"value": "Consulting"},
        "invoiceLines": [{"operation": "Insert", "description": {"value": "Workshop"},
                          "quantity": {"value": 2}, "unitPriceInCurrency": {"value": 1499.5}}]})
    assert reply.status_code == 201, reply.text
    key = reply.headers["Location"].rsplit("/", 1)[1]
    record = sb.record("customerinvoice", key)
    assert record is not None and record["invoiceLines"][0]["amount"] == 2999.0

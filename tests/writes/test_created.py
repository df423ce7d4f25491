"""create(): the new record's id from Location, for any POST, and a clear error when Location is unusable."""

from __future__ import annotations

import asyncio

import pytest
from vismanet_client.api.customer import customer_get_bycustomer_cd, customer_post

from vismanet_ext.client import VismaNet
from vismanet_ext.errors import ApiError, InvalidArgument
from vismanet_ext.sandbox import Sandbox

from ._servers import Reply, recording_server
from .conftest import api_requests, async_client, credentials


def test_generated_operation_gives_id_from_location(vn: VismaNet, sb: Sandbox) -> None:
    r = vn.create(customer_post, body={"name": {"value": "Fjord Fisk AS"}})
    assert r.status_code == 201
    assert r.id is not None and r.location is not None and r.location.endswith(f"/v1/customer/{r.id}")
    assert sb.record("customer", r.id)["name"] == "Fjord Fisk AS"  # type: ignore[index]
    read = vn.call(customer_get_bycustomer_cd, customer_cd=r.id)
    assert read.value.name == "Fjord Fisk AS"


def test_encoded_id_is_decoded(vn: VismaNet, sb: Sandbox) -> None:
    key = "A/B 1+ø"
    r = vn.create("POST /v1/customer", body={"number": {"value": key}, "name": {"value": "Slash"}})
    assert "A%2FB%201%2B%C3%B8" in (r.location or "")
    assert r.id == key
    assert vn.call("GET /v1/customer/{customerCd}", customerCd=r.id).value["number"] == key


def test_v2_endpoint_and_legacy_host(vn: VismaNet, sb: Sandbox, base_url: str) -> None:
    r = vn.create("POST /v2/salesorder", body={"orderType": {"value": "SO"}, "customer": {"value": "10000"}})
    assert r.status_code == 201 and "/v2/salesorder/" in (r.location or "")
    assert sb.record("salesorder", r.id) is not None  # type: ignore[arg-type]

    with VismaNet(
        base_url=f"{base_url}/API/controller/api", company_id=sb.tenant_id, log=False, **credentials(sb, base_url)
    ) as legacy:
        r = legacy.create(customer_post, body={"name": {"value": "Legacy"}})
    assert "/API/controller/api/v1/customer/" in (r.location or "") and r.id is not None
    assert sb.record("customer", r.id)["name"] == "Legacy"  # type: ignore[index]


@pytest.mark.parametrize(
    ("headers", "problem"),
    [
        ({}, "without a Location header"),
        ({"Location": "http://x/v1/customer/"}, "pointing back at the collection"),
        ({"Location": "/v1/customer"}, "pointing back at the collection"),
    ],
)
def test_201_without_usable_location_is_an_error(headers: dict[str, str], problem: str) -> None:
    with recording_server(lambda _req: Reply(201, headers)) as (url, seen), VismaNet(
        base_url=url, token="t", log=False
    ) as vn, pytest.raises(ApiError) as caught:
        vn.create("POST /v1/customer", body={"name": {"value": "x"}})
    assert problem in str(caught.value)
    assert "look it up before sending the POST again" in str(caught.value)
    assert caught.value.status_code == 201
    assert len(seen) == 1  # not retried: resending a POST could create a duplicate


def test_non_201_success_is_returned_as_is() -> None:
    with recording_server(lambda _req: Reply(200, {"Content-Type": "application/json"}, b'{"actionResult":"Done"}')) as (
        url,
        _seen,
    ), VismaNet(base_url=url, token="t", log=False) as vn:
        r = vn.create("POST /v1/customer", body={"name": {"value": "x"}})
    assert r.status_code == 200 and r.id is None and r.value == {"actionResult": "Done"}


def test_create_refuses_non_post_before_sending(vn: VismaNet, sb: Sandbox) -> None:
    before = len(api_requests(sb))
    with pytest.raises(InvalidArgument, match="create\\(\\) sends POSTs"):
        vn.create(customer_get_bycustomer_cd, customer_cd="10000")
    with pytest.raises(InvalidArgument, match="create\\(\\) sends POSTs"):
        vn.create("PUT /v1/customer/{customerCd}", customerCd="10000", body={})
    assert len(api_requests(sb)) == before


def test_async_create(sb: Sandbox, base_url: str) -> None:
    async def go() -> str | None:
        async with async_client(sb, base_url) as avn:
            r = await avn.create(customer_post, body={"name": {"value": "Async AS"}})
            return r.id

    key = asyncio.run(go())
    assert key is not None and sb.record("customer", key)["name"] == "Async AS"  # type: ignore[index]

"""VismaNet(strict=True) / AsyncVismaNet(strict=True) validate every typed value they parse; the default is
lenient. Over real HTTP on loopback (a scripted server)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from transport._loopback import LoopbackServer, Reply, Seen
from vismanet_client.api.customer import customer_get_all, customer_get_bycustomer_cd

from vismanet_ext import AsyncVismaNet, ResponseValidationError, VismaNet, errors

ODD_CUSTOMER = {"number": "10001", "creditLimit": "lots", "mainAddress": {"country": [1, 2]}, "name": None}
PAGE = [
    {"number": "1", "name": "Good AS", "metadata": {"totalCount": 2, "maxPageSize": 1000}},
    {"number": "2", "createdDateTime": "not a date", "metadata": {"totalCount": 2, "maxPageSize": 1000}},
]


def _serve(seen: Seen) -> Reply:
    if seen.path.startswith("/v1/customer/"):
        return Reply(200, ODD_CUSTOMER)
    page = int(seen.path.split("pageNumber=")[1].split("&")[0]) if "pageNumber=" in seen.path else 1
    return Reply(200, PAGE if page == 1 else [])


def test_lenient_by_default_keeps_the_odd_values() -> None:
    with LoopbackServer(_serve) as server, VismaNet(base_url=server.url, token="tok", retry=None) as vn:
        customer = vn.call(customer_get_bycustomer_cd, customer_cd="10001").value
        assert customer.credit_limit == "lots" and customer.main_address.country == [1, 2]
        assert customer.name is None and customer.to_dict() == ODD_CUSTOMER
        records = list(vn.paginate(customer_get_all))
        assert [r.number for r in records] == ["1", "2"]
        assert records[1].created_date_time == "not a date"


def test_strict_call_raises_naming_model_field_and_value() -> None:
    with LoopbackServer(_serve) as server, VismaNet(base_url=server.url, token="tok", retry=None, strict=True) as vn:
        result = vn.call(customer_get_bycustomer_cd, customer_cd="10001")
        with pytest.raises(ResponseValidationError) as caught:
            result.value  # noqa: B018
        assert "CustomerDto.creditLimit: expected a number, got a string 'lots'" in str(caught.value)
        assert "CustomerDto.mainAddress.country: expected a CountryInAddressDto" in str(caught.value)
        assert isinstance(caught.value, errors.VismaNetError)
        assert result.json() == ODD_CUSTOMER  # the raw body stays reachable


def test_strict_pages_raise_on_the_page_with_the_odd_record() -> None:
    with LoopbackServer(_serve) as server, VismaNet(base_url=server.url, token="tok", retry=None, strict=True) as vn:
        with pytest.raises(ResponseValidationError, match=r"\[1\]\.createdDateTime: expected a date-time"):
            list(vn.paginate(customer_get_all))
        # raw routes are JSON as received: nothing to check
        assert len(list(vn.paginate("GET /v1/customer"))) == 2


def test_async_strict_twin() -> None:
    async def run() -> Any:
        async with AsyncVismaNet(base_url=server.url, token="tok", retry=None, strict=True) as vn:
            with pytest.raises(ResponseValidationError, match="CustomerDto.creditLimit"):
                (await vn.call(customer_get_bycustomer_cd, customer_cd="10001")).value  # noqa: B018
            with pytest.raises(ResponseValidationError, match="createdDateTime"):
                async for _ in vn.paginate(customer_get_all):
                    pass

    with LoopbackServer(_serve) as server:
        asyncio.run(run())


def test_strict_must_be_a_bool() -> None:
    with pytest.raises(errors.InvalidArgument, match="strict must be True or False"):
        VismaNet(token="tok", strict="yes")  # type: ignore[arg-type]

import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.branch_dto import BranchDto
from ...models.branch_get_all_branches_order_by import (
    BranchGetAllBranchesOrderBy,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    greater_than_value: str | Unset = UNSET,
    order_by: BranchGetAllBranchesOrderBy | Unset = UNSET,
    last_modified_date_time: datetime.datetime | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expand_address: bool | Unset = UNSET,
    expand_contact: bool | Unset = UNSET,
    expand_currency: bool | Unset = UNSET,
    expand_vat_zone: bool | Unset = UNSET,
    expand_ledger: bool | Unset = UNSET,
    expand_industry_code: bool | Unset = UNSET,
    expand_delivery_address: bool | Unset = UNSET,
    expand_delivery_contact: bool | Unset = UNSET,
    expand_default_country: bool | Unset = UNSET,
    expand_bank_settings: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["greaterThanValue"] = greater_than_value

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["orderBy"] = json_order_by

    json_last_modified_date_time: str | Unset = UNSET
    if not isinstance(last_modified_date_time, Unset):
        json_last_modified_date_time = last_modified_date_time.isoformat()
    params["lastModifiedDateTime"] = json_last_modified_date_time

    params["lastModifiedDateTimeCondition"] = last_modified_date_time_condition

    params["expandAddress"] = expand_address

    params["expandContact"] = expand_contact

    params["expandCurrency"] = expand_currency

    params["expandVatZone"] = expand_vat_zone

    params["expandLedger"] = expand_ledger

    params["expandIndustryCode"] = expand_industry_code

    params["expandDeliveryAddress"] = expand_delivery_address

    params["expandDeliveryContact"] = expand_delivery_contact

    params["expandDefaultCountry"] = expand_default_country

    params["expandBankSettings"] = expand_bank_settings

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/branch",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[BranchDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = BranchDto.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | list[BranchDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    greater_than_value: str | Unset = UNSET,
    order_by: BranchGetAllBranchesOrderBy | Unset = UNSET,
    last_modified_date_time: datetime.datetime | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expand_address: bool | Unset = UNSET,
    expand_contact: bool | Unset = UNSET,
    expand_currency: bool | Unset = UNSET,
    expand_vat_zone: bool | Unset = UNSET,
    expand_ledger: bool | Unset = UNSET,
    expand_industry_code: bool | Unset = UNSET,
    expand_delivery_address: bool | Unset = UNSET,
    expand_delivery_contact: bool | Unset = UNSET,
    expand_default_country: bool | Unset = UNSET,
    expand_bank_settings: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[BranchDto]]:
    """Get a range of Branches - ScreenId=CS101500

    Args:
        greater_than_value (str | Unset):
        order_by (BranchGetAllBranchesOrderBy | Unset):
        last_modified_date_time (datetime.datetime | Unset):
        last_modified_date_time_condition (str | Unset):
        expand_address (bool | Unset):
        expand_contact (bool | Unset):
        expand_currency (bool | Unset):
        expand_vat_zone (bool | Unset):
        expand_ledger (bool | Unset):
        expand_industry_code (bool | Unset):
        expand_delivery_address (bool | Unset):
        expand_delivery_contact (bool | Unset):
        expand_default_country (bool | Unset):
        expand_bank_settings (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[BranchDto]]
    """

    kwargs = _get_kwargs(
        greater_than_value=greater_than_value,
        order_by=order_by,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        expand_address=expand_address,
        expand_contact=expand_contact,
        expand_currency=expand_currency,
        expand_vat_zone=expand_vat_zone,
        expand_ledger=expand_ledger,
        expand_industry_code=expand_industry_code,
        expand_delivery_address=expand_delivery_address,
        expand_delivery_contact=expand_delivery_contact,
        expand_default_country=expand_default_country,
        expand_bank_settings=expand_bank_settings,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    greater_than_value: str | Unset = UNSET,
    order_by: BranchGetAllBranchesOrderBy | Unset = UNSET,
    last_modified_date_time: datetime.datetime | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expand_address: bool | Unset = UNSET,
    expand_contact: bool | Unset = UNSET,
    expand_currency: bool | Unset = UNSET,
    expand_vat_zone: bool | Unset = UNSET,
    expand_ledger: bool | Unset = UNSET,
    expand_industry_code: bool | Unset = UNSET,
    expand_delivery_address: bool | Unset = UNSET,
    expand_delivery_contact: bool | Unset = UNSET,
    expand_default_country: bool | Unset = UNSET,
    expand_bank_settings: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[BranchDto] | None:
    """Get a range of Branches - ScreenId=CS101500

    Args:
        greater_than_value (str | Unset):
        order_by (BranchGetAllBranchesOrderBy | Unset):
        last_modified_date_time (datetime.datetime | Unset):
        last_modified_date_time_condition (str | Unset):
        expand_address (bool | Unset):
        expand_contact (bool | Unset):
        expand_currency (bool | Unset):
        expand_vat_zone (bool | Unset):
        expand_ledger (bool | Unset):
        expand_industry_code (bool | Unset):
        expand_delivery_address (bool | Unset):
        expand_delivery_contact (bool | Unset):
        expand_default_country (bool | Unset):
        expand_bank_settings (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[BranchDto]
    """

    return sync_detailed(
        client=client,
        greater_than_value=greater_than_value,
        order_by=order_by,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        expand_address=expand_address,
        expand_contact=expand_contact,
        expand_currency=expand_currency,
        expand_vat_zone=expand_vat_zone,
        expand_ledger=expand_ledger,
        expand_industry_code=expand_industry_code,
        expand_delivery_address=expand_delivery_address,
        expand_delivery_contact=expand_delivery_contact,
        expand_default_country=expand_default_country,
        expand_bank_settings=expand_bank_settings,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    greater_than_value: str | Unset = UNSET,
    order_by: BranchGetAllBranchesOrderBy | Unset = UNSET,
    last_modified_date_time: datetime.datetime | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expand_address: bool | Unset = UNSET,
    expand_contact: bool | Unset = UNSET,
    expand_currency: bool | Unset = UNSET,
    expand_vat_zone: bool | Unset = UNSET,
    expand_ledger: bool | Unset = UNSET,
    expand_industry_code: bool | Unset = UNSET,
    expand_delivery_address: bool | Unset = UNSET,
    expand_delivery_contact: bool | Unset = UNSET,
    expand_default_country: bool | Unset = UNSET,
    expand_bank_settings: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[BranchDto]]:
    """Get a range of Branches - ScreenId=CS101500

    Args:
        greater_than_value (str | Unset):
        order_by (BranchGetAllBranchesOrderBy | Unset):
        last_modified_date_time (datetime.datetime | Unset):
        last_modified_date_time_condition (str | Unset):
        expand_address (bool | Unset):
        expand_contact (bool | Unset):
        expand_currency (bool | Unset):
        expand_vat_zone (bool | Unset):
        expand_ledger (bool | Unset):
        expand_industry_code (bool | Unset):
        expand_delivery_address (bool | Unset):
        expand_delivery_contact (bool | Unset):
        expand_default_country (bool | Unset):
        expand_bank_settings (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[BranchDto]]
    """

    kwargs = _get_kwargs(
        greater_than_value=greater_than_value,
        order_by=order_by,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        expand_address=expand_address,
        expand_contact=expand_contact,
        expand_currency=expand_currency,
        expand_vat_zone=expand_vat_zone,
        expand_ledger=expand_ledger,
        expand_industry_code=expand_industry_code,
        expand_delivery_address=expand_delivery_address,
        expand_delivery_contact=expand_delivery_contact,
        expand_default_country=expand_default_country,
        expand_bank_settings=expand_bank_settings,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    greater_than_value: str | Unset = UNSET,
    order_by: BranchGetAllBranchesOrderBy | Unset = UNSET,
    last_modified_date_time: datetime.datetime | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expand_address: bool | Unset = UNSET,
    expand_contact: bool | Unset = UNSET,
    expand_currency: bool | Unset = UNSET,
    expand_vat_zone: bool | Unset = UNSET,
    expand_ledger: bool | Unset = UNSET,
    expand_industry_code: bool | Unset = UNSET,
    expand_delivery_address: bool | Unset = UNSET,
    expand_delivery_contact: bool | Unset = UNSET,
    expand_default_country: bool | Unset = UNSET,
    expand_bank_settings: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[BranchDto] | None:
    """Get a range of Branches - ScreenId=CS101500

    Args:
        greater_than_value (str | Unset):
        order_by (BranchGetAllBranchesOrderBy | Unset):
        last_modified_date_time (datetime.datetime | Unset):
        last_modified_date_time_condition (str | Unset):
        expand_address (bool | Unset):
        expand_contact (bool | Unset):
        expand_currency (bool | Unset):
        expand_vat_zone (bool | Unset):
        expand_ledger (bool | Unset):
        expand_industry_code (bool | Unset):
        expand_delivery_address (bool | Unset):
        expand_delivery_contact (bool | Unset):
        expand_default_country (bool | Unset):
        expand_bank_settings (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[BranchDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            greater_than_value=greater_than_value,
            order_by=order_by,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            expand_address=expand_address,
            expand_contact=expand_contact,
            expand_currency=expand_currency,
            expand_vat_zone=expand_vat_zone,
            expand_ledger=expand_ledger,
            expand_industry_code=expand_industry_code,
            expand_delivery_address=expand_delivery_address,
            expand_delivery_contact=expand_delivery_contact,
            expand_default_country=expand_default_country,
            expand_bank_settings=expand_bank_settings,
            erp_api_background=erp_api_background,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.supplier_po_balance_dto import SupplierPOBalanceDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["greaterThanValue"] = greater_than_value

    params["numberToRead"] = number_to_read

    params["skipRecords"] = skip_records

    params["orderBy"] = order_by

    params["lastModifiedDateTime"] = last_modified_date_time

    params["lastModifiedDateTimeCondition"] = last_modified_date_time_condition

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/supplier/POBalance",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[SupplierPOBalanceDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SupplierPOBalanceDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[SupplierPOBalanceDto]]:
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
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[SupplierPOBalanceDto]]:
    """Get the PO balance of a range of suppliers

    Args:
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[SupplierPOBalanceDto]]
    """

    kwargs = _get_kwargs(
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
        order_by=order_by,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
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
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[SupplierPOBalanceDto] | None:
    """Get the PO balance of a range of suppliers

    Args:
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[SupplierPOBalanceDto]
    """

    return sync_detailed(
        client=client,
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
        order_by=order_by,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[SupplierPOBalanceDto]]:
    """Get the PO balance of a range of suppliers

    Args:
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[SupplierPOBalanceDto]]
    """

    kwargs = _get_kwargs(
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
        order_by=order_by,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[SupplierPOBalanceDto] | None:
    """Get the PO balance of a range of suppliers

    Args:
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[SupplierPOBalanceDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            greater_than_value=greater_than_value,
            number_to_read=number_to_read,
            skip_records=skip_records,
            order_by=order_by,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            erp_api_background=erp_api_background,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.inventory_transfer_dto import InventoryTransferDto
from ...models.inventory_transfer_get_all_status import (
    InventoryTransferGetAllStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    warehouse: str | Unset = UNSET,
    to_warehouse: str | Unset = UNSET,
    status: InventoryTransferGetAllStatus | Unset = UNSET,
    date: str | Unset = UNSET,
    date_condition: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["warehouse"] = warehouse

    params["toWarehouse"] = to_warehouse

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["date"] = date

    params["dateCondition"] = date_condition

    params["greaterThanValue"] = greater_than_value

    params["numberToRead"] = number_to_read

    params["skipRecords"] = skip_records

    params["orderBy"] = order_by

    params["lastModifiedDateTime"] = last_modified_date_time

    params["lastModifiedDateTimeCondition"] = last_modified_date_time_condition

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/inventoryTransfer",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[InventoryTransferDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = InventoryTransferDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[InventoryTransferDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    warehouse: str | Unset = UNSET,
    to_warehouse: str | Unset = UNSET,
    status: InventoryTransferGetAllStatus | Unset = UNSET,
    date: str | Unset = UNSET,
    date_condition: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[InventoryTransferDto]]:
    """Get a range of Inventory Transfers - ScreenId=IN304000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        warehouse (str | Unset):
        to_warehouse (str | Unset):
        status (InventoryTransferGetAllStatus | Unset):
        date (str | Unset):
        date_condition (str | Unset):
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[InventoryTransferDto]]
    """

    kwargs = _get_kwargs(
        warehouse=warehouse,
        to_warehouse=to_warehouse,
        status=status,
        date=date,
        date_condition=date_condition,
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
        order_by=order_by,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    warehouse: str | Unset = UNSET,
    to_warehouse: str | Unset = UNSET,
    status: InventoryTransferGetAllStatus | Unset = UNSET,
    date: str | Unset = UNSET,
    date_condition: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[InventoryTransferDto] | None:
    """Get a range of Inventory Transfers - ScreenId=IN304000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        warehouse (str | Unset):
        to_warehouse (str | Unset):
        status (InventoryTransferGetAllStatus | Unset):
        date (str | Unset):
        date_condition (str | Unset):
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[InventoryTransferDto]
    """

    return sync_detailed(
        client=client,
        warehouse=warehouse,
        to_warehouse=to_warehouse,
        status=status,
        date=date,
        date_condition=date_condition,
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
        order_by=order_by,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    warehouse: str | Unset = UNSET,
    to_warehouse: str | Unset = UNSET,
    status: InventoryTransferGetAllStatus | Unset = UNSET,
    date: str | Unset = UNSET,
    date_condition: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[InventoryTransferDto]]:
    """Get a range of Inventory Transfers - ScreenId=IN304000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        warehouse (str | Unset):
        to_warehouse (str | Unset):
        status (InventoryTransferGetAllStatus | Unset):
        date (str | Unset):
        date_condition (str | Unset):
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[InventoryTransferDto]]
    """

    kwargs = _get_kwargs(
        warehouse=warehouse,
        to_warehouse=to_warehouse,
        status=status,
        date=date,
        date_condition=date_condition,
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
        order_by=order_by,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    warehouse: str | Unset = UNSET,
    to_warehouse: str | Unset = UNSET,
    status: InventoryTransferGetAllStatus | Unset = UNSET,
    date: str | Unset = UNSET,
    date_condition: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[InventoryTransferDto] | None:
    """Get a range of Inventory Transfers - ScreenId=IN304000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        warehouse (str | Unset):
        to_warehouse (str | Unset):
        status (InventoryTransferGetAllStatus | Unset):
        date (str | Unset):
        date_condition (str | Unset):
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[InventoryTransferDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            warehouse=warehouse,
            to_warehouse=to_warehouse,
            status=status,
            date=date,
            date_condition=date_condition,
            greater_than_value=greater_than_value,
            number_to_read=number_to_read,
            skip_records=skip_records,
            order_by=order_by,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            page_number=page_number,
            page_size=page_size,
            erp_api_background=erp_api_background,
        )
    ).parsed

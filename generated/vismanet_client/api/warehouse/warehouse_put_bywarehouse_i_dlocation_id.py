from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.warehouse_location_update_dto import WarehouseLocationUpdateDto
from ...models.warehouse_put_bywarehouse_i_dlocation_id_response_200 import (
    WarehousePutBywarehouseIDlocationIdResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    warehouse_id: str,
    location_id: str,
    *,
    body: WarehouseLocationUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/warehouse/{warehouse_id}/location/{location_id}".format(
            warehouse_id=quote(str(warehouse_id), safe=""),
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | WarehousePutBywarehouseIDlocationIdResponse200 | None:
    if response.status_code == 200:
        response_200 = WarehousePutBywarehouseIDlocationIdResponse200.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | WarehousePutBywarehouseIDlocationIdResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    warehouse_id: str,
    location_id: str,
    *,
    client: AuthenticatedClient,
    body: WarehouseLocationUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | WarehousePutBywarehouseIDlocationIdResponse200]:
    """Update location - ScreenId=IN204000

    Args:
        warehouse_id (str):
        location_id (str):
        erp_api_background (str | Unset):
        body (WarehouseLocationUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | WarehousePutBywarehouseIDlocationIdResponse200]
    """

    kwargs = _get_kwargs(
        warehouse_id=warehouse_id,
        location_id=location_id,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    warehouse_id: str,
    location_id: str,
    *,
    client: AuthenticatedClient,
    body: WarehouseLocationUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | WarehousePutBywarehouseIDlocationIdResponse200 | None:
    """Update location - ScreenId=IN204000

    Args:
        warehouse_id (str):
        location_id (str):
        erp_api_background (str | Unset):
        body (WarehouseLocationUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | WarehousePutBywarehouseIDlocationIdResponse200
    """

    return sync_detailed(
        warehouse_id=warehouse_id,
        location_id=location_id,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    warehouse_id: str,
    location_id: str,
    *,
    client: AuthenticatedClient,
    body: WarehouseLocationUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | WarehousePutBywarehouseIDlocationIdResponse200]:
    """Update location - ScreenId=IN204000

    Args:
        warehouse_id (str):
        location_id (str):
        erp_api_background (str | Unset):
        body (WarehouseLocationUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | WarehousePutBywarehouseIDlocationIdResponse200]
    """

    kwargs = _get_kwargs(
        warehouse_id=warehouse_id,
        location_id=location_id,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    warehouse_id: str,
    location_id: str,
    *,
    client: AuthenticatedClient,
    body: WarehouseLocationUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | WarehousePutBywarehouseIDlocationIdResponse200 | None:
    """Update location - ScreenId=IN204000

    Args:
        warehouse_id (str):
        location_id (str):
        erp_api_background (str | Unset):
        body (WarehouseLocationUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | WarehousePutBywarehouseIDlocationIdResponse200
    """

    return (
        await asyncio_detailed(
            warehouse_id=warehouse_id,
            location_id=location_id,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed

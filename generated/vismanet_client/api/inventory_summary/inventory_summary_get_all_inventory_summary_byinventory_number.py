from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.inventory_summary_dto import InventorySummaryDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    inventory_number: str,
    *,
    warehouse: str | Unset = UNSET,
    location: str | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["warehouse"] = warehouse

    params["location"] = location

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/inventorysummary/{inventory_number}".format(
            inventory_number=quote(str(inventory_number), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[InventorySummaryDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = InventorySummaryDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[InventorySummaryDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    inventory_number: str,
    *,
    client: AuthenticatedClient,
    warehouse: str | Unset = UNSET,
    location: str | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[InventorySummaryDto]]:
    """Get a range of InventorySummary - ScreenId=IN401000

    Args:
        inventory_number (str):
        warehouse (str | Unset):
        location (str | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[InventorySummaryDto]]
    """

    kwargs = _get_kwargs(
        inventory_number=inventory_number,
        warehouse=warehouse,
        location=location,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    inventory_number: str,
    *,
    client: AuthenticatedClient,
    warehouse: str | Unset = UNSET,
    location: str | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[InventorySummaryDto] | None:
    """Get a range of InventorySummary - ScreenId=IN401000

    Args:
        inventory_number (str):
        warehouse (str | Unset):
        location (str | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[InventorySummaryDto]
    """

    return sync_detailed(
        inventory_number=inventory_number,
        client=client,
        warehouse=warehouse,
        location=location,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    inventory_number: str,
    *,
    client: AuthenticatedClient,
    warehouse: str | Unset = UNSET,
    location: str | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[InventorySummaryDto]]:
    """Get a range of InventorySummary - ScreenId=IN401000

    Args:
        inventory_number (str):
        warehouse (str | Unset):
        location (str | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[InventorySummaryDto]]
    """

    kwargs = _get_kwargs(
        inventory_number=inventory_number,
        warehouse=warehouse,
        location=location,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    inventory_number: str,
    *,
    client: AuthenticatedClient,
    warehouse: str | Unset = UNSET,
    location: str | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[InventorySummaryDto] | None:
    """Get a range of InventorySummary - ScreenId=IN401000

    Args:
        inventory_number (str):
        warehouse (str | Unset):
        location (str | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[InventorySummaryDto]
    """

    return (
        await asyncio_detailed(
            inventory_number=inventory_number,
            client=client,
            warehouse=warehouse,
            location=location,
            erp_api_background=erp_api_background,
        )
    ).parsed

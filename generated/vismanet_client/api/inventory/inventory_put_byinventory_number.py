from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.inventory_put_byinventory_number_response_204 import InventoryPutByinventoryNumberResponse204
from ...models.inventory_update_dto import InventoryUpdateDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    inventory_number: str,
    *,
    body: InventoryUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/inventory/{inventory_number}".format(
            inventory_number=quote(str(inventory_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | InventoryPutByinventoryNumberResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = InventoryPutByinventoryNumberResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | InventoryPutByinventoryNumberResponse204]:
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
    body: InventoryUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | InventoryPutByinventoryNumberResponse204]:
    """Update a specific inventory item

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        inventory_number (str):
        erp_api_background (str | Unset):
        body (InventoryUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | InventoryPutByinventoryNumberResponse204]
    """

    kwargs = _get_kwargs(
        inventory_number=inventory_number,
        body=body,
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
    body: InventoryUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | InventoryPutByinventoryNumberResponse204 | None:
    """Update a specific inventory item

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        inventory_number (str):
        erp_api_background (str | Unset):
        body (InventoryUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | InventoryPutByinventoryNumberResponse204
    """

    return sync_detailed(
        inventory_number=inventory_number,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    inventory_number: str,
    *,
    client: AuthenticatedClient,
    body: InventoryUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | InventoryPutByinventoryNumberResponse204]:
    """Update a specific inventory item

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        inventory_number (str):
        erp_api_background (str | Unset):
        body (InventoryUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | InventoryPutByinventoryNumberResponse204]
    """

    kwargs = _get_kwargs(
        inventory_number=inventory_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    inventory_number: str,
    *,
    client: AuthenticatedClient,
    body: InventoryUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | InventoryPutByinventoryNumberResponse204 | None:
    """Update a specific inventory item

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        inventory_number (str):
        erp_api_background (str | Unset):
        body (InventoryUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | InventoryPutByinventoryNumberResponse204
    """

    return (
        await asyncio_detailed(
            inventory_number=inventory_number,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.inventory_adjustment_post_response_201 import InventoryAdjustmentPostResponse201
from ...models.inventory_adjustment_update_dto import InventoryAdjustmentUpdateDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: InventoryAdjustmentUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/inventoryadjustment",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | InventoryAdjustmentPostResponse201 | None:
    if response.status_code == 201:
        response_201 = InventoryAdjustmentPostResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | InventoryAdjustmentPostResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InventoryAdjustmentUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | InventoryAdjustmentPostResponse201]:
    """Create an inventory item

     Response Message has StatusCode Created if POST operation succed

    Args:
        erp_api_background (str | Unset):
        body (InventoryAdjustmentUpdateDto): This class represents a inventory issue in
            InventoryIssueController. Used by getting data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | InventoryAdjustmentPostResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: InventoryAdjustmentUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | InventoryAdjustmentPostResponse201 | None:
    """Create an inventory item

     Response Message has StatusCode Created if POST operation succed

    Args:
        erp_api_background (str | Unset):
        body (InventoryAdjustmentUpdateDto): This class represents a inventory issue in
            InventoryIssueController. Used by getting data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | InventoryAdjustmentPostResponse201
    """

    return sync_detailed(
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InventoryAdjustmentUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | InventoryAdjustmentPostResponse201]:
    """Create an inventory item

     Response Message has StatusCode Created if POST operation succed

    Args:
        erp_api_background (str | Unset):
        body (InventoryAdjustmentUpdateDto): This class represents a inventory issue in
            InventoryIssueController. Used by getting data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | InventoryAdjustmentPostResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InventoryAdjustmentUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | InventoryAdjustmentPostResponse201 | None:
    """Create an inventory item

     Response Message has StatusCode Created if POST operation succed

    Args:
        erp_api_background (str | Unset):
        body (InventoryAdjustmentUpdateDto): This class represents a inventory issue in
            InventoryIssueController. Used by getting data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | InventoryAdjustmentPostResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.inventory_issue_put_byinventory_issue_number_response_204 import (
    InventoryIssuePutByinventoryIssueNumberResponse204,
)
from ...models.inventory_issue_update_dto import InventoryIssueUpdateDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    inventory_issue_number: str,
    *,
    body: InventoryIssueUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/inventoryissue/{inventory_issue_number}".format(
            inventory_issue_number=quote(str(inventory_issue_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | InventoryIssuePutByinventoryIssueNumberResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = InventoryIssuePutByinventoryIssueNumberResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | InventoryIssuePutByinventoryIssueNumberResponse204]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    inventory_issue_number: str,
    *,
    client: AuthenticatedClient,
    body: InventoryIssueUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | InventoryIssuePutByinventoryIssueNumberResponse204]:
    """Update a specific inventory item

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        inventory_issue_number (str):
        erp_api_background (str | Unset):
        body (InventoryIssueUpdateDto): This class represents a inventory issue in
            InventoryIssueController. Used by getting data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | InventoryIssuePutByinventoryIssueNumberResponse204]
    """

    kwargs = _get_kwargs(
        inventory_issue_number=inventory_issue_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    inventory_issue_number: str,
    *,
    client: AuthenticatedClient,
    body: InventoryIssueUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | InventoryIssuePutByinventoryIssueNumberResponse204 | None:
    """Update a specific inventory item

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        inventory_issue_number (str):
        erp_api_background (str | Unset):
        body (InventoryIssueUpdateDto): This class represents a inventory issue in
            InventoryIssueController. Used by getting data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | InventoryIssuePutByinventoryIssueNumberResponse204
    """

    return sync_detailed(
        inventory_issue_number=inventory_issue_number,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    inventory_issue_number: str,
    *,
    client: AuthenticatedClient,
    body: InventoryIssueUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | InventoryIssuePutByinventoryIssueNumberResponse204]:
    """Update a specific inventory item

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        inventory_issue_number (str):
        erp_api_background (str | Unset):
        body (InventoryIssueUpdateDto): This class represents a inventory issue in
            InventoryIssueController. Used by getting data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | InventoryIssuePutByinventoryIssueNumberResponse204]
    """

    kwargs = _get_kwargs(
        inventory_issue_number=inventory_issue_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    inventory_issue_number: str,
    *,
    client: AuthenticatedClient,
    body: InventoryIssueUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | InventoryIssuePutByinventoryIssueNumberResponse204 | None:
    """Update a specific inventory item

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        inventory_issue_number (str):
        erp_api_background (str | Unset):
        body (InventoryIssueUpdateDto): This class represents a inventory issue in
            InventoryIssueController. Used by getting data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | InventoryIssuePutByinventoryIssueNumberResponse204
    """

    return (
        await asyncio_detailed(
            inventory_issue_number=inventory_issue_number,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.inventory_cross_reference_update_dto import InventoryCrossReferenceUpdateDto
from ...models.inventory_update_inventory_cross_references_byinventory_numberalternate_typealternate_id_alternate_type import (
    InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdAlternateType,
)
from ...models.inventory_update_inventory_cross_references_byinventory_numberalternate_typealternate_id_response_200 import (
    InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    inventory_number: str,
    alternate_type: InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdAlternateType,
    alternate_id: str,
    *,
    body: InventoryCrossReferenceUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/inventory/{inventory_number}/crossReferences/{alternate_type}/{alternate_id}".format(
            inventory_number=quote(str(inventory_number), safe=""),
            alternate_type=quote(str(alternate_type), safe=""),
            alternate_id=quote(str(alternate_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BackgroundApiAcceptedDto
    | InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdResponse200
    | None
):
    if response.status_code == 200:
        response_200 = (
            InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdResponse200.from_dict(
                response.json()
            )
        )

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
) -> Response[
    BackgroundApiAcceptedDto
    | InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdResponse200
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    inventory_number: str,
    alternate_type: InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdAlternateType,
    alternate_id: str,
    *,
    client: AuthenticatedClient,
    body: InventoryCrossReferenceUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[
    BackgroundApiAcceptedDto
    | InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdResponse200
]:
    """Updates a specific cross reference for a specific inventory

    Args:
        inventory_number (str):
        alternate_type (InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealter
            nateIdAlternateType):
        alternate_id (str):
        erp_api_background (str | Unset):
        body (InventoryCrossReferenceUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdResponse200]
    """

    kwargs = _get_kwargs(
        inventory_number=inventory_number,
        alternate_type=alternate_type,
        alternate_id=alternate_id,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    inventory_number: str,
    alternate_type: InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdAlternateType,
    alternate_id: str,
    *,
    client: AuthenticatedClient,
    body: InventoryCrossReferenceUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> (
    BackgroundApiAcceptedDto
    | InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdResponse200
    | None
):
    """Updates a specific cross reference for a specific inventory

    Args:
        inventory_number (str):
        alternate_type (InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealter
            nateIdAlternateType):
        alternate_id (str):
        erp_api_background (str | Unset):
        body (InventoryCrossReferenceUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdResponse200
    """

    return sync_detailed(
        inventory_number=inventory_number,
        alternate_type=alternate_type,
        alternate_id=alternate_id,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    inventory_number: str,
    alternate_type: InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdAlternateType,
    alternate_id: str,
    *,
    client: AuthenticatedClient,
    body: InventoryCrossReferenceUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[
    BackgroundApiAcceptedDto
    | InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdResponse200
]:
    """Updates a specific cross reference for a specific inventory

    Args:
        inventory_number (str):
        alternate_type (InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealter
            nateIdAlternateType):
        alternate_id (str):
        erp_api_background (str | Unset):
        body (InventoryCrossReferenceUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdResponse200]
    """

    kwargs = _get_kwargs(
        inventory_number=inventory_number,
        alternate_type=alternate_type,
        alternate_id=alternate_id,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    inventory_number: str,
    alternate_type: InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdAlternateType,
    alternate_id: str,
    *,
    client: AuthenticatedClient,
    body: InventoryCrossReferenceUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> (
    BackgroundApiAcceptedDto
    | InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdResponse200
    | None
):
    """Updates a specific cross reference for a specific inventory

    Args:
        inventory_number (str):
        alternate_type (InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealter
            nateIdAlternateType):
        alternate_id (str):
        erp_api_background (str | Unset):
        body (InventoryCrossReferenceUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdResponse200
    """

    return (
        await asyncio_detailed(
            inventory_number=inventory_number,
            alternate_type=alternate_type,
            alternate_id=alternate_id,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.kit_specification_update_dto import KitSpecificationUpdateDto
from ...models.kit_specifications_put_bykit_inventory_i_drevision_id_response_204 import (
    KitSpecificationsPutBykitInventoryIDrevisionIdResponse204,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    kit_inventory_id: str,
    revision_id: str,
    *,
    body: KitSpecificationUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/KitSpecifications/{kit_inventory_id}/{revision_id}".format(
            kit_inventory_id=quote(str(kit_inventory_id), safe=""),
            revision_id=quote(str(revision_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | KitSpecificationsPutBykitInventoryIDrevisionIdResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = KitSpecificationsPutBykitInventoryIDrevisionIdResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | KitSpecificationsPutBykitInventoryIDrevisionIdResponse204]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    kit_inventory_id: str,
    revision_id: str,
    *,
    client: AuthenticatedClient,
    body: KitSpecificationUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | KitSpecificationsPutBykitInventoryIDrevisionIdResponse204]:
    """Updates a specific KitSpecification

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        kit_inventory_id (str):
        revision_id (str):
        erp_api_background (str | Unset):
        body (KitSpecificationUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | KitSpecificationsPutBykitInventoryIDrevisionIdResponse204]
    """

    kwargs = _get_kwargs(
        kit_inventory_id=kit_inventory_id,
        revision_id=revision_id,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    kit_inventory_id: str,
    revision_id: str,
    *,
    client: AuthenticatedClient,
    body: KitSpecificationUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | KitSpecificationsPutBykitInventoryIDrevisionIdResponse204 | None:
    """Updates a specific KitSpecification

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        kit_inventory_id (str):
        revision_id (str):
        erp_api_background (str | Unset):
        body (KitSpecificationUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | KitSpecificationsPutBykitInventoryIDrevisionIdResponse204
    """

    return sync_detailed(
        kit_inventory_id=kit_inventory_id,
        revision_id=revision_id,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    kit_inventory_id: str,
    revision_id: str,
    *,
    client: AuthenticatedClient,
    body: KitSpecificationUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | KitSpecificationsPutBykitInventoryIDrevisionIdResponse204]:
    """Updates a specific KitSpecification

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        kit_inventory_id (str):
        revision_id (str):
        erp_api_background (str | Unset):
        body (KitSpecificationUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | KitSpecificationsPutBykitInventoryIDrevisionIdResponse204]
    """

    kwargs = _get_kwargs(
        kit_inventory_id=kit_inventory_id,
        revision_id=revision_id,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    kit_inventory_id: str,
    revision_id: str,
    *,
    client: AuthenticatedClient,
    body: KitSpecificationUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | KitSpecificationsPutBykitInventoryIDrevisionIdResponse204 | None:
    """Updates a specific KitSpecification

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        kit_inventory_id (str):
        revision_id (str):
        erp_api_background (str | Unset):
        body (KitSpecificationUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | KitSpecificationsPutBykitInventoryIDrevisionIdResponse204
    """

    return (
        await asyncio_detailed(
            kit_inventory_id=kit_inventory_id,
            revision_id=revision_id,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed

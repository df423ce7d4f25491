from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.ui_extension_delete_byowner_idinternal_id_response_200 import (
    UiExtensionDeleteByownerIdinternalIdResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    owner_id: UUID,
    internal_id: UUID,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/uiExtension/{owner_id}/{internal_id}".format(
            owner_id=quote(str(owner_id), safe=""),
            internal_id=quote(str(internal_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | UiExtensionDeleteByownerIdinternalIdResponse200 | None:
    if response.status_code == 200:
        response_200 = UiExtensionDeleteByownerIdinternalIdResponse200.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | UiExtensionDeleteByownerIdinternalIdResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    owner_id: UUID,
    internal_id: UUID,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | UiExtensionDeleteByownerIdinternalIdResponse200]:
    """Delete Menu Ui Extension

     Response Message has StatusCode Ok if DELETE operation succeed

    Args:
        owner_id (UUID):
        internal_id (UUID):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | UiExtensionDeleteByownerIdinternalIdResponse200]
    """

    kwargs = _get_kwargs(
        owner_id=owner_id,
        internal_id=internal_id,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner_id: UUID,
    internal_id: UUID,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | UiExtensionDeleteByownerIdinternalIdResponse200 | None:
    """Delete Menu Ui Extension

     Response Message has StatusCode Ok if DELETE operation succeed

    Args:
        owner_id (UUID):
        internal_id (UUID):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | UiExtensionDeleteByownerIdinternalIdResponse200
    """

    return sync_detailed(
        owner_id=owner_id,
        internal_id=internal_id,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    owner_id: UUID,
    internal_id: UUID,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | UiExtensionDeleteByownerIdinternalIdResponse200]:
    """Delete Menu Ui Extension

     Response Message has StatusCode Ok if DELETE operation succeed

    Args:
        owner_id (UUID):
        internal_id (UUID):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | UiExtensionDeleteByownerIdinternalIdResponse200]
    """

    kwargs = _get_kwargs(
        owner_id=owner_id,
        internal_id=internal_id,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner_id: UUID,
    internal_id: UUID,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | UiExtensionDeleteByownerIdinternalIdResponse200 | None:
    """Delete Menu Ui Extension

     Response Message has StatusCode Ok if DELETE operation succeed

    Args:
        owner_id (UUID):
        internal_id (UUID):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | UiExtensionDeleteByownerIdinternalIdResponse200
    """

    return (
        await asyncio_detailed(
            owner_id=owner_id,
            internal_id=internal_id,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.ui_extension_dto import UiExtensionDto
from ...models.ui_extension_get_all_ui_extensions_byowner_id_type import (
    UiExtensionGetAllUiExtensionsByownerIdType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    owner_id: UUID,
    *,
    screen_id: str | Unset = UNSET,
    type_: UiExtensionGetAllUiExtensionsByownerIdType | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["screenId"] = screen_id

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/uiExtension/{owner_id}".format(
            owner_id=quote(str(owner_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[UiExtensionDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UiExtensionDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[UiExtensionDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    owner_id: UUID,
    *,
    client: AuthenticatedClient,
    screen_id: str | Unset = UNSET,
    type_: UiExtensionGetAllUiExtensionsByownerIdType | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[UiExtensionDto]]:
    """Returns the list of all Ui Extensions for current owner - ScreenId=SM205002

    Args:
        owner_id (UUID):
        screen_id (str | Unset):
        type_ (UiExtensionGetAllUiExtensionsByownerIdType | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[UiExtensionDto]]
    """

    kwargs = _get_kwargs(
        owner_id=owner_id,
        screen_id=screen_id,
        type_=type_,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner_id: UUID,
    *,
    client: AuthenticatedClient,
    screen_id: str | Unset = UNSET,
    type_: UiExtensionGetAllUiExtensionsByownerIdType | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[UiExtensionDto] | None:
    """Returns the list of all Ui Extensions for current owner - ScreenId=SM205002

    Args:
        owner_id (UUID):
        screen_id (str | Unset):
        type_ (UiExtensionGetAllUiExtensionsByownerIdType | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[UiExtensionDto]
    """

    return sync_detailed(
        owner_id=owner_id,
        client=client,
        screen_id=screen_id,
        type_=type_,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    owner_id: UUID,
    *,
    client: AuthenticatedClient,
    screen_id: str | Unset = UNSET,
    type_: UiExtensionGetAllUiExtensionsByownerIdType | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[UiExtensionDto]]:
    """Returns the list of all Ui Extensions for current owner - ScreenId=SM205002

    Args:
        owner_id (UUID):
        screen_id (str | Unset):
        type_ (UiExtensionGetAllUiExtensionsByownerIdType | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[UiExtensionDto]]
    """

    kwargs = _get_kwargs(
        owner_id=owner_id,
        screen_id=screen_id,
        type_=type_,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner_id: UUID,
    *,
    client: AuthenticatedClient,
    screen_id: str | Unset = UNSET,
    type_: UiExtensionGetAllUiExtensionsByownerIdType | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[UiExtensionDto] | None:
    """Returns the list of all Ui Extensions for current owner - ScreenId=SM205002

    Args:
        owner_id (UUID):
        screen_id (str | Unset):
        type_ (UiExtensionGetAllUiExtensionsByownerIdType | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[UiExtensionDto]
    """

    return (
        await asyncio_detailed(
            owner_id=owner_id,
            client=client,
            screen_id=screen_id,
            type_=type_,
            erp_api_background=erp_api_background,
        )
    ).parsed

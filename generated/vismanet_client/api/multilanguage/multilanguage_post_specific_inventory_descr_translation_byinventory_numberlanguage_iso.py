from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.multilanguage_post_specific_inventory_descr_translation_byinventory_numberlanguage_iso_response_201 import (
    MultilanguagePostSpecificInventoryDescrTranslationByinventoryNumberlanguageIsoResponse201,
)
from ...models.multilanguage_translation_dto import MultilanguageTranslationDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    inventory_number: str,
    language_iso: str,
    *,
    body: MultilanguageTranslationDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/multilanguage/inventory/{inventory_number}/{language_iso}".format(
            inventory_number=quote(str(inventory_number), safe=""),
            language_iso=quote(str(language_iso), safe=""),
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
    | MultilanguagePostSpecificInventoryDescrTranslationByinventoryNumberlanguageIsoResponse201
    | None
):
    if response.status_code == 201:
        response_201 = (
            MultilanguagePostSpecificInventoryDescrTranslationByinventoryNumberlanguageIsoResponse201.from_dict(
                response.json()
            )
        )

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
) -> Response[
    BackgroundApiAcceptedDto | MultilanguagePostSpecificInventoryDescrTranslationByinventoryNumberlanguageIsoResponse201
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    inventory_number: str,
    language_iso: str,
    *,
    client: AuthenticatedClient,
    body: MultilanguageTranslationDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[
    BackgroundApiAcceptedDto | MultilanguagePostSpecificInventoryDescrTranslationByinventoryNumberlanguageIsoResponse201
]:
    """Creates item description for given item and language ISO code (screenId:IN202500 and IN202000)

     Response Message has StatusCode Created if POST operation succeed

    Args:
        inventory_number (str):
        language_iso (str):
        erp_api_background (str | Unset):
        body (MultilanguageTranslationDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | MultilanguagePostSpecificInventoryDescrTranslationByinventoryNumberlanguageIsoResponse201]
    """

    kwargs = _get_kwargs(
        inventory_number=inventory_number,
        language_iso=language_iso,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    inventory_number: str,
    language_iso: str,
    *,
    client: AuthenticatedClient,
    body: MultilanguageTranslationDto,
    erp_api_background: str | Unset = UNSET,
) -> (
    BackgroundApiAcceptedDto
    | MultilanguagePostSpecificInventoryDescrTranslationByinventoryNumberlanguageIsoResponse201
    | None
):
    """Creates item description for given item and language ISO code (screenId:IN202500 and IN202000)

     Response Message has StatusCode Created if POST operation succeed

    Args:
        inventory_number (str):
        language_iso (str):
        erp_api_background (str | Unset):
        body (MultilanguageTranslationDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | MultilanguagePostSpecificInventoryDescrTranslationByinventoryNumberlanguageIsoResponse201
    """

    return sync_detailed(
        inventory_number=inventory_number,
        language_iso=language_iso,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    inventory_number: str,
    language_iso: str,
    *,
    client: AuthenticatedClient,
    body: MultilanguageTranslationDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[
    BackgroundApiAcceptedDto | MultilanguagePostSpecificInventoryDescrTranslationByinventoryNumberlanguageIsoResponse201
]:
    """Creates item description for given item and language ISO code (screenId:IN202500 and IN202000)

     Response Message has StatusCode Created if POST operation succeed

    Args:
        inventory_number (str):
        language_iso (str):
        erp_api_background (str | Unset):
        body (MultilanguageTranslationDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | MultilanguagePostSpecificInventoryDescrTranslationByinventoryNumberlanguageIsoResponse201]
    """

    kwargs = _get_kwargs(
        inventory_number=inventory_number,
        language_iso=language_iso,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    inventory_number: str,
    language_iso: str,
    *,
    client: AuthenticatedClient,
    body: MultilanguageTranslationDto,
    erp_api_background: str | Unset = UNSET,
) -> (
    BackgroundApiAcceptedDto
    | MultilanguagePostSpecificInventoryDescrTranslationByinventoryNumberlanguageIsoResponse201
    | None
):
    """Creates item description for given item and language ISO code (screenId:IN202500 and IN202000)

     Response Message has StatusCode Created if POST operation succeed

    Args:
        inventory_number (str):
        language_iso (str):
        erp_api_background (str | Unset):
        body (MultilanguageTranslationDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | MultilanguagePostSpecificInventoryDescrTranslationByinventoryNumberlanguageIsoResponse201
    """

    return (
        await asyncio_detailed(
            inventory_number=inventory_number,
            language_iso=language_iso,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.language_update_dto import LanguageUpdateDto
from ...models.multilanguage_add_default_language_response_200 import MultilanguageAddDefaultLanguageResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: LanguageUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/multilanguage/defaultlanguage",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | MultilanguageAddDefaultLanguageResponse200 | None:
    if response.status_code == 200:
        response_200 = MultilanguageAddDefaultLanguageResponse200.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | MultilanguageAddDefaultLanguageResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LanguageUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | MultilanguageAddDefaultLanguageResponse200]:
    """Set default language (screenId:SM200550). We recommend to activate multilanguage for the first time
    using the System Locale screen (Screenid SM200550). Please use API only to switch default

    Args:
        erp_api_background (str | Unset):
        body (LanguageUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | MultilanguageAddDefaultLanguageResponse200]
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
    body: LanguageUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | MultilanguageAddDefaultLanguageResponse200 | None:
    """Set default language (screenId:SM200550). We recommend to activate multilanguage for the first time
    using the System Locale screen (Screenid SM200550). Please use API only to switch default

    Args:
        erp_api_background (str | Unset):
        body (LanguageUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | MultilanguageAddDefaultLanguageResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LanguageUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | MultilanguageAddDefaultLanguageResponse200]:
    """Set default language (screenId:SM200550). We recommend to activate multilanguage for the first time
    using the System Locale screen (Screenid SM200550). Please use API only to switch default

    Args:
        erp_api_background (str | Unset):
        body (LanguageUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | MultilanguageAddDefaultLanguageResponse200]
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
    body: LanguageUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | MultilanguageAddDefaultLanguageResponse200 | None:
    """Set default language (screenId:SM200550). We recommend to activate multilanguage for the first time
    using the System Locale screen (Screenid SM200550). Please use API only to switch default

    Args:
        erp_api_background (str | Unset):
        body (LanguageUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | MultilanguageAddDefaultLanguageResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed

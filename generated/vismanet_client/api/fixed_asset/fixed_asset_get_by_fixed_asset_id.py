from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.fixed_asset_dto import FixedAssetDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    fixed_asset_id: str,
    *,
    expand_accounts: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["ExpandAccounts"] = expand_accounts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/fixedAsset/{fixed_asset_id}".format(
            fixed_asset_id=quote(str(fixed_asset_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | FixedAssetDto | None:
    if response.status_code == 200:
        response_200 = FixedAssetDto.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | FixedAssetDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    fixed_asset_id: str,
    *,
    client: AuthenticatedClient,
    expand_accounts: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | FixedAssetDto]:
    """Get a specific Fixed Asset - Screen ID:FA303000

    Args:
        fixed_asset_id (str):
        expand_accounts (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | FixedAssetDto]
    """

    kwargs = _get_kwargs(
        fixed_asset_id=fixed_asset_id,
        expand_accounts=expand_accounts,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    fixed_asset_id: str,
    *,
    client: AuthenticatedClient,
    expand_accounts: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | FixedAssetDto | None:
    """Get a specific Fixed Asset - Screen ID:FA303000

    Args:
        fixed_asset_id (str):
        expand_accounts (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | FixedAssetDto
    """

    return sync_detailed(
        fixed_asset_id=fixed_asset_id,
        client=client,
        expand_accounts=expand_accounts,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    fixed_asset_id: str,
    *,
    client: AuthenticatedClient,
    expand_accounts: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | FixedAssetDto]:
    """Get a specific Fixed Asset - Screen ID:FA303000

    Args:
        fixed_asset_id (str):
        expand_accounts (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | FixedAssetDto]
    """

    kwargs = _get_kwargs(
        fixed_asset_id=fixed_asset_id,
        expand_accounts=expand_accounts,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    fixed_asset_id: str,
    *,
    client: AuthenticatedClient,
    expand_accounts: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | FixedAssetDto | None:
    """Get a specific Fixed Asset - Screen ID:FA303000

    Args:
        fixed_asset_id (str):
        expand_accounts (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | FixedAssetDto
    """

    return (
        await asyncio_detailed(
            fixed_asset_id=fixed_asset_id,
            client=client,
            expand_accounts=expand_accounts,
            erp_api_background=erp_api_background,
        )
    ).parsed

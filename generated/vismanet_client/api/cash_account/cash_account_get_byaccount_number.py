from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.cash_account_dto import CashAccountDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_number: str,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/cashaccount/{account_number}".format(
            account_number=quote(str(account_number), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | CashAccountDto | None:
    if response.status_code == 200:
        response_200 = CashAccountDto.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | CashAccountDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CashAccountDto]:
    """Get a specific cash account

    Args:
        account_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CashAccountDto]
    """

    kwargs = _get_kwargs(
        account_number=account_number,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CashAccountDto | None:
    """Get a specific cash account

    Args:
        account_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CashAccountDto
    """

    return sync_detailed(
        account_number=account_number,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    account_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CashAccountDto]:
    """Get a specific cash account

    Args:
        account_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CashAccountDto]
    """

    kwargs = _get_kwargs(
        account_number=account_number,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CashAccountDto | None:
    """Get a specific cash account

    Args:
        account_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CashAccountDto
    """

    return (
        await asyncio_detailed(
            account_number=account_number,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.create_currency_rate_dto import CreateCurrencyRateDto
from ...models.currency_rate_post_currency_rate_response_200 import CurrencyRatePostCurrencyRateResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateCurrencyRateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/currencyrate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | CurrencyRatePostCurrencyRateResponse200 | None:
    if response.status_code == 200:
        response_200 = CurrencyRatePostCurrencyRateResponse200.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | CurrencyRatePostCurrencyRateResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCurrencyRateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CurrencyRatePostCurrencyRateResponse200]:
    """Create currency rate.

    Args:
        erp_api_background (str | Unset):
        body (CreateCurrencyRateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CurrencyRatePostCurrencyRateResponse200]
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
    body: CreateCurrencyRateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CurrencyRatePostCurrencyRateResponse200 | None:
    """Create currency rate.

    Args:
        erp_api_background (str | Unset):
        body (CreateCurrencyRateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CurrencyRatePostCurrencyRateResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCurrencyRateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CurrencyRatePostCurrencyRateResponse200]:
    """Create currency rate.

    Args:
        erp_api_background (str | Unset):
        body (CreateCurrencyRateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CurrencyRatePostCurrencyRateResponse200]
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
    body: CreateCurrencyRateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CurrencyRatePostCurrencyRateResponse200 | None:
    """Create currency rate.

    Args:
        erp_api_background (str | Unset):
        body (CreateCurrencyRateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CurrencyRatePostCurrencyRateResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.currency_rate_put_currency_rate_bycurrency_rate_id_response_200 import (
    CurrencyRatePutCurrencyRateBycurrencyRateIdResponse200,
)
from ...models.update_currency_rate_dto import UpdateCurrencyRateDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    currency_rate_id: int,
    *,
    body: UpdateCurrencyRateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/currencyrate/{currency_rate_id}".format(
            currency_rate_id=quote(str(currency_rate_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | CurrencyRatePutCurrencyRateBycurrencyRateIdResponse200 | None:
    if response.status_code == 200:
        response_200 = CurrencyRatePutCurrencyRateBycurrencyRateIdResponse200.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | CurrencyRatePutCurrencyRateBycurrencyRateIdResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    currency_rate_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateCurrencyRateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CurrencyRatePutCurrencyRateBycurrencyRateIdResponse200]:
    """Update Currency rate.

    Args:
        currency_rate_id (int):
        erp_api_background (str | Unset):
        body (UpdateCurrencyRateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CurrencyRatePutCurrencyRateBycurrencyRateIdResponse200]
    """

    kwargs = _get_kwargs(
        currency_rate_id=currency_rate_id,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    currency_rate_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateCurrencyRateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CurrencyRatePutCurrencyRateBycurrencyRateIdResponse200 | None:
    """Update Currency rate.

    Args:
        currency_rate_id (int):
        erp_api_background (str | Unset):
        body (UpdateCurrencyRateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CurrencyRatePutCurrencyRateBycurrencyRateIdResponse200
    """

    return sync_detailed(
        currency_rate_id=currency_rate_id,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    currency_rate_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateCurrencyRateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CurrencyRatePutCurrencyRateBycurrencyRateIdResponse200]:
    """Update Currency rate.

    Args:
        currency_rate_id (int):
        erp_api_background (str | Unset):
        body (UpdateCurrencyRateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CurrencyRatePutCurrencyRateBycurrencyRateIdResponse200]
    """

    kwargs = _get_kwargs(
        currency_rate_id=currency_rate_id,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    currency_rate_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateCurrencyRateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CurrencyRatePutCurrencyRateBycurrencyRateIdResponse200 | None:
    """Update Currency rate.

    Args:
        currency_rate_id (int):
        erp_api_background (str | Unset):
        body (UpdateCurrencyRateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CurrencyRatePutCurrencyRateBycurrencyRateIdResponse200
    """

    return (
        await asyncio_detailed(
            currency_rate_id=currency_rate_id,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed

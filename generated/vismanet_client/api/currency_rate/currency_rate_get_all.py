import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.currency_rate_dto import CurrencyRateDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_date: datetime.datetime | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    from_currency: str | Unset = UNSET,
    to_currency: str | Unset = UNSET,
    rate_type: str | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    json_from_date: str | Unset = UNSET
    if not isinstance(from_date, Unset):
        json_from_date = from_date.isoformat()
    params["fromDate"] = json_from_date

    json_to_date: str | Unset = UNSET
    if not isinstance(to_date, Unset):
        json_to_date = to_date.isoformat()
    params["toDate"] = json_to_date

    params["fromCurrency"] = from_currency

    params["toCurrency"] = to_currency

    params["rateType"] = rate_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/currencyrate",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[CurrencyRateDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CurrencyRateDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[CurrencyRateDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_date: datetime.datetime | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    from_currency: str | Unset = UNSET,
    to_currency: str | Unset = UNSET,
    rate_type: str | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[CurrencyRateDto]]:
    """Get all currency rates.

    Args:
        from_date (datetime.datetime | Unset):
        to_date (datetime.datetime | Unset):
        from_currency (str | Unset):
        to_currency (str | Unset):
        rate_type (str | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[CurrencyRateDto]]
    """

    kwargs = _get_kwargs(
        from_date=from_date,
        to_date=to_date,
        from_currency=from_currency,
        to_currency=to_currency,
        rate_type=rate_type,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_date: datetime.datetime | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    from_currency: str | Unset = UNSET,
    to_currency: str | Unset = UNSET,
    rate_type: str | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[CurrencyRateDto] | None:
    """Get all currency rates.

    Args:
        from_date (datetime.datetime | Unset):
        to_date (datetime.datetime | Unset):
        from_currency (str | Unset):
        to_currency (str | Unset):
        rate_type (str | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[CurrencyRateDto]
    """

    return sync_detailed(
        client=client,
        from_date=from_date,
        to_date=to_date,
        from_currency=from_currency,
        to_currency=to_currency,
        rate_type=rate_type,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_date: datetime.datetime | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    from_currency: str | Unset = UNSET,
    to_currency: str | Unset = UNSET,
    rate_type: str | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[CurrencyRateDto]]:
    """Get all currency rates.

    Args:
        from_date (datetime.datetime | Unset):
        to_date (datetime.datetime | Unset):
        from_currency (str | Unset):
        to_currency (str | Unset):
        rate_type (str | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[CurrencyRateDto]]
    """

    kwargs = _get_kwargs(
        from_date=from_date,
        to_date=to_date,
        from_currency=from_currency,
        to_currency=to_currency,
        rate_type=rate_type,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_date: datetime.datetime | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    from_currency: str | Unset = UNSET,
    to_currency: str | Unset = UNSET,
    rate_type: str | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[CurrencyRateDto] | None:
    """Get all currency rates.

    Args:
        from_date (datetime.datetime | Unset):
        to_date (datetime.datetime | Unset):
        from_currency (str | Unset):
        to_currency (str | Unset):
        rate_type (str | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[CurrencyRateDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            from_date=from_date,
            to_date=to_date,
            from_currency=from_currency,
            to_currency=to_currency,
            rate_type=rate_type,
            erp_api_background=erp_api_background,
        )
    ).parsed

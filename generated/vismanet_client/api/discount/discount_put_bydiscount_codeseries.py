from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.discount_put_bydiscount_codeseries_response_200 import DiscountPutBydiscountCodeseriesResponse200
from ...models.discount_update_dto import DiscountUpdateDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    discount_code: str,
    series: str,
    *,
    body: DiscountUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/discount/{discount_code}/{series}".format(
            discount_code=quote(str(discount_code), safe=""),
            series=quote(str(series), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | DiscountPutBydiscountCodeseriesResponse200 | None:
    if response.status_code == 200:
        response_200 = DiscountPutBydiscountCodeseriesResponse200.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | DiscountPutBydiscountCodeseriesResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    discount_code: str,
    series: str,
    *,
    client: AuthenticatedClient,
    body: DiscountUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | DiscountPutBydiscountCodeseriesResponse200]:
    """
    Args:
        discount_code (str):
        series (str):
        erp_api_background (str | Unset):
        body (DiscountUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | DiscountPutBydiscountCodeseriesResponse200]
    """

    kwargs = _get_kwargs(
        discount_code=discount_code,
        series=series,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    discount_code: str,
    series: str,
    *,
    client: AuthenticatedClient,
    body: DiscountUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | DiscountPutBydiscountCodeseriesResponse200 | None:
    """
    Args:
        discount_code (str):
        series (str):
        erp_api_background (str | Unset):
        body (DiscountUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | DiscountPutBydiscountCodeseriesResponse200
    """

    return sync_detailed(
        discount_code=discount_code,
        series=series,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    discount_code: str,
    series: str,
    *,
    client: AuthenticatedClient,
    body: DiscountUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | DiscountPutBydiscountCodeseriesResponse200]:
    """
    Args:
        discount_code (str):
        series (str):
        erp_api_background (str | Unset):
        body (DiscountUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | DiscountPutBydiscountCodeseriesResponse200]
    """

    kwargs = _get_kwargs(
        discount_code=discount_code,
        series=series,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    discount_code: str,
    series: str,
    *,
    client: AuthenticatedClient,
    body: DiscountUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | DiscountPutBydiscountCodeseriesResponse200 | None:
    """
    Args:
        discount_code (str):
        series (str):
        erp_api_background (str | Unset):
        body (DiscountUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | DiscountPutBydiscountCodeseriesResponse200
    """

    return (
        await asyncio_detailed(
            discount_code=discount_code,
            series=series,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed

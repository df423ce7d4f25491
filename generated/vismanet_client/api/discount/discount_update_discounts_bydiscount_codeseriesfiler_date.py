import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.update_discounts_action_result_dto import UpdateDiscountsActionResultDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    discount_code: str,
    series: str,
    filer_date: str,
    *,
    filter_date: datetime.datetime,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    json_filter_date = filter_date.isoformat()
    params["filterDate"] = json_filter_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/discount/{discount_code}/{series}/{filer_date}/action/updateDiscounts".format(
            discount_code=quote(str(discount_code), safe=""),
            series=quote(str(series), safe=""),
            filer_date=quote(str(filer_date), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | UpdateDiscountsActionResultDto | None:
    if response.status_code == 200:
        response_200 = UpdateDiscountsActionResultDto.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | UpdateDiscountsActionResultDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    discount_code: str,
    series: str,
    filer_date: str,
    *,
    client: AuthenticatedClient,
    filter_date: datetime.datetime,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | UpdateDiscountsActionResultDto]:
    """
    Args:
        discount_code (str):
        series (str):
        filer_date (str):
        filter_date (datetime.datetime):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | UpdateDiscountsActionResultDto]
    """

    kwargs = _get_kwargs(
        discount_code=discount_code,
        series=series,
        filer_date=filer_date,
        filter_date=filter_date,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    discount_code: str,
    series: str,
    filer_date: str,
    *,
    client: AuthenticatedClient,
    filter_date: datetime.datetime,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | UpdateDiscountsActionResultDto | None:
    """
    Args:
        discount_code (str):
        series (str):
        filer_date (str):
        filter_date (datetime.datetime):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | UpdateDiscountsActionResultDto
    """

    return sync_detailed(
        discount_code=discount_code,
        series=series,
        filer_date=filer_date,
        client=client,
        filter_date=filter_date,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    discount_code: str,
    series: str,
    filer_date: str,
    *,
    client: AuthenticatedClient,
    filter_date: datetime.datetime,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | UpdateDiscountsActionResultDto]:
    """
    Args:
        discount_code (str):
        series (str):
        filer_date (str):
        filter_date (datetime.datetime):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | UpdateDiscountsActionResultDto]
    """

    kwargs = _get_kwargs(
        discount_code=discount_code,
        series=series,
        filer_date=filer_date,
        filter_date=filter_date,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    discount_code: str,
    series: str,
    filer_date: str,
    *,
    client: AuthenticatedClient,
    filter_date: datetime.datetime,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | UpdateDiscountsActionResultDto | None:
    """
    Args:
        discount_code (str):
        series (str):
        filer_date (str):
        filter_date (datetime.datetime):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | UpdateDiscountsActionResultDto
    """

    return (
        await asyncio_detailed(
            discount_code=discount_code,
            series=series,
            filer_date=filer_date,
            client=client,
            filter_date=filter_date,
            erp_api_background=erp_api_background,
        )
    ).parsed

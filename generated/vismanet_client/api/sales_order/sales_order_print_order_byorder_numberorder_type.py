from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.sales_order_print_order_byorder_numberorder_type_response_200 import (
    SalesOrderPrintOrderByorderNumberorderTypeResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_type: str,
    order_number: str,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/salesorder/{order_type}/{order_number}/printOrder".format(
            order_type=quote(str(order_type), safe=""),
            order_number=quote(str(order_number), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | SalesOrderPrintOrderByorderNumberorderTypeResponse200 | None:
    if response.status_code == 200:
        response_200 = SalesOrderPrintOrderByorderNumberorderTypeResponse200.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | SalesOrderPrintOrderByorderNumberorderTypeResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_type: str,
    order_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | SalesOrderPrintOrderByorderNumberorderTypeResponse200]:
    """Get the print report of the Sales Order Quote

     The File is in Content of the message

    Args:
        order_type (str):
        order_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | SalesOrderPrintOrderByorderNumberorderTypeResponse200]
    """

    kwargs = _get_kwargs(
        order_type=order_type,
        order_number=order_number,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_type: str,
    order_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | SalesOrderPrintOrderByorderNumberorderTypeResponse200 | None:
    """Get the print report of the Sales Order Quote

     The File is in Content of the message

    Args:
        order_type (str):
        order_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | SalesOrderPrintOrderByorderNumberorderTypeResponse200
    """

    return sync_detailed(
        order_type=order_type,
        order_number=order_number,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    order_type: str,
    order_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | SalesOrderPrintOrderByorderNumberorderTypeResponse200]:
    """Get the print report of the Sales Order Quote

     The File is in Content of the message

    Args:
        order_type (str):
        order_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | SalesOrderPrintOrderByorderNumberorderTypeResponse200]
    """

    kwargs = _get_kwargs(
        order_type=order_type,
        order_number=order_number,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_type: str,
    order_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | SalesOrderPrintOrderByorderNumberorderTypeResponse200 | None:
    """Get the print report of the Sales Order Quote

     The File is in Content of the message

    Args:
        order_type (str):
        order_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | SalesOrderPrintOrderByorderNumberorderTypeResponse200
    """

    return (
        await asyncio_detailed(
            order_type=order_type,
            order_number=order_number,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed

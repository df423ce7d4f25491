from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.sales_order_basic_put_byorder_nbr_response_204 import SalesOrderBasicPutByorderNbrResponse204
from ...models.sales_order_basic_update_dto import SalesOrderBasicUpdateDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_nbr: str,
    *,
    body: SalesOrderBasicUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/salesorderbasic/{order_nbr}".format(
            order_nbr=quote(str(order_nbr), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | SalesOrderBasicPutByorderNbrResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = SalesOrderBasicPutByorderNbrResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | SalesOrderBasicPutByorderNbrResponse204]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_nbr: str,
    *,
    client: AuthenticatedClient,
    body: SalesOrderBasicUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | SalesOrderBasicPutByorderNbrResponse204]:
    """Update a specific Sale Order

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        order_nbr (str):
        erp_api_background (str | Unset):
        body (SalesOrderBasicUpdateDto): This class represent a Sales Order in Sales Order
            Controller. Used to pass data to server for creating or updating an order

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | SalesOrderBasicPutByorderNbrResponse204]
    """

    kwargs = _get_kwargs(
        order_nbr=order_nbr,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_nbr: str,
    *,
    client: AuthenticatedClient,
    body: SalesOrderBasicUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | SalesOrderBasicPutByorderNbrResponse204 | None:
    """Update a specific Sale Order

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        order_nbr (str):
        erp_api_background (str | Unset):
        body (SalesOrderBasicUpdateDto): This class represent a Sales Order in Sales Order
            Controller. Used to pass data to server for creating or updating an order

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | SalesOrderBasicPutByorderNbrResponse204
    """

    return sync_detailed(
        order_nbr=order_nbr,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    order_nbr: str,
    *,
    client: AuthenticatedClient,
    body: SalesOrderBasicUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | SalesOrderBasicPutByorderNbrResponse204]:
    """Update a specific Sale Order

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        order_nbr (str):
        erp_api_background (str | Unset):
        body (SalesOrderBasicUpdateDto): This class represent a Sales Order in Sales Order
            Controller. Used to pass data to server for creating or updating an order

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | SalesOrderBasicPutByorderNbrResponse204]
    """

    kwargs = _get_kwargs(
        order_nbr=order_nbr,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_nbr: str,
    *,
    client: AuthenticatedClient,
    body: SalesOrderBasicUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | SalesOrderBasicPutByorderNbrResponse204 | None:
    """Update a specific Sale Order

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        order_nbr (str):
        erp_api_background (str | Unset):
        body (SalesOrderBasicUpdateDto): This class represent a Sales Order in Sales Order
            Controller. Used to pass data to server for creating or updating an order

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | SalesOrderBasicPutByorderNbrResponse204
    """

    return (
        await asyncio_detailed(
            order_nbr=order_nbr,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed

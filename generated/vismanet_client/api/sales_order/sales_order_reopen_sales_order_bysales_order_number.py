from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.reopen_sales_order_action_dto import ReopenSalesOrderActionDto
from ...models.reopen_sales_order_action_result_dto import ReopenSalesOrderActionResultDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    sales_order_number: str,
    *,
    body: ReopenSalesOrderActionDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/salesorder/{sales_order_number}/action/reopenSalesOrder".format(
            sales_order_number=quote(str(sales_order_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | ReopenSalesOrderActionResultDto | None:
    if response.status_code == 200:
        response_200 = ReopenSalesOrderActionResultDto.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | ReopenSalesOrderActionResultDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sales_order_number: str,
    *,
    client: AuthenticatedClient,
    body: ReopenSalesOrderActionDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ReopenSalesOrderActionResultDto]:
    """Reopen and update a specific Sales Order. This method requires a sales order update dto where the
    order type is initialised.

     The action result dto contains information about the result of running the action

    Args:
        sales_order_number (str):
        erp_api_background (str | Unset):
        body (ReopenSalesOrderActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ReopenSalesOrderActionResultDto]
    """

    kwargs = _get_kwargs(
        sales_order_number=sales_order_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sales_order_number: str,
    *,
    client: AuthenticatedClient,
    body: ReopenSalesOrderActionDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ReopenSalesOrderActionResultDto | None:
    """Reopen and update a specific Sales Order. This method requires a sales order update dto where the
    order type is initialised.

     The action result dto contains information about the result of running the action

    Args:
        sales_order_number (str):
        erp_api_background (str | Unset):
        body (ReopenSalesOrderActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ReopenSalesOrderActionResultDto
    """

    return sync_detailed(
        sales_order_number=sales_order_number,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    sales_order_number: str,
    *,
    client: AuthenticatedClient,
    body: ReopenSalesOrderActionDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ReopenSalesOrderActionResultDto]:
    """Reopen and update a specific Sales Order. This method requires a sales order update dto where the
    order type is initialised.

     The action result dto contains information about the result of running the action

    Args:
        sales_order_number (str):
        erp_api_background (str | Unset):
        body (ReopenSalesOrderActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ReopenSalesOrderActionResultDto]
    """

    kwargs = _get_kwargs(
        sales_order_number=sales_order_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sales_order_number: str,
    *,
    client: AuthenticatedClient,
    body: ReopenSalesOrderActionDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ReopenSalesOrderActionResultDto | None:
    """Reopen and update a specific Sales Order. This method requires a sales order update dto where the
    order type is initialised.

     The action result dto contains information about the result of running the action

    Args:
        sales_order_number (str):
        erp_api_background (str | Unset):
        body (ReopenSalesOrderActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ReopenSalesOrderActionResultDto
    """

    return (
        await asyncio_detailed(
            sales_order_number=sales_order_number,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed

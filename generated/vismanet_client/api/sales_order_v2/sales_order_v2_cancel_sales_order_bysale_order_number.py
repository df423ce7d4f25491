from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.cancel_sales_order_action_dto import CancelSalesOrderActionDto
from ...models.cancel_sales_order_action_result_dto import CancelSalesOrderActionResultDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    sale_order_number: str,
    *,
    body: CancelSalesOrderActionDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/salesorder/{sale_order_number}/action/cancelSalesOrder".format(
            sale_order_number=quote(str(sale_order_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | CancelSalesOrderActionResultDto | None:
    if response.status_code == 200:
        response_200 = CancelSalesOrderActionResultDto.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | CancelSalesOrderActionResultDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sale_order_number: str,
    *,
    client: AuthenticatedClient,
    body: CancelSalesOrderActionDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CancelSalesOrderActionResultDto]:
    """Cancel Order action

     The action result dto contains information about the result of running the action

    Args:
        sale_order_number (str):
        erp_api_background (str | Unset):
        body (CancelSalesOrderActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CancelSalesOrderActionResultDto]
    """

    kwargs = _get_kwargs(
        sale_order_number=sale_order_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sale_order_number: str,
    *,
    client: AuthenticatedClient,
    body: CancelSalesOrderActionDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CancelSalesOrderActionResultDto | None:
    """Cancel Order action

     The action result dto contains information about the result of running the action

    Args:
        sale_order_number (str):
        erp_api_background (str | Unset):
        body (CancelSalesOrderActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CancelSalesOrderActionResultDto
    """

    return sync_detailed(
        sale_order_number=sale_order_number,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    sale_order_number: str,
    *,
    client: AuthenticatedClient,
    body: CancelSalesOrderActionDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CancelSalesOrderActionResultDto]:
    """Cancel Order action

     The action result dto contains information about the result of running the action

    Args:
        sale_order_number (str):
        erp_api_background (str | Unset):
        body (CancelSalesOrderActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CancelSalesOrderActionResultDto]
    """

    kwargs = _get_kwargs(
        sale_order_number=sale_order_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sale_order_number: str,
    *,
    client: AuthenticatedClient,
    body: CancelSalesOrderActionDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CancelSalesOrderActionResultDto | None:
    """Cancel Order action

     The action result dto contains information about the result of running the action

    Args:
        sale_order_number (str):
        erp_api_background (str | Unset):
        body (CancelSalesOrderActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CancelSalesOrderActionResultDto
    """

    return (
        await asyncio_detailed(
            sale_order_number=sale_order_number,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed

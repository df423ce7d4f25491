from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.sales_order_create_line_attachment_byorder_numberorder_typeline_number_response_201 import (
    SalesOrderCreateLineAttachmentByorderNumberorderTypelineNumberResponse201,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_type: str,
    order_number: str,
    line_number: int,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/salesorder/orderType/{order_type}/{order_number}/{line_number}/attachment".format(
            order_type=quote(str(order_type), safe=""),
            order_number=quote(str(order_number), safe=""),
            line_number=quote(str(line_number), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | SalesOrderCreateLineAttachmentByorderNumberorderTypelineNumberResponse201 | None:
    if response.status_code == 201:
        response_201 = SalesOrderCreateLineAttachmentByorderNumberorderTypelineNumberResponse201.from_dict(
            response.json()
        )

        return response_201

    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | SalesOrderCreateLineAttachmentByorderNumberorderTypelineNumberResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_type: str,
    order_number: str,
    line_number: int,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | SalesOrderCreateLineAttachmentByorderNumberorderTypelineNumberResponse201]:
    """Creates an attachment and associates it with a certain sales order line on a specific order type. If
    the file already exists, a new revision is created.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        order_type (str):
        order_number (str):
        line_number (int):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | SalesOrderCreateLineAttachmentByorderNumberorderTypelineNumberResponse201]
    """

    kwargs = _get_kwargs(
        order_type=order_type,
        order_number=order_number,
        line_number=line_number,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_type: str,
    order_number: str,
    line_number: int,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | SalesOrderCreateLineAttachmentByorderNumberorderTypelineNumberResponse201 | None:
    """Creates an attachment and associates it with a certain sales order line on a specific order type. If
    the file already exists, a new revision is created.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        order_type (str):
        order_number (str):
        line_number (int):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | SalesOrderCreateLineAttachmentByorderNumberorderTypelineNumberResponse201
    """

    return sync_detailed(
        order_type=order_type,
        order_number=order_number,
        line_number=line_number,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    order_type: str,
    order_number: str,
    line_number: int,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | SalesOrderCreateLineAttachmentByorderNumberorderTypelineNumberResponse201]:
    """Creates an attachment and associates it with a certain sales order line on a specific order type. If
    the file already exists, a new revision is created.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        order_type (str):
        order_number (str):
        line_number (int):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | SalesOrderCreateLineAttachmentByorderNumberorderTypelineNumberResponse201]
    """

    kwargs = _get_kwargs(
        order_type=order_type,
        order_number=order_number,
        line_number=line_number,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_type: str,
    order_number: str,
    line_number: int,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | SalesOrderCreateLineAttachmentByorderNumberorderTypelineNumberResponse201 | None:
    """Creates an attachment and associates it with a certain sales order line on a specific order type. If
    the file already exists, a new revision is created.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        order_type (str):
        order_number (str):
        line_number (int):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | SalesOrderCreateLineAttachmentByorderNumberorderTypelineNumberResponse201
    """

    return (
        await asyncio_detailed(
            order_type=order_type,
            order_number=order_number,
            line_number=line_number,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.sales_order_v2_create_header_attachment_byorder_number_response_201 import (
    SalesOrderV2CreateHeaderAttachmentByorderNumberResponse201,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_number: str,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/salesorder/{order_number}/attachment".format(
            order_number=quote(str(order_number), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | SalesOrderV2CreateHeaderAttachmentByorderNumberResponse201 | None:
    if response.status_code == 201:
        response_201 = SalesOrderV2CreateHeaderAttachmentByorderNumberResponse201.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | SalesOrderV2CreateHeaderAttachmentByorderNumberResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | SalesOrderV2CreateHeaderAttachmentByorderNumberResponse201]:
    """Creates an attachment and associates it with a sales order. If the file already exists, a new
    revision is created.
    - Method is deprecated and will be removed in a future version. Please start using the new method
    with order type.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        order_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | SalesOrderV2CreateHeaderAttachmentByorderNumberResponse201]
    """

    kwargs = _get_kwargs(
        order_number=order_number,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | SalesOrderV2CreateHeaderAttachmentByorderNumberResponse201 | None:
    """Creates an attachment and associates it with a sales order. If the file already exists, a new
    revision is created.
    - Method is deprecated and will be removed in a future version. Please start using the new method
    with order type.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        order_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | SalesOrderV2CreateHeaderAttachmentByorderNumberResponse201
    """

    return sync_detailed(
        order_number=order_number,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    order_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | SalesOrderV2CreateHeaderAttachmentByorderNumberResponse201]:
    """Creates an attachment and associates it with a sales order. If the file already exists, a new
    revision is created.
    - Method is deprecated and will be removed in a future version. Please start using the new method
    with order type.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        order_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | SalesOrderV2CreateHeaderAttachmentByorderNumberResponse201]
    """

    kwargs = _get_kwargs(
        order_number=order_number,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | SalesOrderV2CreateHeaderAttachmentByorderNumberResponse201 | None:
    """Creates an attachment and associates it with a sales order. If the file already exists, a new
    revision is created.
    - Method is deprecated and will be removed in a future version. Please start using the new method
    with order type.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        order_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | SalesOrderV2CreateHeaderAttachmentByorderNumberResponse201
    """

    return (
        await asyncio_detailed(
            order_number=order_number,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed

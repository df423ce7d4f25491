from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.sales_order_delete_line_attachment_byorder_numberorder_typeline_numberfile_id_response_200 import (
    SalesOrderDeleteLineAttachmentByorderNumberorderTypelineNumberfileIdResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_type: str,
    order_number: str,
    line_number: int,
    file_id: UUID,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/salesorder/{order_type}/{order_number}/{line_number}/attachment/{file_id}".format(
            order_type=quote(str(order_type), safe=""),
            order_number=quote(str(order_number), safe=""),
            line_number=quote(str(line_number), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | SalesOrderDeleteLineAttachmentByorderNumberorderTypelineNumberfileIdResponse200 | None:
    if response.status_code == 200:
        response_200 = SalesOrderDeleteLineAttachmentByorderNumberorderTypelineNumberfileIdResponse200.from_dict(
            response.json()
        )

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
) -> Response[
    BackgroundApiAcceptedDto | SalesOrderDeleteLineAttachmentByorderNumberorderTypelineNumberfileIdResponse200
]:
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
    file_id: UUID,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[
    BackgroundApiAcceptedDto | SalesOrderDeleteLineAttachmentByorderNumberorderTypelineNumberfileIdResponse200
]:
    """Delete an attachment and remove associates it with a certain sales order line on a specific order
    type.

     Response Message has StatusCode OK if DELETE operation succeed

    Args:
        order_type (str):
        order_number (str):
        line_number (int):
        file_id (UUID):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | SalesOrderDeleteLineAttachmentByorderNumberorderTypelineNumberfileIdResponse200]
    """

    kwargs = _get_kwargs(
        order_type=order_type,
        order_number=order_number,
        line_number=line_number,
        file_id=file_id,
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
    file_id: UUID,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | SalesOrderDeleteLineAttachmentByorderNumberorderTypelineNumberfileIdResponse200 | None:
    """Delete an attachment and remove associates it with a certain sales order line on a specific order
    type.

     Response Message has StatusCode OK if DELETE operation succeed

    Args:
        order_type (str):
        order_number (str):
        line_number (int):
        file_id (UUID):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | SalesOrderDeleteLineAttachmentByorderNumberorderTypelineNumberfileIdResponse200
    """

    return sync_detailed(
        order_type=order_type,
        order_number=order_number,
        line_number=line_number,
        file_id=file_id,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    order_type: str,
    order_number: str,
    line_number: int,
    file_id: UUID,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[
    BackgroundApiAcceptedDto | SalesOrderDeleteLineAttachmentByorderNumberorderTypelineNumberfileIdResponse200
]:
    """Delete an attachment and remove associates it with a certain sales order line on a specific order
    type.

     Response Message has StatusCode OK if DELETE operation succeed

    Args:
        order_type (str):
        order_number (str):
        line_number (int):
        file_id (UUID):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | SalesOrderDeleteLineAttachmentByorderNumberorderTypelineNumberfileIdResponse200]
    """

    kwargs = _get_kwargs(
        order_type=order_type,
        order_number=order_number,
        line_number=line_number,
        file_id=file_id,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_type: str,
    order_number: str,
    line_number: int,
    file_id: UUID,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | SalesOrderDeleteLineAttachmentByorderNumberorderTypelineNumberfileIdResponse200 | None:
    """Delete an attachment and remove associates it with a certain sales order line on a specific order
    type.

     Response Message has StatusCode OK if DELETE operation succeed

    Args:
        order_type (str):
        order_number (str):
        line_number (int):
        file_id (UUID):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | SalesOrderDeleteLineAttachmentByorderNumberorderTypelineNumberfileIdResponse200
    """

    return (
        await asyncio_detailed(
            order_type=order_type,
            order_number=order_number,
            line_number=line_number,
            file_id=file_id,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed

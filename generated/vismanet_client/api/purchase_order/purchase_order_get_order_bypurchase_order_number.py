from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.purchase_order_dto import PurchaseOrderDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    purchase_order_number: str,
    *,
    include_custom_free_fields: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["includeCustomFreeFields"] = include_custom_free_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/purchaseorder/{purchase_order_number}".format(
            purchase_order_number=quote(str(purchase_order_number), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | PurchaseOrderDto | None:
    if response.status_code == 200:
        response_200 = PurchaseOrderDto.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | PurchaseOrderDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    purchase_order_number: str,
    *,
    client: AuthenticatedClient,
    include_custom_free_fields: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | PurchaseOrderDto]:
    """Get a specific Purchase Order

     Data for a single Purchase Order. <br></br>
    The response headers include an ETag after a successful GET operation.

    Args:
        purchase_order_number (str):
        include_custom_free_fields (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | PurchaseOrderDto]
    """

    kwargs = _get_kwargs(
        purchase_order_number=purchase_order_number,
        include_custom_free_fields=include_custom_free_fields,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    purchase_order_number: str,
    *,
    client: AuthenticatedClient,
    include_custom_free_fields: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | PurchaseOrderDto | None:
    """Get a specific Purchase Order

     Data for a single Purchase Order. <br></br>
    The response headers include an ETag after a successful GET operation.

    Args:
        purchase_order_number (str):
        include_custom_free_fields (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | PurchaseOrderDto
    """

    return sync_detailed(
        purchase_order_number=purchase_order_number,
        client=client,
        include_custom_free_fields=include_custom_free_fields,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    purchase_order_number: str,
    *,
    client: AuthenticatedClient,
    include_custom_free_fields: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | PurchaseOrderDto]:
    """Get a specific Purchase Order

     Data for a single Purchase Order. <br></br>
    The response headers include an ETag after a successful GET operation.

    Args:
        purchase_order_number (str):
        include_custom_free_fields (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | PurchaseOrderDto]
    """

    kwargs = _get_kwargs(
        purchase_order_number=purchase_order_number,
        include_custom_free_fields=include_custom_free_fields,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    purchase_order_number: str,
    *,
    client: AuthenticatedClient,
    include_custom_free_fields: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | PurchaseOrderDto | None:
    """Get a specific Purchase Order

     Data for a single Purchase Order. <br></br>
    The response headers include an ETag after a successful GET operation.

    Args:
        purchase_order_number (str):
        include_custom_free_fields (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | PurchaseOrderDto
    """

    return (
        await asyncio_detailed(
            purchase_order_number=purchase_order_number,
            client=client,
            include_custom_free_fields=include_custom_free_fields,
            erp_api_background=erp_api_background,
        )
    ).parsed

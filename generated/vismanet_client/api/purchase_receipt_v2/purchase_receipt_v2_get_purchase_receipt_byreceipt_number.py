from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.purchase_receipt_dto import PurchaseReceiptDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    receipt_number: str,
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
        "url": "/v2/PurchaseReceipt/{receipt_number}".format(
            receipt_number=quote(str(receipt_number), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | PurchaseReceiptDto | None:
    if response.status_code == 200:
        response_200 = PurchaseReceiptDto.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | PurchaseReceiptDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    receipt_number: str,
    *,
    client: AuthenticatedClient,
    include_custom_free_fields: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | PurchaseReceiptDto]:
    """Get a specific Purchase Receipt

     Data for a single Purchase Receipt. <br></br>
    The response headers include an ETag after a successful GET operation.

    Args:
        receipt_number (str):
        include_custom_free_fields (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | PurchaseReceiptDto]
    """

    kwargs = _get_kwargs(
        receipt_number=receipt_number,
        include_custom_free_fields=include_custom_free_fields,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    receipt_number: str,
    *,
    client: AuthenticatedClient,
    include_custom_free_fields: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | PurchaseReceiptDto | None:
    """Get a specific Purchase Receipt

     Data for a single Purchase Receipt. <br></br>
    The response headers include an ETag after a successful GET operation.

    Args:
        receipt_number (str):
        include_custom_free_fields (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | PurchaseReceiptDto
    """

    return sync_detailed(
        receipt_number=receipt_number,
        client=client,
        include_custom_free_fields=include_custom_free_fields,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    receipt_number: str,
    *,
    client: AuthenticatedClient,
    include_custom_free_fields: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | PurchaseReceiptDto]:
    """Get a specific Purchase Receipt

     Data for a single Purchase Receipt. <br></br>
    The response headers include an ETag after a successful GET operation.

    Args:
        receipt_number (str):
        include_custom_free_fields (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | PurchaseReceiptDto]
    """

    kwargs = _get_kwargs(
        receipt_number=receipt_number,
        include_custom_free_fields=include_custom_free_fields,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    receipt_number: str,
    *,
    client: AuthenticatedClient,
    include_custom_free_fields: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | PurchaseReceiptDto | None:
    """Get a specific Purchase Receipt

     Data for a single Purchase Receipt. <br></br>
    The response headers include an ETag after a successful GET operation.

    Args:
        receipt_number (str):
        include_custom_free_fields (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | PurchaseReceiptDto
    """

    return (
        await asyncio_detailed(
            receipt_number=receipt_number,
            client=client,
            include_custom_free_fields=include_custom_free_fields,
            erp_api_background=erp_api_background,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_orders_to_purchase_receipt_action_result_dto import AddOrdersToPurchaseReceiptActionResultDto
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.purchase_receipt_order_list_update_dto import PurchaseReceiptOrderListUpdateDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    receipt_number: str,
    *,
    body: PurchaseReceiptOrderListUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/PurchaseReceipt/{receipt_number}/action/addpurchaseorder".format(
            receipt_number=quote(str(receipt_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddOrdersToPurchaseReceiptActionResultDto | BackgroundApiAcceptedDto | None:
    if response.status_code == 200:
        response_200 = AddOrdersToPurchaseReceiptActionResultDto.from_dict(response.json())

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
) -> Response[AddOrdersToPurchaseReceiptActionResultDto | BackgroundApiAcceptedDto]:
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
    body: PurchaseReceiptOrderListUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[AddOrdersToPurchaseReceiptActionResultDto | BackgroundApiAcceptedDto]:
    """Add purchase orders to receipt

     The action result DTO contains information about the result of running the action

    Args:
        receipt_number (str):
        erp_api_background (str | Unset):
        body (PurchaseReceiptOrderListUpdateDto): This class represents a list of Purchase Orders
            to add to a Purchase Receipt.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddOrdersToPurchaseReceiptActionResultDto | BackgroundApiAcceptedDto]
    """

    kwargs = _get_kwargs(
        receipt_number=receipt_number,
        body=body,
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
    body: PurchaseReceiptOrderListUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> AddOrdersToPurchaseReceiptActionResultDto | BackgroundApiAcceptedDto | None:
    """Add purchase orders to receipt

     The action result DTO contains information about the result of running the action

    Args:
        receipt_number (str):
        erp_api_background (str | Unset):
        body (PurchaseReceiptOrderListUpdateDto): This class represents a list of Purchase Orders
            to add to a Purchase Receipt.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddOrdersToPurchaseReceiptActionResultDto | BackgroundApiAcceptedDto
    """

    return sync_detailed(
        receipt_number=receipt_number,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    receipt_number: str,
    *,
    client: AuthenticatedClient,
    body: PurchaseReceiptOrderListUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[AddOrdersToPurchaseReceiptActionResultDto | BackgroundApiAcceptedDto]:
    """Add purchase orders to receipt

     The action result DTO contains information about the result of running the action

    Args:
        receipt_number (str):
        erp_api_background (str | Unset):
        body (PurchaseReceiptOrderListUpdateDto): This class represents a list of Purchase Orders
            to add to a Purchase Receipt.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddOrdersToPurchaseReceiptActionResultDto | BackgroundApiAcceptedDto]
    """

    kwargs = _get_kwargs(
        receipt_number=receipt_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    receipt_number: str,
    *,
    client: AuthenticatedClient,
    body: PurchaseReceiptOrderListUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> AddOrdersToPurchaseReceiptActionResultDto | BackgroundApiAcceptedDto | None:
    """Add purchase orders to receipt

     The action result DTO contains information about the result of running the action

    Args:
        receipt_number (str):
        erp_api_background (str | Unset):
        body (PurchaseReceiptOrderListUpdateDto): This class represents a list of Purchase Orders
            to add to a Purchase Receipt.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddOrdersToPurchaseReceiptActionResultDto | BackgroundApiAcceptedDto
    """

    return (
        await asyncio_detailed(
            receipt_number=receipt_number,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed

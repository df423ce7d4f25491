from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.purchase_receipt_put_byreceipt_number_response_204 import PurchaseReceiptPutByreceiptNumberResponse204
from ...models.purchase_receipt_update_dto import PurchaseReceiptUpdateDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    receipt_number: str,
    *,
    body: PurchaseReceiptUpdateDto,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/PurchaseReceipt/{receipt_number}".format(
            receipt_number=quote(str(receipt_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BackgroundApiAcceptedDto | PurchaseReceiptPutByreceiptNumberResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = PurchaseReceiptPutByreceiptNumberResponse204.from_dict(response.json())

        return response_204

    if response.status_code == 412:
        response_412 = cast(Any, None)
        return response_412

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | BackgroundApiAcceptedDto | PurchaseReceiptPutByreceiptNumberResponse204]:
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
    body: PurchaseReceiptUpdateDto,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | PurchaseReceiptPutByreceiptNumberResponse204]:
    """Update a specific Purchase Receipt

     Response Message has StatusCode NoContent if PUT operation succeed. <br></br>
    Response Message has StatusCode BadRequest if PUT operation failed. <br></br>
    The response headers include an ETag after a successful PUT operation. <br></br>

    Args:
        receipt_number (str):
        erp_api_background (str | Unset):
        if_match (str | Unset):
        body (PurchaseReceiptUpdateDto): This class represents a Purchase Receipt in
            PurchaseReceiptController. Used for getting data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | PurchaseReceiptPutByreceiptNumberResponse204]
    """

    kwargs = _get_kwargs(
        receipt_number=receipt_number,
        body=body,
        erp_api_background=erp_api_background,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    receipt_number: str,
    *,
    client: AuthenticatedClient,
    body: PurchaseReceiptUpdateDto,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | PurchaseReceiptPutByreceiptNumberResponse204 | None:
    """Update a specific Purchase Receipt

     Response Message has StatusCode NoContent if PUT operation succeed. <br></br>
    Response Message has StatusCode BadRequest if PUT operation failed. <br></br>
    The response headers include an ETag after a successful PUT operation. <br></br>

    Args:
        receipt_number (str):
        erp_api_background (str | Unset):
        if_match (str | Unset):
        body (PurchaseReceiptUpdateDto): This class represents a Purchase Receipt in
            PurchaseReceiptController. Used for getting data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | PurchaseReceiptPutByreceiptNumberResponse204
    """

    return sync_detailed(
        receipt_number=receipt_number,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    receipt_number: str,
    *,
    client: AuthenticatedClient,
    body: PurchaseReceiptUpdateDto,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | PurchaseReceiptPutByreceiptNumberResponse204]:
    """Update a specific Purchase Receipt

     Response Message has StatusCode NoContent if PUT operation succeed. <br></br>
    Response Message has StatusCode BadRequest if PUT operation failed. <br></br>
    The response headers include an ETag after a successful PUT operation. <br></br>

    Args:
        receipt_number (str):
        erp_api_background (str | Unset):
        if_match (str | Unset):
        body (PurchaseReceiptUpdateDto): This class represents a Purchase Receipt in
            PurchaseReceiptController. Used for getting data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | PurchaseReceiptPutByreceiptNumberResponse204]
    """

    kwargs = _get_kwargs(
        receipt_number=receipt_number,
        body=body,
        erp_api_background=erp_api_background,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    receipt_number: str,
    *,
    client: AuthenticatedClient,
    body: PurchaseReceiptUpdateDto,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | PurchaseReceiptPutByreceiptNumberResponse204 | None:
    """Update a specific Purchase Receipt

     Response Message has StatusCode NoContent if PUT operation succeed. <br></br>
    Response Message has StatusCode BadRequest if PUT operation failed. <br></br>
    The response headers include an ETag after a successful PUT operation. <br></br>

    Args:
        receipt_number (str):
        erp_api_background (str | Unset):
        if_match (str | Unset):
        body (PurchaseReceiptUpdateDto): This class represents a Purchase Receipt in
            PurchaseReceiptController. Used for getting data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | PurchaseReceiptPutByreceiptNumberResponse204
    """

    return (
        await asyncio_detailed(
            receipt_number=receipt_number,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
            if_match=if_match,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.purchase_receipt_basic_post_response_201 import PurchaseReceiptBasicPostResponse201
from ...models.purchase_receipt_basic_update_dto import PurchaseReceiptBasicUpdateDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PurchaseReceiptBasicUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/PurchaseReceiptBasic",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | PurchaseReceiptBasicPostResponse201 | None:
    if response.status_code == 201:
        response_201 = PurchaseReceiptBasicPostResponse201.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | PurchaseReceiptBasicPostResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PurchaseReceiptBasicUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | PurchaseReceiptBasicPostResponse201]:
    """Create a Purchase Receipt

     Response Message has StatusCode Created if POST operation succeed. <br></br>
    Response Message has StatusCode BadRequest or InternalServerError if POST operation failed.
    <br></br>
    The response headers include an ETag after a successful POST operation. <br></br>

    Args:
        erp_api_background (str | Unset):
        body (PurchaseReceiptBasicUpdateDto): This class represents a Purchase Receipt in
            PurchaseReceiptBasicController. Used for adding data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | PurchaseReceiptBasicPostResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PurchaseReceiptBasicUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | PurchaseReceiptBasicPostResponse201 | None:
    """Create a Purchase Receipt

     Response Message has StatusCode Created if POST operation succeed. <br></br>
    Response Message has StatusCode BadRequest or InternalServerError if POST operation failed.
    <br></br>
    The response headers include an ETag after a successful POST operation. <br></br>

    Args:
        erp_api_background (str | Unset):
        body (PurchaseReceiptBasicUpdateDto): This class represents a Purchase Receipt in
            PurchaseReceiptBasicController. Used for adding data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | PurchaseReceiptBasicPostResponse201
    """

    return sync_detailed(
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PurchaseReceiptBasicUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | PurchaseReceiptBasicPostResponse201]:
    """Create a Purchase Receipt

     Response Message has StatusCode Created if POST operation succeed. <br></br>
    Response Message has StatusCode BadRequest or InternalServerError if POST operation failed.
    <br></br>
    The response headers include an ETag after a successful POST operation. <br></br>

    Args:
        erp_api_background (str | Unset):
        body (PurchaseReceiptBasicUpdateDto): This class represents a Purchase Receipt in
            PurchaseReceiptBasicController. Used for adding data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | PurchaseReceiptBasicPostResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PurchaseReceiptBasicUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | PurchaseReceiptBasicPostResponse201 | None:
    """Create a Purchase Receipt

     Response Message has StatusCode Created if POST operation succeed. <br></br>
    Response Message has StatusCode BadRequest or InternalServerError if POST operation failed.
    <br></br>
    The response headers include an ETag after a successful POST operation. <br></br>

    Args:
        erp_api_background (str | Unset):
        body (PurchaseReceiptBasicUpdateDto): This class represents a Purchase Receipt in
            PurchaseReceiptBasicController. Used for adding data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | PurchaseReceiptBasicPostResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed

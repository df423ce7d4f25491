from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.supplier_invoice_create_header_attachment_byinvoice_number_response_201 import (
    SupplierInvoiceCreateHeaderAttachmentByinvoiceNumberResponse201,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    invoice_number: str,
    *,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/supplierInvoice/{invoice_number}/attachment".format(
            invoice_number=quote(str(invoice_number), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BackgroundApiAcceptedDto | SupplierInvoiceCreateHeaderAttachmentByinvoiceNumberResponse201 | None:
    if response.status_code == 201:
        response_201 = SupplierInvoiceCreateHeaderAttachmentByinvoiceNumberResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 412:
        response_412 = cast(Any, None)
        return response_412

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | BackgroundApiAcceptedDto | SupplierInvoiceCreateHeaderAttachmentByinvoiceNumberResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | SupplierInvoiceCreateHeaderAttachmentByinvoiceNumberResponse201]:
    """Creates an attachment and associates it with a supplier invoice. If the file already exists, a new
    revision is created.

     Response Message has StatusCode Created if POST operation succeed. <br></br>
    Response Message has StatusCode BadRequest if POST operation failed. <br></br>
    The response headers include an ETag after a successful POST operation.

    Args:
        invoice_number (str):
        erp_api_background (str | Unset):
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | SupplierInvoiceCreateHeaderAttachmentByinvoiceNumberResponse201]
    """

    kwargs = _get_kwargs(
        invoice_number=invoice_number,
        erp_api_background=erp_api_background,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | SupplierInvoiceCreateHeaderAttachmentByinvoiceNumberResponse201 | None:
    """Creates an attachment and associates it with a supplier invoice. If the file already exists, a new
    revision is created.

     Response Message has StatusCode Created if POST operation succeed. <br></br>
    Response Message has StatusCode BadRequest if POST operation failed. <br></br>
    The response headers include an ETag after a successful POST operation.

    Args:
        invoice_number (str):
        erp_api_background (str | Unset):
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | SupplierInvoiceCreateHeaderAttachmentByinvoiceNumberResponse201
    """

    return sync_detailed(
        invoice_number=invoice_number,
        client=client,
        erp_api_background=erp_api_background,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    invoice_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | SupplierInvoiceCreateHeaderAttachmentByinvoiceNumberResponse201]:
    """Creates an attachment and associates it with a supplier invoice. If the file already exists, a new
    revision is created.

     Response Message has StatusCode Created if POST operation succeed. <br></br>
    Response Message has StatusCode BadRequest if POST operation failed. <br></br>
    The response headers include an ETag after a successful POST operation.

    Args:
        invoice_number (str):
        erp_api_background (str | Unset):
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | SupplierInvoiceCreateHeaderAttachmentByinvoiceNumberResponse201]
    """

    kwargs = _get_kwargs(
        invoice_number=invoice_number,
        erp_api_background=erp_api_background,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | SupplierInvoiceCreateHeaderAttachmentByinvoiceNumberResponse201 | None:
    """Creates an attachment and associates it with a supplier invoice. If the file already exists, a new
    revision is created.

     Response Message has StatusCode Created if POST operation succeed. <br></br>
    Response Message has StatusCode BadRequest if POST operation failed. <br></br>
    The response headers include an ETag after a successful POST operation.

    Args:
        invoice_number (str):
        erp_api_background (str | Unset):
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | SupplierInvoiceCreateHeaderAttachmentByinvoiceNumberResponse201
    """

    return (
        await asyncio_detailed(
            invoice_number=invoice_number,
            client=client,
            erp_api_background=erp_api_background,
            if_match=if_match,
        )
    ).parsed

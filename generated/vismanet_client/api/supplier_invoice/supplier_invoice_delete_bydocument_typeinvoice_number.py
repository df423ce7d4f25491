from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.supplier_invoice_delete_bydocument_typeinvoice_number_document_type import (
    SupplierInvoiceDeleteBydocumentTypeinvoiceNumberDocumentType,
)
from ...models.supplier_invoice_delete_bydocument_typeinvoice_number_response_204 import (
    SupplierInvoiceDeleteBydocumentTypeinvoiceNumberResponse204,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    document_type: SupplierInvoiceDeleteBydocumentTypeinvoiceNumberDocumentType,
    invoice_number: str,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/supplierInvoice/{document_type}/{invoice_number}".format(
            document_type=quote(str(document_type), safe=""),
            invoice_number=quote(str(invoice_number), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | SupplierInvoiceDeleteBydocumentTypeinvoiceNumberResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = SupplierInvoiceDeleteBydocumentTypeinvoiceNumberResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | SupplierInvoiceDeleteBydocumentTypeinvoiceNumberResponse204]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    document_type: SupplierInvoiceDeleteBydocumentTypeinvoiceNumberDocumentType,
    invoice_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | SupplierInvoiceDeleteBydocumentTypeinvoiceNumberResponse204]:
    """Deletes a specific Supplier Invoice

     Response Message has StatusCode NoContent if DELETE operation succeed

    Args:
        document_type (SupplierInvoiceDeleteBydocumentTypeinvoiceNumberDocumentType):
        invoice_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | SupplierInvoiceDeleteBydocumentTypeinvoiceNumberResponse204]
    """

    kwargs = _get_kwargs(
        document_type=document_type,
        invoice_number=invoice_number,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    document_type: SupplierInvoiceDeleteBydocumentTypeinvoiceNumberDocumentType,
    invoice_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | SupplierInvoiceDeleteBydocumentTypeinvoiceNumberResponse204 | None:
    """Deletes a specific Supplier Invoice

     Response Message has StatusCode NoContent if DELETE operation succeed

    Args:
        document_type (SupplierInvoiceDeleteBydocumentTypeinvoiceNumberDocumentType):
        invoice_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | SupplierInvoiceDeleteBydocumentTypeinvoiceNumberResponse204
    """

    return sync_detailed(
        document_type=document_type,
        invoice_number=invoice_number,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    document_type: SupplierInvoiceDeleteBydocumentTypeinvoiceNumberDocumentType,
    invoice_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | SupplierInvoiceDeleteBydocumentTypeinvoiceNumberResponse204]:
    """Deletes a specific Supplier Invoice

     Response Message has StatusCode NoContent if DELETE operation succeed

    Args:
        document_type (SupplierInvoiceDeleteBydocumentTypeinvoiceNumberDocumentType):
        invoice_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | SupplierInvoiceDeleteBydocumentTypeinvoiceNumberResponse204]
    """

    kwargs = _get_kwargs(
        document_type=document_type,
        invoice_number=invoice_number,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    document_type: SupplierInvoiceDeleteBydocumentTypeinvoiceNumberDocumentType,
    invoice_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | SupplierInvoiceDeleteBydocumentTypeinvoiceNumberResponse204 | None:
    """Deletes a specific Supplier Invoice

     Response Message has StatusCode NoContent if DELETE operation succeed

    Args:
        document_type (SupplierInvoiceDeleteBydocumentTypeinvoiceNumberDocumentType):
        invoice_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | SupplierInvoiceDeleteBydocumentTypeinvoiceNumberResponse204
    """

    return (
        await asyncio_detailed(
            document_type=document_type,
            invoice_number=invoice_number,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed

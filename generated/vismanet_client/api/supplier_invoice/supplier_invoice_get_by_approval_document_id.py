from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.supplier_invoice_dto import SupplierInvoiceDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    system_id: str,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["systemId"] = system_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/supplierInvoice/approval",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | SupplierInvoiceDto | None:
    if response.status_code == 200:
        response_200 = SupplierInvoiceDto.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | SupplierInvoiceDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    system_id: str,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | SupplierInvoiceDto]:
    """Get an invoice based on the systemId. SystemID is used for approving supplier invoices

     Data for a single invoice. <br></br>
    The response headers include an ETag after a successful GET operation.

    Args:
        system_id (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | SupplierInvoiceDto]
    """

    kwargs = _get_kwargs(
        system_id=system_id,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    system_id: str,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | SupplierInvoiceDto | None:
    """Get an invoice based on the systemId. SystemID is used for approving supplier invoices

     Data for a single invoice. <br></br>
    The response headers include an ETag after a successful GET operation.

    Args:
        system_id (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | SupplierInvoiceDto
    """

    return sync_detailed(
        client=client,
        system_id=system_id,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    system_id: str,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | SupplierInvoiceDto]:
    """Get an invoice based on the systemId. SystemID is used for approving supplier invoices

     Data for a single invoice. <br></br>
    The response headers include an ETag after a successful GET operation.

    Args:
        system_id (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | SupplierInvoiceDto]
    """

    kwargs = _get_kwargs(
        system_id=system_id,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    system_id: str,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | SupplierInvoiceDto | None:
    """Get an invoice based on the systemId. SystemID is used for approving supplier invoices

     Data for a single invoice. <br></br>
    The response headers include an ETag after a successful GET operation.

    Args:
        system_id (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | SupplierInvoiceDto
    """

    return (
        await asyncio_detailed(
            client=client,
            system_id=system_id,
            erp_api_background=erp_api_background,
        )
    ).parsed

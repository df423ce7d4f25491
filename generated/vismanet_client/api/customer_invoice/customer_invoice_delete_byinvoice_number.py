from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.customer_invoice_delete_byinvoice_number_response_204 import (
    CustomerInvoiceDeleteByinvoiceNumberResponse204,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    invoice_number: str,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/customerinvoice/{invoice_number}".format(
            invoice_number=quote(str(invoice_number), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | CustomerInvoiceDeleteByinvoiceNumberResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = CustomerInvoiceDeleteByinvoiceNumberResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | CustomerInvoiceDeleteByinvoiceNumberResponse204]:
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
) -> Response[BackgroundApiAcceptedDto | CustomerInvoiceDeleteByinvoiceNumberResponse204]:
    """Deletes a specific Customer Invoice

     Response Message has StatusCode NoContent if DELETE operation succeed

    Args:
        invoice_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CustomerInvoiceDeleteByinvoiceNumberResponse204]
    """

    kwargs = _get_kwargs(
        invoice_number=invoice_number,
        erp_api_background=erp_api_background,
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
) -> BackgroundApiAcceptedDto | CustomerInvoiceDeleteByinvoiceNumberResponse204 | None:
    """Deletes a specific Customer Invoice

     Response Message has StatusCode NoContent if DELETE operation succeed

    Args:
        invoice_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CustomerInvoiceDeleteByinvoiceNumberResponse204
    """

    return sync_detailed(
        invoice_number=invoice_number,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    invoice_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CustomerInvoiceDeleteByinvoiceNumberResponse204]:
    """Deletes a specific Customer Invoice

     Response Message has StatusCode NoContent if DELETE operation succeed

    Args:
        invoice_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CustomerInvoiceDeleteByinvoiceNumberResponse204]
    """

    kwargs = _get_kwargs(
        invoice_number=invoice_number,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CustomerInvoiceDeleteByinvoiceNumberResponse204 | None:
    """Deletes a specific Customer Invoice

     Response Message has StatusCode NoContent if DELETE operation succeed

    Args:
        invoice_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CustomerInvoiceDeleteByinvoiceNumberResponse204
    """

    return (
        await asyncio_detailed(
            invoice_number=invoice_number,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed

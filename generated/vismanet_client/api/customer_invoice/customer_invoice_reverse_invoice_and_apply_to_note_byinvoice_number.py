from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.customer_invoice_reverse_invoice_and_apply_to_note_byinvoice_number_response_200 import (
    CustomerInvoiceReverseInvoiceAndApplyToNoteByinvoiceNumberResponse200,
)
from ...models.reverse_invoice_action_dto import ReverseInvoiceActionDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    invoice_number: str,
    *,
    body: ReverseInvoiceActionDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customerinvoice/{invoice_number}/action/reverseandapplytonote".format(
            invoice_number=quote(str(invoice_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BackgroundApiAcceptedDto | CustomerInvoiceReverseInvoiceAndApplyToNoteByinvoiceNumberResponse200 | None:
    if response.status_code == 200:
        response_200 = CustomerInvoiceReverseInvoiceAndApplyToNoteByinvoiceNumberResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | BackgroundApiAcceptedDto | CustomerInvoiceReverseInvoiceAndApplyToNoteByinvoiceNumberResponse200]:
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
    body: ReverseInvoiceActionDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | CustomerInvoiceReverseInvoiceAndApplyToNoteByinvoiceNumberResponse200]:
    """Reverse and Apply to Note

     The action result dto contains information about the result of running the action

    Args:
        invoice_number (str):
        erp_api_background (str | Unset):
        body (ReverseInvoiceActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | CustomerInvoiceReverseInvoiceAndApplyToNoteByinvoiceNumberResponse200]
    """

    kwargs = _get_kwargs(
        invoice_number=invoice_number,
        body=body,
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
    body: ReverseInvoiceActionDto,
    erp_api_background: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | CustomerInvoiceReverseInvoiceAndApplyToNoteByinvoiceNumberResponse200 | None:
    """Reverse and Apply to Note

     The action result dto contains information about the result of running the action

    Args:
        invoice_number (str):
        erp_api_background (str | Unset):
        body (ReverseInvoiceActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | CustomerInvoiceReverseInvoiceAndApplyToNoteByinvoiceNumberResponse200
    """

    return sync_detailed(
        invoice_number=invoice_number,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    invoice_number: str,
    *,
    client: AuthenticatedClient,
    body: ReverseInvoiceActionDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | CustomerInvoiceReverseInvoiceAndApplyToNoteByinvoiceNumberResponse200]:
    """Reverse and Apply to Note

     The action result dto contains information about the result of running the action

    Args:
        invoice_number (str):
        erp_api_background (str | Unset):
        body (ReverseInvoiceActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | CustomerInvoiceReverseInvoiceAndApplyToNoteByinvoiceNumberResponse200]
    """

    kwargs = _get_kwargs(
        invoice_number=invoice_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_number: str,
    *,
    client: AuthenticatedClient,
    body: ReverseInvoiceActionDto,
    erp_api_background: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | CustomerInvoiceReverseInvoiceAndApplyToNoteByinvoiceNumberResponse200 | None:
    """Reverse and Apply to Note

     The action result dto contains information about the result of running the action

    Args:
        invoice_number (str):
        erp_api_background (str | Unset):
        body (ReverseInvoiceActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | CustomerInvoiceReverseInvoiceAndApplyToNoteByinvoiceNumberResponse200
    """

    return (
        await asyncio_detailed(
            invoice_number=invoice_number,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed

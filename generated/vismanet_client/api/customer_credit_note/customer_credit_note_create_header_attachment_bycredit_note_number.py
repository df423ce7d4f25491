from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.customer_credit_note_create_header_attachment_bycredit_note_number_response_201 import (
    CustomerCreditNoteCreateHeaderAttachmentBycreditNoteNumberResponse201,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    credit_note_number: str,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customerCreditNote/{credit_note_number}/attachment".format(
            credit_note_number=quote(str(credit_note_number), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | CustomerCreditNoteCreateHeaderAttachmentBycreditNoteNumberResponse201 | None:
    if response.status_code == 201:
        response_201 = CustomerCreditNoteCreateHeaderAttachmentBycreditNoteNumberResponse201.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | CustomerCreditNoteCreateHeaderAttachmentBycreditNoteNumberResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    credit_note_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CustomerCreditNoteCreateHeaderAttachmentBycreditNoteNumberResponse201]:
    """Creates an attachment and associates it with a credit note. If the file already exists, a new
    revision is created.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        credit_note_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CustomerCreditNoteCreateHeaderAttachmentBycreditNoteNumberResponse201]
    """

    kwargs = _get_kwargs(
        credit_note_number=credit_note_number,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    credit_note_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CustomerCreditNoteCreateHeaderAttachmentBycreditNoteNumberResponse201 | None:
    """Creates an attachment and associates it with a credit note. If the file already exists, a new
    revision is created.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        credit_note_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CustomerCreditNoteCreateHeaderAttachmentBycreditNoteNumberResponse201
    """

    return sync_detailed(
        credit_note_number=credit_note_number,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    credit_note_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CustomerCreditNoteCreateHeaderAttachmentBycreditNoteNumberResponse201]:
    """Creates an attachment and associates it with a credit note. If the file already exists, a new
    revision is created.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        credit_note_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CustomerCreditNoteCreateHeaderAttachmentBycreditNoteNumberResponse201]
    """

    kwargs = _get_kwargs(
        credit_note_number=credit_note_number,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    credit_note_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CustomerCreditNoteCreateHeaderAttachmentBycreditNoteNumberResponse201 | None:
    """Creates an attachment and associates it with a credit note. If the file already exists, a new
    revision is created.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        credit_note_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CustomerCreditNoteCreateHeaderAttachmentBycreditNoteNumberResponse201
    """

    return (
        await asyncio_detailed(
            credit_note_number=credit_note_number,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed

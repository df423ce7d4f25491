from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.customer_debit_note_create_line_attachment_bydebit_note_numberline_number_response_201 import (
    CustomerDebitNoteCreateLineAttachmentBydebitNoteNumberlineNumberResponse201,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    debit_note_number: str,
    line_number: int,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customerDebitNote/{debit_note_number}/{line_number}/attachment".format(
            debit_note_number=quote(str(debit_note_number), safe=""),
            line_number=quote(str(line_number), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | CustomerDebitNoteCreateLineAttachmentBydebitNoteNumberlineNumberResponse201 | None:
    if response.status_code == 201:
        response_201 = CustomerDebitNoteCreateLineAttachmentBydebitNoteNumberlineNumberResponse201.from_dict(
            response.json()
        )

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
) -> Response[BackgroundApiAcceptedDto | CustomerDebitNoteCreateLineAttachmentBydebitNoteNumberlineNumberResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    debit_note_number: str,
    line_number: int,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CustomerDebitNoteCreateLineAttachmentBydebitNoteNumberlineNumberResponse201]:
    """Creates an attachment and associates it with a certain debit note line. If the file already exists,
    a new revision is created.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        debit_note_number (str):
        line_number (int):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CustomerDebitNoteCreateLineAttachmentBydebitNoteNumberlineNumberResponse201]
    """

    kwargs = _get_kwargs(
        debit_note_number=debit_note_number,
        line_number=line_number,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    debit_note_number: str,
    line_number: int,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CustomerDebitNoteCreateLineAttachmentBydebitNoteNumberlineNumberResponse201 | None:
    """Creates an attachment and associates it with a certain debit note line. If the file already exists,
    a new revision is created.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        debit_note_number (str):
        line_number (int):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CustomerDebitNoteCreateLineAttachmentBydebitNoteNumberlineNumberResponse201
    """

    return sync_detailed(
        debit_note_number=debit_note_number,
        line_number=line_number,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    debit_note_number: str,
    line_number: int,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CustomerDebitNoteCreateLineAttachmentBydebitNoteNumberlineNumberResponse201]:
    """Creates an attachment and associates it with a certain debit note line. If the file already exists,
    a new revision is created.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        debit_note_number (str):
        line_number (int):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CustomerDebitNoteCreateLineAttachmentBydebitNoteNumberlineNumberResponse201]
    """

    kwargs = _get_kwargs(
        debit_note_number=debit_note_number,
        line_number=line_number,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    debit_note_number: str,
    line_number: int,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CustomerDebitNoteCreateLineAttachmentBydebitNoteNumberlineNumberResponse201 | None:
    """Creates an attachment and associates it with a certain debit note line. If the file already exists,
    a new revision is created.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        debit_note_number (str):
        line_number (int):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CustomerDebitNoteCreateLineAttachmentBydebitNoteNumberlineNumberResponse201
    """

    return (
        await asyncio_detailed(
            debit_note_number=debit_note_number,
            line_number=line_number,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed
